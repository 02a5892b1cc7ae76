/**
 * Every UI text, per locale, in one layout: an area is a folder of one file per
 * locale (lib/i18n/messages/<area>/<locale>.ts, en.ts defining the keys or the
 * area's types.ts its shape), and the core texts are lib/i18n/messages/<locale>.ts.
 * Flat areas (core, csv, hold, reasons) merge here into one key space for `t()`;
 * the structured ones (checklist, findings) are read through their helpers
 * (lib/checklist/texts.ts, lib/csv/finding-text.ts), and the dock's name of the panel's frame
 * (dock) by the dock only (lib/agent/dock.ts). All fill {name} placeholders
 * with the one `format` (./format.ts) and resolve locales with ./locales.ts.
 */
import { LOCALES, type Locale } from './locales';
import { CSV_TEXTS } from './messages/csv';
import { de } from './messages/de';
import { en, type MessageKey, type Messages } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { HOLD_TEXTS } from './messages/hold';
import { it } from './messages/it';
import { ja } from './messages/ja';
import { pt_BR } from './messages/pt_BR';
import { REASON_TEXTS } from './messages/reasons';
import { sv } from './messages/sv';
import { zh_CN } from './messages/zh_CN';

const CORE: Record<Locale, Messages> = { en, es, fr, it, sv, zh_CN, de, ja, pt_BR };

/** Core texts plus the flat areas (CSV check, hold labels, failure reasons), per locale. */
export const CATALOGS = Object.fromEntries(
  LOCALES.map((l) => [l, { ...CORE[l], ...CSV_TEXTS[l], ...HOLD_TEXTS[l], ...REASON_TEXTS[l] }]),
) as Record<Locale, Record<MessageKey, string>>;
