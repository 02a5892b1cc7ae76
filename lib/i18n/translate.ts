import { CATALOGS } from './catalogs';
import { format, type Params } from './format';
import type { Locale } from './locales';
import type { MessageKey } from './messages/en';

export { format, type Params } from './format';
export type Translate = (key: MessageKey, params?: Params) => string;

export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  const fallback = CATALOGS.en;
  return (key, params) => format(catalog[key] || fallback[key], params);
}
