/**
 * What went wrong and what to do next, one sentence per failure reason (lib/i18n/reasons.ts maps codes
 * to these keys), per locale. One file per locale; en.ts is the reference that defines the keys.
 */
import type { Locale } from '../../locales';
import { de } from './de';
import { en, type ReasonTexts } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pt_BR } from './pt_BR';
import { sv } from './sv';
import { zh_CN } from './zh_CN';

export type { ReasonKey, ReasonTexts } from './en';

export const REASON_TEXTS: Record<Locale, ReasonTexts> = { en, es, fr, it, sv, zh_CN, de, ja, pt_BR };
