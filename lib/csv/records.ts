/**
 * Incremental CSV tokenising that resumes where it stopped: text arrives in
 * slices, complete records come back, and the record still open at the end of
 * a slice is carried as state (its cells so far, the field being read), never
 * re-read. Each character is looked at a bounded number of times, so the time
 * is linear in the input whatever its shape: a 3 MB storm of quotation marks,
 * a file of nothing but line breaks, one line of 3 MB.
 *
 * It reads what papaparse's Parser reads (the library the first version fed
 * slice by slice, re-parsing the unfinished record from its start every time):
 * a quote opens a quoted cell only at the start of a cell; `""` inside it is a
 * quote; a quote closes the cell when only spaces stand between it and the
 * delimiter or the line break; any other quote inside a quoted cell is kept
 * as text and reported as malformed; a quoted cell still open at the end of
 * the input is unclosed (it runs to the end of the input). One difference: a closing
 * quote followed by spaces and then the end of the file closes the cell
 * (papaparse reported the cell as unclosed).
 *
 * Each record comes with the physical line where it starts, and a record that
 * holds a line break inside a quoted cell comes with its raw text, so that a
 * row broken by a stray quote can be taken apart line by line (lib/csv/recover.ts).
 */
import type { Newline } from './dialect';

export interface QuoteProblem {
  /** Index of the record in the batch. */
  index: number;
  kind: 'unclosed' | 'malformed';
}

/** A record with a line break inside a quoted cell: its text as written, line breaks included. */
export interface MultiLineRecord {
  index: number;
  raw: string;
}

export interface RecordBatch {
  records: string[][];
  /** Physical line (1-based, from the first text pushed) where each record starts. */
  lines: number[];
  quoteProblems: QuoteProblem[];
  multiLine: MultiLineRecord[];
}

const QUOTE = 34;
const CR = 13;

/** Where the reader stands (plain numbers: the hot loop compares them on every cell). */
/** Before the first character of a cell. */
const CELL_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just after a quote inside a quoted cell: closing, escaped or stray, the next characters tell. */
const AFTER_QUOTE = 3;

/** White space as `String.prototype.trim` sees it (what papaparse allows between a closing quote and the delimiter). */
const isSpace = (c: string) => c.trim() === '';

function countChar(text: string, char: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf(char, from); at !== -1 && at < to; at = text.indexOf(char, at + 1)) n++;
  return n;
}

const unescapeQuotes = (raw: string) => (raw.indexOf('"') === -1 ? raw : raw.replace(/""/g, '"'));

export class RecordReader {
  private mode = CELL_START;
  private row: string[] = [];
  /** Text of the open cell from earlier slices (a quoted cell: as written, `""` not yet undone). */
  private cell = '';
  /** Spaces after a quote in a quoted cell (AFTER_QUOTE). */
  private spaces = '';
  /** A CR at the end of a slice, held back until the next one tells whether a LF follows. */
  private carry = '';
  /** Text of the open record from earlier slices (kept to hand over a broken record's text). */
  private recordText = '';
  private line = 1;
  private recordLine = 1;
  /** The open record has a line break inside a quoted cell. */
  private broken = false;
  private malformed = false;
  private readonly lineChar: string;

  constructor(
    private readonly delimiter: string,
    private readonly newline: Newline,
  ) {
    this.lineChar = newline === '\r' ? '\r' : '\n';
  }

  /** Characters of the record still open (for progress; nothing is re-read). */
  get pendingChars(): number {
    return this.recordText.length;
  }

  push(text: string): RecordBatch {
    let input = this.carry + text;
    this.carry = '';
    if (input.charCodeAt(input.length - 1) === CR) {
      this.carry = '\r';
      input = input.slice(0, -1);
    }
    return this.run(input, false);
  }

  end(): RecordBatch {
    const input = this.carry;
    this.carry = '';
    return this.run(input, true);
  }

