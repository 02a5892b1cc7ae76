/**
 * Build-time plugin: in the panel bundle only, React comes from a global set by
 * a separate script (entrypoints/panel-react.ts) instead of being bundled. The
 * background injects the two one after the other, so the host page runs two
 * evaluations of about half the size rather than one long task (React DOM is a
 * third of the panel's code; `npm run bench:host`, "longest task of ours").
 */
import type { Plugin } from 'vite';

/** The global the React script fills, and the modules served from it. */
export const REACT_GLOBAL = '__msiPanelReact';
export const REACT_MODULES = {
  react: 'React',
  'react-dom': 'ReactDOM',
  'react-dom/client': 'ReactDOMClient',
  'react/jsx-runtime': 'JSXRuntime',
} as const;
type ModuleId = keyof typeof REACT_MODULES;

const PREFIX = '\0msi-react-global:';
const isIdentifier = (name: string) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

export function reactFromGlobal(entry: RegExp): Plugin {
  let active = false;
  return {
    name: 'msi:react-from-global',
    enforce: 'pre',
    options(options) {
      // One build per entrypoint group: only the panel's takes React from the global.
      active = JSON.stringify(options.input ?? '').match(entry) !== null;
      return null;
    },
    resolveId(id) {
      return active && id in REACT_MODULES ? PREFIX + id : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length) as ModuleId;
      const real = (await import(name)) as Record<string, unknown>;
      const names = Object.keys(real).filter(isIdentifier);
      const source = `globalThis.${REACT_GLOBAL}.${REACT_MODULES[name]}`;
      return [
        `const m = ${source};`,
        'export default m;',
        ...names.map((n) => `export const ${n} = m.${n};`),
      ].join('\n');
    },
  };
}
