import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LOCALE_NAMES, LOCALES, type Locale, resolveLocale } from '@/lib/i18n/locales';
import { type Settings, settingsItem } from '@/lib/storage/items';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { useStoredLocale } from '../panel/PanelApp';

export function OptionsPage() {
  const locale = useStoredLocale();
  useEffect(() => {
    if (locale) document.documentElement.lang = locale.replace('_', '-');
  }, [locale]);
  if (!locale) return null;
  return (
    <I18nProvider locale={locale}>
      <Options />
    </I18nProvider>
  );
}

function Options() {
  const { t } = useI18n();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    settingsItem.get().then(setSettings);
  }, []);
  useEffect(() => {
    document.title = t('optionsTitle');
  }, [t]);
  if (!settings) return null;
  const browserLocale = resolveLocale(browser.i18n.getUILanguage());
  return (
    <main style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: 560, margin: '24px auto', padding: 16 }}>
      <h1 style={{ fontSize: 20 }}>{t('optionsTitle')}</h1>
      <label style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
        <span>{t('optionsLanguage')}</span>
        <select
          data-testid="options-locale"
          value={settings.locale}
          onChange={async (e) => {
            const next = { ...settings, locale: e.target.value as 'auto' | Locale };
            setSettings(next);
            await settingsItem.set(next);
            setSaved(true);
          }}
        >
          <option value="auto">{t('optionsLanguageAuto', { language: LOCALE_NAMES[browserLocale] })}</option>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l.replace('_', '-')}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {saved ? <p role="status">{t('optionsSaved')}</p> : null}
    </main>
  );
}
