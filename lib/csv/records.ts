/**
 * Incremental tokenising with papaparse's Parser: text arrives in chunks, only
 * complete records are returned and the unfinished last record is carried over
 * (the same scheme papaparse uses for its own streamers).
 */
import Papa from 'papaparse';
import type { Newline, SampleParse } from './dialect';

export interface QuoteProblem {
  /** Index of the record in the batch. */
  index: number;
  kind: 'unclosed' | 'malformed';
}

export interface RecordBatch {
  records: string[][];
  quoteProblems: QuoteProblem[];
}

export class RecordReader {
  private partial = '';

  constructor(
    private readonly delimiter: string,
    private readonly newline: Newline,
  ) {}

  /** Characters waiting for the end of their record (a long quoted cell, or an unclosed quote). */
  get pendingChars(): number {
    return this.partial.length;
  }

  push(text: string): RecordBatch {
    return this.parse(this.partial + text, false);
  }

  end(): RecordBatch {
    return this.parse(this.partial, true);
  }

  private parse(input: string, final: boolean): RecordBatch {
    this.partial = '';
    if (!input) return { records: [], quoteProblems: [] };
    const parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.newline, quoteChar: '"' });
    const result = parser.parse(input, 0, !final) as SampleParse;
    this.partial = final ? '' : input.substring(result.meta.cursor);
    const records = result.data;
    // Papaparse returns an empty last record for the line break that ends the file.
    const last = records[records.length - 1];
    if (final && last?.length === 1 && last[0] === '' && /[\r\n]$/.test(input)) records.pop();
    if (this.newline === '\n' && input.includes('\r')) stripCarriageReturns(records);
    const quoteProblems: QuoteProblem[] = [];
    for (const e of result.errors) {
      const index = e.row ?? records.length - 1;
      // Problems of the unfinished last record are found again when it is complete.
      if (index >= records.length) continue;
      if (e.code === 'MissingQuotes') quoteProblems.push({ index, kind: 'unclosed' });
      else if (e.code === 'InvalidQuotes') quoteProblems.push({ index, kind: 'malformed' });
    }
    return { records, quoteProblems };
  }
}

/** A file with mostly `\n` line breaks may have some `\r\n` ones: drop the `\r`. */
function stripCarriageReturns(records: string[][]): void {
  for (const r of records) {
    const last = r.length - 1;
    const cell = r[last]!;
    if (cell.charCodeAt(cell.length - 1) === 13) r[last] = cell.slice(0, -1);
  }
}
