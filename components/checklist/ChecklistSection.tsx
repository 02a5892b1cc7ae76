import { useEffect, useRef, useState } from 'react';
import { stepCautions } from '@/lib/checklist/cautions';
import { activeInstance, type ProgressStore, viewState } from '@/lib/checklist/progress';
import { exportProgress, MAX_IMPORT_BYTES } from '@/lib/checklist/schema';
import {
  GUIDE_VERSION,
  PERSONAS,
  type Persona,
  STEP_IDS,
  type StepId,
  stepDef,
  stepNumberLabel,
  stepsOnPage,
} from '@/lib/checklist/steps';
import { summaryMarkdown } from '@/lib/checklist/summary';
import { checklistTexts, evidenceText, importErrorMessage, stepTitle } from '@/lib/checklist/texts';
import { PAGE_NAMES } from '@/lib/i18n/page-names';
import { format } from '@/lib/i18n/translate';
import type { PageReport } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send';
import { showMeTarget } from '@/lib/pages/catalogue';
import type { PageId } from '@/lib/pages/types';
import { saveBlob } from '../download';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnounce } from '../panel/Announcer';
import { useEscape } from '../panel/useEscape';
import { Disclosure } from './Disclosure';

/** Finished rows stay closed (their title and state say enough); the rows still to do on this page open. */
const FINISHED: ReadonlySet<string> = new Set(['done', 'detected', 'not-needed']);

interface Props {
  report: PageReport & { frameId: number };
  store: ProgressStore;
  unread: readonly string[];
}

/**
 * The setup checklist: every step of the guide for the active instance, its
 * state (detected from the pages or set by the user), "show me", cautions,
 * summary, export/import and reset with undo.
 */
