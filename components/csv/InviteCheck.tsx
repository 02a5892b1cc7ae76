import { useEffect, useId, useRef, useState } from 'react';
import type { TypedReport } from '@/lib/csv';
import { formatFinding } from '@/lib/csv/finding-text';
import { csvEngine } from '@/lib/csv/lazy';
import { sendToBackground } from '@/lib/messaging/send';
import { typedAddresses } from '@/lib/pages/sales/user-management/invite-users';
import type { PanelChannel } from '@/lib/panel/channel';
import { useI18n } from '../i18n/I18nProvider';
import { useChannelEvent } from '../panel/usePanelChannel';
import { CsvHeading } from './CsvHeading';
import type { CheckContext } from './useCsvCheck';

type Shown =
  | { kind: 'idle' }
  | { kind: 'checking'; count: number }
  | { kind: 'done'; seq: number; report: TypedReport; released: boolean };

/**
 * The addresses typed or pasted into Invite Users (step 5a), checked by the same
 * rules as a CSV file: format, duplicates, shared and personal addresses, users
 * already in the instance, seats. The agent holds Invite while there are errors;
 * "Invite anyway" lets it through. Only what the field holds comes here, and
 * nothing is written back into the page.
 */
export function InviteCheck({
  channel,
  frameId,
  usersContext,
}: {
  channel: PanelChannel;
  frameId: number;
  usersContext(): Promise<CheckContext>;
}) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const latest = useRef(0);

  useChannelEvent(channel, 'invite-text', (e) => {
    if (e.frameId !== frameId) return;
    const seq = e.seq;
    latest.current = seq;
    const addresses = typedAddresses(e.text);
    if (addresses.length === 0) {
      setShown({ kind: 'idle' });
      void sendToBackground('invite:verdict', { frameId, seq, action: 'release' });
      return;
    }
    setShown({ kind: 'checking', count: addresses.length });
    void Promise.all([usersContext(), csvEngine()])
      .then(([ctx, { checkTypedAddresses }]) =>
        checkTypedAddresses(addresses, {
          ...(ctx.seatsUsed !== undefined ? { seatsUsed: ctx.seatsUsed } : {}),
          ...(ctx.existingEmails ? { existingEmails: ctx.existingEmails } : {}),
        }),
      )
      .then((report) => {
        // The user typed again meanwhile: the newer text gets its own verdict.
        if (seq !== latest.current) return;
        setShown({ kind: 'done', seq, report, released: false });
        void sendToBackground('invite:verdict', {
          frameId,
          seq,
          ...(report.ok
            ? { action: 'release' as const }
            : { action: 'hold' as const, label: t('csvInviteHoldErrors', { count: report.counts.error }) }),
        });
      });
  });
  // A new page or frame: nothing typed there yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset per frame only.
  useEffect(() => setShown({ kind: 'idle' }), [frameId]);

  if (shown.kind === 'idle') return null;
  const report = shown.kind === 'done' ? shown.report : null;
  const count = report ? report.addresses.length : shown.kind === 'checking' ? shown.count : 0;
  let status = t('csvInviteChecking', { count });
  if (report) status = report.ok ? t('csvInviteOk', { count }) : t('csvInviteErrors', { count });
  if (shown.kind === 'done' && shown.released) status = t('csvInviteReleased');

  return (
    <section
      className="csv-invite"
      aria-labelledby={titleId}
      data-testid="invite-check"
      {...(report ? { 'data-ok': report.ok ? 'true' : 'false' } : {})}
    >
      <CsvHeading id={titleId}>{t('csvInviteTitle')}</CsvHeading>
      <p
        role="status"
        className={report && !report.ok ? 'warning' : 'note'}
        data-testid="invite-check-status"
      >
        {status}
      </p>
      {report ? (
        <>
          {report.general.map((f) => (
            <p key={f.code} className={f.severity === 'error' ? 'csv-error' : 'note'} data-code={f.code}>
              {formatFinding(f, locale)}
            </p>
          ))}
          <ol className="csv-findings" data-testid="invite-check-list">
            {report.addresses.map((a) => {
              const worst = a.findings.some((f) => f.severity === 'error')
                ? 'error'
                : a.findings.some((f) => f.severity === 'warning')
                  ? 'warning'
                  : 'ok';
              const words = a.findings
                .filter((f) => f.severity !== 'info')
                .map((f) =>
                  f.code === 'duplicate-email' && a.duplicateOf
                    ? t('csvInviteDuplicate', { first: a.duplicateOf })
                    : formatFinding(f, locale),
                );
              return (
                <li
                  key={a.index}
                  data-severity={worst}
                  data-codes={a.findings.map((f) => f.code).join(' ')}
                  title={a.findings.map((f) => f.code).join(', ')}
                >
                  <strong>{a.text}</strong> — {words.length ? words.join(' ') : t('csvInviteFine')}
                </li>
              );
            })}
          </ol>
          {!report.ok && shown.kind === 'done' && !shown.released ? (
            <button
              type="button"
              className="secondary"
              data-testid="invite-check-anyway"
              onClick={() => {
                void sendToBackground('invite:verdict', { frameId, seq: shown.seq, action: 'release' });
                setShown({ ...shown, released: true });
              }}
            >
              {t('csvInviteAnyway')}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
