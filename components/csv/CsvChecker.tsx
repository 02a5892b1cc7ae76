import { type MouseEvent, useEffect, useState } from 'react';
import type { CsvChanges, FixedCsv } from '@/lib/csv';
import { buildReportCsv } from '@/lib/csv/report-csv';
import { reasonKey } from '@/lib/i18n/reasons';
import { derivedName, saveBlob } from '../download';
import { useI18n } from '../i18n/I18nProvider';
import { CsvDropZone } from './CsvDropZone';
import { CsvHeading } from './CsvHeading';
import { CsvPreview, type FixChoices, SAFE_CHOICES, useFixPreview } from './CsvPreview';
import { CsvReportBody, type ReportActions } from './CsvReportBody';
import { CSV_CSS } from './styles';
import { type CheckState, hasChanges, withCells, withRemoved } from './useCsvCheck';

/** The dialog's side of the report (panel on the User Management page only). */
export interface DialogControls {
  /** A file was chosen in the dialog, which is still open. */
  active: boolean;
  /** The report shown is the one of the file chosen in the dialog. */
  ownReport: boolean;
  /** Next is held back (errors, not yet "upload anyway"). */
  held: boolean;
  /** What happened at the dialog, for the user. */
  message: string | null;
  chooseFixed(file: File): void;
  uploadAnyway(): void;
}

/** The panel can widen itself for the grid (the checker page is wide already). */
export interface WideView {
  wide: boolean;
  toggle(): void;
}

interface Props {
  state: CheckState;
  onFile(file: File): void;
  onClear(): void;
  /** Check the same file again with the user's changes. */
  onRecheck(update: (changes: CsvChanges) => CsvChanges): void;
  dialog?: DialogControls;
  wideView?: WideView;
}

const fixedBlob = (fixed: FixedCsv) => new Blob([fixed.text], { type: 'text/csv;charset=utf-8' });

/**
 * Drop zone + progress + report + preview of the fixed file + downloads (+ the
 * dialog's buttons). Every stable hook stays in the DOM while this is mounted:
 * the report container is hidden and its buttons disabled when there is nothing
 * to act on.
 */
