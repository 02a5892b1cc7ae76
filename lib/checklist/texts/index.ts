/** Checklist texts of every locale, and small helpers that render evidence and errors. */

import type { Locale } from '../../i18n/locales';
import { format } from '../../i18n/translate';
import { type Evidence, safeDetail } from '../evidence';
import type { ImportError } from '../schema';
import type { StepId } from '../steps';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pt_BR } from './pt_BR';
import { sv } from './sv';
import type { ChecklistTexts } from './types';
import { zh_CN } from './zh_CN';

export type { ChecklistTexts, StepTexts } from './types';

export const CHECKLIST_TEXTS: Record<Locale, ChecklistTexts> = { en, es, fr, it, sv, zh_CN, de, ja, pt_BR };

export const checklistTexts = (locale: Locale): ChecklistTexts => CHECKLIST_TEXTS[locale];

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
