/** Checklist texts (steps, states, cautions, summary), per locale. One file per locale; en.ts is the reference, typed by ./types.ts. */
import type { Locale } from '../../locales';
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

export type { ChecklistTexts, EvidenceText, StepTexts } from './types';

export const CHECKLIST_TEXTS: Record<Locale, ChecklistTexts> = { en, es, fr, it, sv, zh_CN, de, ja, pt_BR };
