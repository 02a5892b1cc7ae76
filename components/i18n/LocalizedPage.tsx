import { type ReactNode, useEffect, useRef, useState } from 'react';
import { loadLocale } from '@/lib/i18n/locale-texts';
import type { Locale } from '@/lib/i18n/locales';
import { localeOf } from '@/lib/i18n/ui-locale';
import { settingsItem } from '@/lib/storage/items';
import { I18nProvider } from './I18nProvider';

/**
 * The panel language: the browser's, unless the options say otherwise; follows changes live.
 * A language's texts are loaded before it is shown (lib/i18n/locale-texts.ts: one chunk per locale).
 * `initial` (the preference already read, its texts already loaded: entrypoints/panel/main.tsx)
 * saves a storage round trip and a render before the first paint.
 */
export function useStoredLocale(initial?: 'auto' | Locale): Locale | null {
  const [locale, setLocale] = useState<Locale | null>(() => (initial ? localeOf(initial) : null));
  const wanted = useRef(0);
  useEffect(() => {
    const apply = (pref: 'auto' | Locale) => {
      const next = localeOf(pref);
      const mine = ++wanted.current;
      // The last choice wins, even when an earlier language's texts arrive after it.
      void loadLocale(next).then(() => {
        if (mine === wanted.current) setLocale(next);
      });
    };
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
