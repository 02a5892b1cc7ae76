/**
 * The streaming pipeline shared by `checkCsv` and `buildFixedCsv`:
 * bytes → encoding → `sep=` line → dialect → papaparse records → rules.
 * It reads the source chunk by chunk, yields to the event loop regularly,
 * reports progress and honours an AbortSignal. It never keeps the file's text.
 */
import { chooseDelimiter, detectNewline, type Newline, readSepLine } from './dialect';
import { ChunkDecoder, detectBom, detectNotText } from './encoding';
import type { FindingCollector } from './findings';
import { type RecordBatch, RecordReader } from './records';
import { RowFeeder } from './row-feeder';
import { CsvRules, type RowVerdict } from './rules';
import { concatBytes, openSource, peek } from './source';
import type { ByteSource, CheckOptions, CsvEncoding, CsvField } from './types';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Bytes read before choosing the encoding and the delimiter. */
export const SNIFF_BYTES = 1024 * 1024;
/** Run at most this long before yielding to the event loop. */
const SLICE_MS = 12;
/** Characters of text parsed at a time. */
const TEXT_SLICE = 64 * 1024;

export interface PipelineHooks {
  onHeader?(row: number, cells: string[], mapping: readonly (CsvField | null)[]): void;
  onRow?(row: number, cells: string[], verdict: RowVerdict): void;
}

export interface PipelineResult {
  encoding: CsvEncoding;
  delimiter: string;
  newline: Newline;
  sepLine: boolean;
  bytes: number;
  rules: CsvRules;
}

type YieldFn = () => Promise<void>;
const yieldToEventLoop: YieldFn = (() => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return () => scheduler.yield!();
  // Node (the command line, tests) has setImmediate, which is not clamped like setTimeout.
  const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
  if (immediate) return () => new Promise<void>((resolve) => void immediate(resolve));
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
})();

function throwIfAborted(signal?: AbortSignal): void {
  if (!signal?.aborted) return;
  throw signal.reason ?? new DOMException('The check was cancelled.', 'AbortError');
}

