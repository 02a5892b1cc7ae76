import type { Locale } from './locales';
import { de } from './messages/de';
import { en, type Messages } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { it } from './messages/it';
import { ja } from './messages/ja';
import { pt_BR } from './messages/pt_BR';
import { sv } from './messages/sv';
import { zh_CN } from './messages/zh_CN';

export const CATALOGS: Record<Locale, Messages> = { en, es, fr, it, sv, zh_CN, de, ja, pt_BR };
