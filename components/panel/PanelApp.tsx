import { useEffect, useRef, useState } from 'react';
import { pageCautions, removalCaution } from '@/lib/checklist/cautions';
import { checklistTexts } from '@/lib/checklist/texts';
import type { Locale } from '@/lib/i18n/locales';
import { storeKey } from '@/lib/i18n/reasons';
import { format } from '@/lib/i18n/translate';
import { sendToBackground } from '@/lib/messaging/send';
import type { PanelChannel } from '@/lib/panel/channel';
import { sayShownAfterPaint } from '@/lib/panel/handshake';
import type { SectionId } from '@/lib/panel/sections';
import { markPanelUsable } from '@/lib/panel/usable-mark';
import { onStorageCorrupt, type PanelUi, panelUiItem } from '@/lib/storage/items';
import { useChecklist } from '../checklist/useChecklist';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { useStoredLocale } from '../i18n/LocalizedPage';
import { Recoverable } from '../recover/Recoverable';
import { ReportPage } from '../report/ReportPage';
import { AnnouncerProvider } from './Announcer';
import { NextOnPage } from './NextOnPage';
import { PageHeader } from './PageHeader';
import { PanelDock } from './PanelDock';
import { sectionElementId, sectionsShown } from './sections';
import { useEscape } from './useEscape';
import { useChannelEvent, useShownPage } from './usePanelChannel';

interface Props {
  /** The port to the background: the page shown, what it pushes as the page changes. */
  channel: PanelChannel;
  /** Stored values read before the first render (entrypoints/panel/main.tsx), so the dock paints at once. */
  initial: { locale: 'auto' | Locale; ui: PanelUi };
  /** 'side': the browser's own side panel (sidebar), following the active tab. */
  place?: 'page' | 'side';
  /** Resolves once the panel is shown (the background accepted it: entrypoints/panel/main.tsx); it renders hidden before. */
  shown?: Promise<unknown>;
}

export function PanelApp(props: Props) {
  const locale = useStoredLocale(props.initial.locale);
  if (!locale) return null;
  return (
    <I18nProvider locale={locale}>
      <Recoverable part="page">
        <AnnouncerProvider>
          <PanelRoot {...props} />
        </AnnouncerProvider>
      </Recoverable>
    </I18nProvider>
  );
}

