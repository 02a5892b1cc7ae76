/**
 * Benchmark of the CSV check: generated files of 1 k, 100 k and 1 M rows, our
 * full check (`checkCsv`) against a bare papaparse parse of the same bytes in the
 * same run, rows per second, their ratio and peak heap growth. Times are medians
 * over several samples (each after a GC); memory is measured on separate runs.
 *
 *   node --expose-gc --no-flush-bytecode --max-old-space-size=4096 --import jiti/register scripts/bench-csv.ts [--quick]
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
function bareParse(bytes: Uint8Array) {
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes));
  return parsed.data.length - 1;
}

const fullCheck = (bytes: Uint8Array, onProgress?: () => void) =>
  checkCsv(bytes, { maxBytes: Number.POSITIVE_INFINITY, ...(onProgress ? { onProgress } : {}) });

/** Peak heap growth of one run, sampled during the run (the check reports progress between slices). */
async function peakHeap(run: (sample: () => void) => unknown): Promise<number> {
  gc?.();
  const base = heap();
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, heap() - base);
  };
  await run(sample);
  sample();
  return peak;
}

/** Time of `times` runs in a row, started after a full GC so neither arm pays for the other's garbage. */
async function timed(times: number, run: () => unknown): Promise<number> {
  gc?.();
  const t = performance.now();
  for (let i = 0; i < times; i++) await run();
  return (performance.now() - t) / times;
}

async function bench(c: Case) {
  const bytes = generate(c.rows, c.distinct);
  const barePeak = await peakHeap(() => bareParse(bytes));
  const checkPeak = await peakHeap((sample) => fullCheck(bytes, sample));
  // Time: medians over several samples; bare and check alternate, and which goes first alternates
  // too. A sample of a small file is a batch of runs (so it lasts long enough to time, and the JIT
  // is warm); node runs with --no-flush-bytecode so the GCs between samples keep compiled code.
  const samples = c.rows > 100_000 ? 3 : 7;
  const batch = Math.max(1, Math.ceil(100_000 / c.rows));
  const bare: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (i % 2) check.push(await timed(batch, () => fullCheck(bytes)));
    bare.push(await timed(batch, () => bareParse(bytes)));
    if (i % 2 === 0) check.push(await timed(batch, () => fullCheck(bytes)));
  }
  const report = await fullCheck(bytes);
  const bareRows = bareParse(bytes);
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
