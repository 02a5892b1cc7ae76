/**
 * Benchmark of the CSV check: generated files of 1 k, 100 k and 1 M rows, our
 * full check (`checkCsv`) against a bare papaparse parse of the same bytes in the
 * same run, rows per second, their ratio and peak heap growth.
 *
 *   node --expose-gc --no-flush-bytecode --max-old-space-size=4096 --import jiti/register scripts/bench-csv.ts [--quick]
 *
 * `--quick` stops at 100 k rows; `--pathological` runs only the crafted files (a quote storm,
 * files of nothing but line breaks, one 3 MB line, an open quote swallowing 200 k lines): their
 * check time and the longest slice the check held the thread without yielding.
 * `CSV_LIB=<path to lib/csv/index.ts>` measures another copy of the library (before/after).
 *
 * Each arm runs in a worker thread of its own, that is its own V8 isolate: its
 * own JIT feedback and its own heap, as each runs alone in real use. In one
 * isolate the two arms shared papaparse's compiled code (the bare parse and the
 * check call it with different options, which left its inline caches
 * polymorphic for both) and each other's garbage: the 100 k-row ratio then read
 * anywhere from 1.75× to 2.6× depending on which cases ran before it. The arms
 * still alternate sample by sample (and which goes first alternates), so the
 * machine's noise falls on both alike. Times are medians of samples, each after
 * a GC (`--no-flush-bytecode` keeps compiled code across those GCs); a sample
 * of a small file is a batch of runs. Peak memory is the growth of the arm's JS
 * heap over a baseline taken after a GC, sampled during a separate run (the
 * input bytes live in an ArrayBuffer outside the heap).
 */
import v8 from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import Papa from 'papaparse';
import * as csvLib from '../lib/csv/index.ts';

// CSV_LIB=path/to/lib/csv/index.ts measures another copy of the library (an older commit's, for a before/after).
const { checkCsv } = (process.env.CSV_LIB ? await import(process.env.CSV_LIB) : csvLib) as typeof csvLib;

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

/**
 * Files crafted to make a reader slow: what matters is that the time stays linear in the size
 * and that no slice of work holds the thread (in the panel or a page) for long.
 */
const PATHOLOGICAL: { name: string; text: () => string }[] = [
  { name: 'quote storm: 3 MB of "', text: () => '"'.repeat(3 * 1024 * 1024) },
  { name: 'header + 3 MB quote storm', text: () => `Email,Name\n${'"'.repeat(3 * 1024 * 1024)}` },
  { name: 'CR only: 3 MB of CR', text: () => '\r'.repeat(3 * 1024 * 1024) },
  { name: 'LF only: 3 MB of LF', text: () => '\n'.repeat(3 * 1024 * 1024) },
  { name: 'one 3 MB line, no break', text: () => `Email,Name\n${'x'.repeat(3 * 1024 * 1024)}` },
  {
    name: 'open quote + 200 k lines',
    text: () => `Email,Note\na@acme.com,"${'x,y\n'.repeat(200_000)}`,
  },
];

function generate(rows: number, distinct: number): Uint8Array {
  const parts: string[] = ['Email,First Name,Last Name,Team\n'];
  for (let i = 0; i < rows; i++) {
    const n = i % distinct;
    const quoted = i % 97 === 0 ? '"Doe, Jr."' : `Last${n}`;
    parts.push(`user${n}@company${n % 53}.example.com,First${n},${quoted},${TEAMS[n % TEAMS.length]}\n`);
  }
  return new TextEncoder().encode(parts.join(''));
}

// ------------------------------------------------------------ an arm (worker thread)

type Arm = 'bare' | 'check';
type Request =
  | { kind: 'load'; bytes: Uint8Array }
  | { kind: 'time'; batch: number }
  | { kind: 'peak' }
  | { kind: 'slices' };
interface Answer {
  ms?: number;
  /** Longest time between two turns of the event loop during a check. */
  longest?: number;
  peak?: number;
  rows?: number;
  findings?: number;
  uniqueEmails?: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => v8.getHeapStatistics().used_heap_size;

/** Bare papaparse parse of the bytes (decode + `Papa.parse`), as a naive reader would do. */
function bareParse(bytes: Uint8Array) {
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes));
  return parsed.data.length - 1;
}

const fullCheck = (bytes: Uint8Array, onProgress?: () => void) =>
  checkCsv(bytes, { maxBytes: Number.POSITIVE_INFINITY, ...(onProgress ? { onProgress } : {}) });

