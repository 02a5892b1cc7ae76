// Runs addons-linter on the Firefox build and fails on any error.
// Warnings are printed; the only expected ones come from react-dom's own innerHTML code paths.
import { spawnSync } from 'node:child_process';

const dir = process.argv[2] ?? '.output/firefox-mv2';
const run = spawnSync('npx', ['addons-linter', '--output', 'json', dir], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('lint-firefox: addons-linter did not produce JSON');
  process.exit(1);
}
const { errors = [], warnings = [], notices = [] } = report;
for (const w of warnings) console.log(`warning ${w.code}: ${w.message} (${w.file ?? ''})`);
for (const e of errors) console.error(`ERROR ${e.code}: ${e.message} (${e.file ?? ''})`);
console.log(`lint-firefox: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
process.exit(errors.length ? 1 : 0);
