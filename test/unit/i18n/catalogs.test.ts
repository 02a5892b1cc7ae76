import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { toChromeMessages } from '@/lib/i18n/locale-files';
import { LOCALES, resolveLocale } from '@/lib/i18n/locales';
import { csvUiEn } from '@/lib/i18n/messages/csv';
import { en as core } from '@/lib/i18n/messages/en';
import { reasonsEn } from '@/lib/i18n/messages/reasons';

const en = { ...core, ...csvUiEn, ...reasonsEn };

import { createTranslator, format } from '@/lib/i18n/translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it.each(LOCALES)('%s has every key, non-empty, with the same placeholders as English', (locale) => {
    const catalog = CATALOGS[locale] as Record<string, string>;
    for (const [key, text] of Object.entries(en)) {
      expect(catalog[key], `${locale}.${key}`).toBeTruthy();
      expect(placeholders(catalog[key] as string), `${locale}.${key}`).toEqual(placeholders(text));
    }
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated, not a copy of English', (locale) => {
    const catalog = CATALOGS[locale] as Record<string, string>;
    const same = Object.keys(en).filter((k) => catalog[k] === (en as Record<string, string>)[k]);
    // Product names and app labels legitimately stay the same; prose must not.
    expect(same.length / Object.keys(en).length).toBeLessThan(0.35);
  });
});

describe('translate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(format('Saved as {file}.', { file: 'a.html' })).toBe('Saved as a.html.');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it('translates into the chosen locale', () => {
    expect(createTranslator('fr')('appSalesforce')).toBe('Salesforce');
    expect(createTranslator('fr')('reportSave')).not.toBe(en.reportSave);
  });
  it('maps browser language tags to our locales', () => {
    expect(resolveLocale('fr-CA')).toBe('fr');
    expect(resolveLocale('zh-Hans-CN')).toBe('zh_CN');
    expect(resolveLocale('pt')).toBe('pt_BR');
    expect(resolveLocale('pt-PT')).toBe('pt_BR');
    expect(resolveLocale('sv_SE')).toBe('sv');
    expect(resolveLocale('ko')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });
});

describe('_locales generation', () => {
  it('turns {name} placeholders into Chrome placeholders and escapes dollars', () => {
    expect(toChromeMessages({ a: 'Saved as {file} for $5.' })).toEqual({
      a: { message: 'Saved as $FILE$ for $$5.', placeholders: { file: { content: '$1' } } },
    });
  });
});
