/**
 * The file's dialect: Excel's `sep=X` first line, the line break and the
 * delimiter, chosen by field-count consistency over the whole sample and by the
 * expected headers rather than by the first lines alone.
 */
import Papa from 'papaparse';
import { looksLikeEmail } from './email';
import { fieldOfHeader } from './headers';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Newline = '\n' | '\r\n' | '\r';

const SEP_LINE = /^"?sep=(.)"?(?:\r\n|\n|\r|$)/i;

/** An Excel `sep=X` first line: its delimiter and the length to strip. */
export function readSepLine(text: string): { delimiter: string; length: number } | null {
  const m = SEP_LINE.exec(text);
  if (!m || m[1] === '"' || m[1] === '\r' || m[1] === '\n') return null;
  return { delimiter: m[1]!, length: m[0].length };
}

/** The most frequent line break of the sample (default `\n`). */
export function detectNewline(text: string): Newline {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  if (crlf > 0 && crlf >= lf && crlf >= cr) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

export interface DelimiterScore {
  delimiter: string;
  /** Header maps an email column with this delimiter. */
  emailHeader: boolean;
  /** Share of data rows with an email-looking cell. */
  emailData: number;
  /** Most common field count. */
  fields: number;
  /** Share of non-blank records (header included) with that count. */
  consistency: number;
  /** Header cells that map to a known field. */
  known: number;
}

export interface DelimiterChoice {
  delimiter: string;
  /** Another delimiter that fits the sample as well (nothing told them apart). */
  ambiguousWith?: string;
  /** Scores of the candidates (empty when at most one of them occurs in the sample). */
  scores: DelimiterScore[];
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Papaparse's result for a sample (complete records; `cursor` is where the rest starts). */
export interface SampleParse {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

export function parseSample(
  sample: string,
  delimiter: string,
  newline: Newline,
  complete: boolean,
): SampleParse {
  return new Papa.Parser({ delimiter, newline, quoteChar: '"' }).parse(sample, 0, !complete) as SampleParse;
}

export function scoreDelimiter(
  sample: string,
  delimiter: string,
  newline: Newline,
  complete: boolean,
): DelimiterScore {
  if (!sample.includes(delimiter)) {
    return { delimiter, emailHeader: false, emailData: 0, fields: 1, consistency: 0, known: 0 };
  }
  const parsed = parseSample(sample, delimiter, newline, complete);
  const records = parsed.data.filter((r) => r.some((c) => c.trim() !== ''));
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let fields = 1;
  let best = 0;
  for (const [n, c] of counts) {
    if (c > best || (c === best && n > fields)) {
      fields = n;
      best = c;
    }
  }
  const header = records[0] ?? [];
  const mapped = header.map((h) => fieldOfHeader(h.replace(/^\ufeff/, '')));
  const emailCol = mapped.indexOf('email');
  const data = records.slice(1);
  let emailRows = 0;
  for (const r of data) {
    if (emailCol >= 0 ? looksLikeEmail(r[emailCol] ?? '') : r.some(looksLikeEmail)) emailRows++;
  }
  return {
    delimiter,
    emailHeader: emailCol >= 0 && header.length > 1,
    emailData: data.length ? round(emailRows / data.length) : 0,
    fields,
    consistency: records.length && fields > 1 ? round(best / records.length) : 0,
    known: mapped.filter((f) => f !== null).length,
  };
}

/** Characters parsed to tell whether the only delimiter present splits records (not just quoted text). */
const SPLIT_PROBE_CHARS = 64 * 1024;

/**
 * Nearly every file splits its very first record: the probe grows (1, 4, 16, 64 kB) only while
 * no record has a second field yet. A prefix's complete records are the first records of the
 * whole parse, so the answer is the one a 64 kB parse gives (which cost a third of the check of a
 * 1 k-row file).
 */
function splitsRecords(sample: string, delimiter: string, newline: Newline, complete: boolean): boolean {
  const limit = Math.min(sample.length, SPLIT_PROBE_CHARS);
  for (let size = 1024; ; size *= 4) {
    const last = size >= limit;
    const probe = sample.slice(0, last ? limit : size);
    const parsed = parseSample(probe, delimiter, newline, complete && probe.length === sample.length);
    if (parsed.data.some((r) => r.length > 1)) return true;
    if (last) return false;
  }
}

function compare(a: DelimiterScore, b: DelimiterScore): number {
  return (
    Number(b.emailHeader) - Number(a.emailHeader) ||
    b.emailData - a.emailData ||
    b.consistency - a.consistency ||
    b.known - a.known ||
    b.fields - a.fields
  );
}

/**
 * Chooses the delimiter for a sample of the file (at least its first megabyte,
 * `complete` when it is the whole file). Ties keep the order `,` `;` tab `|`.
 */
export function chooseDelimiter(sample: string, newline: Newline, complete: boolean): DelimiterChoice {
  const present = DELIMITERS.filter((d) => sample.includes(d));
  if (present.length <= 1) {
    // Nothing to compare: the only candidate present (or a single-column file, read with commas).
    // It may occur only inside quoted cells of a one-column file: a parse of the first records tells.
    const only = present[0];
    if (only !== undefined && splitsRecords(sample, only, newline, complete)) {
      return { delimiter: only, scores: [] };
    }
    return { delimiter: ',', scores: [] };
  }
  const scores = DELIMITERS.map((d) => scoreDelimiter(sample, d, newline, complete));
  const ranked = [...scores].sort(compare);
  const [best, second] = ranked as [DelimiterScore, DelimiterScore];
  if (best.fields < 2) return { delimiter: ',', scores };
  const fits = (s: DelimiterScore) => s.fields > 1 && s.consistency >= 0.9;
  const ambiguous =
    fits(best) &&
    fits(second) &&
    best.emailHeader === second.emailHeader &&
    best.emailData === second.emailData &&
    best.known === second.known;
  return {
    delimiter: best.delimiter,
    ...(ambiguous ? { ambiguousWith: second.delimiter } : {}),
    scores,
  };
}
