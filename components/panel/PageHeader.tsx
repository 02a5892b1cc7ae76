import type { MessageKey } from '@/lib/i18n/messages/en';
import { PAGE_NAMES } from '@/lib/i18n/page-names';
import type { PageReport } from '@/lib/messaging/protocol';
import type { AppId } from '@/lib/pages/types';
import { useI18n } from '../i18n/I18nProvider';

const APP_NAMES: Record<AppId, MessageKey> = {
  marketo: 'appMarketo',
  sales: 'appSales',
  salesforce: 'appSalesforce',
};

export function PageHeader({ report }: { report: PageReport & { fromFrame: boolean } }) {
  const { t } = useI18n();
  const app = report.app ? t(APP_NAMES[report.app]) : null;
  const page = t(PAGE_NAMES[report.page]);
  return (
    // Focusable by script only: the keyboard shortcut puts the focus here (PanelApp).
    <section className="page-header" aria-labelledby="msi-page-heading" id="msi-page-header" tabIndex={-1}>
      <p className="eyebrow" id="msi-page-heading">
        {t('panelRecognised')}
      </p>
      <p className="page-name" data-testid="panel-page-name">
        {app && report.page !== 'unknown' ? `${app} › ${page}` : app ? `${app}: ${page}` : page}
      </p>
      {report.app === 'marketo' || report.munchkinId ? (
        <p className="instance" data-testid="panel-instance">
          {t('panelInstance')}: {report.munchkinId ?? t('panelInstanceUnknown')}
          {report.instanceHost && !report.munchkinId ? ` (${report.instanceHost})` : ''}
        </p>
      ) : null}
      {report.page === 'unknown' ? <p className="hint">{t('pageUnknownHint')}</p> : null}
    </section>
  );
}
