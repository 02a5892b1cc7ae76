/**
 * "Download fixed CSV" and "Use the fixed file": re-reads the source (it is not
 * kept in memory) and writes UTF-8, comma-separated, header row first, same
 * column order, with the user's changes applied.
 *
 * Safe by default (each default is an invariant, guarded by test/unit/csv/fix-safety.test.ts):
 * - no cell a spreadsheet or the app could run as a formula: such cells get a
 *   leading `'` (OWASP), unless the caller opts out with `neutraliseFormulas: false`;
 *   an address cannot be neutralised without changing it, so one that starts a
 *   formula is an invalid address (lib/csv/email.ts) and its row is left out;
 * - no row with an error, unless the caller asks with `keepErrorRows`, and then
 *   each such row is listed in `invited` with `withErrors`;
 * - shared mailboxes, personal addresses and people already users are left out
 *   unless the caller chose to keep them (a choice the UI shows before the swap);
 * - nobody is left out without a row, an address when there is one, and a reason
 *   (`left`); the people inside a row broken by quoting each by line.
 */
import type { FindingCode } from './codes';
import { FindingCollector } from './findings';
import { neutraliseFormula } from './formula';
import { runPipeline } from './pipeline';
import type { ByteSource, CheckOptions, CsvChanges, CsvReport, Finding } from './types';
import { csvLine } from './write';

export type KeepOrDrop = 'keep' | 'drop';

export interface FixOptions {
  /** Keep rows that have errors (invalid or missing email, ragged…). Default false. */
  keepErrorRows?: boolean;
  /** Prefix cells a spreadsheet could run as formulas with `'`. Default true. */
  neutraliseFormulas?: boolean;
  /** Shared mailboxes (info@, sales@…). Default 'drop'. */
  roleAccounts?: KeepOrDrop;
  /** Free-mail addresses (gmail.com…). Default 'drop'. */
  personalAddresses?: KeepOrDrop;
  /** People already users of the instance. Default 'drop'. */
  existingUsers?: KeepOrDrop;
  /** The same changes the report was made with (CheckOptions.changes). */
  changes?: CsvChanges;
  /** The same users already in the instance as for the report (CheckOptions.existingEmails). */
  existingEmails?: Iterable<string>;
  signal?: AbortSignal;
  onProgress?: CheckOptions['onProgress'];
}

export type LeftReason = 'removed' | 'duplicate' | 'broken' | 'error' | 'existing' | 'role' | 'personal';

/** Someone (or a row) left out of the fixed file, and why. */
export interface LeftOut {
  row: number;
  /** Physical line of the file (for people inside a broken row: their own line). */
  line: number;
  /** The address, as clean as it could be read; empty when the row has none. */
  address: string;
  reason: LeftReason;
  /** For 'error': the code of the row's first error, and the finding (for its message). */
  code?: FindingCode;
  finding?: Finding;
  /** For 'duplicate': the row where the address first appears. */
  firstRow?: number;
}

export interface Invitee {
  row: number;
  address: string;
  /** Kept although the row has errors (`keepErrorRows`). */
  withErrors?: boolean;
}

export interface FixedCsv {
  /** The fixed file (no BOM, CRLF line breaks). */
  text: string;
  /** Data rows written. */
  rows: number;
  /** Rows left out, by reason (blank rows are only counted). */
  dropped: Record<LeftReason | 'blank', number>;
  /** Who the file invites, in file order (the first MAX_LISTED). */
  invited: Invitee[];
  /** Who was left out and why, in file order (the first MAX_LISTED). */
  left: LeftOut[];
  /** Rows kept although they have errors. */
  keptWithErrors: number;
}

/** People listed per list (all are counted). */
export const MAX_LISTED = 1000;

export class SourceChangedError extends Error {
  constructor() {
    super('The file does not match its report (encoding or delimiter changed): check it again.');
    this.name = 'SourceChangedError';
  }
}

/** Per row, its first error as stored in the report. */
function firstErrors(report: CsvReport): Map<number, Finding> {
  const map = new Map<number, Finding>();
  for (const f of report.findings) {
    if (f.severity === 'error' && f.row !== undefined && !map.has(f.row)) map.set(f.row, f);
  }
  return map;
}

