import { useCallback, useEffect, useRef, useState } from 'react';
import { type CsvDialogGuard, type GuardState, guardCsvDialog } from '@/lib/csv-dialog';
import type { PageReport } from '@/lib/messaging/protocol';
import { readUserManagement } from '@/lib/pages/sales/users';
import { useI18n } from '../i18n/I18nProvider';
import { CsvChecker, type DialogControls } from './CsvChecker';
import { type CheckContext, type CheckOutcome, useCsvCheck } from './useCsvCheck';

type Report = PageReport & { frameId: number };

/** What the User Management page says about the instance: its own total (not the visible rows) and the users shown. */
function instanceContext(doc: Document): CheckContext {
  const users = readUserManagement(doc);
  if (!users.found) return {};
  const { total, visibleUsers } = users.value;
  return {
    seatsUsed: total ?? visibleUsers.length,
    existingEmails: visibleUsers.map((u) => u.email),
  };
}

/**
 * The CSV check in the panel: a drop zone on every page; on the Sales app's
 * User Management page (when it is the panel's own frame) it also guards the
 * "Invite Users via CSV" dialog: a file chosen there is checked at once, and
 * Next is held back while it has errors.
 */
export function CsvSection({ report }: { report: Report }) {
  const { t } = useI18n();
  const { state, check, clear } = useCsvCheck();
  const onUsers = report.page === 'sales-user-management' && report.frameId === 0;
  const guard = useRef<CsvDialogGuard | null>(null);
  const dialogSeq = useRef(0);
  const [guardState, setGuardState] = useState<GuardState>('idle');
  const [ownReport, setOwnReport] = useState(false);
  const [dialogNote, setDialogNote] = useState<string | null>(null);
  const tRef = useRef(t);
  tRef.current = t;

  // The verdict on the file chosen in the dialog.
  const decide = useCallback((g: CsvDialogGuard, outcome: CheckOutcome) => {
    const tr = tRef.current;
    if (outcome.kind === 'done' && outcome.report.ok) {
      setDialogNote(tr('csvDialogPassed'));
      g.release({ replay: true });
    } else if (outcome.kind === 'aborted') {
      // Another file was dropped in the panel meanwhile: we cannot vouch for the dialog's file, nor block it unseen.
      setDialogNote(null);
      g.release();
    } else {
      setDialogNote(tr('csvDialogHeld'));
      g.hold(tr('csvHoldErrors', { count: outcome.kind === 'done' ? outcome.report.counts.error : 0 }));
    }
  }, []);

  useEffect(() => {
    if (!onUsers) return;
    const g = guardCsvDialog(document, {
      checkingLabel: tRef.current('csvHoldChecking'),
      onState: setGuardState,
      onFile: (file) => {
        const seq = ++dialogSeq.current;
        setOwnReport(true);
        setDialogNote(tRef.current('csvDialogChecking'));
        void check(file, instanceContext(document)).then((outcome) => {
          if (seq === dialogSeq.current) decide(g, outcome);
        });
      },
      onClose: () => {
        dialogSeq.current++;
        setOwnReport(false);
        setDialogNote(null);
      },
    });
    guard.current = g;
    return () => {
      g.dispose();
      guard.current = null;
      dialogSeq.current++;
      setGuardState('idle');
      setOwnReport(false);
    };
  }, [onUsers, check, decide]);

  const dialog: DialogControls | undefined = onUsers
    ? {
        active: guardState !== 'idle',
        ownReport,
        held: guardState === 'held',
        message: dialogNote,
        chooseFixed: (file) => {
          const result = guard.current?.replaceFile(file) ?? 'no-dialog';
          setDialogNote(
            result === 'replaced'
              ? t('csvDialogFixedUsed', { file: file.name })
              : t('csvDialogSwapFailed', { reason: result }),
          );
        },
        uploadAnyway: () => {
          guard.current?.release();
          setDialogNote(t('csvDialogAnyway'));
        },
      }
    : undefined;

  return (
    <section className="section" aria-labelledby="msi-csv-heading" data-testid="csv-section">
      <h2 id="msi-csv-heading">{t('csvTitle')}</h2>
      <CsvChecker
        state={state}
        onFile={(file) => {
          setOwnReport(false);
          void check(file, onUsers ? instanceContext(document) : {});
        }}
        onClear={() => {
          setOwnReport(false);
          clear();
        }}
        {...(dialog ? { dialog } : {})}
      />
    </section>
  );
}
