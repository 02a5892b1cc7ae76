import type { CsvChanges, CsvField, CsvReport } from '@/lib/csv';
import { formatFinding, severityLabel } from '@/lib/csv/finding-text';
import { localeTexts } from '@/lib/i18n/locale-texts';
import type { MessageKey } from '@/lib/i18n/messages/en';
import { useI18n } from '../i18n/I18nProvider';
import { CsvGrid } from './CsvGrid';
import { CsvHeading } from './CsvHeading';
import type { CheckContext } from './useCsvCheck';

/** Findings listed per kind (all are counted, and the report download has up to 1,000 per kind). */
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

/** What the user can do to the rows from the report ("fix all of this kind", the grid). */
export interface ReportActions {
  edit(row: number, cells: string[]): void;
  remove(rows: number[], removed: boolean): void;
  trimAll(): void;
  lowercaseAll(): void;
  undoAll(): void;
}

interface Props {
  file: File;
  report: CsvReport;
  context: CheckContext;
  changes: CsvChanges;
  changed: boolean;
  busy: boolean;
  actions: ReportActions;
}

/**
 * The report: verdict, summary, mapping, findings under plain headings in the
 * user's language (the code stays in a tooltip and in the JSON), "fix all of
 * this kind", and the rows with problems as an editable grid.
 */
export function CsvReportBody({ file, report, context, changes, changed, busy, actions }: Props) {
  const { t, locale } = useI18n();
  const catalogue = localeTexts(locale).findings;
  const delimiterName =
    report.delimiter in catalogue.delimiters
      ? catalogue.delimiters[report.delimiter as keyof typeof catalogue.delimiters]
      : report.delimiter;
  const count = (code: string) => report.groups.find((g) => g.code === code)?.count ?? 0;
  const duplicateRows = report.groups.find((g) => g.code === 'duplicate-email')?.rows ?? [];
  const spaces = count('email-whitespace');

  return (
    <>
      <CsvHeading>{t('csvReportTitle', { name: file.name })}</CsvHeading>
      <p className="csv-verdict" data-ok={report.ok ? 'true' : 'false'} role="status" aria-busy={busy}>
        {report.ok ? t('csvVerdictOk') : t('csvVerdictErrors')}
        {changed ? ` ${t('csvVerdictChanged')}` : ''}
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
          <CsvHeading>{t('csvMappingTitle')}</CsvHeading>
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

      <CsvHeading>{t('csvFindingsTitle')}</CsvHeading>
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
            {/* A plain heading in the user's words; the code is in the tooltip. */}
            <summary title={group.code}>
              <span className="csv-group-title">{catalogue.titles[group.code]}</span>{' '}
              <span className="csv-group-count">
                {t('csvGroupHeading', {
                  severity: severityLabel(group.severity, locale),
                  count: group.count,
                })}
              </span>
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

      <fieldset className="csv-fixall" data-testid="csv-fix-all">
        <legend>{t('csvFixAllTitle')}</legend>
        <div className="row">
          <button
            type="button"
            data-testid="csv-fix-duplicates"
            disabled={busy || duplicateRows.length === 0}
            onClick={() => actions.remove(duplicateRows, true)}
          >
            {t('csvFixDuplicates', { count: count('duplicate-email') })}
          </button>
          <button
            type="button"
            data-testid="csv-fix-trim"
            disabled={busy || changes.trimCells === true}
            aria-pressed={changes.trimCells === true}
            onClick={actions.trimAll}
          >
            {spaces ? t('csvFixTrimCount', { count: spaces }) : t('csvFixTrim')}
          </button>
          <button
            type="button"
            data-testid="csv-fix-lowercase"
            disabled={busy || changes.lowercaseEmails === true}
            aria-pressed={changes.lowercaseEmails === true}
            onClick={actions.lowercaseAll}
          >
            {t('csvFixLowercase')}
          </button>
          <button
            type="button"
            className="secondary"
            data-testid="csv-undo-changes"
            disabled={busy || !changed}
            onClick={actions.undoAll}
          >
            {t('csvUndoChanges')}
          </button>
        </div>
      </fieldset>

      <CsvGrid
        file={file}
        report={report}
        changes={changes}
        busy={busy}
        onEdit={actions.edit}
        onRemove={(row, removed) => actions.remove([row], removed)}
      />
      {report.keptRowsTruncated && report.keptRows.length ? (
        <p className="note">{t('csvRowsTruncated', { row: report.keptRows.at(-1)!.row })}</p>
      ) : null}
    </>
  );
}
