import { CATALOGS } from './catalogs';
import type { Locale } from './locales';
import type { MessageKey } from './messages/en';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Fills {name} placeholders; unknown placeholders are left visible rather than dropped. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : all,
  );
}

export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  const fallback = CATALOGS.en;
  return (key, params) => format(catalog[key] || fallback[key], params);
}
