/**
 * Benchmark of the CSV check: generated files of 1 k, 100 k and 1 M rows, our
 * full check (`checkCsv`) against a bare papaparse parse of the same bytes in the
 * same run, rows per second, their ratio and peak heap growth. Times are medians
 * over several runs; memory is measured on separate runs that start after a GC.
 *
 *   node --expose-gc --max-old-space-size=4096 --import jiti/register scripts/bench-csv.ts [--quick]
 *
 * `--quick` stops at 100 k rows. Peak memory is the growth of the JS heap over a
 * baseline taken after a GC, sampled during the run (the input bytes live in an
 * ArrayBuffer outside the heap and are listed separately).
 */
import Papa from 'papaparse';
import { checkCsv } from '../lib/csv/index.ts';

interface Case {
  name: string;
  rows: number;
  /** Distinct emails (the rest repeat them: duplicates). */
  distinct: number;
}

const CASES: Case[] = [
  { name: '1 k rows', rows: 1_000, distinct: 1_000 },
  { name: '100 k rows', rows: 100_000, distinct: 100_000 },
  { name: '1 M rows', rows: 1_000_000, distinct: 1_000_000 },
  { name: '1 M rows, 1 k distinct emails', rows: 1_000_000, distinct: 1_000 },
];

const TEAMS = ['Sales', 'Marketing', 'Inside Sales', 'Customer Success'];

function generate(rows: number, distinct: number): Uint8Array {
  const parts: string[] = ['Email,First Name,Last Name,Team\n'];
  for (let i = 0; i < rows; i++) {
    const n = i % distinct;
    const quoted = i % 97 === 0 ? '"Doe, Jr."' : `Last${n}`;
    parts.push(`user${n}@company${n % 53}.example.com,First${n},${quoted},${TEAMS[n % TEAMS.length]}\n`);
  }
  return new TextEncoder().encode(parts.join(''));
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => process.memoryUsage().heapUsed;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const rate = (rows: number, ms: number) => `${Math.round((rows / ms) * 1000).toLocaleString('en-US')} rows/s`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Bare papaparse parse of the bytes (decode + `Papa.parse`), as a naive reader would do. */
function bareParse(bytes: Uint8Array, measureMemory = false) {
  if (measureMemory) gc?.();
  const base = heap();
  const t = performance.now();
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes));
  const ms = performance.now() - t;
  return { ms, rows: parsed.data.length - 1, peak: heap() - base };
}

async function fullCheck(bytes: Uint8Array, measureMemory = false) {
  if (measureMemory) gc?.();
  const base = heap();
  let peak = 0;
  const t = performance.now();
  const report = await checkCsv(bytes, {
    maxBytes: Number.POSITIVE_INFINITY,
    onProgress: () => {
      peak = Math.max(peak, heap() - base);
    },
  });
  const ms = performance.now() - t;
  return { ms, report, peak: Math.max(peak, heap() - base) };
}

async function bench(c: Case) {
  const bytes = generate(c.rows, c.distinct);
  // Memory: one run each, after a GC. Forced GCs are kept out of the timed runs: they make V8 throw
  // away compiled code, which would time the compiler rather than the parsers.
  const barePeak = bareParse(bytes, true).peak;
  const checkPeak = (await fullCheck(bytes, true)).peak;
  // Time: medians over several runs (these also warm the JIT); bare and check alternate, and which goes
  // first alternates too, so each pays for the other's garbage equally.
  const reps = c.rows > 100_000 ? 3 : Math.max(7, Math.ceil(300_000 / c.rows));
  const bare: number[] = [];
  const check: number[] = [];
  let last: Awaited<ReturnType<typeof fullCheck>> | undefined;
  let bareRows = 0;
  for (let i = 0; i < reps; i++) {
    if (i % 2) {
      last = await fullCheck(bytes);
      check.push(last.ms);
    }
    const b = bareParse(bytes);
    bare.push(b.ms);
    bareRows = b.rows;
    if (i % 2 === 0) {
      last = await fullCheck(bytes);
      check.push(last.ms);
    }
  }
  const report = last!.report;
  const bareMs = median(bare);
  const checkMs = median(check);
  return {
    case: c.name,
    bytes: mb(bytes.length),
    'papaparse (bare)': rate(bareRows, bareMs),
    'full check': rate(report.rows, checkMs),
    'check/bare time': (checkMs / bareMs).toFixed(2) + '×',
    'bare heap peak': mb(barePeak),
    'check heap peak': mb(checkPeak),
    findings: report.counts.error + report.counts.warning + report.counts.info,
    'unique emails': report.uniqueEmails,
  };
}

const quick = process.argv.includes('--quick');
if (!gc) console.warn('Run node with --expose-gc for meaningful memory figures.');
const results = [];
for (const c of CASES) {
  if (quick && c.rows > 100_000) continue;
  const r = await bench(c);
  console.log(r);
  results.push(r);
}
console.table(results);
