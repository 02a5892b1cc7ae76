import { type MouseEvent, useEffect, useState } from 'react';
import { buildFixedCsv, buildReportCsv, type FixedCsv, SourceChangedError } from '@/lib/csv';
import { reasonKey } from '@/lib/i18n/reasons';
import { derivedName, saveBlob } from '../download';
import { useI18n } from '../i18n/I18nProvider';
import { CsvDropZone } from './CsvDropZone';
import { CsvReportBody } from './CsvReportBody';
import { CSV_CSS } from './styles';
import type { CheckState } from './useCsvCheck';

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

interface Props {
  state: CheckState;
  onFile(file: File): void;
  onClear(): void;
  dialog?: DialogControls;
}

const fixedBlob = (fixed: FixedCsv) => new Blob([fixed.text], { type: 'text/csv;charset=utf-8' });

/**
 * Drop zone + progress + report + downloads (+ the dialog's buttons). Every
 * stable hook stays in the DOM while this is mounted: the report container is
 * hidden and its buttons disabled when there is nothing to act on.
 */
export function CsvChecker({ state, onFile, onClear, dialog }: Props) {
  const { t, locale } = useI18n();
  const [keepErrorRows, setKeepErrorRows] = useState(false);
  const [neutraliseFormulas, setNeutraliseFormulas] = useState(false);
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const done = state.kind === 'done' ? state : null;
  const report = done?.report;
  // A new report starts without the previous one's "saved …" note.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the report on purpose.
  useEffect(() => setNote(null), [report]);

  const buildFixed = async () => {
    if (!done) return null;
    try {
      return await buildFixedCsv(done.file, done.report, { keepErrorRows, neutraliseFormulas });
    } catch (error) {
      setNote({
        text:
          error instanceof SourceChangedError
            ? t('csvSourceChanged')
            : t(reasonKey('file', error instanceof Error ? error.name : undefined)),
        error: true,
      });
      return null;
    }
  };

  const downloadFixed = async (evt: MouseEvent<HTMLButtonElement>) => {
    const button = evt.currentTarget;
    if (!done) return;
    setBusy(true);
    const fixed = await buildFixed();
    setBusy(false);
    if (!fixed) return;
    const name = derivedName(done.file.name, 'fixed');
    saveBlob(fixedBlob(fixed), name, button);
    setNote({ text: t('csvFixedSaved', { file: name, rows: fixed.rows, ...fixed.dropped }) });
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

  const onUseFixed = async () => {
    if (!done || !dialog) return;
    setBusy(true);
    const fixed = await buildFixed();
    setBusy(false);
    if (!fixed) return;
    const type = done.file.type || 'text/csv';
    dialog.chooseFixed(new File([fixedBlob(fixed)], derivedName(done.file.name, 'fixed'), { type }));
  };

  const take = (file: File) => {
    setNote(null);
    onFile(file);
  };

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
        <h3>{t('csvDialogTitle')}</h3>
        {dialog?.message ? (
          <p role="status" data-testid="csv-dialog-status">
            {dialog.message}
          </p>
        ) : null}
        <div className="row">
          <button
            type="button"
            className="primary"
            data-testid="csv-use-fixed"
            disabled={!done || !dialog?.active || !dialog.ownReport || busy}
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
        {done ? <CsvReportBody file={done.file} report={done.report} context={done.context} /> : null}

        <label className="check">
          <input
            type="checkbox"
            data-testid="csv-keep-errors"
            checked={keepErrorRows}
            onChange={(e) => setKeepErrorRows(e.target.checked)}
          />
          <span>{t('csvKeepErrors')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            data-testid="csv-neutralise"
            checked={neutraliseFormulas}
            onChange={(e) => setNeutraliseFormulas(e.target.checked)}
          />
          <span>{t('csvNeutralise')}</span>
        </label>
        <div className="row">
          <button
            type="button"
            className="primary"
            data-testid="csv-download-fixed"
            disabled={!done || busy}
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
