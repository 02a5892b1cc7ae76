#!/usr/bin/env node
/**
 * `check-csv`: checks CSV files for Invite Users via CSV (see scripts/check-csv.ts
 * for the options; `--json` prints the same JSON as always). Runs the prebuilt
 * JavaScript in .cli/ (made by postinstall); builds it first when it is missing
 * or older than its sources, so an edit to lib/csv never runs stale code.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, '.cli', 'check-csv.mjs');

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

function newestSource() {
  let newest = mtime(join(root, 'scripts', 'check-csv.ts'));
  const dir = join(root, 'lib', 'csv');
  for (const name of readdirSync(dir))
    if (name.endsWith('.ts')) newest = Math.max(newest, mtime(join(dir, name)));
  return newest;
}

if (mtime(built) < newestSource()) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts', 'build-cli.mjs')).href);
  await buildCli();
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  return 2;
});
