import {
  CSV_CATALOGUES,
  type CsvField,
  type CsvReport,
  csvLocale,
  type Finding,
  formatFinding,
  severityLabel,
} from '@/lib/csv';
import type { MessageKey } from '@/lib/i18n/messages/en';
import { useI18n } from '../i18n/I18nProvider';
import type { CheckContext } from './useCsvCheck';

/** Rows with problems shown in the row table. */
export const TABLE_ROWS = 200;
/** Findings listed per code (all are counted, and the report download has up to 1,000 per code). */
const LIST_PER_CODE = 50;

const FIELD_KEYS: Record<CsvField, MessageKey> = {
  email: 'csvField_email',
  firstName: 'csvField_firstName',
  lastName: 'csvField_lastName',
  fullName: 'csvField_fullName',
  team: 'csvField_team',
  role: 'csvField_role',
  title: 'csvField_title',
};

type Mark = { severity: 'error' | 'warning'; messages: string[] };

/** Per row, the marks of its cells (column index → mark; -1 for the row as a whole). */
function marksByRow(findings: Finding[], locale: string): Map<number, Map<number, Mark>> {
  const rows = new Map<number, Map<number, Mark>>();
  for (const f of findings) {
    if (f.row === undefined || f.severity === 'info') continue;
    const cells = rows.get(f.row) ?? new Map<number, Mark>();
    rows.set(f.row, cells);
    const at = f.columnIndex ?? -1;
    const mark = cells.get(at) ?? { severity: f.severity, messages: [] };
    if (f.severity === 'error') mark.severity = 'error';
    mark.messages.push(formatFinding(f, locale));
    cells.set(at, mark);
  }
  return rows;
}

/** The read-only part of the report: verdict, summary, mapping, findings by code, rows with problems. */
export function CsvReportBody({
  file,
  report,
  context,
}: {
  file: File;
  report: CsvReport;
  context: CheckContext;
}) {
  const { t, locale } = useI18n();
  const catalogue = CSV_CATALOGUES[csvLocale(locale)];
  const delimiterName =
    report.delimiter in catalogue.delimiters
      ? catalogue.delimiters[report.delimiter as keyof typeof catalogue.delimiters]
      : report.delimiter;
  const marks = marksByRow(report.findings, locale);
  const problemRows = report.keptRows.filter((r) => marks.has(r.row)).slice(0, TABLE_ROWS);
  const lastKept = report.keptRows.at(-1)?.row;

  return (
    <>
      <h3>{t('csvReportTitle', { name: file.name })}</h3>
      <p className="csv-verdict" data-ok={report.ok ? 'true' : 'false'} role="status">
        {report.ok ? t('csvVerdictOk') : t('csvVerdictErrors')}
      </p>
      <dl className="csv-summary" data-testid="csv-summary">
        <dt>{t('csvSummaryRows')}</dt>
        <dd data-count="rows">{report.rows}</dd>
        <dt>{t('csvSummaryEmails')}</dt>
        <dd data-count="emails">{report.uniqueEmails}</dd>
        <dt>{t('csvSummaryErrors')}</dt>
        <dd data-count="error">{report.counts.error}</dd>
        <dt>{t('csvSummaryWarnings')}</dt>
        <dd data-count="warning">{report.counts.warning}</dd>
        <dt>{t('csvSummaryInfos')}</dt>
        <dd data-count="info">{report.counts.info}</dd>
        <dt>{t('csvEncoding')}</dt>
        <dd data-testid="csv-encoding">{report.encoding.toUpperCase()}</dd>
        <dt>{t('csvDelimiter')}</dt>
        <dd data-testid="csv-delimiter">{delimiterName}</dd>
        {context.seatsUsed !== undefined ? (
          <>
            <dt>{t('csvSeats')}</dt>
            <dd data-count="seats-used">{context.seatsUsed}</dd>
          </>
        ) : null}
      </dl>
      <p className="note">{t('csvOriginalKept')}</p>

      {report.headers.length ? (
        <>
          <h3>{t('csvMappingTitle')}</h3>
          <div className="csv-table-wrap">
            <table className="csv-table" data-testid="csv-mapping">
              <thead>
                <tr>
                  <th scope="col">{t('csvMappingColumn')}</th>
                  <th scope="col">{t('csvMappingField')}</th>
                </tr>
              </thead>
              <tbody>
                {report.headers.map((header, i) => {
                  const field = report.mapping[i];
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                    <tr key={i} data-field={field ?? ''}>
                      <td>{header}</td>
                      <td>{field ? t(FIELD_KEYS[field]) : t('csvFieldNone')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      <h3>{t('csvFindingsTitle')}</h3>
      {report.groups.length === 0 ? <p className="note">{t('csvNoFindings')}</p> : null}
      {report.groups.map((group) => {
        const shown = group.findings.slice(0, LIST_PER_CODE);
        return (
          <details
            key={group.code}
            className="csv-group"
            data-group={group.code}
            data-severity={group.severity}
            open={group.severity !== 'info'}
          >
            <summary>
              {t('csvGroupHeading', { severity: severityLabel(group.severity, locale), count: group.count })}{' '}
              <code>{group.code}</code>
            </summary>
            <ul className="csv-findings">
              {shown.map((f, i) => (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: findings are a fixed list per report.
                  key={i}
                  data-code={f.code}
                  data-severity={f.severity}
                  {...(f.row !== undefined ? { 'data-row': f.row } : {})}
                >
                  {f.row !== undefined ? (
                    <span className="csv-row">{t('csvRowLabel', { row: f.row })}</span>
                  ) : null}
                  {formatFinding(f, locale)}
                </li>
              ))}
            </ul>
            {group.count > shown.length ? (
              <p className="note">{t('csvMoreFindings', { count: group.count - shown.length })}</p>
            ) : null}
          </details>
        );
      })}

      {problemRows.length ? (
        <>
          <h3>{t('csvRowsTitle')}</h3>
          <p className="note">{t('csvRowsNote', { count: TABLE_ROWS })}</p>
          <div className="csv-table-wrap">
            <table className="csv-table" data-testid="csv-rows">
              <thead>
                <tr>
                  <th scope="col">{t('csvRowHeader')}</th>
                  {report.headers.map((h, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                    <th key={i} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {problemRows.map((r) => {
                  const cells = marks.get(r.row) ?? new Map<number, Mark>();
                  const whole = cells.get(-1);
                  const width = Math.max(report.headers.length, r.cells.length);
                  return (
                    <tr key={r.row} data-row={r.row}>
                      <th
                        scope="row"
                        {...(whole ? { 'data-mark': whole.severity, title: whole.messages.join('\n') } : {})}
                      >
                        {r.row}
                      </th>
                      {Array.from({ length: width }, (_, i) => {
                        const mark = cells.get(i);
                        return (
                          <td
                            // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                            key={i}
                            {...(mark ? { 'data-mark': mark.severity, title: mark.messages.join('\n') } : {})}
                          >
                            {r.cells[i] ?? ''}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {report.keptRowsTruncated && lastKept !== undefined ? (
            <p className="note">{t('csvRowsTruncated', { row: lastKept })}</p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
