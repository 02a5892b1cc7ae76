/**
 * Rows broken by quoting. A quotation mark typed by hand (`ann@acme.com,"Ann,Lee`)
 * opens a quoted cell that swallows the line breaks after it: the next lines,
 * other people, become text inside one cell of one broken row. Papaparse and
 * spreadsheets read it that way; the people in it would be lost without a word.
 *
 * `recoverRecord` takes such a record apart line by line. The intent is clear
 * when a line ends with its quote still open and every line, read on its own,
 * has as many cells as the header: the quote is then taken as closed at the end
 * of its line (or, when that gives the wrong number of cells, as a stray
 * character, dropped). Otherwise the record stays one broken row and
 * `peopleInRecord` lists every address inside it with its line, so each person
 * left out is counted and named.
 */
import type { Newline } from './dialect';
import { RecordReader } from './records';

export interface RecoveredRecord {
  cells: string[];
  /** Physical line of the record. */
  line: number;
  /** This line's quote was open at its end: it was closed there (or dropped). */
  closedQuote: boolean;
}

/** Characters that cannot be part of an address found inside text. */
const NOT_IN_ADDRESS = /[\s@,;|"<>'()[\]\\]/;
const DOMAIN_END = /\.[A-Za-z]{2,63}$/;
const LOCAL_PART = /^[^\s@,;|"<>'()[\]\\]+$/;

/**
 * Every address in a line of text: from each `@`, as far left and right as address characters
 * go (linear: an `@` ends both runs, so no character is walked more than twice).
 */
function addressesIn(line: string): string[] {
  const found: string[] = [];
  for (let at = line.indexOf('@'); at !== -1; at = line.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && !NOT_IN_ADDRESS.test(line[start - 1]!)) start--;
    let end = at + 1;
    while (end < line.length && !NOT_IN_ADDRESS.test(line[end]!)) end++;
    // The domain may not end with a dot ("…@acme.com." at the end of a sentence).
    let domainEnd = end;
    while (domainEnd > at + 1 && line[domainEnd - 1] === '.') domainEnd--;
    const domain = line.slice(at + 1, domainEnd);
    if (start < at && domain.includes('.') && DOMAIN_END.test(domain))
      found.push(line.slice(start, domainEnd));
  }
  return found;
}

const isWholeAddress = (cell: string) => {
  const at = cell.indexOf('@');
  return at > 0 && LOCAL_PART.test(cell.slice(0, at)) && addressesIn(cell)[0] === cell;
};

function splitLines(raw: string, newline: Newline): string[] {
  const lines = raw.split(newline);
  if (newline === '\n') for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.replace(/\r$/, '');
  return lines;
}

function readLine(line: string, delimiter: string, newline: Newline) {
  const reader = new RecordReader(delimiter, newline);
  const a = reader.push(line);
  const b = reader.end();
  const records = [...a.records, ...b.records];
  const unclosed = [...a.quoteProblems, ...b.quoteProblems].some((q) => q.kind === 'unclosed');
  return { cells: records[0] ?? [''], unclosed, count: records.length };
}

/** Cells as many as the header's (extra trailing cells may be blank, as the ragged-row rule allows). */
function fits(cells: string[], width: number): boolean {
  if (cells.length < width) return false;
  for (let i = width; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

const isBlankLine = (line: string) => line.trim() === '';

/** Lines longer than this are not read as rows (a quote storm's single line). */
const MAX_LINE_CHARS = 64 * 1024;

/** Quotes tried as the stray one, from the right: a line with more is no typo. */
const MAX_STRAY_TRIES = 8;

/** The line's cells without one quote that opens a cell, when that gives a whole row. */
function withoutStrayQuote(
  line: string,
  delimiter: string,
  newline: Newline,
  width: number,
): string[] | null {
  let tries = 0;
  for (
    let p = line.lastIndexOf('"');
    p !== -1 && tries < MAX_STRAY_TRIES;
    p = p === 0 ? -1 : line.lastIndexOf('"', p - 1)
  ) {
    if (p > 0 && line[p - 1] !== delimiter) continue;
    tries++;
    const read = readLine(line.slice(0, p) + line.slice(p + 1), delimiter, newline);
    if (!read.unclosed && read.count === 1 && fits(read.cells, width)) return read.cells;
  }
  return null;
}

/** Lets the caller yield to the event loop now and then while a long record is taken apart. */
export type Pause = () => Promise<void> | undefined;

/**
 * The records a broken record holds, line by line, or null when its intent is
 * not clear (no line ends inside an open quote, or a line does not have the
 * header's width). `firstLine` is the physical line where the record starts.
 */
export async function recoverRecord(
  raw: string,
  firstLine: number,
  delimiter: string,
  newline: Newline,
  width: number,
  pause?: Pause,
): Promise<RecoveredRecord[] | null> {
  const lines = splitLines(raw, newline);
  // The text of a record ends before its line break: a trailing empty piece is no line of its own.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const out: RecoveredRecord[] = [];
  let signal = false;
  for (let i = 0; i < lines.length; i++) {
    if ((i & 511) === 511) await pause?.();
    const line = lines[i]!;
    const at = firstLine + i;
    if (isBlankLine(line)) {
      out.push({ cells: [''], line: at, closedQuote: false });
      continue;
    }
    // A line longer than any row of people is no row: nothing clear to take apart.
    if (line.length > MAX_LINE_CHARS) return null;
    const read = readLine(line, delimiter, newline);
    if (read.count !== 1) return null;
    if (!read.unclosed) {
      if (!fits(read.cells, width)) return null;
      out.push({ cells: read.cells, line: at, closedQuote: false });
      continue;
    }
    signal = true;
    // Closed at the end of the line: the open cell is the rest of the line.
    if (fits(read.cells, width)) {
      out.push({ cells: read.cells, line: at, closedQuote: true });
      continue;
    }
    // Or a stray quote at the start of a cell: the line read again without it.
    const stray = withoutStrayQuote(line, delimiter, newline, width);
    if (!stray) return null;
    out.push({ cells: stray, line: at, closedQuote: true });
  }
  return signal ? out : null;
}

/** Every address in a broken record's text, with its physical line. */
export async function peopleInRecord(
  raw: string,
  firstLine: number,
  newline: Newline,
  pause?: Pause,
): Promise<{ address: string; line: number }[]> {
  const people: { address: string; line: number }[] = [];
  const lines = splitLines(raw, newline);
  for (let i = 0; i < lines.length; i++) {
    if ((i & 511) === 511) await pause?.();
    for (const address of addressesIn(lines[i]!)) people.push({ address, line: firstLine + i });
  }
  return people;
}

/**
 * A multi-line record that may be broken although it has the header's width and no quote
 * problem: one of its later lines reads, on its own, as a whole row with an address in the email
 * column (a person swallowed by a quote that happened to close further down).
 */
export function swallowsRows(
  raw: string,
  delimiter: string,
  newline: Newline,
  width: number,
  emailColumn: number,
): boolean {
  if (emailColumn < 0) return false;
  const lines = splitLines(raw, newline);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE_CHARS || isBlankLine(line) || !line.includes('@')) continue;
    const read = readLine(line, delimiter, newline);
    if (read.count === 1 && fits(read.cells, width) && isWholeAddress((read.cells[emailColumn] ?? '').trim()))
      return true;
  }
  return false;
}
