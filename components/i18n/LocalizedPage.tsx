import { type ReactNode, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type Locale, localeFor } from '@/lib/i18n/locales';
import { settingsItem } from '@/lib/storage/items';
import { I18nProvider } from './I18nProvider';

/** The UI language for a stored preference: the browser's unless the options name one. */
export const localeOf = (pref: 'auto' | Locale): Locale =>
  // The browser is asked only when its language is wanted.
  pref === 'auto' ? localeFor(pref, browser.i18n.getUILanguage()) : pref;

/**
 * The panel language: the browser's, unless the options say otherwise; follows changes live.
 * `initial` (the preference already read) saves a storage round trip and a render before the first paint.
 */
export function useStoredLocale(initial?: 'auto' | Locale): Locale | null {
  const [locale, setLocale] = useState<Locale | null>(() => (initial ? localeOf(initial) : null));
  useEffect(() => {
    const apply = (pref: 'auto' | Locale) => setLocale(localeOf(pref));
    if (!initial) settingsItem.get().then((s) => apply(s.locale));
    return settingsItem.watch((s) => apply(s.locale));
  }, [initial]);
  return locale;
}

/** An extension page in the stored language (sets <html lang> too). */
export function LocalizedPage({ children }: { children: ReactNode }) {
  const locale = useStoredLocale();
  useEffect(() => {
    if (locale) document.documentElement.lang = locale.replace('_', '-');
  }, [locale]);
  if (!locale) return null;
  return <I18nProvider locale={locale}>{children}</I18nProvider>;
}
