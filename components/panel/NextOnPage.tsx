import { useState } from 'react';
import type { InstanceProgress } from '@/lib/checklist/progress';
import { stepDef } from '@/lib/checklist/steps';
import { checklistTexts, stepTitle } from '@/lib/checklist/texts';
import type { MessageKey } from '@/lib/i18n/messages/en';
import { format } from '@/lib/i18n/translate';
import { sendToBackground } from '@/lib/messaging/send';
import type { PageId } from '@/lib/pages/types';
import { type NextActionId, nextOnPage } from '@/lib/panel/next-action';
import type { SectionId } from '@/lib/panel/sections';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnounce } from './Announcer';

/** The action's title and why, in the catalogues. */
const ACTION_TEXTS: Record<NextActionId, [MessageKey, MessageKey]> = {
  'send-invite': ['nextSendInvite', 'nextSendInviteWhy'],
  'send-credentials': ['nextSendCredentials', 'nextSendCredentialsWhy'],
  'start-sync': ['nextStartSync', 'nextStartSyncWhy'],
  'connect-salesforce': ['nextConnectSalesforce', 'nextConnectSalesforceWhy'],
  'fill-credentials': ['nextFillCredentials', 'nextFillCredentialsWhy'],
  'check-csv': ['nextCheckCsv', 'nextCheckCsvWhy'],
  'check-csv-dialog': ['nextCheckCsvDialog', 'nextCheckCsvDialogWhy'],
  'install-package': ['nextInstallPackage', 'nextInstallPackageWhy'],
  'remote-site': ['nextRemoteSite', 'nextRemoteSiteWhy'],
  'enable-msi': ['nextEnableMsi', 'nextEnableMsiWhy'],
};

interface Props {
  page: PageId;
  frameId: number;
  instance: InstanceProgress | undefined;
  csvDialog: boolean;
  /** Brings a section of the panel into view and moves the focus to it. */
  onFocusSection(id: SectionId): void;
}

/**
 * "Next on this page", first in the panel: the one action this page is for and
 * why, with a button that does it (outlines the host's control) or brings the
 * section that does it forward; when nothing is left here, where to go next.
 */
export function NextOnPage({ page, frameId, instance, csvDialog, onFocusSection }: Props) {
  const { t, locale } = useI18n();
  const texts = checklistTexts(locale);
  const announce = useAnnounce();
  const [missing, setMissing] = useState<string | null>(null);
  const next = nextOnPage({ page, instance, csvDialog });

  if (next.kind === 'all-done') {
    return (
      <section
        className="next-card"
        data-testid="next-on-page"
        data-action="all-done"
        aria-labelledby="msi-next-heading"
      >
        <h2 id="msi-next-heading" className="eyebrow">
          {t('nextHeading')}
        </h2>
        <p className="next-title">{t('nextAllDone')}</p>
      </section>
    );
  }

  if (next.kind === 'elsewhere') {
    const path = texts.steps[next.step].clickPath;
    const step = stepTitle(texts, next.step);
    return (
      <section
        className="next-card"
        data-testid="next-on-page"
        data-action="elsewhere"
        data-step={next.step}
        aria-labelledby="msi-next-heading"
      >
        <h2 id="msi-next-heading" className="eyebrow">
          {t('nextHeading')}
        </h2>
        {page !== 'unknown' ? <p className="next-title">{t('nextNothingHere')}</p> : null}
        <p data-testid="next-on-page-where">
          {path ? t('nextGoTo', { step, path }) : t('nextGoToStep', { step })}
        </p>
        <a href={stepDef(next.step).docUrl(locale)} target="_blank" rel="noreferrer noopener">
          {t('nextGuide')}
        </a>
      </section>
    );
  }

  const [title, why] = ACTION_TEXTS[next.action];
  const focus = next.focus;
  const csvPath = texts.steps['invite-users-via-csv-to-msi-actions'].clickPath;
  const go = async () => {
    setMissing(null);
    if ('section' in focus) {
      onFocusSection(focus.section);
      return;
    }
    const res = await sendToBackground('page:highlight', {
      frameId,
      target: focus.target,
      label: t('clHere'),
    });
    if (res.ok) announce(t('clOutlined', { step: stepTitle(texts, next.step) }));
    else setMissing(format(t('clControlMissing'), { path: texts.steps[next.step].clickPath }));
  };
  return (
    <section
      className="next-card"
      data-testid="next-on-page"
      data-action={next.action}
      data-step={next.step}
      aria-labelledby="msi-next-heading"
    >
      <h2 id="msi-next-heading" className="eyebrow">
        {t('nextHeading')}
      </h2>
      <p className="next-title">{t(title)}</p>
      <p className="note">{t(why, { path: csvPath })}</p>
      <div className="row">
        <button type="button" className="primary" data-testid="next-on-page-go" onClick={() => void go()}>
          {'section' in focus ? t('nextOpenSection') : t('nextShowMe')}
        </button>
      </div>
      {missing ? (
        <p className="where" role="status" data-testid="next-on-page-missing">
          {missing}
        </p>
      ) : null}
    </section>
  );
}
