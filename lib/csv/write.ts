/**
 * Writing CSV: RFC 4180 quoting, and the spreadsheet formula guard (./formula.ts).
 */
export { looksLikeFormula, neutraliseFormula } from './formula';

/**
 * Quoted when it holds a quote, a line break, spaces at an edge, or any delimiter a spreadsheet
 * might split on (`;` in much of Europe, tab, `|`): a cell such as `a;=cmd` must not become a cell
 * `=cmd` in a spreadsheet that reads the file with another delimiter.
 */
const NEEDS_QUOTES = /[",;\t|\r\n]|^\s|\s$/;

export function csvCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
