import { useEffect, useId, useState } from 'react';
import type { CsvReport, FixedCsv, FixOptions, KeepOrDrop, LeftOut } from '@/lib/csv';
import { formatFinding } from '@/lib/csv/finding-text';
import { csvEngine } from '@/lib/csv/lazy';
import type { MessageKey } from '@/lib/i18n/messages/en';
import { reasonKey } from '@/lib/i18n/reasons';
import { useI18n } from '../i18n/I18nProvider';
import { CsvHeading } from './CsvHeading';
import type { CheckState } from './useCsvCheck';

/** People listed per list on screen (all are counted; the lists hold up to 1,000). */
const SHOWN = 50;
const DEBOUNCE_MS = 120;

/** The user's choices for the fixed file, made before it is used or downloaded. */
export interface FixChoices {
  neutraliseFormulas: boolean;
  keepErrorRows: boolean;
  roleAccounts: KeepOrDrop;
  personalAddresses: KeepOrDrop;
}

export const SAFE_CHOICES: FixChoices = {
  neutraliseFormulas: true,
  keepErrorRows: false,
  roleAccounts: 'drop',
  personalAddresses: 'drop',
};

type Done = Extract<CheckState, { kind: 'done' }>;

export type Preview =
  | { kind: 'none' }
  | { kind: 'building' }
  | { kind: 'ready'; fixed: FixedCsv; done: Done; choices: FixChoices }
  | { kind: 'failed'; reason: string };

/** The options the fixed file of `done` is built with. */
export function fixOptions(done: Done, choices: FixChoices): FixOptions {
  return {
    ...choices,
    changes: done.changes,
    ...(done.context.existingEmails ? { existingEmails: done.context.existingEmails } : {}),
  };
}

/**
 * The fixed file of the report shown, built again whenever the report or a
 * choice changes: what "Use the fixed file" swaps in and "Download fixed CSV"
 * saves is exactly what the preview lists.
 */
