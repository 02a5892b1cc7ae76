/**
 * The texts of the locales this document has loaded. English is always here (it is the fallback
 * for a key a locale lacks, and the texts until another locale is loaded); each other locale is a
 * chunk of its own (lib/i18n/bundles/<locale>.ts, a dynamic import: Vite splits it out), loaded
 * before the first render in its language (components/i18n/LocalizedPage.tsx, the panel's
 * entrypoint): a page shows one language, and evaluating all nine was a quarter of the panel's
 * script (npm run bench:host "panel usable").
 *
 * The tables of every locale (lib/i18n/catalogs.ts CATALOGS, messages/<area> *_TEXTS) stay for the
 * build's _locales files and the tests that check every locale has every key.
 */
import { texts as en } from './bundles/en';
import { registerFindingTexts } from './findings-loaded';
import type { Locale } from './locales';
import type { ChecklistTexts } from './messages/checklist/types';
import type { MessageKey } from './messages/en';
import type { FindingTexts } from './messages/findings/types';

export interface LocaleTexts {
  /** Core texts plus the flat areas (CSV check, hold labels, failure reasons): the keys of `t()`. */
  messages: Record<MessageKey, string>;
  checklist: ChecklistTexts;
  findings: FindingTexts;
}

type Loader = () => Promise<{ texts: LocaleTexts }>;

const LOADERS: Record<Exclude<Locale, 'en'>, Loader> = {
  es: () => import('./bundles/es'),
  fr: () => import('./bundles/fr'),
  it: () => import('./bundles/it'),
  sv: () => import('./bundles/sv'),
  zh_CN: () => import('./bundles/zh_CN'),
  de: () => import('./bundles/de'),
  ja: () => import('./bundles/ja'),
  pt_BR: () => import('./bundles/pt_BR'),
};

const loaded: Partial<Record<Locale, LocaleTexts>> = { en };

export const ENGLISH: LocaleTexts = en;

/** The texts of `locale` once loaded (loadLocale), English until then. */
export const localeTexts = (locale: Locale): LocaleTexts => loaded[locale] ?? en;

export const isLocaleLoaded = (locale: Locale): boolean => loaded[locale] !== undefined;

/** Loads the texts of `locale` (once); English when its chunk cannot be loaded. */
export async function loadLocale(locale: Locale): Promise<LocaleTexts> {
  const have = loaded[locale];
  if (have) return have;
  try {
    const { texts } = await LOADERS[locale as Exclude<Locale, 'en'>]();
    registerLocaleTexts(locale, texts);
    return texts;
  } catch {
    return en;
  }
}

/** Texts already in memory (tests and tools that import every locale). */
export function registerLocaleTexts(locale: Locale, texts: LocaleTexts): void {
  loaded[locale] = texts;
  registerFindingTexts(locale, texts.findings);
}
