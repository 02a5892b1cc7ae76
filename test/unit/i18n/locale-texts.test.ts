import { describe, expect, it, vi } from 'vitest';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { LOCALES } from '@/lib/i18n/locales';
import { CHECKLIST_TEXTS } from '@/lib/i18n/messages/checklist';
import { FINDING_TEXTS } from '@/lib/i18n/messages/findings';

/** A fresh copy of the module: only English in memory, as in a page that has loaded nothing yet. */
async function fresh() {
  vi.resetModules();
  return import('@/lib/i18n/locale-texts');
}

describe('one locale loaded at a time (lib/i18n/locale-texts.ts)', () => {
  it('English is there from the start; another locale shows English until its texts are loaded', async () => {
    const { localeTexts, isLocaleLoaded, loadLocale } = await fresh();
    const { createTranslator } = await import('@/lib/i18n/translate');
    expect(isLocaleLoaded('en')).toBe(true);
    expect(isLocaleLoaded('fr')).toBe(false);
    expect(localeTexts('fr').messages).toEqual(CATALOGS.en);
    await loadLocale('fr');
    expect(isLocaleLoaded('fr')).toBe(true);
    expect(isLocaleLoaded('de')).toBe(false);
    expect(createTranslator('fr')('panelTitle')).toBe('Configuration MSI Actions');
  });

  it.each(LOCALES)('%s: the loaded texts are the same as the tables of every locale', async (locale) => {
    const { loadLocale } = await fresh();
    const texts = await loadLocale(locale);
    expect(texts.messages).toEqual(CATALOGS[locale]);
    expect(texts.checklist).toEqual(CHECKLIST_TEXTS[locale]);
    expect(texts.findings).toEqual(FINDING_TEXTS[locale]);
  });
});
