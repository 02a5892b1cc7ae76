import { useState } from 'react';
import { sendToBackground } from '@/lib/messaging/send';
import { saveBlob } from '../download';
import { useI18n } from '../i18n/I18nProvider';

/**
 * "Report this page": the agent of the frame that shows the page takes the sanitised
 * copy (lib/report/sanitise.ts); this shows exactly what will be saved and saves it
 * locally on request. Nothing is sent.
 */
export function ReportPage({ frameId, fileStem }: { frameId: number; fileStem: string }) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<{ html: string; masked: number; removed: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  if (!preview) {
    return (
      <div className="report-open">
        <button
          type="button"
          className="secondary"
          data-testid="report-page-open"
          onClick={async () => {
            setSaved(null);
            const res = await sendToBackground('report:snapshot', { frameId }).catch(() => null);
            setFailed(!res?.ok);
            if (res?.ok) setPreview({ html: res.html, masked: res.masked, removed: res.removed });
          }}
        >
          {t('reportOpen')}
        </button>
        {failed ? (
          <p role="alert" className="warning">
            {t('reportFailed')}
          </p>
        ) : null}
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
