/**
 * Between the record reader and the rules: numbers the rows, finds the header,
 * takes apart rows broken by quoting (lib/csv/recover.ts), applies the user's
 * changes (cells edited in the report, rows taken out, "fix all" clean-ups) and
 * hands each row to the rules and the hooks. `checkCsv` and `buildFixedCsv` share
 * it, so the fixed file is exactly the file the report describes.
 */
import type { Newline } from './dialect';
import type { FindingCollector } from './findings';
import type { PipelineHooks } from './pipeline';
import { type Pause, peopleInRecord, recoverRecord, swallowsRows } from './recover';
import { type CsvRules, isBlankChar } from './rules';
import type { CsvChanges } from './types';

/** The cell without spaces and invisible characters around it (what "trim all spaces" removes). */
export function trimCell(cell: string): string {
  let start = 0;
  let end = cell.length;
  while (start < end && isBlankChar(cell.charCodeAt(start))) start++;
  while (end > start && isBlankChar(cell.charCodeAt(end - 1))) end--;
  return start === 0 && end === cell.length ? cell : cell.slice(start, end);
}

export interface Dialect {
  delimiter: string;
  newline: Newline;
  lineOffset: number;
}

export class RowFeeder {
  rowNumber = 0;

  constructor(
    private readonly rules: CsvRules,
    private readonly hooks: PipelineHooks,
    private readonly out: FindingCollector,
    private readonly changes: CsvChanges | undefined,
    private readonly dialect: Dialect,
  ) {}

  record(cells: string[], line: number, quote: 'unclosed' | 'malformed' | undefined): void {
    const { rules } = this;
    const at = line + this.dialect.lineOffset;
    if (!rules.hasHeader) {
      const row = ++this.rowNumber;
      if (quote) this.out.add(quote === 'unclosed' ? 'unclosed-quote' : 'malformed-quote', { row });
      if (rules.isBlank(cells)) this.data(row, cells, at);
      else {
        rules.setHeader(cells, row);
        this.hooks.onHeader?.(row, cells, rules.mapping);
      }
      return;
    }
    this.data(++this.rowNumber, cells, at, quote);
  }

  /**
   * A record with a line break inside a quoted cell (`raw`: its text). When it looks broken it is
   * taken apart line by line, or else every person inside it is listed; `pause` lets the caller
   * yield while a long one (a quote that swallowed the rest of the file) is read again.
   */
  async multiLine(
    cells: string[],
    line: number,
    quote: 'unclosed' | 'malformed' | undefined,
    raw: string,
    pause: Pause,
  ): Promise<void> {
    const { rules, dialect } = this;
    if (!rules.hasHeader || !this.broken(cells, quote, raw)) return this.record(cells, line, quote);
    const at = line + dialect.lineOffset;
    const width = rules.headers.length;
    await pause();
    const parts = await recoverRecord(raw, at, dialect.delimiter, dialect.newline, width, pause);
    await pause();
    if (parts) {
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        this.data(++this.rowNumber, part.cells, part.line, part.closedQuote ? 'recovered' : undefined);
        if ((i & 511) === 511) await pause();
      }
      return;
    }
    const people = await peopleInRecord(raw, at, dialect.newline, pause);
    await pause();
    this.data(++this.rowNumber, cells, at, quote, people);
  }

  /** A multi-line record that may hold other rows: a quote problem, the wrong width, or a swallowed row. */
  private broken(cells: string[], quote: string | undefined, raw: string): boolean {
    const width = this.rules.headers.length;
    if (quote || cells.length < width) return true;
    for (let i = width; i < cells.length; i++) if (cells[i]!.trim() !== '') return true;
    return swallowsRows(raw, this.dialect.delimiter, this.dialect.newline, width, this.rules.emailColumn);
  }

  private data(
    row: number,
    original: string[],
    line: number,
    quote?: 'unclosed' | 'malformed' | 'recovered',
    people?: { address: string; line: number }[],
  ): void {
    const { rules, out, changes } = this;
    if (changes?.removed?.has(row)) {
      this.hooks.onRow?.(row, original, rules.removed(line));
      return;
    }
    const cells = this.changed(row, original);
    const verdict = rules.checkRow(cells, row, line);
    if (quote === 'unclosed') out.add('unclosed-quote', { row });
    else if (quote === 'malformed') out.add('malformed-quote', { row });
    else if (quote === 'recovered') out.add('quote-recovered', { row }, { line });
    if (quote === 'unclosed') verdict.error = true;
    if (people?.length) {
      for (const p of people) out.add('broken-row-person', { row }, { address: p.address, line: p.line });
      verdict.error = true;
      verdict.people = people;
    }
    this.hooks.onRow?.(row, cells, verdict);
  }

  /** The row as the user changed it: cells typed in the report, then the clean-ups asked for. */
  private changed(row: number, cells: string[]): string[] {
    const c = this.changes;
    if (!c) return cells;
    const typed = c.cells?.get(row);
    let out = typed ? [...typed] : cells;
    if (c.trimCells) out = out.map(trimCell);
    const col = this.rules.emailColumn;
    if (c.lowercaseEmails && col >= 0 && out[col] !== undefined) {
      if (out === cells) out = [...cells];
      out[col] = out[col]!.toLowerCase();
    }
    return out;
  }
}
