/**
 * Build-time plugin: marks the bootstraps for eager compilation with V8's
 * explicit compile hint, the `//# allFunctionsCalledOnLoad` magic comment
 * (Chromium ≥ 136; to every other engine, a comment). Nearly every function of
 * a bootstrap runs in its first check; compiled lazily, each was parsed twice
 * and compiled at its first call, inside that check (measured on an idle Marketo
 * page: the first check went from about 1.1 to 0.6 ms, `npm run bench:host`).
 * Added to the finished entry chunk (after minification, which would drop it,
 * and after WXT unwraps the IIFE's `var name =`, which expects the file to start
 * with it); the source map moves one line down with the code.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function eagerCompile(fileName: RegExp): Plugin {
  return {
    name: 'msi:eager-compile',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || !fileName.test(chunk.fileName)) continue;
        chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  };
}
