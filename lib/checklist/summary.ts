/**
 * "Copy summary": the progress of one instance as Markdown that also reads as
 * plain text, for the hand-off between the Marketo admin and the Salesforce
 * admin: done and detected steps with their evidence, what is left (and what
 * is left for the Salesforce admin, with its sub-steps), doc links. Nothing
 * secret: evidence details go through safeDetail, no credentials are ever in
 * the progress, and the original user is not printed.
 */
import { localeTexts } from '../i18n/locale-texts';
import type { Locale } from '../i18n/locales';
import { PAGE_NAMES } from '../i18n/page-names';
import { format } from '../i18n/translate';
import { stepCautions } from './cautions';
import {
  counts,
  type InstanceProgress,
  invitesComplete,
  isStepComplete,
  remainingSteps,
  viewState,
} from './progress';
import { GUIDE_VERSION, INVITE_STEPS, STEP_IDS, type StepId, stepDef, stepNumberLabel } from './steps';
import type { ChecklistTexts } from './texts';
import { checklistTexts, evidenceText } from './texts';

/** Date as YYYY-MM-DD (UTC): the same in every language and unambiguous. */
const day = (at: number) => new Date(at).toISOString().slice(0, 10);

function stepLabel(t: ChecklistTexts, step: StepId): string {
  const n = stepNumberLabel(step);
  return n ? `${n}. ${t.steps[step].title}` : t.steps[step].title;
}

/** "Instance: 123-ABC-456 (production) · label". */
export function instanceLine(instance: InstanceProgress, t: ChecklistTexts): string {
  const id = instance.munchkinId ?? format(t.instance.unknownMunchkin, { host: instance.host ?? '?' });
  const env = instance.sandbox ? t.instance.sandbox : t.instance.production;
  return `${id} (${env})${instance.label ? ` · ${instance.label}` : ''}`;
}

function doneLine(instance: InstanceProgress, step: StepId, t: ChecklistTexts, locale: Locale): string {
  const rec = instance.steps[step];
  const label = stepLabel(t, step);
  if (rec?.status === 'detected' && rec.evidence) {
    const page = localeTexts(locale).messages[PAGE_NAMES[rec.evidence.page]];
    const seen = format(t.evidenceSeen, {
      evidence: evidenceText(t, rec.evidence),
      page,
      date: day(rec.evidence.at),
    });
    return `- [x] ${label} — ${t.states.detected}: ${seen}`;
  }
  return `- [x] ${label} — ${t.summary.markedDone} (${day(rec?.updatedAt ?? 0)})`;
}

function leftLine(instance: InstanceProgress, step: StepId, t: ChecklistTexts, locale: Locale): string {
  const view = viewState(instance, step);
  const state =
    view.state === 'blocked' && view.reasonKey
      ? `${t.states.blocked}: ${t.blocked[view.reasonKey]}`
      : t.states[view.state];
  return `- [ ] ${stepLabel(t, step)} — ${state} — ${t.summary.doc}: ${stepDef(step).docUrl(locale)}`;
}

/** Sub-steps still open, where, and the step's cautions: what the Salesforce admin needs to act. */
function handOffDetails(instance: InstanceProgress, step: StepId, t: ChecklistTexts): string[] {
  const texts = t.steps[step];
  const lines: string[] = [];
  if (texts.clickPath) lines.push(`  - ${texts.clickPath}`);
  const subs = instance.steps[step]?.substeps ?? {};
  for (const [id, text] of Object.entries(texts.substeps) as [keyof typeof subs, string][]) {
    const status = subs[id]?.status;
    lines.push(`  - [${status === 'done' || status === 'detected' ? 'x' : ' '}] ${text}`);
  }
  for (const caution of stepCautions(step)) lines.push(`  - ⚠ ${t.cautions[caution]}`);
  return lines;
}

const forSalesforceAdmin = (step: StepId) => {
  const def = stepDef(step);
  return def.persona === 'salesforce-admin' || (def.persona === 'either' && def.number > 0);
};

export interface SummaryOptions {
  now?: number;
}

export function summaryMarkdown(
  instance: InstanceProgress,
  locale: Locale,
  options: SummaryOptions = {},
): string {
  const t = checklistTexts(locale);
  const { done, total } = counts(instance);
  const out: string[] = [];
  out.push(`# ${format(t.summary.title, { done, total })}`, '');
  out.push(`- ${t.summary.instance}: ${instanceLine(instance, t)}`);
  out.push(
    `- ${format(t.summary.guide, { title: t.guideTitle, version: GUIDE_VERSION.label })}: ${stepDef('prerequisites').docUrl(locale)}`,
  );
  out.push(`- ${format(t.summary.date, { date: day(options.now ?? Date.now()) })}`, '');

  const completed = STEP_IDS.filter((s) => isStepComplete(instance, s));
  const invited = invitesComplete(instance);
  if (completed.length) {
    out.push(`## ${t.summary.doneHeading}`, '');
    for (const step of STEP_IDS) {
      if (isStepComplete(instance, step)) out.push(doneLine(instance, step, t, locale));
      else if (invited && (INVITE_STEPS as readonly StepId[]).includes(step)) {
        out.push(`- [x] ${stepLabel(t, step)} — ${t.summary.alternativeDone}`);
      }
    }
    out.push('');
  }

  const left = remainingSteps(instance, 'all');
  const mine = left.filter((s) => !forSalesforceAdmin(s));
  const theirs = left.filter(forSalesforceAdmin);
  out.push(`## ${t.summary.leftHeading}`, '');
  if (mine.length) for (const step of mine) out.push(leftLine(instance, step, t, locale));
  else out.push(t.summary.nothingLeft);
  out.push('', `## ${t.summary.salesforceAdminHeading}`, '');
  if (theirs.length) {
    for (const step of theirs) {
      out.push(leftLine(instance, step, t, locale), ...handOffDetails(instance, step, t));
      for (const more of stepDef(step).moreDocs) out.push(`  - ${t.links[more.id]}: ${more.url(locale)}`);
    }
  } else out.push(t.summary.nothingLeft);
  return `${out.join('\n')}\n`;
}
