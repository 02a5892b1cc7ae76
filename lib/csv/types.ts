/**
 * Vocabulary of the CSV checker: findings, the report and the options of a check.
 * Nothing here holds the file's text; a report only keeps what the UI shows.
 */
import type { FindingCode } from './codes';

export type Severity = 'error' | 'warning' | 'info';

/** Fields of the Invite Users via CSV mapping screen that we recognise in headers. */
export type CsvField = 'email' | 'firstName' | 'lastName' | 'fullName' | 'team' | 'role' | 'title';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type FindingParams = Record<string, string | number>;

/**
 * One finding. `row` is the spreadsheet row (header = 1, first data row = 2, a
 * `sep=` line is not counted); `column` is the header text (or the column letter
 * when the header is blank) and `columnIndex` its 0-based position. The message
 * is produced by `formatFinding(finding, locale)` from `params`.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  row?: number;
  column?: string;
  columnIndex?: number;
  params: FindingParams;
}

export interface CheckProgress {
  /** Bytes read so far. */
  bytes: number;
  /** Size of the source when known (Blob, Uint8Array). */
  totalBytes?: number;
  /** Records (spreadsheet rows) read so far. */
  rows: number;
}

export type ByteSource = Blob | Uint8Array | AsyncIterable<Uint8Array>;

/**
 * Changes the user made in the report, applied to the rows as they are read (the file itself
 * is never changed): `checkCsv` reports on the changed rows and `buildFixedCsv` writes them.
 * Rows are the report's spreadsheet rows.
 */
export interface CsvChanges {
  /** Cells typed in the report in place of a row's own. */
  cells?: ReadonlyMap<number, readonly string[]>;
  /** Rows taken out of the file. */
  removed?: ReadonlySet<number>;
  /** Trim spaces and invisible characters around every cell. */
  trimCells?: boolean;
  /** Write every email address in lower case. */
  lowercaseEmails?: boolean;
}

export interface CheckOptions {
  /** Largest accepted file in bytes (default 10 MB). */
  maxBytes?: number;
  /** Users already in the instance (the User Management page's own total). */
  seatsUsed?: number;
  /** User seats of an instance (default 100). */
  seatLimit?: number;
  /** Emails that are already users of the instance (any case/spacing). */
  existingEmails?: Iterable<string>;
  /** Keep row data for display: `true` = all rows, a number = the first N data rows. */
  keepRows?: boolean | number;
  /** Findings stored per code (all are counted). Default 1000. */
  maxFindingsPerCode?: number;
  /** The user's changes (cells typed in the report, rows taken out, "fix all" clean-ups). */
  changes?: CsvChanges;
  signal?: AbortSignal;
  onProgress?: (progress: CheckProgress) => void;
}

/** A data row kept for the report table (`keepRows`). */
export interface KeptRow {
  row: number;
  cells: string[];
}

export interface FindingGroup {
  code: FindingCode;
  severity: Severity;
  /** How many times the code was found (may exceed `findings.length`). */
  count: number;
  /** Stored findings of this code (capped by `maxFindingsPerCode`). */
  findings: Finding[];
  /** Distinct rows of the stored findings, ascending. */
  rows: number[];
  truncated: boolean;
}

export interface CsvReport {
  /** False exactly when there is at least one error. */
  ok: boolean;
  encoding: CsvEncoding;
  /** The delimiter character used: `,` `;` `\t` `|` (or what a `sep=` line said). */
  delimiter: string;
  /** Line break detected in the file. */
  newline: '\n' | '\r\n' | '\r';
  /** Whether an Excel `sep=` first line was present (and stripped). */
  sepLine: boolean;
  /** Data rows: not the header, not a `sep=` line, not blank rows. */
  rows: number;
  /** Spreadsheet row number of the header (1 unless blank lines precede it); 0 when there is none. */
  headerRow: number;
  /** Header cells as written (trimmed of BOM). */
  headers: string[];
  /** Column index → field, or null when the column will not be mapped. */
  mapping: (CsvField | null)[];
  /** Stored findings, file-level first then by row. */
  findings: Finding[];
  counts: Record<Severity, number>;
  /** Findings grouped by code, in catalogue order. */
  groups: FindingGroup[];
  /** Kept rows (only with `keepRows`). */
  keptRows: KeptRow[];
  /** True when `keepRows` was a number and more data rows exist. */
  keptRowsTruncated: boolean;
  /** Bytes read. */
  bytes: number;
  /** Distinct valid emails found. */
  uniqueEmails: number;
}
