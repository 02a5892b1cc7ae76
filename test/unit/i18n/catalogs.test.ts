import { describe, expect, it } from 'vitest';
import { CAUTION_IDS } from '@/lib/checklist/cautions';
import { EVIDENCE_CODES } from '@/lib/checklist/evidence';
import { IMPORT_ERROR_CODES } from '@/lib/checklist/schema';
import { BLOCK_REASONS, STEP_IDS, SUBSTEPS } from '@/lib/checklist/steps';
import { FINDING_CODES, INVALID_EMAIL_REASONS } from '@/lib/csv';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { format } from '@/lib/i18n/format';
import { toChromeMessages } from '@/lib/i18n/locale-files';
import { LOCALES, type Locale, localeFor, resolveLocale } from '@/lib/i18n/locales';
import { CHECKLIST_TEXTS } from '@/lib/i18n/messages/checklist';
import { CSV_TEXTS } from '@/lib/i18n/messages/csv';
import { DOCK_TEXTS } from '@/lib/i18n/messages/dock';
import { en as core } from '@/lib/i18n/messages/en';
import { FINDING_TEXTS } from '@/lib/i18n/messages/findings';
import { HOLD_TEXTS } from '@/lib/i18n/messages/hold';
import { REASON_TEXTS } from '@/lib/i18n/messages/reasons';
import { createTranslator } from '@/lib/i18n/translate';

const en = { ...core, ...CSV_TEXTS.en, ...HOLD_TEXTS.en, ...REASON_TEXTS.en };

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every text of a nested catalogue, by its path ("steps.prerequisites.notes.0"). */
function leaves(value: unknown, at = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  }
  return [[at, value]];
}

/** All areas of the one layout (lib/i18n/messages/<area>/<locale>.ts and the core <locale>.ts). */
const AREAS: Record<string, Record<Locale, unknown>> = {
  core: Object.fromEntries(LOCALES.map((l) => [l, CATALOGS[l]])) as Record<Locale, unknown>,
  checklist: CHECKLIST_TEXTS,
  findings: FINDING_TEXTS,
  // Read by the dock only (not merged into CATALOGS): the name of the panel's frame.
  dock: DOCK_TEXTS,
};

describe('catalogues', () => {
  it.each(LOCALES)('%s has every key, non-empty, with the same placeholders as English', (locale) => {
    const catalog = CATALOGS[locale] as Record<string, string>;
    for (const [key, text] of Object.entries(en)) {
      expect(catalog[key], `${locale}.${key}`).toBeTruthy();
      expect(placeholders(catalog[key] as string), `${locale}.${key}`).toEqual(placeholders(text));
    }
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(Object.keys(AREAS))(
    'area %s: every locale has every text of English, non-empty, with the same placeholders',
    (area) => {
      const byLocale = AREAS[area] as Record<Locale, unknown>;
      // `locale` and `source` say which locale a checklist file is and what it follows: they differ by design.
      const reference = new Map(leaves(byLocale.en));
      for (const locale of LOCALES) {
        const mine = new Map(leaves(byLocale[locale]));
        expect([...mine.keys()].sort(), `${area}/${locale} keys`).toEqual([...reference.keys()].sort());
        for (const [at, text] of mine) {
          expect(
            (typeof text === 'string' && text.trim().length > 0) || at.endsWith('clickPath'),
            `${area}/${locale}.${at}`,
          ).toBe(true);
          expect(placeholders(String(text)), `${area}/${locale}.${at}`).toEqual(
            placeholders(String(reference.get(at))),
          );
        }
      }
    },
  );
  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated, not a copy of English', (locale) => {
    const catalog = CATALOGS[locale] as Record<string, string>;
    const same = Object.keys(en).filter((k) => catalog[k] === (en as Record<string, string>)[k]);
    // Product names and app labels legitimately stay the same; prose must not.
    expect(same.length / Object.keys(en).length).toBeLessThan(0.35);
  });

  it('never shows an internal code: no message holds a key, a finding, step, evidence or reason code', () => {
    const codes = new Set<string>([
      ...FINDING_CODES.map((c) => c.code),
      ...INVALID_EMAIL_REASONS,
      ...STEP_IDS,
      ...Object.values(SUBSTEPS).flat(),
      ...EVIDENCE_CODES,
      ...CAUTION_IDS,
      ...BLOCK_REASONS,
      ...IMPORT_ERROR_CODES,
      ...Object.keys(en),
    ]);
    // A code is an identifier of our own (kebab-case or camelCase): one-word codes ("delimiter") are words too.
    const distinctive = [...codes].filter((c) => /-|[a-z][A-Z]/.test(c));
    expect(distinctive.length).toBeGreaterThan(100);
    const wanted = new Set(distinctive);
    const offenders: string[] = [];
    for (const [area, byLocale] of Object.entries(AREAS)) {
      for (const locale of LOCALES) {
        for (const [at, text] of leaves(byLocale[locale])) {
          if (at === 'locale') continue;
          // Words of letters, digits, _ and -: a code is one of them, whole.
          for (const word of String(text).split(/[^\w-]+/)) {
            if (wanted.has(word)) offenders.push(`${area}/${locale}.${at}: ${word}`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
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
  it.each([
    ['fr-CA', 'fr'],
    ['zh-Hans-CN', 'zh_CN'],
    ['zh-Hans', 'zh_CN'],
    ['zh_CN', 'zh_CN'],
    ['pt', 'pt_BR'],
    ['pt-BR', 'pt_BR'],
    ['pt-PT', 'pt_BR'],
    ['sv_SE', 'sv'],
    ['sv-SE', 'sv'],
    ['ko', 'en'],
    [undefined, 'en'],
  ])('maps the browser language tag %s to %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
  it('takes the browser language unless the options name one', () => {
    expect(localeFor('auto', () => 'de-AT')).toBe('de');
    expect(localeFor('ja', () => 'de-AT')).toBe('ja');
  });
});

describe('_locales generation', () => {
  it('turns {name} placeholders into Chrome placeholders and escapes dollars', () => {
    expect(toChromeMessages({ a: 'Saved as {file} for $5.' })).toEqual({
      a: { message: 'Saved as $FILE$ for $$5.', placeholders: { file: { content: '$1' } } },
    });
  });
});
