/**
 * UI texts of the CSV check (panel section, report, review, upload dialog, checker page), per locale.
 * One file per locale; en.ts is the reference that defines the keys.
 */
import type { Locale } from '../../locales';
import { de } from './de';
import { type CsvTexts, en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pt_BR } from './pt_BR';
import { sv } from './sv';
import { zh_CN } from './zh_CN';

export type { CsvKey, CsvTexts } from './en';

export const CSV_TEXTS: Record<Locale, CsvTexts> = { en, es, fr, it, sv, zh_CN, de, ja, pt_BR };