export function ChecklistSection({ report, store, unread }: Props) {
  const { locale, t } = useI18n();
  const texts = checklistTexts(locale);
  const instance = activeInstance(store);
  const [persona, setPersona] = useState<Persona | 'all'>('all');
  const [note, setNote] = useState<string | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const [whereFor, setWhereFor] = useState<StepId | null>(null);
  /** The frame where "show me" drew an outline (Escape in the panel takes it away). */
  const [outlined, setOutlined] = useState<number | null>(null);
  const announce = useAnnounce();
  const here = new Set<StepId>(report.page === 'unknown' ? [] : stepsOnPage(report.page));

  const steps = STEP_IDS.filter((id) => persona === 'all' || stepDef(id).persona === persona);
  const showMe = async (step: StepId) => {
    const target = showMeTarget(step, report.page);
    setWhereFor(step);
    if (!target) return;
    const res = await sendToBackground('page:highlight', {
      frameId: report.frameId,
      target,
      label: t('clHere'),
    });
    if (res.ok) {
      setWhereFor(null);
      setOutlined(report.frameId);
      announce(t('clOutlined', { step: stepTitle(texts, step) }));
    }
  };
  useEscape(whereFor !== null, () => setWhereFor(null));
  useEscape(outlined !== null, () => {
    const frameId = outlined;
    setOutlined(null);
    if (frameId === null) return;
    void sendToBackground('page:unhighlight', { frameId }).then((res) => {
      if (res.ok) announce(t('clOutlineGone'));
    });
  });
  // Another page: the agent took the outline away itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on page change only.
  useEffect(() => setOutlined(null), [report.page, report.frameId]);
  const setStatus = (step: StepId, status: 'todo' | 'in-progress' | 'done' | 'clear') =>
    instance && sendToBackground('checklist:set-status', { key: instance.key, step, status });

  return (
    <section className="section checklist" aria-labelledby="msi-checklist-heading">
      <h2 id="msi-checklist-heading">{texts.guideTitle}</h2>
      <p className="note">{format(texts.guideVersion, { version: GUIDE_VERSION.label })}</p>
      {instance ? (
        <div className="row">
          <label className="inline">
            <span>{t('clInstance')}</span>
            <select
              data-testid="checklist-instance"
              value={instance.key}
              onChange={(e) => sendToBackground('checklist:set-active', { key: e.target.value })}
            >
              {Object.values(store.instances).map((i) => (
                <option key={i.key} value={i.key}>
                  {i.label ?? i.munchkinId ?? i.host ?? i.key}
                  {i.sandbox ? ` (${texts.instance.sandbox})` : ''}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : (
        <p className="note" data-testid="checklist-no-instance">
          {t('clNoInstance')}
        </p>
      )}
      <label className="inline">
        <span>{t('clPersona')}</span>
        <select
          data-testid="checklist-persona"
          value={persona}
          onChange={(e) => setPersona(e.target.value as Persona | 'all')}
        >
          <option value="all">{texts.allPersonas}</option>
          {PERSONAS.map((p) => (
            <option key={p} value={p}>
              {texts.personas[p]}
            </option>
          ))}
        </select>
      </label>
      <ol className="steps">
        {steps.map((id) => {
          const view = viewState(instance, id);
          const def = stepDef(id);
          const stepTexts = texts.steps[id];
          const evidence = view.evidence;
          return (
            <li
              key={id}
              data-testid={`checklist-step-${id}`}
              data-state={view.state}
              className={`step ${view.state}`}
            >
              <Disclosure
                defaultOpen={here.has(id) && !FINISHED.has(view.state)}
                summary={
                  <summary>
                    <span className="step-title">
                      {def.number > 0
                        ? `${format(texts.stepNumber, { number: stepNumberLabel(def.id) })} · `
                        : ''}
                      {stepTitle(texts, id)}
                    </span>
                    <span className={`state ${view.state}`}>{texts.states[view.state]}</span>
                  </summary>
                }
              >
                <p className="note">
                  {texts.personas[def.persona]} · {stepTexts.clickPath}
                </p>
                {view.state === 'blocked' && view.reasonKey ? (
                  <p className="warning">{texts.blocked[view.reasonKey]}</p>
                ) : null}
                {evidence ? (
                  <p className="evidence" data-testid={`checklist-evidence-${id}`}>
                    {format(texts.evidenceSeen, {
                      evidence: evidenceText(texts, evidence),
                      page: t(PAGE_NAMES[evidence.page as PageId] ?? 'pageUnknown'),
                      date: new Date(evidence.at).toLocaleString(locale.replace('_', '-')),
                    })}
                  </p>
                ) : null}
                {view.userOverride ? <p className="note">{texts.setByYou}</p> : null}
                {!def.detectable ? <p className="note">{texts.manualOnly}</p> : null}
                {def.detectable && here.has(id) && unread.includes(id) && !evidence ? (
                  <p className="note">{texts.cannotRead}</p>
                ) : null}
                <ul className="substeps">
                  {def.substeps.map((sub) => (
                    <li key={sub}>{(stepTexts.substeps as Record<string, string>)[sub]}</li>
                  ))}
                </ul>
                {stepTexts.notes.map((n) => (
                  <p key={n} className="note">
                    {n}
                  </p>
                ))}
                {stepCautions(id).map((c) => (
                  <p key={c} className="warning" role="note">
                    {texts.cautions[c]}
                  </p>
                ))}
                <div className="row">
                  <button type="button" data-testid={`checklist-show-${id}`} onClick={() => showMe(id)}>
                    {t('clShowMe')}
                  </button>
                  <a href={def.docUrl(locale)} target="_blank" rel="noreferrer noopener">
                    {t('clDoc')}
                  </a>
                </div>
                {whereFor === id ? (
                  <p className="where" data-testid={`checklist-where-${id}`} role="status">
                    {format(t(showMeTarget(id, report.page) ? 'clControlMissing' : 'clGoTo'), {
                      path: stepTexts.clickPath,
                    })}
                  </p>
                ) : null}
                {instance ? (
                  <div className="row">
                    {view.status !== 'done' ? (
                      <button type="button" className="secondary" onClick={() => setStatus(id, 'done')}>
                        {texts.actions.markDone}
                      </button>
                    ) : null}
                    {view.status !== 'in-progress' ? (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => setStatus(id, 'in-progress')}
                      >
                        {texts.actions.markInProgress}
                      </button>
                    ) : null}
                    {view.status !== 'todo' ? (
                      <button type="button" className="secondary" onClick={() => setStatus(id, 'todo')}>
                        {texts.actions.markTodo}
                      </button>
                    ) : null}
                    {view.userOverride ? (
                      <button type="button" className="secondary" onClick={() => setStatus(id, 'clear')}>
                        {texts.actions.useDetection}
                      </button>
                    ) : null}
                  </div>
                ) : null}
              </Disclosure>
            </li>
          );
        })}
      </ol>
      <div className="row">
        <button
          type="button"
          data-testid="checklist-copy-summary"
          disabled={!instance}
          onClick={async () => {
            if (!instance) return;
            try {
              await navigator.clipboard.writeText(summaryMarkdown(instance, locale));
              setNote(texts.actions.summaryCopied);
            } catch {
              setNote(t('credCopyFailed'));
            }
          }}
        >
          {texts.actions.copySummary}
        </button>
        <button
          type="button"
          data-testid="checklist-export"
          onClick={(e) =>
            saveBlob(
              new Blob([exportProgress(store)], { type: 'application/json' }),
              'msi-actions-progress.json',
              e.currentTarget,
            )
          }
        >
          {texts.actions.exportProgress}
        </button>
        {/* A button of the panel's own, as for the CSV file: the browser's file input ("Choose file · No file
            chosen") is as wide as its words in each language and pushed the row out of the panel (fr: 13 px). */}
        <button type="button" onClick={() => importInput.current?.click()}>
          {texts.actions.importProgress}
        </button>
        <input
          ref={importInput}
          className="file-input"
          type="file"
          tabIndex={-1}
          aria-hidden="true"
          accept="application/json,.json"
          data-testid="checklist-import"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            // The size first: a file of any size is never read into memory (nor sent on) to be refused after.
            if (file.size > MAX_IMPORT_BYTES) {
              const params = { size: Math.ceil(file.size / 1000), max: MAX_IMPORT_BYTES / 1000 };
              setNote(importErrorMessage(texts, { code: 'too-large', params }));
              return;
            }
            const res = await sendToBackground('checklist:import', { text: await file.text() });
            setNote(
              res.ok
                ? format(texts.actions.imported, { count: res.count })
                : importErrorMessage(texts, { code: res.code as never, params: res.params ?? {} }),
            );
          }}
        />
        {instance ? (
          <button
            type="button"
            className="secondary"
            data-testid="checklist-reset"
            onClick={async () => {
              const res = await sendToBackground('checklist:reset', { key: instance.key });
              if (res.ok && res.previous) {
                setUndo(res.previous);
                setNote(
                  format(texts.actions.resetDone, { instance: instance.munchkinId ?? instance.host ?? '' }),
                );
              }
            }}
          >
            {texts.actions.reset}
          </button>
        ) : null}
        {undo ? (
          <button
            type="button"
            data-testid="checklist-undo"
            onClick={async () => {
              await sendToBackground('checklist:undo-reset', { previous: undo });
              setUndo(null);
              setNote(null);
            }}
          >
            {texts.actions.undo}
          </button>
        ) : null}
      </div>
      {note ? (
        <p className="note" role="status" data-testid="checklist-note">
          {note}
        </p>
      ) : null}
    </section>
  );
}
