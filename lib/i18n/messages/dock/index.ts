/**
 * What the dock says in the host page, per locale (the name of the panel's frame). The bootstrap
 * and the agent put it there, so this area imports nothing but its own files: neither carries the
 * other catalogues (guarded in test/unit/arch). One file per locale; en.ts defines the keys.
 */
import type { Locale } from '../../locales';
import { de } from './de';
import { type DockTexts, en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pt_BR } from './pt_BR';
import { sv } from './sv';
import { zh_CN } from './zh_CN';

export type { DockKey, DockTexts } from './en';

export const DOCK_TEXTS: Record<Locale, DockTexts> = { en, es, fr, it, sv, zh_CN, de, ja, pt_BR };
