import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShownPage } from '@/lib/background/tab-pages';
import { csvEngine } from '@/lib/csv/lazy';
import { reasonKey } from '@/lib/i18n/reasons';
import { base64ToBytes, bytesToBase64 } from '@/lib/messaging/bytes';
import type { GuardState } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send';
import type { PanelChannel } from '@/lib/panel/channel';
import { panelUiItem } from '@/lib/storage/items';
import { PANEL_MAX_WIDTH } from '@/lib/storage/panel-ui';
import { useI18n } from '../i18n/I18nProvider';
import { useChannelEvent } from '../panel/usePanelChannel';
import { CsvChecker, type DialogControls, type WideView } from './CsvChecker';
import { InviteCheck } from './InviteCheck';
import { type CheckContext, type CheckOutcome, useCsvCheck } from './useCsvCheck';

/**
 * The panel widens itself for the grid and goes back to the width it had: the dock in the page
 * follows the stored width (lib/agent/panel-dock.ts). Not in the browser's side panel (the browser
 * sizes it).
 */
function useWideView(enabled: boolean): WideView | undefined {
  const [narrow, setNarrow] = useState<number | null>(null);
  if (!enabled) return undefined;
  return {
    wide: narrow !== null,
    toggle: () => {
      void panelUiItem.get().then((ui) => {
        if (narrow === null) {
          setNarrow(ui.width);
          return panelUiItem.set({ ...ui, collapsed: false, width: PANEL_MAX_WIDTH });
        }
        setNarrow(null);
        return panelUiItem.set({ ...ui, width: narrow });
      });
    },
  };
}

/**
 * The CSV check in the panel: a drop zone on every page; on the Sales app's
 * User Management page (in whichever frame shows it) it also decides for the
 * "Invite Users via CSV" dialog. The agent in that frame guards the dialog and
 * sends us the chosen file; we check it here, in the panel's own document (off
 * the host's main thread, out of the page's reach), and answer: hold Next, or
 * let it through. The fixed file we swap in comes back the same way and is
 * checked again: the report shown is always of the file the dialog holds.
 */
