import { useState } from 'react';
import { type SanitiseResult, sanitiseDocument } from '@/lib/report/sanitise';
import { saveBlob } from '../download';
import { useI18n } from '../i18n/I18nProvider';

/** "Report this page": shows exactly what will be saved, saves it locally on request. Nothing is sent. */
export function ReportPage({ doc, fileStem }: { doc: Document; fileStem: string }) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<SanitiseResult | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (!preview) {
    return (
      <div className="report-open">
        <button
          type="button"
          className="secondary"
          data-testid="report-page-open"
          onClick={() => {
            setSaved(null);
            setPreview(sanitiseDocument(doc));
          }}
        >
          {t('reportOpen')}
        </button>
        {saved ? (
          <p role="status" className="note">
            {t('reportSaved', { file: saved })}
          </p>
        ) : null}
      </div>
    );
  }
  const save = (evt: React.MouseEvent<HTMLButtonElement>) => {
    const file = `${fileStem}-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.html`;
    saveBlob(new Blob([preview.html], { type: 'text/html' }), file, evt.currentTarget);
    setSaved(file);
    setPreview(null);
  };
  return (
    <section className="report" aria-labelledby="msi-report-heading" data-testid="report-page">
      <h2 id="msi-report-heading">{t('reportTitle')}</h2>
      <p>{t('reportIntro')}</p>
      <p className="note">{t('reportStats', { masked: preview.masked, removed: preview.removed })}</p>
      <label className="field">
        <span>{t('reportPreviewLabel')}</span>
        <textarea readOnly value={preview.html} rows={10} data-testid="report-page-preview" />
      </label>
      <div className="row">
        <button type="button" className="primary" onClick={save} data-testid="report-page-save">
          {t('reportSave')}
        </button>
        <button type="button" className="secondary" onClick={() => setPreview(null)}>
          {t('reportCancel')}
        </button>
      </div>
    </section>
  );
}
