/**
 * Command line for admins who prepare Invite Users via CSV files in bulk. Same
 * library code as the extension (lib/csv).
 *
 *   npm run -s check-csv -- [options] <file>...      (or: npx check-csv …, node bin/check-csv.mjs …)
 *
 * bin/check-csv.mjs runs this file built to JavaScript (.cli/check-csv.mjs, scripts/build-cli.mjs):
 * no TypeScript is compiled at startup. `node --import jiti/register scripts/check-csv.ts` still works.
 *
 * Exit status: 1 when any file has an error, 2 on bad usage, else 0.
 */
import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CsvReport, checkCsv, DEFAULT_MAX_BYTES, formatFinding } from '../lib/csv/index.ts';

const USAGE = `Usage: npm run check-csv -- [options] <file>...

Checks CSV files for Invite Users via CSV (MSI Actions) and prints the findings.

Options:
  --json             print one JSON document (an array, one object per file)
  --seats-used N     users already in the instance (for the 100-seat rule)
  --seat-limit N     user seats of the instance (default 100)
  --max-size SIZE    largest accepted file, in bytes or with KB/MB (default 10MB)
  -h, --help         show this help

Exit status: 1 when any file has an error, 2 on bad usage, else 0.`;

interface Args {
  files: string[];
  json: boolean;
  seatsUsed?: number;
  seatLimit?: number;
  maxBytes: number;
}

class UsageError extends Error {}

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`--max-size: not a size: ${text}`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}

function parseCount(name: string, text: string | undefined): number {
  if (text === undefined || !/^\d+$/.test(text)) throw new UsageError(`${name} needs a whole number`);
  return Number(text);
}

export function parseArgs(argv: string[]): Args | 'help' {
  const args: Args = { files: [], json: false, maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '-h' || flag === '--help') return 'help';
    else if (flag === '--json') args.json = true;
    else if (flag === '--seats-used') args.seatsUsed = parseCount('--seats-used', value());
    else if (flag === '--seat-limit') args.seatLimit = parseCount('--seat-limit', value());
    else if (flag === '--max-size') {
      const v = value();
      if (v === undefined) throw new UsageError('--max-size needs a size');
      args.maxBytes = parseSize(v);
    } else if (flag === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    } else if (flag.startsWith('-')) throw new UsageError(`unknown option: ${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError('no file given');
  return args;
}

const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'vertical bar',
};

function printText(file: string, r: CsvReport): void {
  const status = r.ok ? 'OK' : `${r.counts.error} error(s)`;
  const delimiter = DELIMITER_NAMES[r.delimiter] ?? JSON.stringify(r.delimiter);
  console.log(
    `${file}: ${status}, ${r.counts.warning} warning(s), ${r.counts.info} info — ${r.rows} row(s), ${r.encoding}, ${delimiter}`,
  );
  for (const f of r.findings) {
    const where = [f.row !== undefined ? `row ${f.row}` : 'file', f.column].filter(Boolean).join(', ');
    console.log(`  ${f.severity.padEnd(7)} ${where}: ${formatFinding(f, 'en')} [${f.code}]`);
  }
  for (const g of r.groups) {
    if (g.truncated) console.log(`  … ${g.count - g.findings.length} more ${g.code} finding(s) not listed`);
  }
}

function toJson(file: string, r: CsvReport) {
  return {
    file,
    ok: r.ok,
    rows: r.rows,
    encoding: r.encoding,
    delimiter: r.delimiter,
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      ...(f.row !== undefined ? { row: f.row } : {}),
      ...(f.column !== undefined ? { column: f.column } : {}),
      message: formatFinding(f, 'en'),
    })),
  };
}

export async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`check-csv: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  for (const file of args.files) {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      console.error(`check-csv: not a readable file: ${file}`);
      return 2;
    }
  }
  const results = [];
  let failed = false;
  for (const file of args.files) {
    const report = await checkCsv(await openAsBlob(file), {
      maxBytes: args.maxBytes,
      ...(args.seatsUsed !== undefined ? { seatsUsed: args.seatsUsed } : {}),
      ...(args.seatLimit !== undefined ? { seatLimit: args.seatLimit } : {}),
    });
    failed ||= !report.ok;
    if (args.json) results.push(toJson(file, report));
    else printText(file, report);
  }
  if (args.json) console.log(JSON.stringify(results, null, 2));
  return failed ? 1 : 0;
}

// Run directly (node --import jiti/register scripts/check-csv.ts …); bin/check-csv.mjs imports the
// built copy and calls main itself.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 2;
    },
  );
}
