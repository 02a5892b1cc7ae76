import { format, type Params } from './format';
import { ENGLISH, localeTexts } from './locale-texts';
import type { Locale } from './locales';
import type { MessageKey } from './messages/en';

export { format, type Params } from './format';
export type Translate = (key: MessageKey, params?: Params) => string;

export function createTranslator(locale: Locale): Translate {
  // The locale's texts once loaded (lib/i18n/locale-texts.ts), English for a key it lacks.
  const catalog = localeTexts(locale).messages;
  const fallback = ENGLISH.messages;
  return (key, params) => format(catalog[key] || fallback[key], params);
}
