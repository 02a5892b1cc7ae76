/**
 * Formula injection (CSV injection): a cell that a spreadsheet, or an app that
 * hands the value on to one, could run as a formula. OWASP's triggers are a cell
 * starting with `=` `+` `-` `@`, a tab or a carriage return; spreadsheets also skip
 * leading spaces (NBSP included) before they look, Japanese and Chinese IMEs type
 * the full-width forms `＝` `＋` `－` `＠` that Excel takes as the ASCII ones, and a
 * cell of several lines may be read line by line. DDE payloads
 * (`=cmd|' /C calc'!A0`, `@SUM(1+9)*cmd|…`) start with one of those triggers.
 *
 * Neutralising follows OWASP: a `'` in front makes the spreadsheet show the cell as
 * text. Every line of the cell that would start a formula gets one.
 */

/** The trigger characters, ASCII and full-width. */
const TRIGGER = /^[=+\-@\uff1d\uff0b\uff0d\uff20]/;
/** What spreadsheets skip before they look for a trigger. */
const LEADING_SPACE = /^[\s\u200b-\u200d\u2060\ufeff]+/;
const LINE_BREAK = /\r\n|\r|\n/;

function lineTrigger(line: string): string | null {
  const first = line.charCodeAt(0);
  if (first === 9) return 'TAB';
  if (first === 13) return 'CR';
  const m = TRIGGER.exec(line.replace(LEADING_SPACE, ''));
  return m ? m[0] : null;
}

/**
 * The trigger a cell starts with (`=` `+` `-` `@`, their full-width forms, `TAB`,
 * `CR`), after leading spaces, on its first line or any later one; null when a
 * spreadsheet would not run it.
 */
export function formulaTrigger(cell: string): string | null {
  if (cell === '') return null;
  const first = lineTrigger(cell);
  if (first || !LINE_BREAK.test(cell)) return first;
  for (const line of cell.split(LINE_BREAK).slice(1)) {
    const t = lineTrigger(line);
    if (t) return t;
  }
  return null;
}

/** True when a spreadsheet could run the cell as a formula. */
export function looksLikeFormula(cell: string): boolean {
  return formulaTrigger(cell) !== null;
}

/** Prefixes `'` to the cell (and to each later line that would start a formula): shown as text. */
export function neutraliseFormula(cell: string): string {
  if (!looksLikeFormula(cell)) return cell;
  if (!LINE_BREAK.test(cell)) return "'" + cell;
  return cell
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 0 && lineTrigger(part) ? "'" + part : part))
    .join('');
}
