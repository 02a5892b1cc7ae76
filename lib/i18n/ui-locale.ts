/**
 * The UI language for a stored preference: the browser's unless the options name one. The one
 * place that asks the browser (through WXT's `browser`) for its language: the panel, the agent's
 * texts in the host page and the background's dock request all resolve the stored choice here.
 * The bootstrap, which carries no polyfill, calls `localeFor` with the browser's own global
 * (lib/boot/early-dock.ts).
 */
import { browser } from 'wxt/browser';
import { type Locale, localeFor } from './locales';

export const localeOf = (pref: 'auto' | Locale): Locale =>
  localeFor(pref, () => browser.i18n.getUILanguage());