export async function runPipeline(
  source: ByteSource,
  options: CheckOptions,
  out: FindingCollector,
  hooks: PipelineHooks = {},
): Promise<PipelineResult> {
  const { signal, onProgress } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const rules = new CsvRules(out, options);
  const result: PipelineResult = {
    encoding: 'utf-8',
    delimiter: ',',
    newline: '\n',
    sepLine: false,
    bytes: 0,
    rules,
  };
  throwIfAborted(signal);
  const { totalBytes, chunks } = openSource(source);
  const tooLarge = (size: number) => out.add('file-too-large', {}, { size, max: maxBytes });
  if (totalBytes !== undefined && totalBytes > maxBytes) {
    tooLarge(totalBytes);
    result.bytes = totalBytes;
    return result;
  }

  const head = await peek(chunks, SNIFF_BYTES);
  result.bytes = head.headBytes;
  if (head.headBytes === 0) {
    out.add('file-empty');
    return result;
  }
  if (head.headBytes > maxBytes) {
    tooLarge(head.headBytes);
    return result;
  }
  const headBytes = concatBytes(head.head, head.headBytes);
  const bom = detectBom(headBytes);
  const notText = detectNotText(headBytes, bom);
  if (notText) {
    out.add('not-text', {}, { kind: notText });
    return result;
  }
  const decoder = new ChunkDecoder(bom?.encoding ?? 'utf-8', bom?.length ?? 0);
  let sample = decoder.decode(headBytes, head.done);
  if (sample.charCodeAt(0) === 0xfeff) sample = sample.slice(1);
  if (bom && bom.encoding !== 'utf-8') out.add('encoding-utf16', {}, { encoding: bom.encoding });

  const sep = readSepLine(sample);
  if (sep) {
    sample = sample.slice(sep.length);
    result.sepLine = true;
    out.add('sep-line', {}, { delimiter: sep.delimiter });
  }
  result.newline = detectNewline(sample);
  rules.expectRows(estimateRows(sample, head.headBytes, head.done ? head.headBytes : totalBytes));
  if (sep) {
    result.delimiter = sep.delimiter;
  } else {
    const choice = chooseDelimiter(sample, result.newline, head.done);
    result.delimiter = choice.delimiter;
    if (choice.ambiguousWith) {
      out.add('ambiguous-delimiter', {}, { delimiter: choice.delimiter, other: choice.ambiguousWith });
    }
  }
  if (result.delimiter !== ',') out.add('delimiter', {}, { delimiter: result.delimiter });

  const reader = new RecordReader(result.delimiter, result.newline);
  const rows = new RowFeeder(rules, hooks, out, options.changes, {
    delimiter: result.delimiter,
    newline: result.newline,
    // Physical lines are counted from the first line of the file, `sep=` line included.
    lineOffset: sep ? 1 : 0,
  });
  let sliceStart = performance.now();
  let stopped = false;

  const handle = async (batch: RecordBatch) => {
    const { records, lines } = batch;
    const problems = batch.quoteProblems.length
      ? new Map(batch.quoteProblems.map((q) => [q.index, q.kind]))
      : null;
    const raws = batch.multiLine.length ? new Map(batch.multiLine.map((m) => [m.index, m.raw])) : null;
    for (let i = 0; i < records.length; i++) {
      const raw = raws?.get(i);
      if (raw === undefined) rows.record(records[i]!, lines[i]!, problems?.get(i));
      else await rows.multiLine(records[i]!, lines[i]!, problems?.get(i), raw, due);
      if ((i & 1023) === 1023 && performance.now() - sliceStart > SLICE_MS) {
        await pause();
      }
    }
  };
  /** Yields when the slice is over its time (used inside a long record). */
  const due = () => (performance.now() - sliceStart > SLICE_MS ? pause() : undefined);
  const pause = async () => {
    onProgress?.({
      bytes: result.bytes,
      ...(totalBytes !== undefined ? { totalBytes } : {}),
      rows: rows.rowNumber,
    });
    await yieldToEventLoop();
    throwIfAborted(signal);
    sliceStart = performance.now();
  };

  // Text is parsed in slices: a short-lived batch of records is cheap for the GC, half a megabyte
  // of records that outlives several young-generation collections is not (it doubled the check's time).
  const feed = async (text: string) => {
    for (let at = 0; at < text.length; at += TEXT_SLICE) {
      await handle(reader.push(text.slice(at, at + TEXT_SLICE)));
      if (performance.now() - sliceStart > SLICE_MS) await pause();
    }
  };
  await feed(sample);
  sample = '';
  if (!head.done) {
    for (;;) {
      const next = await head.rest.next();
      if (next.done) break;
      result.bytes += next.value.length;
      if (result.bytes > maxBytes) {
        tooLarge(result.bytes);
        stopped = true;
        break;
      }
      await feed(decoder.decode(next.value, false));
      if (performance.now() - sliceStart > SLICE_MS) await pause();
      else
        onProgress?.({
          bytes: result.bytes,
          ...(totalBytes !== undefined ? { totalBytes } : {}),
          rows: rows.rowNumber,
        });
    }
    if (stopped) await head.rest.return?.();
    else await feed(decoder.decode(new Uint8Array(0), true));
  }
  if (!stopped) {
    await due();
    await handle(reader.end());
  }
  onProgress?.({
    bytes: result.bytes,
    ...(totalBytes !== undefined ? { totalBytes } : {}),
    rows: rows.rowNumber,
  });

  result.encoding = decoder.encoding;
  if (decoder.fellBack) out.add('encoding-fallback');
  if (!stopped) {
    if (!rules.hasHeader) out.add('file-empty', {}, { variant: 'blank' });
    else if (rules.rows === 0) out.add('no-data-rows', { row: rules.headerRow });
    rules.finish();
  }
  return result;
}

/** Rows in the whole file, from the line breaks in its first 64 kB and its size (undefined: unknown, a stream). */
function estimateRows(sample: string, sampleBytes: number, totalBytes: number | undefined): number {
  if (totalBytes === undefined || sampleBytes === 0) return 0;
  const probe = Math.min(sample.length, TEXT_SLICE);
  let lines = 0;
  for (let at = sample.indexOf('\n'); at !== -1 && at < probe; at = sample.indexOf('\n', at + 1)) lines++;
  if (lines === 0) return 0;
  // Line breaks per character of the probe, over the whole sample, scaled from its bytes to the file's.
  return (lines / probe) * sample.length * (totalBytes / sampleBytes);
}