export function useFixPreview(state: CheckState, choices: FixChoices): Preview {
  const [preview, setPreview] = useState<Preview>({ kind: 'none' });
  const done = state.kind === 'done' && !state.rechecking ? state : null;
  useEffect(() => {
    if (!done) {
      setPreview({ kind: 'none' });
      return;
    }
    const controller = new AbortController();
    setPreview({ kind: 'building' });
    const timer = setTimeout(() => {
      csvEngine()
        .then(({ buildFixedCsv }) =>
          buildFixedCsv(done.file, done.report, { ...fixOptions(done, choices), signal: controller.signal }),
        )
        .then(
          (fixed) => {
            if (!controller.signal.aborted) setPreview({ kind: 'ready', fixed, done, choices });
          },
          (error: unknown) => {
            if (controller.signal.aborted) return;
            const reason =
              error instanceof Error
                ? error.name === 'SourceChangedError'
                  ? 'changed'
                  : error.name
                : 'error';
            setPreview({ kind: 'failed', reason });
          },
        );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [done, choices]);
  return preview;
}

const REASON_KEYS: Record<Exclude<LeftOut['reason'], 'error'>, MessageKey> = {
  removed: 'csvLeftRemoved',
  duplicate: 'csvLeftDuplicate',
  broken: 'csvLeftBroken',
  existing: 'csvLeftExisting',
  role: 'csvLeftRole',
  personal: 'csvLeftPersonal',
};

interface Props {
  /** None before a file is checked: the choices stay in the DOM (stable hooks), disabled. */
  report?: CsvReport;
  preview: Preview;
  choices: FixChoices;
  onChoices(choices: FixChoices): void;
  seatsUsed?: number;
  seatLimit?: number;
}

/**
 * Before the fixed file is used or saved: the choices it depends on (shared and
 * personal addresses, formulas, rows with errors), each with what it risks, then
 * who will be invited and who is left out, and why.
 */
export function CsvPreview({ report, preview, choices, onChoices, seatsUsed, seatLimit = 100 }: Props) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const formulaWarning = useId();
  const count = (code: string) => report?.groups.find((g) => g.code === code)?.count ?? 0;
  const roles = count('role-account');
  const personal = count('personal-domain');
  const errors = report?.counts.error ?? 0;
  const set = (change: Partial<FixChoices>) => onChoices({ ...choices, ...change });
  const fixed = preview.kind === 'ready' ? preview.fixed : null;

  const reason = (l: LeftOut) => {
    if (l.reason === 'error') return l.finding ? formatFinding(l.finding, locale) : t('csvLeftError');
    return t(REASON_KEYS[l.reason], { firstRow: l.firstRow ?? '', line: l.line });
  };
  const invitedCount = fixed ? fixed.rows : 0;
  const leftCount = fixed ? Object.values(fixed.dropped).reduce((a, b) => a + b, 0) - fixed.dropped.blank : 0;

  return (
    <section className="csv-preview" aria-labelledby={titleId} data-testid="csv-preview" aria-busy={!fixed}>
      <CsvHeading id={titleId}>{t('csvPreviewTitle')}</CsvHeading>

      {roles ? (
        <fieldset className="csv-choice" data-testid="csv-choice-role">
          <legend>{t('csvChoiceRole', { count: roles })}</legend>
          <label className="check">
            <input
              type="radio"
              name={`${titleId}-role`}
              checked={choices.roleAccounts === 'drop'}
              onChange={() => set({ roleAccounts: 'drop' })}
            />
            <span>{t('csvChoiceLeaveOut')}</span>
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${titleId}-role`}
              data-testid="csv-choice-role-keep"
              checked={choices.roleAccounts === 'keep'}
              onChange={() => set({ roleAccounts: 'keep' })}
            />
            <span>{t('csvChoiceInvite')}</span>
          </label>
        </fieldset>
      ) : null}
      {personal ? (
        <fieldset className="csv-choice" data-testid="csv-choice-personal">
          <legend>{t('csvChoicePersonal', { count: personal })}</legend>
          <label className="check">
            <input
              type="radio"
              name={`${titleId}-personal`}
              checked={choices.personalAddresses === 'drop'}
              onChange={() => set({ personalAddresses: 'drop' })}
            />
            <span>{t('csvChoiceLeaveOut')}</span>
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${titleId}-personal`}
              data-testid="csv-choice-personal-keep"
              checked={choices.personalAddresses === 'keep'}
              onChange={() => set({ personalAddresses: 'keep' })}
            />
            <span>{t('csvChoiceInvite')}</span>
          </label>
        </fieldset>
      ) : null}

      <label className="check">
        <input
          type="checkbox"
          data-testid="csv-neutralise"
          checked={choices.neutraliseFormulas}
          disabled={!report}
          aria-describedby={choices.neutraliseFormulas ? undefined : formulaWarning}
          onChange={(e) => set({ neutraliseFormulas: e.target.checked })}
        />
        <span>{t('csvNeutralise')}</span>
      </label>
      {choices.neutraliseFormulas ? null : (
        <p className="warning" role="alert" id={formulaWarning} data-testid="csv-formula-risk">
          {t('csvFormulaRisk')}
        </p>
      )}
      <label className="check">
        <input
          type="checkbox"
          data-testid="csv-keep-errors"
          checked={choices.keepErrorRows}
          disabled={errors === 0 && !choices.keepErrorRows}
          onChange={(e) => set({ keepErrorRows: e.target.checked })}
        />
        <span>{t('csvKeepErrors')}</span>
      </label>
      {choices.keepErrorRows && fixed?.keptWithErrors ? (
        <p className="warning" role="alert" data-testid="csv-errors-risk">
          {t('csvErrorsRisk', { count: fixed.keptWithErrors })}
        </p>
      ) : null}

      {preview.kind === 'failed' ? (
        <p className="csv-error" role="alert">
          {preview.reason === 'changed' ? t('csvSourceChanged') : t(reasonKey('file', preview.reason))}
        </p>
      ) : null}
      {report ? (
        <p role="status" data-testid="csv-preview-summary">
          {fixed
            ? t('csvPreviewSummary', { invited: invitedCount, left: leftCount })
            : t('csvPreviewBuilding')}
        </p>
      ) : null}
      {fixed && seatsUsed !== undefined ? (
        <p
          className={seatsUsed + invitedCount > seatLimit ? 'warning' : 'note'}
          data-testid="csv-preview-seats"
        >
          {t('csvPreviewSeats', { used: seatsUsed, invited: invitedCount, limit: seatLimit })}
        </p>
      ) : null}
      {fixed ? (
        <>
          <details className="csv-group" open={fixed.invited.length <= 10}>
            <summary>{t('csvPreviewInvited', { count: invitedCount })}</summary>
            <ul className="csv-findings" data-testid="csv-preview-invited">
              {fixed.invited.slice(0, SHOWN).map((p) => (
                <li key={p.row} data-row={p.row} {...(p.withErrors ? { 'data-errors': 'true' } : {})}>
                  <span className="csv-row">{t('csvRowLabel', { row: p.row })}</span>
                  {p.address || t('csvNoAddress')}
                  {p.withErrors ? ` — ${t('csvInvitedWithErrors')}` : ''}
                </li>
              ))}
            </ul>
            {invitedCount > SHOWN ? (
              <p className="note">{t('csvMoreFindings', { count: invitedCount - SHOWN })}</p>
            ) : null}
          </details>
          <details className="csv-group" data-severity={leftCount ? 'warning' : 'info'} open>
            <summary>{t('csvPreviewLeft', { count: leftCount })}</summary>
            <ul className="csv-findings" data-testid="csv-preview-left">
              {fixed.left.slice(0, SHOWN).map((l, i) => (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: one row may hold several people (a broken row).
                  key={i}
                  data-row={l.row}
                  data-reason={l.reason}
                >
                  <span className="csv-row">{t('csvRowLabel', { row: l.row })}</span>
                  {l.address || t('csvNoAddress')} — {reason(l)}
                </li>
              ))}
            </ul>
            {leftCount > SHOWN ? (
              <p className="note">{t('csvMoreFindings', { count: leftCount - SHOWN })}</p>
            ) : null}
          </details>
        </>
      ) : null}
    </section>
  );
}