export function CsvChecker({ state, onFile, onClear, onRecheck, dialog, wideView }: Props) {
  const { t, locale } = useI18n();
  const [choices, setChoices] = useState<FixChoices>(SAFE_CHOICES);
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const done = state.kind === 'done' ? state : null;
  const report = done?.report;
  const preview = useFixPreview(state, choices);
  const ready = preview.kind === 'ready' && preview.done === done ? preview : null;
  // A new file starts with the safe choices and without the previous one's "saved …" note.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the file on purpose.
  useEffect(() => setChoices(SAFE_CHOICES), [done?.file]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the report on purpose.
  useEffect(() => setNote(null), [report]);

  const actions: ReportActions = {
    edit: (row, cells) => onRecheck((c) => withCells(c, row, cells)),
    remove: (rows, removed) => onRecheck((c) => withRemoved(c, rows, removed)),
    trimAll: () => onRecheck((c) => ({ ...c, trimCells: true })),
    lowercaseAll: () => onRecheck((c) => ({ ...c, lowercaseEmails: true })),
    undoAll: () => onRecheck(() => ({})),
  };

  const downloadFixed = (evt: MouseEvent<HTMLButtonElement>) => {
    if (!done || !ready) return;
    const name = derivedName(done.file.name, 'fixed');
    saveBlob(fixedBlob(ready.fixed), name, evt.currentTarget);
    const left = Object.values(ready.fixed.dropped).reduce((a, b) => a + b, 0) - ready.fixed.dropped.blank;
    setNote({ text: t('csvFixedSavedPeople', { file: name, rows: ready.fixed.rows, left }) });
  };

  const downloadReport = (evt: MouseEvent<HTMLButtonElement>) => {
    if (!done) return;
    const name = derivedName(done.file.name, 'report');
    saveBlob(
      new Blob([buildReportCsv(done.report, locale)], { type: 'text/csv;charset=utf-8' }),
      name,
      evt.currentTarget,
    );
    setNote({ text: t('csvReportSaved', { file: name }) });
  };

  const onUseFixed = () => {
    if (!done || !dialog || !ready) return;
    const type = done.file.type || 'text/csv';
    dialog.chooseFixed(new File([fixedBlob(ready.fixed)], derivedName(done.file.name, 'fixed'), { type }));
  };

  const take = (file: File) => {
    setNote(null);
    onFile(file);
  };
  const busy = done?.rechecking === true;

  return (
    <>
      <style>{CSV_CSS}</style>
      <p className="note">{t('csvIntro')}</p>
      <CsvDropZone onFile={take} />
      {state.kind === 'checking' ? (
        <div className="field" role="status" data-testid="csv-progress">
          <span>{t('csvChecking', { name: state.file.name })}</span>
          <progress aria-label={t('csvProgress')} value={state.bytes} max={Math.max(1, state.total)} />
          <span className="note">{t('csvRowsRead', { rows: state.rows })}</span>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="warning" role="alert" data-testid="csv-failed">
          {t(reasonKey('file', state.reason))}
        </p>
      ) : null}

      <div className="csv-dialog" data-testid="csv-dialog" hidden={!dialog?.active}>
        <CsvHeading>{t('csvDialogTitle')}</CsvHeading>
        {dialog?.message ? (
          <p role="status" data-testid="csv-dialog-status">
            {dialog.message}
          </p>
        ) : null}
        {dialog?.active && done && dialog.ownReport && ready ? (
          <p className="note" data-testid="csv-dialog-preview">
            {t('csvDialogPreview', {
              invited: ready.fixed.rows,
              left: Object.values(ready.fixed.dropped).reduce((a, b) => a + b, 0) - ready.fixed.dropped.blank,
            })}
          </p>
        ) : null}
        <div className="row">
          <button
            type="button"
            className="primary"
            data-testid="csv-use-fixed"
            disabled={!done || !dialog?.active || !dialog.ownReport || !ready || busy}
            onClick={onUseFixed}
          >
            {t('csvUseFixed')}
          </button>
          <button
            type="button"
            className="secondary"
            data-testid="csv-upload-anyway"
            disabled={!dialog?.active || !dialog.held}
            onClick={() => dialog?.uploadAnyway()}
          >
            {t('csvUploadAnyway')}
          </button>
        </div>
      </div>

      <div
        className="csv-report"
        data-testid="csv-report"
        data-state={state.kind}
        {...(done ? { 'data-ok': done.report.ok ? 'true' : 'false' } : {})}
        hidden={!done}
      >
        {wideView && done ? (
          <button
            type="button"
            className="secondary csv-wide"
            data-testid="csv-wide-view"
            aria-pressed={wideView.wide}
            onClick={wideView.toggle}
          >
            {wideView.wide ? t('csvNarrowView') : t('csvWideView')}
          </button>
        ) : null}
        {done ? (
          <CsvReportBody
            file={done.file}
            report={done.report}
            context={done.context}
            changes={done.changes}
            changed={hasChanges(done.changes)}
            busy={busy}
            actions={actions}
          />
        ) : null}
        <CsvPreview
          {...(done ? { report: done.report } : {})}
          preview={preview}
          choices={choices}
          onChoices={setChoices}
          {...(done?.context.seatsUsed !== undefined ? { seatsUsed: done.context.seatsUsed } : {})}
        />
        <div className="row">
          <button
            type="button"
            className="primary"
            data-testid="csv-download-fixed"
            disabled={!ready || busy}
            onClick={downloadFixed}
          >
            {t('csvDownloadFixed')}
          </button>
          <button type="button" data-testid="csv-download-report" disabled={!done} onClick={downloadReport}>
            {t('csvDownloadReport')}
          </button>
          <button
            type="button"
            className="secondary"
            data-testid="csv-clear"
            disabled={!done}
            onClick={onClear}
          >
            {t('csvClear')}
          </button>
        </div>
        {note ? (
          <p className={note.error ? 'csv-error' : 'note'} role="status" data-testid="csv-note">
            {note.text}
          </p>
        ) : null}
      </div>
    </>
  );
}