/**
 * Builds the fixed CSV of a checked file. `source` must be the same bytes as
 * given to `checkCsv` (a Blob/Uint8Array, or an async iterable that can be
 * iterated again), and `options.changes` the same changes.
 */
export async function buildFixedCsv(
  source: ByteSource,
  report: CsvReport,
  options: FixOptions = {},
): Promise<FixedCsv> {
  const neutralise = options.neutraliseFormulas ?? true;
  const keep = {
    errors: options.keepErrorRows ?? false,
    role: (options.roleAccounts ?? 'drop') === 'keep',
    personal: (options.personalAddresses ?? 'drop') === 'keep',
    existing: (options.existingUsers ?? 'drop') === 'keep',
  };
  const parts: string[] = [];
  const dropped: FixedCsv['dropped'] = {
    blank: 0,
    removed: 0,
    duplicate: 0,
    broken: 0,
    error: 0,
    existing: 0,
    role: 0,
    personal: 0,
  };
  const invited: Invitee[] = [];
  const left: LeftOut[] = [];
  const errors = firstErrors(report);
  const duplicates = new Map(
    report.findings
      .filter((f) => f.code === 'duplicate-email')
      .map((f) => [f.row, Number(f.params.firstRow)]),
  );
  let rows = 0;
  let keptWithErrors = 0;
  let width = 0;
  let emailCol = -1;
  const prepare = (cells: string[]) => (neutralise ? cells.map(neutraliseFormula) : cells);
  const leave = (entry: LeftOut) => {
    dropped[entry.reason]++;
    if (left.length < MAX_LISTED) left.push(entry);
  };
  const result = await runPipeline(
    source,
    {
      maxBytes: Number.POSITIVE_INFINITY,
      ...(options.changes ? { changes: options.changes } : {}),
      ...(options.existingEmails ? { existingEmails: options.existingEmails } : {}),
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
      onRow(row, cells, v) {
        if (v.blank) return void dropped.blank++;
        const address = v.address ?? (emailCol >= 0 ? (cells[emailCol] ?? '').trim() : '');
        const at = { row, line: v.line, address };
        if (v.removed) return leave({ ...at, reason: 'removed' });
        if (v.duplicate) {
          const firstRow = duplicates.get(row);
          return leave({ ...at, reason: 'duplicate', ...(firstRow ? { firstRow } : {}) });
        }
        if (v.error && !keep.errors) {
          if (v.people?.length) {
            // Every person of the broken row, each on their own line: nobody is lost without a word.
            dropped.broken += v.people.length;
            for (const p of v.people) {
              if (left.length < MAX_LISTED)
                left.push({ row, line: p.line, address: p.address, reason: 'broken' });
            }
            return;
          }
          const finding = errors.get(row);
          return leave({ ...at, reason: 'error', ...(finding ? { code: finding.code, finding } : {}) });
        }
        if (v.existing && !keep.existing) return leave({ ...at, reason: 'existing' });
        if (v.role && !keep.role) return leave({ ...at, reason: 'role' });
        if (v.personal && !keep.personal) return leave({ ...at, reason: 'personal' });
        const safe = prepare(fitWidth(cells, width));
        if (v.address !== null && emailCol >= 0) safe[emailCol] = v.address;
        parts.push(csvLine(safe));
        rows++;
        if (v.error) keptWithErrors++;
        if (invited.length < MAX_LISTED)
          invited.push({ row, address, ...(v.error ? { withErrors: true as const } : {}) });
      },
    },
  );
  if (result.encoding !== report.encoding || result.delimiter !== report.delimiter)
    throw new SourceChangedError();
  return { text: parts.join(''), rows, dropped, invited, left, keptWithErrors };
}

/** Pads a short row with empty cells and drops empty cells beyond the header. */
function fitWidth(cells: string[], width: number): string[] {
  if (cells.length === width) return cells;
  if (cells.length < width) return [...cells, ...new Array<string>(width - cells.length).fill('')];
  let end = cells.length;
  while (end > width && cells[end - 1]!.trim() === '') end--;
  return cells.slice(0, end);
}
