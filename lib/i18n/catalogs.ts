import { LOCALES, type Locale } from './locales';
import { csvUi } from './messages/csv';
import { de } from './messages/de';
import { en, type MessageKey, type Messages } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { it } from './messages/it';
import { ja } from './messages/ja';
import { pt_BR } from './messages/pt_BR';
import { reasonsUi } from './messages/reasons';
import { sv } from './messages/sv';
import { zh_CN } from './messages/zh_CN';

const CORE: Record<Locale, Messages> = { en, es, fr, it, sv, zh_CN, de, ja, pt_BR };

/** Core texts plus the feature catalogues (CSV check, failure reasons), per locale. */
export const CATALOGS = Object.fromEntries(
  LOCALES.map((l) => [l, { ...CORE[l], ...csvUi[l], ...reasonsUi[l] }]),
) as Record<Locale, Record<MessageKey, string>>;
