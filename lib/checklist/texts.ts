/** The checklist's texts in a locale (lib/i18n/messages/checklist), and small helpers that render evidence and errors. */

import { format } from '../i18n/format';
import { localeTexts } from '../i18n/locale-texts';
import type { Locale } from '../i18n/locales';
import type { ChecklistTexts } from '../i18n/messages/checklist';
import { type Evidence, safeDetail } from './evidence';
import type { ImportError } from './schema';
import type { StepId } from './steps';

export type { ChecklistTexts, StepTexts } from '../i18n/messages/checklist';
/** The checklist's texts in `locale` once loaded (lib/i18n/locale-texts.ts), English until then. */
export const checklistTexts = (locale: Locale): ChecklistTexts => localeTexts(locale).checklist;

/** "Client ID shown on the Integration Information card", with the detail when there is one (never a secret). */
export function evidenceText(texts: ChecklistTexts, evidence: Pick<Evidence, 'what' | 'detail'>): string {
  const phrase = texts.evidence[evidence.what];
  const detail = safeDetail(evidence.detail);
  return detail && phrase.withDetail ? format(phrase.withDetail, { detail }) : phrase.text;
}

export function importErrorMessage(texts: ChecklistTexts, error: ImportError): string {
  return format(texts.importErrors[error.code], error.params);
}

export function stepTitle(texts: ChecklistTexts, step: StepId): string {
  return texts.steps[step].title;
}
