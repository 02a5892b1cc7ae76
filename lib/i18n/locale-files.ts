/**
 * Writes the browser's `_locales/<lang>/messages.json` from our catalogues at
 * build time (used by wxt.config.ts), so the manifest and `browser.i18n` see
 * the same texts as the panel. {name} placeholders become $NAME$ ones.
 */
import { CATALOGS } from './catalogs';
import { LOCALES } from './locales';

type ChromeMessage = { message: string; placeholders?: Record<string, { content: string }> };

export function toChromeMessages(catalog: Record<string, string>): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, text] of Object.entries(catalog)) {
    const names = [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))];
    const entry: ChromeMessage = {
      message: text.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_all, n: string) => `$${n.toUpperCase()}$`),
    };
    if (names.length) {
      entry.placeholders = Object.fromEntries(
        names.map((n, i) => [n.toLowerCase(), { content: `$${i + 1}` }]),
      );
    }
    out[key] = entry;
  }
  return out;
}

export function localeFiles(): Array<{ relativeDest: string; contents: string }> {
  return LOCALES.map((locale) => ({
    relativeDest: `_locales/${locale}/messages.json`,
    contents: JSON.stringify(toChromeMessages(CATALOGS[locale]), null, 2),
  }));
}
