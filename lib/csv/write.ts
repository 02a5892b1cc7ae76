/**
 * Writing CSV: RFC 4180 quoting and the spreadsheet formula guard.
 */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_FIRST = /^[=+\-@\t\r]/;

/** True when a spreadsheet could run the cell as a formula. */
export function looksLikeFormula(cell: string): boolean {
  return FORMULA_FIRST.test(cell);
}

/** Prefixes a formula-looking cell with `'` so spreadsheets show it as text. */
export function neutraliseFormula(cell: string): string {
  return looksLikeFormula(cell) ? "'" + cell : cell;
}

export function csvCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? '"' + cell.replace(/"/g, '""') + '"' : cell;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
