import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShownPage } from '@/lib/background/tab-pages';
import { copyThenClear } from '@/lib/credentials/clipboard';
import { instanceMatch, needsConfirmation } from '@/lib/credentials/instance-match';
import type { MessageKey } from '@/lib/i18n/messages/en';
import { reasonKey } from '@/lib/i18n/reasons';
import type {
  CarryStatus,
  FieldName,
  FieldOutcome,
  FillPreview,
  FillResult,
  ReadSummary,
} from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send';
import type { PanelChannel } from '@/lib/panel/channel';
import { settingsItem } from '@/lib/storage/items';
import { useI18n } from '../i18n/I18nProvider';
import { useEscape } from '../panel/useEscape';
import { useChannelEvent } from '../panel/usePanelChannel';
import { useTrulyVisible } from './useTrulyVisible';

type Report = ShownPage;
type ReadState =
  | { kind: 'idle' }
  | { kind: 'ready'; values: Extract<ReadSummary, { ok: true }> }
  | { kind: 'not-yet' }
  | { kind: 'failed'; reason: string };

const OUTCOME_KEYS: Record<FieldOutcome, MessageKey> = {
  filled: 'credOutcome_filled',
  'not-accepted': 'credOutcome_notAccepted',
  readonly: 'credOutcome_readonly',
  disabled: 'credOutcome_disabled',
  kept: 'credOutcome_kept',
  missing: 'credOutcome_missing',
};
const FIELD_KEYS: Record<FieldName, MessageKey> = {
  munchkinId: 'credMunchkin',
  clientId: 'credClientId',
  clientSecret: 'credClientSecret',
};
const NO_VALUES_YET = new Set(['no-card', 'no-credentials-yet']);

const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * One-click credentials: read on Marketo's Actions Config, carry in the
 * background's memory, fill on the Sales app's Marketo settings page.
 * The secret is never rendered unless the user asks to reveal it.
 */