function PanelRoot({ channel, initial, place = 'page', shown }: Props) {
  const { t, locale } = useI18n();
  const report = useShownPage(channel);
  const checklist = useChecklist(report, channel);
  const texts = checklistTexts(locale);
  const progress = checklist.instance
    ? format(texts.progress, { done: checklist.done, total: checklist.total })
    : undefined;
  const cautions = report.page === 'unknown' ? [] : pageCautions(checklist.instance, report.page);
  const removal = checklist.attempt
    ? removalCaution(checklist.instance, { email: checklist.instance?.originalUser ?? '' })
    : null;
  // The dock in the page follows the same stored state (lib/agent/panel-dock.ts): its width and collapse.
  const [ui, setUi] = useState<PanelUi>(initial.ui);
  const [problems, setProblems] = useState<string[]>([]);
  // The benchmark's "panel usable" moment (npm run bench:host): the sections are rendered and shown.
  // They are in the first commit: the panel has its own process, so a second pass only made them later.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, from the first commit.
  useEffect(() => {
    let cancel = () => {};
    let live = true;
    let cancelShown = () => {};
    void (shown ?? Promise.resolve()).then(() => {
      if (!live) return;
      cancel = markPanelUsable();
      // The dock lets the agent read the page from then on (lib/agent/reading-gate.ts).
      if (place === 'page') cancelShown = sayShownAfterPaint(window);
    });
    return () => {
      live = false;
      cancel();
      cancelShown();
    };
  }, []);

  useEffect(() => onStorageCorrupt((key) => setProblems((p) => (p.includes(key) ? p : [...p, key]))), []);
  useEffect(() => panelUiItem.watch(setUi), []);

  // The keyboard shortcut (background → here): the focus lands on what the page is.
  useChannelEvent(channel, 'focus', () => focusWhenShown('msi-page-header'));
  // The removal caution takes the focus, on its safe answer, and is scrolled into view.
  const cautionRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!checklist.attempt) return;
    cautionRef.current?.scrollIntoView?.({ block: 'nearest' });
    cautionRef.current?.querySelector<HTMLElement>('[data-testid="removal-caution-cancel"]')?.focus();
  }, [checklist.attempt]);
  // The host's CSV dialog is open on the page shown: "Next on this page" says to check the file there.
  const [csvDialog, setCsvDialog] = useState(false);
  useChannelEvent(channel, 'csv-state', (e) => {
    if (e.frameId === report.frameId) setCsvDialog(e.state !== 'idle');
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on page change only.
  useEffect(() => setCsvDialog(false), [report.page, report.frameId]);
  // A caution that just appeared is scrolled into view (it may be below the card).
  const cautionKey = cautions.join(' ');
  const seenCautions = useRef<string>('');
  useEffect(() => {
    const before = new Set(seenCautions.current.split(' '));
    seenCautions.current = cautionKey;
    const fresh = cautionKey.split(' ').find((c) => c && !before.has(c));
    if (fresh)
      document.querySelector(`[data-testid="caution-${fresh}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [cautionKey]);
  const focusSection = (id: SectionId) => {
    const el = document.getElementById(sectionElementId(id));
    el?.scrollIntoView?.({ block: 'start' });
    el?.focus({ preventScroll: true });
  };
  // Escape on the caution keeps the user (the safe answer).
  useEscape(!!checklist.attempt, () => checklist.decide(false));

  const update = (next: PanelUi) => {
    setUi(next);
    void panelUiItem.set(next);
  };
  return (
    <PanelDock
      app={report.app}
      page={report.page}
      ui={ui}
      onUiChange={update}
      badge={progress}
      docked={place === 'page'}
      onExpand={() => void sendToBackground('dock:stay', {}).catch(() => {})}
    >
      {problems.length ? (
        <p className="warning" role="alert">
          {t('panelStorageReset', { what: problems.map((key) => t(storeKey(key))).join(', ') })}
        </p>
      ) : null}
      <PageHeader report={report} />
      {checklist.attempt ? (
        <div
          ref={cautionRef}
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
              onClick={() => checklist.decide(false)}
            >
              {t('clRemovalCancel')}
            </button>
            <button
              type="button"
              className="secondary"
              data-testid="removal-caution-confirm"
              onClick={() => checklist.decide(true)}
            >
              {t('clRemovalConfirm')}
            </button>
          </div>
        </div>
      ) : null}
      {report.page !== 'unknown' || checklist.instance ? (
        <Recoverable part={{ section: t('nextHeading'), id: 'next' }}>
          <NextOnPage
            page={report.page}
            frameId={report.frameId}
            instance={checklist.instance}
            csvDialog={csvDialog}
            onFocusSection={focusSection}
          />
        </Recoverable>
      ) : null}
      {cautions.map((c) => (
        <p key={c} className="warning" role="note" data-testid={`caution-${c}`}>
          {texts.cautions[c]}
        </p>
      ))}

      {/* Only the sections that can apply here; each on its own: one that throws shows how to reset it, the others keep working. */}
      {sectionsShown(report).map((section) => (
        <div key={section.id} id={sectionElementId(section.id)} tabIndex={-1} className="section-slot">
          <Recoverable part={{ section: section.title(t, texts), id: section.id }}>
            {section.render({
              report,
              channel,
              store: checklist.store,
              unread: checklist.unread,
              place,
            })}
          </Recoverable>
        </div>
      ))}
      <footer className="dock-footer">
        <Recoverable part={{ section: t('reportTitle'), id: 'report' }}>
          <ReportPage frameId={report.frameId} fileStem={`msi-page-${report.app ?? 'page'}-${report.page}`} />
        </Recoverable>
      </footer>
    </PanelDock>
  );
}

/**
 * Focuses the element now, or as soon as it is shown: after the shortcut the dock may still be the
 * strip (its body hidden) until the stored state and the agent's placing reach this frame. Shown
 * means it got a box, which a ResizeObserver reports; the wait ends with the focus, or after 2 s.
 */
function focusWhenShown(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus();
  if (document.activeElement === el || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => {
    el.focus();
    if (document.activeElement === el) observer.disconnect();
  });
  observer.observe(el);
  setTimeout(() => observer.disconnect(), 2000);
}
