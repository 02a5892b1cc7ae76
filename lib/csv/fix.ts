/**
 * "Download fixed CSV": re-reads the source (it is not kept in memory) and writes
 * UTF-8, comma-separated, header row first, same column order; emails trimmed and
 * extracted, blank and duplicate rows dropped, error rows left out unless kept,
 * formula-looking cells neutralised on request.
 */
import { FindingCollector } from './findings';
import { runPipeline } from './pipeline';
import type { ByteSource, CheckOptions, CsvReport } from './types';
import { csvLine, neutraliseFormula } from './write';

export interface FixOptions {
  /** Keep rows that have errors (invalid or missing email, ragged…). Default false. */
  keepErrorRows: boolean;
  /** Prefix cells starting with = + - @ tab or CR with `'`. Default false. */
  neutraliseFormulas: boolean;
  signal?: AbortSignal;
  onProgress?: CheckOptions['onProgress'];
}

export interface FixedCsv {
  /** The fixed file (no BOM, CRLF line breaks). */
  text: string;
  /** Data rows written. */
  rows: number;
  /** Rows left out, by reason. */
  dropped: { blank: number; duplicate: number; error: number };
}

export class SourceChangedError extends Error {
  constructor() {
    super('The file does not match its report (encoding or delimiter changed): check it again.');
    this.name = 'SourceChangedError';
  }
}

/**
 * Builds the fixed CSV of a checked file. `source` must be the same bytes as
 * given to `checkCsv` (a Blob/Uint8Array, or an async iterable that can be
 * iterated again).
 */
export async function buildFixedCsv(
  source: ByteSource,
  report: CsvReport,
  options: FixOptions,
): Promise<FixedCsv> {
  const parts: string[] = [];
  const dropped = { blank: 0, duplicate: 0, error: 0 };
  let rows = 0;
  let width = 0;
  let emailCol = -1;
  const prepare = (cells: string[]) => (options.neutraliseFormulas ? cells.map(neutraliseFormula) : cells);
  const result = await runPipeline(
    source,
    {
      maxBytes: Number.POSITIVE_INFINITY,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
    new FindingCollector(0),
    {
      onHeader(_row, cells, mapping) {
        width = cells.length;
        emailCol = mapping.indexOf('email');
        parts.push(csvLine(prepare(cells.map((c, i) => (i === 0 ? c.replace(/^\ufeff/, '') : c).trim()))));
      },
      onRow(_row, cells, verdict) {
        if (verdict.blank) return void dropped.blank++;
        if (verdict.duplicate) return void dropped.duplicate++;
        if (verdict.error && !options.keepErrorRows) return void dropped.error++;
        const out = fitWidth(cells, width);
        const safe = prepare(out);
        if (verdict.address !== null && emailCol >= 0) safe[emailCol] = verdict.address;
        parts.push(csvLine(safe));
        rows++;
      },
    },
  );
  if (result.encoding !== report.encoding || result.delimiter !== report.delimiter)
    throw new SourceChangedError();
  return { text: parts.join(''), rows, dropped };
}

/** Pads a short row with empty cells and drops empty cells beyond the header. */
function fitWidth(cells: string[], width: number): string[] {
  if (cells.length === width) return cells;
  if (cells.length < width) return [...cells, ...new Array<string>(width - cells.length).fill('')];
  let end = cells.length;
  while (end > width && cells[end - 1]!.trim() === '') end--;
  return cells.slice(0, end);
}