function serveArm(arm: Arm) {
  let bytes: Uint8Array = new Uint8Array(0);
  parentPort!.on('message', async (request: Request) => {
    let answer: Answer = {};
    if (request.kind === 'load') {
      bytes = request.bytes;
      // Warm-up, not counted: first compile of everything the arm runs.
      if (arm === 'bare') answer.rows = bareParse(bytes);
      else {
        const report = await fullCheck(bytes);
        answer = {
          rows: report.rows,
          findings: report.counts.error + report.counts.warning + report.counts.info,
          uniqueEmails: report.uniqueEmails,
        };
      }
    } else if (request.kind === 'slices') {
      gc?.();
      // A turn of the event loop is queued again and again: the longest gap between two of them
      // is the longest time the check held the thread.
      let last = performance.now();
      let longest = 0;
      let ticking = true;
      const tick = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (ticking) setImmediate(tick);
      };
      setImmediate(tick);
      const t = performance.now();
      await fullCheck(bytes);
      answer.ms = performance.now() - t;
      ticking = false;
      answer.longest = Math.max(longest, performance.now() - last);
    } else if (request.kind === 'time') {
      gc?.();
      const t = performance.now();
      for (let i = 0; i < request.batch; i++) {
        if (arm === 'bare') bareParse(bytes);
        else await fullCheck(bytes);
      }
      answer.ms = (performance.now() - t) / request.batch;
    } else {
      gc?.();
      const base = heap();
      let peak = 0;
      const sample = () => {
        peak = Math.max(peak, heap() - base);
      };
      if (arm === 'bare') bareParse(bytes);
      else await fullCheck(bytes, sample);
      sample();
      answer.peak = peak;
    }
    parentPort!.postMessage(answer);
  });
}

// ------------------------------------------------------------ the run (main thread)

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const rate = (rows: number, ms: number) => `${Math.round((rows / ms) * 1000).toLocaleString('en-US')} rows/s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

class ArmWorker {
  private readonly worker: Worker;
  constructor(arm: Arm) {
    this.worker = new Worker(new URL(import.meta.url), {
      workerData: { arm },
      // Each arm gets the heap the main thread would have had (the 1 M-row bare parse needs ~400 MB).
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
  }
  ask(request: Request): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
      this.worker.postMessage(request);
    });
  }
  stop() {
    return this.worker.terminate();
  }
}

async function bench(c: Case, bare: ArmWorker, check: ArmWorker) {
  const bytes = generate(c.rows, c.distinct);
  const [bareInfo, checkInfo] = [
    await bare.ask({ kind: 'load', bytes }),
    await check.ask({ kind: 'load', bytes }),
  ];
  const barePeak = (await bare.ask({ kind: 'peak' })).peak ?? 0;
  const checkPeak = (await check.ask({ kind: 'peak' })).peak ?? 0;
  const samples = c.rows > 100_000 ? 3 : 7;
  const batch = Math.max(1, Math.ceil(100_000 / c.rows));
  const bareMs: number[] = [];
  const checkMs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const order: [ArmWorker, number[]][] = [
      [bare, bareMs],
      [check, checkMs],
    ];
    if (i % 2) order.reverse();
    for (const [worker, times] of order)
      times.push((await worker.ask({ kind: 'time', batch })).ms ?? Number.NaN);
  }
  const b = median(bareMs);
  const k = median(checkMs);
  return {
    case: c.name,
    bytes: mb(bytes.length),
    'papaparse (bare)': rate(bareInfo.rows ?? 0, b),
    'full check': rate(checkInfo.rows ?? 0, k),
    'check/bare time': `${(k / b).toFixed(2)}×`,
    'bare heap peak': mb(barePeak),
    'check heap peak': mb(checkPeak),
    findings: checkInfo.findings,
    'unique emails': checkInfo.uniqueEmails,
  };
}

/** A crafted file in a fresh isolate: the median of 3 checks' times and of their longest slices. */
async function benchPathological(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  const check = new ArmWorker('check');
  try {
    const info = await check.ask({ kind: 'load', bytes });
    const runs: Answer[] = [];
    for (let i = 0; i < 3; i++) runs.push(await check.ask({ kind: 'slices' }));
    return {
      case: name,
      bytes: mb(bytes.length),
      'check time': `${median(runs.map((r) => r.ms ?? Number.NaN)).toFixed(0)} ms`,
      'longest slice': `${median(runs.map((r) => r.longest ?? Number.NaN)).toFixed(0)} ms`,
      rows: info.rows,
      findings: info.findings,
    };
  } finally {
    await check.stop();
  }
}

async function main() {
  const quick = process.argv.includes('--quick');
  const onlyPathological = process.argv.includes('--pathological');
  if (!gc) console.warn('Run node with --expose-gc for meaningful memory figures.');
  const crafted = [];
  for (const p of PATHOLOGICAL) {
    const r = await benchPathological(p.name, p.text());
    console.log(r);
    crafted.push(r);
  }
  console.table(crafted);
  if (onlyPathological) return;
  const results = [];
  for (const c of CASES) {
    if (quick && c.rows > 100_000) continue;
    // Fresh isolates per case: a case's heap and JIT state do not carry into the next.
    const bare = new ArmWorker('bare');
    const check = new ArmWorker('check');
    try {
      const r = await bench(c, bare, check);
      console.log(r);
      results.push(r);
    } finally {
      await Promise.all([bare.stop(), check.stop()]);
    }
  }
  console.table(results);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
} else serveArm((workerData as { arm: Arm }).arm);
