import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { type Bridge, effectiveReport } from '@/lib/boot/bridge';
import { pageCautions, removalCaution } from '@/lib/checklist/cautions';
import { checklistTexts } from '@/lib/checklist/texts';
import type { Locale } from '@/lib/i18n/locales';
import { format } from '@/lib/i18n/translate';
import { onStorageCorrupt, type PanelUi, panelUiItem } from '@/lib/storage/items';
import { ChecklistSection } from '../checklist/ChecklistSection';
import { useChecklist } from '../checklist/useChecklist';
import { CredentialsSection } from '../credentials/CredentialsSection';
import { CsvSection } from '../csv/CsvSection';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { useStoredLocale } from '../i18n/LocalizedPage';
import { ReportPage } from '../report/ReportPage';
import { PageHeader } from './PageHeader';
import { PanelDock } from './PanelDock';

function useBridgeReport(bridge: Bridge) {
  const [cache] = useState(() => ({ version: 0, seen: -1, value: effectiveReport(bridge) }));
  return useSyncExternalStore(
    (onChange) => {
      const listener = () => {
        cache.version++;
        onChange();
      };
      bridge.listeners.add(listener);
      return () => bridge.listeners.delete(listener);
    },
    () => {
      if (cache.seen !== cache.version) {
        cache.value = effectiveReport(bridge);
        cache.seen = cache.version;
      }
      return cache.value;
    },
  );
}

/**
 * False for the first commit, true right after it (in a transition): the dock and
 * its toggle paint first, the sections follow in slices that yield to the page.
 * Rendering everything at once kept the toggle off screen for about 60 ms after
 * the panel's script had run (npm run bench:host).
 */
function useSecondPass(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  return ready;
}

interface Props {
  bridge: Bridge;
  /** Applies the page-space reservation beside the dock (null when collapsed). */
  reserve(width: number | null): void;
  initialOpen: boolean;
  /** Stored values read before the first render (entrypoints/panel.tsx), so the dock paints at once. */
  initial: { locale: 'auto' | Locale; ui: PanelUi };
}

export function PanelApp(props: Props) {
  const locale = useStoredLocale(props.initial.locale);
  if (!locale) return null;
  return (
    <I18nProvider locale={locale}>
      <PanelRoot {...props} />
    </I18nProvider>
  );
}

function PanelRoot({ bridge, reserve, initialOpen, initial }: Props) {
  const { t, locale } = useI18n();
  const report = useBridgeReport(bridge);
  const checklist = useChecklist(report);
  const texts = checklistTexts(locale);
  const progress = checklist.instance
    ? format(texts.progress, { done: checklist.done, total: checklist.total })
    : undefined;
  const cautions = report.page === 'unknown' ? [] : pageCautions(checklist.instance, report.page);
  const removal = checklist.attempt
    ? removalCaution(checklist.instance, { email: checklist.instance?.originalUser ?? '' })
    : null;
  const [ui, setUi] = useState<PanelUi>(() =>
    initialOpen ? { ...initial.ui, collapsed: false } : initial.ui,
  );
  const [problems, setProblems] = useState<string[]>([]);
  const sections = useSecondPass();

  useEffect(() => onStorageCorrupt((key) => setProblems((p) => (p.includes(key) ? p : [...p, key]))), []);
  useEffect(() => panelUiItem.watch(setUi), []);
  useEffect(() => {
    bridge.panel = {
      toggle: () => {
        const next = { ...ui, collapsed: !ui.collapsed };
        setUi(next);
        void panelUiItem.set(next);
      },
    };
  }, [bridge, ui]);
  useEffect(() => reserve(ui.collapsed ? null : ui.width), [ui, reserve]);

  const update = (next: PanelUi) => {
    setUi(next);
    void panelUiItem.set(next);
  };
  return (
    <PanelDock app={report.app} page={report.page} ui={ui} onUiChange={update} badge={progress}>
      {problems.length ? (
        <p className="warning" role="alert">
          {t('panelStorageReset', { what: problems.join(', ') })}
        </p>
      ) : null}
      <PageHeader report={report} />
      {checklist.attempt ? (
        <div
          role="alertdialog"
          aria-labelledby="msi-removal-title"
          className="alert"
          data-testid="removal-caution"
        >
          <h2 id="msi-removal-title">{t('clRemovalTitle')}</h2>
          <p>{texts.cautions[removal?.caution ?? 'keep-original-user']}</p>
          {removal?.originalUser ? <p>{format(texts.originalUser, { user: removal.originalUser })}</p> : null}
          <div className="row">
            <button
              type="button"
              className="primary"
              data-testid="removal-caution-cancel"
              onClick={checklist.clearAttempt}
            >
              {t('clRemovalCancel')}
            </button>
            <button
              type="button"
              className="secondary"
              data-testid="removal-caution-confirm"
              onClick={() => {
                checklist.attempt?.proceed();
                checklist.clearAttempt();
              }}
            >
              {t('clRemovalConfirm')}
            </button>
          </div>
        </div>
      ) : null}
      {cautions.map((c) => (
        <p key={c} className="warning" role="note" data-testid={`caution-${c}`}>
          {texts.cautions[c]}
        </p>
      ))}
      {sections ? (
        <>
          <ChecklistSection report={report} store={checklist.store} unread={checklist.unread} />
          <CredentialsSection report={report} />
          <CsvSection report={report} />
          <footer className="dock-footer">
            <ReportPage doc={document} fileStem={`msi-page-${report.app ?? 'page'}-${report.page}`} />
          </footer>
        </>
      ) : null}
    </PanelDock>
  );
}
