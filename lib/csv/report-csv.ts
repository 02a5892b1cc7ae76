/**
 * "Download report": the findings as CSV in the user's language. Every cell is
 * guarded against formula injection (a value from the file such as `=HYPERLINK(…)`
 * must not run when the report is opened in a spreadsheet).
 */

import { findingTexts } from '../i18n/findings-loaded';
import { type Locale, resolveLocale } from '../i18n/locales';
import { formatFinding } from './finding-text';
import type { CsvReport } from './types';
import { csvLine, neutraliseFormula } from './write';

/**
 * Returns the report as CSV text: a UTF-8 BOM (so Excel shows accents and CJK
 * correctly), a header row (Row, Column, Severity, Problem, Message, Code,
 * translated), then one line per stored finding, in the words the report shows
 * on screen (the plain heading of its kind and its message); the code last, for
 * tools. File-level findings have an empty Row.
 */
export function buildReportCsv(report: CsvReport, locale: Locale | string = 'en'): string {
  const c = findingTexts(resolveLocale(locale));
  const safe = (cells: string[]) => csvLine(cells.map(neutraliseFormula));
  const r = c.report;
  const lines = [safe([r.row, r.column, r.severity, r.problem, r.message, r.code])];
  for (const f of report.findings) {
    lines.push(
      safe([
        f.row === undefined ? '' : String(f.row),
        f.column ?? '',
        c.severity[f.severity],
        c.titles[f.code],
        formatFinding(f, locale),
        f.code,
      ]),
    );
  }
  return '\ufeff' + lines.join('');
}
