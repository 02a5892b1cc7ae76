/**
 * "Download report": the findings as CSV in the user's language. Every cell is
 * guarded against formula injection (a value from the file such as `=HYPERLINK(…)`
 * must not run when the report is opened in a spreadsheet).
 */
import { CSV_CATALOGUES, type CsvLocale, csvLocale, formatFinding } from './messages';
import type { CsvReport } from './types';
import { csvLine, neutraliseFormula } from './write';

/**
 * Returns the report as CSV text: a UTF-8 BOM (so Excel shows accents and CJK
 * correctly), a header row (Row, Column, Severity, Code, Message, translated),
 * then one line per stored finding. File-level findings have an empty Row.
 */
export function buildReportCsv(report: CsvReport, locale: CsvLocale | string = 'en'): string {
  const c = CSV_CATALOGUES[csvLocale(locale)];
  const safe = (cells: string[]) => csvLine(cells.map(neutraliseFormula));
  const lines = [safe([c.report.row, c.report.column, c.report.severity, c.report.code, c.report.message])];
  for (const f of report.findings) {
    lines.push(
      safe([
        f.row === undefined ? '' : String(f.row),
        f.column ?? '',
        c.severity[f.severity],
        f.code,
        formatFinding(f, locale),
      ]),
    );
  }
  return '\ufeff' + lines.join('');
}
