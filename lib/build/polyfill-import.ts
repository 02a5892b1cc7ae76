/**
 * Build-time plugin: `wxt/browser` (aliased by @wxt-dev/webextension-polyfill to
 * `export { default as browser } from 'webextension-polyfill'`) is bundled as an
 * ES import of a CommonJS module, and the bundler's interop helper then copies
 * every own property of the polyfill's export into a namespace object. Where the
 * browser has a native `browser` object (Chromium now does), that export *is*
 * the native object, and reading each property's descriptor instantiates every
 * lazily bound extension API (`chrome.app`, `chrome.i18n`…): 3–4 ms at the start
 * of every script, measured by `npm run bench:host` on every matched page.
 * A `require()` of the same module returns its export as is, with no copy.
 */
import type { Plugin } from 'vite';

const ALIASED = '@wxt-dev/webextension-polyfill/browser';
const VIRTUAL = '\0msi-browser-polyfill';

export function polyfillWithoutNamespaceCopy(): Plugin {
  return {
    name: 'msi:polyfill-without-namespace-copy',
    enforce: 'pre',
    resolveId(id) {
      return id === ALIASED ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return "export const browser = require('webextension-polyfill');";
    },
  };
}
