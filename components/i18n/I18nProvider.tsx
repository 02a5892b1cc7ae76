import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { createTranslator, type Translate } from '@/lib/i18n/translate';

const I18nContext = createContext<{ locale: Locale; t: Translate }>({
  locale: 'en',
  t: createTranslator('en'),
});

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
