/**
 * What the host's Next and Invite buttons say while our check holds them, per
 * locale. The agent (lib/agent/sales-guards.ts) puts these into the host page, so
 * this area imports nothing but its own files: agent.js never carries the other
 * catalogues (guarded in test/unit/arch). One file per locale; en.ts defines the keys.
 */
import type { Locale } from '../../locales';
import { de } from './de';
import { en, type HoldTexts } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pt_BR } from './pt_BR';
import { sv } from './sv';
import { zh_CN } from './zh_CN';

export type { HoldKey, HoldTexts } from './en';

export const HOLD_TEXTS: Record<Locale, HoldTexts> = { en, es, fr, it, sv, zh_CN, de, ja, pt_BR };
