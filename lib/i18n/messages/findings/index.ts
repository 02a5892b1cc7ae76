/**
 * The CSV check's findings texts, per locale. One file per locale, typed by
 * ./types.ts. Pure data: bundled into the panel and into the CSV command line
 * (bin/check-csv.mjs), whose JSON carries the English messages.
 */
import type { Locale } from '../../locales';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pt_BR } from './pt_BR';
import { sv } from './sv';
import type { FindingTexts } from './types';
import { zh_CN } from './zh_CN';

export type { FindingTexts, FindingVariant } from './types';

export const FINDING_TEXTS: Readonly<Record<Locale, FindingTexts>> = {
  en,
  es,
  fr,
  it,
  sv,
  zh_CN,
  de,
  ja,
  pt_BR,
};