export function CredentialsSection({ report, channel }: { report: Report; channel: PanelChannel }) {
  const { t } = useI18n();
  const onSource = report.page === 'marketo-actions-config';
  const onTarget = report.page === 'sales-marketo-settings';
  const [read, setRead] = useState<ReadState>({ kind: 'idle' });
  const [carry, setCarry] = useState<CarryStatus>({ state: 'none' });
  const [preview, setPreview] = useState<FillPreview | null>(null);
  const [fill, setFill] = useState<FillResult | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  /** The admin ticked "I checked" for this preview's instances (reset with every new preview). */
  const [instanceConfirmed, setInstanceConfirmed] = useState(false);
  const [now, setNow] = useState(Date.now());
  const cancelClear = useRef<() => void>(() => {});
  // Sensitive buttons work only while the panel is really visible (IntersectionObserver v2 where the
  // browser has it; the background also asks the dock's agent before it hands anything out).
  const [sectionRef, visible] = useTrulyVisible<HTMLElement>();

  const refreshCarry = useCallback(async () => {
    setCarry(await sendToBackground('credentials:status', {}));
  }, []);

  const readHere = useCallback(async () => {
    const res = await sendToBackground('credentials:read', { frameId: report.frameId });
    if (res.ok) setRead({ kind: 'ready', values: res });
    else
      setRead(NO_VALUES_YET.has(res.reason) ? { kind: 'not-yet' } : { kind: 'failed', reason: res.reason });
  }, [report.frameId]);

  useEffect(() => {
    void refreshCarry();
  }, [refreshCarry]);
  // Sent, forgotten or expired in another tab: this panel shows it at once.
  useChannelEvent(channel, 'carry', (e) => setCarry(e.status));

  // On Actions Config: read at once, and again while the card has no values yet (they appear after the invite).
  useEffect(() => {
    if (!onSource) {
      setRead({ kind: 'idle' });
      return;
    }
    void readHere();
  }, [onSource, readHere]);
  useEffect(() => {
    if (!onSource || read.kind !== 'not-yet') return;
    const id = setInterval(() => void readHere(), 3000);
    return () => clearInterval(id);
  }, [onSource, read.kind, readHere]);

  // Countdown; the background forgets at expiry, we re-ask then.
  useEffect(() => {
    if (carry.state !== 'carried') return;
    const id = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= carry.expiresAt) void refreshCarry();
    }, 1000);
    return () => clearInterval(id);
  }, [carry, refreshCarry]);

  useEffect(() => () => cancelClear.current(), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page starts with no preview, fill report or revealed secret.
  useEffect(() => {
    setPreview(null);
    setFill(null);
    setRevealed(null);
  }, [report.page]);

  const copy = async (field: 'clientId' | 'clientSecret', from: 'page' | 'carried') => {
    cancelClear.current();
    const got = await sendToBackground('credentials:copy', { frameId: report.frameId, field, from });
    // Why nothing came back, in words (never the code): covered, gone, or what the page showed.
    if (got.value === undefined) return setNote(t(reasonKey('copy', got.reason)));
    const value = got.value;
    const { clipboardClearSeconds } = await settingsItem.get();
    const res = await copyThenClear(value, clipboardClearSeconds);
    cancelClear.current = res.cancel;
    if (!res.copied) return setNote(t('credCopyFailed'));
    setNote(
      clipboardClearSeconds ? t('credCopied', { seconds: clipboardClearSeconds }) : t('credCopiedNoClear'),
    );
    const outcome = await res.cleared;
    if (outcome === 'cleared') setNote(t('credClipboardCleared'));
    else if (outcome === 'changed') setNote(t('credClipboardChanged'));
    else if (outcome === 'denied') setNote(t('credClipboardDenied'));
  };

  const send = async () => {
    if (read.kind !== 'ready') return;
    const status = await sendToBackground('credentials:carry', { frameId: report.frameId });
    setCarry(status);
    if (status.state === 'none') setNote(t('credNotVisible'));
  };

  const forget = async () => {
    setRevealed(null);
    setPreview(null);
    setCarry(await sendToBackground('credentials:forget', {}));
  };

  const startFill = async () => {
    setFill(null);
    setInstanceConfirmed(false);
    setPreview(await sendToBackground('credentials:fill-preview', { frameId: report.frameId }));
  };

  const confirmFill = async () => {
    if (mustConfirm && !instanceConfirmed) return;
    const result = await sendToBackground('credentials:fill', {
      frameId: report.frameId,
      ...(mustConfirm && named ? { confirmedPageId: named.page } : {}),
    });
    setFill(result);
    setPreview(null);
    setRevealed(null);
    await refreshCarry();
    if (result.ok && result.saveButtonFound) {
      await sendToBackground('page:highlight', {
        frameId: report.frameId,
        target: 'sales-marketo-save',
        label: t('credSaveLabel'),
      });
    }
  };

  // Escape closes what this section opened: the revealed secret first, then the fill preview.
  useEscape(!!preview?.ok, () => setPreview(null));
  useEscape(!!revealed, () => setRevealed(null));

  const carried = carry.state === 'carried' ? carry : null;
  let state: 'none' | 'ready' | 'carried' | 'filled' | 'error' = carried ? 'carried' : 'none';
  if (onSource && read.kind === 'ready') state = 'ready';
  else if (onSource && read.kind === 'failed') state = 'error';
  else if (onTarget && fill?.ok) state = 'filled';
  else if (onTarget && fill && !fill.ok) state = 'error';

  const source = carried?.source ?? t('credCarriedUnknownSource');
  const match = instanceMatch(
    carried?.munchkinId,
    carried?.source,
    preview?.ok ? preview.pageMunchkinId : undefined,
  );
  const mustConfirm = needsConfirmation(match);
  /** Both instances, named, when the fill needs the admin's explicit confirmation. */
  const named =
    match.kind === 'different'
      ? { source: match.source, page: match.page }
      : match.kind === 'unconfirmed'
        ? { source: match.source ?? source, page: match.page }
        : null;
  return (
    <section className="section" aria-labelledby="msi-cred-heading" ref={sectionRef}>
      <h2 id="msi-cred-heading">{t('credTitle')}</h2>
      <div data-testid="credentials-status" data-state={state} role="status" className="status">
        {state === 'none' && !onSource ? <p>{t('credNone')}</p> : null}
        {onSource && read.kind === 'ready' ? (
          <p>{t('credReady', { instance: read.values.munchkinId ? ` (${read.values.munchkinId})` : '' })}</p>
        ) : null}
        {onSource && read.kind === 'not-yet' ? <p>{t('credNotYet')}</p> : null}
        {onSource && read.kind === 'failed' ? (
          <p data-testid="credentials-problem">{t(reasonKey('read', read.reason))}</p>
        ) : null}
        {carried ? (
          <p data-testid="credentials-carried">
            {t('credCarried', {
              source,
              minutes: Math.round((carried.expiresAt - carried.carriedAt) / 60_000),
              time: mmss(carried.expiresAt - now),
              idTail: carried.clientIdTail,
              secretTail: carried.secretTail,
            })}
          </p>
        ) : null}
        {onTarget && fill?.ok ? <p>{t('credFilled')}</p> : null}
        {onTarget && fill && !fill.ok ? (
          <p data-testid="credentials-problem">{t(reasonKey('fill', fill.reason))}</p>
        ) : null}
      </div>

      {onSource && read.kind === 'ready' ? (
        <>
          <dl className="values">
            <dt>{t('credClientId')}</dt>
            <dd>{t('credMasked', { tail: read.values.clientIdTail })}</dd>
            <dt>{t('credClientSecret')}</dt>
            <dd>{t('credMasked', { tail: read.values.secretTail })}</dd>
          </dl>
          <div className="row">
            <button
              type="button"
              data-testid="credentials-copy-client-id"
              disabled={!visible}
              onClick={() => copy('clientId', 'page')}
            >
              {t('credCopyClientId')}
            </button>
            <button
              type="button"
              data-testid="credentials-copy-client-secret"
              disabled={!visible}
              onClick={() => copy('clientSecret', 'page')}
            >
              {t('credCopyClientSecret')}
            </button>
          </div>
          <button
            type="button"
            className="primary"
            data-testid="credentials-send"
            disabled={!visible}
            onClick={send}
          >
            {t('credSend')}
          </button>
        </>
      ) : null}
      {onSource && read.kind === 'not-yet' ? (
        <button
          type="button"
          onClick={() =>
            sendToBackground('page:highlight', {
              frameId: report.frameId,
              target: 'marketo-provisioning-card',
              label: t('credShowLabel'),
            })
          }
        >
          {t('credShowProvisioning')}
        </button>
      ) : null}
      {onSource && read.kind !== 'ready' ? (
        <button type="button" className="secondary" onClick={() => void readHere()}>
          {t('credReadAgain')}
        </button>
      ) : null}

      {carried ? (
        <>
          {onTarget && !preview?.ok ? (
            <button type="button" className="primary" data-testid="credentials-fill" onClick={startFill}>
              {t('credFill')}
            </button>
          ) : null}
          {!onTarget && !onSource ? <p className="note">{t('credFillHint')}</p> : null}
          {preview?.ok ? (
            <div className="preview" data-testid="credentials-fill-preview">
              <h3>{t('credPreviewTitle')}</h3>
              <p>{t('credPreviewSource', { source })}</p>
              {named ? (
                <p className="warning" role="alert" data-testid="credentials-instance-warning">
                  {t(match.kind === 'different' ? 'credInstanceDifferent' : 'credInstanceUnconfirmed', named)}
                </p>
              ) : preview.pageMunchkinId ? (
                <p>{t('credPreviewPage', { munchkin: preview.pageMunchkinId })}</p>
              ) : null}
              {named ? (
                <label className="check">
                  <input
                    type="checkbox"
                    data-testid="credentials-instance-confirm"
                    checked={instanceConfirmed}
                    onChange={(e) => setInstanceConfirmed(e.target.checked)}
                  />
                  <span>{t('credInstanceConfirm', named)}</span>
                </label>
              ) : null}
              {preview.openedSetupTab ? <p className="note">{t('credPreviewOpenedTab')}</p> : null}
              <div className="row">
                <button
                  type="button"
                  className="primary"
                  data-testid="credentials-fill-confirm"
                  // Another or an unconfirmed instance: not one click (lib/credentials/instance-match.ts).
                  disabled={!visible || (mustConfirm && !instanceConfirmed)}
                  onClick={confirmFill}
                >
                  {t('credFillConfirm')}
                </button>
                <button type="button" className="secondary" onClick={() => setPreview(null)}>
                  {t('credFillCancel')}
                </button>
              </div>
            </div>
          ) : null}
          {preview && !preview.ok ? (
            <p className="warning" data-testid="credentials-problem">
              {t(reasonKey('fill', preview.reason))}
            </p>
          ) : null}
          <label className="check">
            <input
              type="checkbox"
              checked={carried.keepUntilExpiry}
              disabled={!visible}
              onChange={async (e) =>
                setCarry(await sendToBackground('credentials:keep', { keep: e.target.checked }))
              }
            />
            <span>{t('credKeep')}</span>
          </label>
          <div className="row">
            <button
              type="button"
              className="secondary"
              disabled={!visible && !revealed}
              onClick={async () => {
                if (revealed) return setRevealed(null);
                const res = await sendToBackground('credentials:reveal', {});
                if (res.reason === 'not-visible') setNote(t('credNotVisible'));
                setRevealed(res.secret ?? null);
              }}
            >
              {revealed ? t('credHide') : t('credReveal')}
            </button>
            <button type="button" className="secondary" data-testid="credentials-forget" onClick={forget}>
              {t('credForget')}
            </button>
          </div>
          {revealed ? <code className="secret">{revealed}</code> : null}
        </>
      ) : null}

      {fill ? (
        <ul className="outcomes">
          {(Object.entries(fill.fields ?? {}) as Array<[FieldName, FieldOutcome]>).map(([field, outcome]) => (
            <li key={field} data-field={field} data-outcome={outcome}>
              {t('credFieldOutcome', { field: t(FIELD_KEYS[field]), outcome: t(OUTCOME_KEYS[outcome]) })}
            </li>
          ))}
        </ul>
      ) : null}
      {fill?.ok && fill.forgotten ? <p className="note">{t('credFillForgotten')}</p> : null}
      {note ? (
        <p className="note" data-testid="credentials-note" aria-live="polite">
          {note}
        </p>
      ) : null}
    </section>
  );
}
