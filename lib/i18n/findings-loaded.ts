/**
 * The CSV check's findings texts of the locales loaded so far (lib/i18n/locale-texts.ts registers
 * each locale it loads), English from the start. lib/csv reads them here, so the CSV command line
 * (scripts/check-csv.ts, English) carries the English findings texts and no other catalogue.
 */
import type { Locale } from './locales';
import { en } from './messages/findings/en';
import type { FindingTexts } from './messages/findings/types';

const loaded: Partial<Record<Locale, FindingTexts>> = { en };

/** The findings texts of `locale` once its texts are loaded, English until then. */
export const findingTexts = (locale: Locale): FindingTexts => loaded[locale] ?? en;

export function registerFindingTexts(locale: Locale, texts: FindingTexts): void {
  loaded[locale] = texts;
}