export function CsvSection({
  report,
  channel,
  canWiden = false,
}: {
  report: ShownPage;
  channel: PanelChannel;
  /** The panel is the dock in the page (it can widen itself). */
  canWiden?: boolean;
}) {
  const { t } = useI18n();
  const { state, check, recheck, clear } = useCsvCheck();
  // The CSV engine is its own chunk (lib/csv/lazy.ts): loaded once the panel is painted and idle,
  // so the panel's start-up does not compile it and the first file does not wait for it.
  useEffect(() => {
    const warm = () => void csvEngine().catch(() => {});
    const idle = globalThis.requestIdleCallback;
    if (idle) {
      const id = idle(warm, { timeout: 2000 });
      return () => globalThis.cancelIdleCallback?.(id);
    }
    const id = setTimeout(warm, 500);
    return () => clearTimeout(id);
  }, []);
  // A verdict that just arrived (a file chosen here or in the host's dialog) is scrolled into view.
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (state.kind !== 'done') return;
    sectionRef.current?.querySelector('[data-testid="csv-report"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [state]);
  const onUsers = report.page === 'sales-user-management';
  const frameId = report.frameId;
  /** The dialog's file the report is about (the agent numbers every file chosen or swapped in). */
  const dialogSeq = useRef(0);
  const [guardState, setGuardState] = useState<GuardState>('idle');
  const [ownReport, setOwnReport] = useState(false);
  const [dialogNote, setDialogNote] = useState<string | null>(null);
  const wideView = useWideView(canWiden);

  const usersContext = useCallback(
    async (): Promise<CheckContext> =>
      (await sendToBackground('csv:users', { frameId }).catch(() => ({}))) ?? {},
    [frameId],
  );

  // The verdict on the file chosen in (or swapped into) the dialog.
  const decide = useCallback(
    (seq: number, outcome: CheckOutcome, name: string, swapped: boolean) => {
      const verdict = (action: 'hold' | 'release' | 'replay', label?: string) =>
        void sendToBackground('csv:verdict', { frameId, seq, action, ...(label ? { label } : {}) });
      if (outcome.kind === 'done' && outcome.report.ok) {
        setDialogNote(swapped ? t('csvDialogFixedPassed', { file: name }) : t('csvDialogPassed'));
        verdict('replay');
      } else if (outcome.kind === 'aborted') {
        // Another file was dropped in the panel meanwhile: we cannot vouch for the dialog's file, nor block it unseen.
        setDialogNote(null);
        verdict('release');
      } else {
        setDialogNote(swapped ? t('csvDialogFixedHeld', { file: name }) : t('csvDialogHeld'));
        verdict(
          'hold',
          t('csvHoldErrors', { count: outcome.kind === 'done' ? outcome.report.counts.error : 0 }),
        );
      }
    },
    [frameId, t],
  );

  useChannelEvent(channel, 'csv-state', (e) => {
    if (e.frameId !== frameId) return;
    setGuardState(e.state);
    if (e.state === 'idle') {
      dialogSeq.current++;
      setOwnReport(false);
      setDialogNote(null);
    }
  });
  useChannelEvent(channel, 'csv-file', (e) => {
    if (e.frameId !== frameId) return;
    const seq = e.seq;
    const swapped = e.swapped === true;
    dialogSeq.current = seq;
    setOwnReport(true);
    setDialogNote(swapped ? t('csvDialogFixedChecking', { file: e.name }) : t('csvDialogChecking'));
    // Over the size limit the agent sends no bytes: a stand-in of the same size gets the "too large" verdict.
    const bytes = e.base64 ? base64ToBytes(e.base64) : new Uint8Array(e.size);
    const file = new File([bytes as BlobPart], e.name, { type: 'text/csv' });
    void usersContext()
      .then((ctx) => check(file, ctx))
      .then((outcome) => {
        // A newer file reached the dialog meanwhile: this verdict is not about it.
        if (seq === dialogSeq.current) decide(seq, outcome, e.name, swapped);
      });
  });
  // A new page: nothing of the old dialog applies.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on page change only.
  useEffect(() => {
    setGuardState('idle');
    setOwnReport(false);
    setDialogNote(null);
  }, [report.page, frameId]);

  const dialog: DialogControls | undefined = onUsers
    ? {
        active: guardState !== 'idle',
        ownReport,
        held: guardState === 'held',
        message: dialogNote,
        chooseFixed: (file) => {
          const seq = dialogSeq.current;
          void file
            .arrayBuffer()
            .then((buffer) =>
              sendToBackground('csv:replace', {
                frameId,
                seq,
                name: file.name,
                base64: bytesToBase64(new Uint8Array(buffer)),
              }),
            )
            .then(({ result }) => {
              // 'replaced': the agent sends the file back to be checked (csv-file, swapped).
              if (result === 'replaced') setDialogNote(t('csvDialogFixedChecking', { file: file.name }));
              else if (result === 'stale') setDialogNote(t('csvDialogSwapStale'));
              else setDialogNote(t(reasonKey('swap', result)));
            });
        },
        uploadAnyway: () => {
          void sendToBackground('csv:verdict', { frameId, seq: dialogSeq.current, action: 'release' });
          setDialogNote(t('csvDialogAnyway'));
        },
      }
    : undefined;

  return (
    <section className="section" aria-labelledby="msi-csv-heading" data-testid="csv-section" ref={sectionRef}>
      <h2 id="msi-csv-heading">{t('csvTitle')}</h2>
      <CsvChecker
        state={state}
        onFile={(file) => {
          setOwnReport(false);
          void (onUsers ? usersContext() : Promise.resolve({})).then((ctx) => check(file, ctx));
        }}
        onClear={() => {
          setOwnReport(false);
          clear();
        }}
        onRecheck={recheck}
        {...(dialog ? { dialog } : {})}
        {...(wideView ? { wideView } : {})}
      />
      {onUsers ? <InviteCheck channel={channel} frameId={frameId} usersContext={usersContext} /> : null}
    </section>
  );
}
