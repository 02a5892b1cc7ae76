import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LOCALE_NAMES, LOCALES, type Locale, resolveLocale } from '@/lib/i18n/locales';
import { type Settings, settingsItem } from '@/lib/storage/items';
import { useI18n } from '../i18n/I18nProvider';
import { LocalizedPage } from '../i18n/LocalizedPage';
import { Recoverable } from '../recover/Recoverable';

export function OptionsPage() {
  return (
    <LocalizedPage>
      <Recoverable part="page">
        <Options />
      </Recoverable>
    </LocalizedPage>
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
  const save = async (next: Settings) => {
    setSettings(next);
    await settingsItem.set(next);
    setSaved(true);
  };
  const browserLocale = resolveLocale(browser.i18n.getUILanguage());
  return (
    <main style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: 560, margin: '24px auto', padding: 16 }}>
      <h1 style={{ fontSize: 20 }}>{t('optionsTitle')}</h1>
      <label style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
        <span>{t('optionsLanguage')}</span>
        <select
          data-testid="options-locale"
          value={settings.locale}
          onChange={(e) => save({ ...settings, locale: e.target.value as 'auto' | Locale })}
        >
          <option value="auto">{t('optionsLanguageAuto', { language: LOCALE_NAMES[browserLocale] })}</option>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l.replace('_', '-')}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <NumberSetting
        label={t('optionsClipboard')}
        testId="options-clipboard-seconds"
        value={settings.clipboardClearSeconds}
        min={0}
        max={600}
        onChange={(clipboardClearSeconds) => save({ ...settings, clipboardClearSeconds })}
      />
      <NumberSetting
        label={t('optionsCarry')}
        testId="options-carry-minutes"
        value={settings.carryMinutes}
        min={1}
        max={60}
        onChange={(carryMinutes) => save({ ...settings, carryMinutes })}
      />
      <fieldset style={{ border: 0, padding: 0, margin: '12px 0 0' }} data-testid="options-panel-place">
        <legend>{t('optionsPanelPlace')}</legend>
        {(['page', 'side'] as const).map((place) => (
          <label key={place} style={{ display: 'flex', gap: 6 }}>
            <input
              type="radio"
              name="panel-place"
              value={place}
              checked={settings.panelPlace === place}
              onChange={() => save({ ...settings, panelPlace: place })}
            />
            {t(place === 'page' ? 'optionsPanelPlacePage' : 'optionsPanelPlaceSide')}
          </label>
        ))}
        <small>{t('optionsPanelPlaceHint')}</small>
      </fieldset>
      {saved ? <p role="status">{t('optionsSaved')}</p> : null}
    </main>
  );
}

function NumberSetting(props: {
  label: string;
  testId: string;
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
}) {
  // Keeps what the user types, even when out of range; only valid numbers are saved.
  const [text, setText] = useState(String(props.value));
  return (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 6, marginTop: 16 }}>
      <span>{props.label}</span>
      <input
        type="number"
        data-testid={props.testId}
        min={props.min}
        max={props.max}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value !== '' && Number.isInteger(n) && n >= props.min && n <= props.max)
            props.onChange(n);
        }}
      />
    </label>
  );
}