  private run(text: string, final: boolean): RecordBatch {
    const records: string[][] = [];
    const lines: number[] = [];
    const batch: RecordBatch = { records, lines, quoteProblems: [], multiLine: [] };
    const { delimiter, newline, lineChar } = this;
    const nlLength = newline.length;
    const stripCr = newline === '\n';
    const n = text.length;
    // The state lives in locals while the slice is read, and goes back to the reader at its end.
    let mode = this.mode;
    let row = this.row;
    let cell = this.cell;
    let i = 0;
    /** Where the open record starts in this slice (0 when it began in an earlier one). */
    let recordStart = 0;
    // Next delimiter and line break from i, looked up again only once passed (as papaparse does).
    let nextDelim = -2;
    let nextNewline = -2;

    const endRecord = (textEnd: number, next: number) => {
      const index = records.length;
      records.push(row);
      lines.push(this.recordLine);
      if (this.malformed) batch.quoteProblems.push({ index, kind: 'malformed' });
      if (this.broken)
        batch.multiLine.push({ index, raw: this.recordText + text.slice(recordStart, textEnd) });
      row = [];
      if (this.recordText !== '') this.recordText = '';
      this.broken = false;
      this.malformed = false;
      this.recordLine = ++this.line;
      recordStart = next;
    };

    if (mode === CELL_START && row.length === 0 && n > 0 && text.indexOf('"') === -1) {
      // No quote in the slice and no record open: split it as papaparse does, natively.
      const pieces = text.split(newline);
      const last = pieces.length - 1;
      for (let k = 0; k < last; k++) {
        const cells = pieces[k]!.split(delimiter);
        if (stripCr) {
          const end = cells.length - 1;
          const value = cells[end]!;
          if (value.charCodeAt(value.length - 1) === CR) cells[end] = value.slice(0, -1);
        }
        records.push(cells);
        lines.push(this.line++);
      }
      this.recordLine = this.line;
      const open = pieces[last]!;
      if (open !== '') {
        const cells = open.split(delimiter);
        const tail = cells.pop()!;
        this.row = cells;
        this.cell = tail;
        this.mode = tail === '' ? CELL_START : UNQUOTED;
        this.recordText = open;
      }
      if (final) this.finish(batch);
      return batch;
    }

    while (i < n) {
      if (mode === CELL_START) {
        if (text.charCodeAt(i) === QUOTE) {
          mode = QUOTED;
          i++;
          continue;
        }
        mode = UNQUOTED;
        cell = '';
        // An unquoted cell that started in this slice: `cell` stays empty, its text is sliced at its end.
        if (nextDelim !== -1 && nextDelim < i) nextDelim = text.indexOf(delimiter, i);
        if (nextNewline !== -1 && nextNewline < i) nextNewline = text.indexOf(newline, i);
        if (nextDelim !== -1 && (nextNewline === -1 || nextDelim < nextNewline)) {
          row.push(text.slice(i, nextDelim));
          i = nextDelim + 1;
          mode = CELL_START;
        } else if (nextNewline !== -1) {
          let value = text.slice(i, nextNewline);
          // A file with mostly `\n` line breaks may have some `\r\n` ones: no stray `\r`.
          if (stripCr && value.charCodeAt(value.length - 1) === CR) value = value.slice(0, -1);
          row.push(value);
          i = nextNewline + nlLength;
          mode = CELL_START;
          endRecord(nextNewline, i);
        } else {
          cell = text.slice(i);
          i = n;
        }
      } else if (mode === UNQUOTED) {
        // The rest of an unquoted cell that began in an earlier slice.
        if (nextDelim !== -1 && nextDelim < i) nextDelim = text.indexOf(delimiter, i);
        if (nextNewline !== -1 && nextNewline < i) nextNewline = text.indexOf(newline, i);
        if (nextDelim !== -1 && (nextNewline === -1 || nextDelim < nextNewline)) {
          row.push(cell + text.slice(i, nextDelim));
          i = nextDelim + 1;
          mode = CELL_START;
        } else if (nextNewline !== -1) {
          let value = cell + text.slice(i, nextNewline);
          if (stripCr && value.charCodeAt(value.length - 1) === CR) value = value.slice(0, -1);
          row.push(value);
          i = nextNewline + nlLength;
          mode = CELL_START;
          endRecord(nextNewline, i);
        } else {
          cell += text.slice(i);
          i = n;
        }
      } else if (mode === QUOTED) {
        // Escaped quotes ("") are skipped here and undone slice by slice (a pair is never cut: a quote
        // at the end of a slice waits in AFTER_QUOTE), so no step ever works on more than a slice.
        let q = text.indexOf('"', i);
        while (q !== -1 && q + 1 < n && text.charCodeAt(q + 1) === QUOTE) q = text.indexOf('"', q + 2);
        const end = q === -1 ? n : q;
        const breaks = countChar(text, lineChar, i, end);
        if (breaks) {
          this.line += breaks;
          this.broken = true;
        }
        cell += unescapeQuotes(text.slice(i, end));
        if (q === -1) {
          i = n;
        } else {
          i = q + 1;
          mode = AFTER_QUOTE;
          this.spaces = '';
        }
      } else {
        // AFTER_QUOTE
        const c = text[i]!;
        const spaces = this.spaces;
        if (c === '"' && spaces === '') {
          // An escaped quote cut by the end of the previous slice.
          cell += '"';
          i++;
          mode = QUOTED;
        } else if (c === delimiter) {
          row.push(cell);
          cell = '';
          i++;
          mode = CELL_START;
        } else if (c === lineChar && (newline !== '\r\n' || spaces.endsWith('\r'))) {
          row.push(cell);
          cell = '';
          i++;
          mode = CELL_START;
          endRecord(i - nlLength, i);
        } else if (isSpace(c)) {
          this.spaces += c;
          i++;
        } else {
          // A quote inside the cell that does not close it: kept as text.
          this.malformed = true;
          const breaks = countChar(spaces, lineChar, 0, spaces.length);
          if (breaks) {
            this.line += breaks;
            this.broken = true;
          }
          cell += `"${spaces}`;
          this.spaces = '';
          if (c === '"')
            i++; // the next candidate for the closing quote
          else mode = QUOTED;
        }
      }
    }

    this.mode = mode;
    this.row = row;
    this.cell = cell;
    // The open record is carried: its cells so far, its open cell, and its text (to hand over if it breaks).
    if (row.length || mode !== CELL_START) this.recordText += text.slice(recordStart);
    if (final) this.finish(batch);
    return batch;
  }

  /** The end of the input: the open record, if any, is complete. */
  private finish(batch: RecordBatch): void {
    if (this.mode === CELL_START && this.row.length === 0) return;
    const index = batch.records.length;
    let unclosed = false;
    if (this.mode === QUOTED) {
      // Never closed: the rest of the file is the cell.
      unclosed = true;
      this.row.push(this.cell);
    } else if (this.mode === AFTER_QUOTE || this.newline !== '\n') this.row.push(this.cell);
    else
      this.row.push(this.cell.charCodeAt(this.cell.length - 1) === CR ? this.cell.slice(0, -1) : this.cell);
    batch.records.push(this.row);
    batch.lines.push(this.recordLine);
    if (unclosed) batch.quoteProblems.push({ index, kind: 'unclosed' });
    else if (this.malformed) batch.quoteProblems.push({ index, kind: 'malformed' });
    if (this.broken || unclosed) batch.multiLine.push({ index, raw: this.recordText });
    this.row = [];
    this.cell = '';
    this.recordText = '';
    this.mode = CELL_START;
  }
}
