/**
 * Build-time plugin: in the build of an app's agent (entrypoints/agent-<app>.ts),
 * the libraries every agent uses are read from the object that
 * entrypoints/agent-libs.ts shares in the frame's isolated world
 * (lib/agent/libs.ts), instead of being bundled: our zod module (lib/zod-mini.ts,
 * with zod/mini in it), the browser API (`wxt/browser`) and WXT's storage.
 * The background injects agent-libs.js first, in a task of its own. Other
 * builds (agent-libs.js itself, the bootstraps, the background, the pages) are
 * left alone.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The entry of an app's agent (not agent-libs.ts). */
export const AGENT_ENTRY = /[\\/]entrypoints[\\/]agent-(?!libs\.)[a-z]+\.ts$/;
const ZOD_MINI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../zod-mini.ts');
/** `wxt/browser` as @wxt-dev/webextension-polyfill aliases it. */
const BROWSER_IDS = new Set(['wxt/browser', '@wxt-dev/webextension-polyfill/browser']);
const STORAGE_ID = 'wxt/utils/storage';
const PREFIX = '\0msi-agent-libs:';

const shared = (names: string[]) =>
  "import { agentLibs } from '@/lib/agent/libs';\n" +
  'const libs = agentLibs();\n' +
  names.map((n) => `export const ${n} = libs.${n};`).join('\n');

export function agentLibsFromWorld(): Plugin {
  let agent = false;
  return {
    name: 'msi:agent-libs-from-world',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      agent = typeof entry === 'string' && AGENT_ENTRY.test(entry);
    },
    resolveId(id) {
      if (!agent) return null;
      if (BROWSER_IDS.has(id)) return `${PREFIX}browser`;
      if (id === STORAGE_ID) return `${PREFIX}storage`;
      return null;
    },
    load(id) {
      if (!agent) return null;
      if (id === `${PREFIX}browser`) return shared(['browser']);
      if (id === `${PREFIX}storage`) return shared(['storage']);
      if (path.resolve(id.split('?')[0] ?? '') === ZOD_MINI)
        return shared(['z', 'lazySchema', 'lazySchemas']);
      return null;
    },
  };
}
