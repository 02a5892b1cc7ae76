/**
 * UI texts of the CSV check (panel section, upload dialog, checker page), in
 * every locale. Merged into the main catalogues by lib/i18n/catalogs.ts; the
 * findings' own messages live in lib/csv/messages.ts.
 */
import type { Locale } from '../locales';

export const csvUiEn = {
  csvTitle: 'CSV check',
} as const;

export type CsvUiKey = keyof typeof csvUiEn;

export const csvUi: Record<Locale, Record<CsvUiKey, string>> = {
  en: csvUiEn,
  es: { csvTitle: 'Comprobación del CSV' },
  fr: { csvTitle: 'Vérification du CSV' },
  it: { csvTitle: 'Controllo del CSV' },
  sv: { csvTitle: 'CSV-kontroll' },
  zh_CN: { csvTitle: 'CSV 检查' },
  de: { csvTitle: 'CSV-Prüfung' },
  ja: { csvTitle: 'CSV チェック' },
  pt_BR: { csvTitle: 'Verificação do CSV' },
};
