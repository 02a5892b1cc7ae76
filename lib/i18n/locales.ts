/** Our UI languages: English, the guide's translations (es, fr, it, sv, zh_CN) and Marketo's other UI languages (de, ja, pt_BR). */
export const LOCALES = ['en', 'es', 'fr', 'it', 'sv', 'zh_CN', 'de', 'ja', 'pt_BR'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  it: 'Italiano',
  sv: 'Svenska',
  zh_CN: '简体中文',
  de: 'Deutsch',
  ja: '日本語',
  pt_BR: 'Português (Brasil)',
};

/** Best supported locale for a BCP 47 tag such as "fr-CA", "zh-Hans-CN", "pt", "en_US". */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (!tag) return 'en';
  const norm = tag.replace('_', '-').toLowerCase();
  const lang = norm.split('-')[0];
  if (lang === 'zh') return 'zh_CN';
  if (lang === 'pt') return 'pt_BR';
  return LOCALES.find((l) => l === lang) ?? 'en';
}

/**
 * The UI language for the stored preference: the browser's (`browserTag()`, its UI language) unless
 * the options name one. The browser is asked only when its language is wanted.
 */
export const localeFor = (pref: 'auto' | Locale, browserTag: () => string | undefined): Locale =>
  pref === 'auto' ? resolveLocale(browserTag()) : pref;
