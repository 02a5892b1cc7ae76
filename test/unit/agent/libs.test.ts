/**
 * The libraries the agents share in their frame's isolated world (lib/agent/libs.ts,
 * entrypoints/agent-libs.ts) and the build that makes the agents read them from there
 * (lib/build/agent-libs.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENT_LIBS_KEY, type AgentLibs, agentLibs, shareAgentLibs } from '@/lib/agent/libs';
import { zodForAgents } from '@/lib/agent/libs-zod';
import { AGENT_ENTRY, agentLibsFromWorld } from '@/lib/build/agent-libs';

const libsOf = (runtimeId: string | undefined) =>
  ({
    browser: { runtime: { id: runtimeId } },
    storage: {},
    z: {},
    lazySchema: () => ({}),
    lazySchemas: () => ({}),
  }) as unknown as AgentLibs;

const world = () => ({}) as typeof globalThis;

describe('shared agent libraries', () => {
  it('are shared frozen, under a registered symbol that no enumeration shows', () => {
    const global = world();
    shareAgentLibs(libsOf('ours'), global);
    const libs = agentLibs(global);
    expect(Object.isFrozen(libs)).toBe(true);
    expect(Object.keys(global)).toEqual([]);
    expect(() => {
      (libs as { browser: unknown }).browser = {};
    }).toThrow();
    expect(AGENT_LIBS_KEY).toBe(Symbol.for('msi-actions.agent-libs'));
  });

  it('a second injection changes nothing while the first set is alive', () => {
    const global = world();
    const first = libsOf('ours');
    shareAgentLibs(first, global);
    shareAgentLibs(libsOf('ours'), global);
    expect(agentLibs(global).browser).toBe(first.browser);
  });

  it('a set left by a previous run of the extension (its runtime gone) is replaced, never used', () => {
    const global = world();
    shareAgentLibs(libsOf(undefined), global);
    expect(() => agentLibs(global)).toThrow(/agent-libs\.js/);
    const fresh = libsOf('ours');
    shareAgentLibs(fresh, global);
    expect(agentLibs(global).browser).toBe(fresh.browser);
  });

  it('an agent without them fails to start, saying why', () => {
    expect(() => agentLibs(world())).toThrow('The agent needs agent-libs.js, evaluated first in this frame.');
  });
});

/** Every .ts/.tsx file under `dir`. */
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });

describe('zod shared with the agents', () => {
  it('has every zod function our code calls (an agent calling one missing would fail at run time)', () => {
    const called = new Set<string>();
    for (const file of [...sources('lib'), ...sources('entrypoints'), ...sources('components')]) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\bz\.([A-Za-z]+)\(/g))
        called.add(m[1] as string);
    }
    called.delete('config'); // configured once, in lib/zod-mini.ts, before anything is shared
    expect(called.size).toBeGreaterThan(10);
    const missing = [...called].filter((name) => !(name in zodForAgents));
    expect(missing).toEqual([]);
    for (const fn of Object.values(zodForAgents)) expect(typeof fn).toBe('function');
  });
});

type Hooks = {
  configResolved(config: unknown): void;
  resolveId(id: string): string | null;
  load(id: string): string | null;
};

const built = (entry: string) => {
  const plugin = agentLibsFromWorld() as unknown as Hooks;
  plugin.configResolved({ build: { lib: { entry } } });
  return plugin;
};

describe('the agents’ build (lib/build/agent-libs.ts)', () => {
  const zodMini = path.resolve('lib/zod-mini.ts');

  it('reads the browser API, the storage and our zod module from the shared libraries in an app’s agent', () => {
    for (const app of ['marketo', 'sales', 'salesforce']) {
      const plugin = built(path.resolve(`entrypoints/agent-${app}.ts`));
      const browserId = plugin.resolveId('@wxt-dev/webextension-polyfill/browser');
      expect(browserId).toBe(plugin.resolveId('wxt/browser'));
      expect(plugin.load(browserId as string)).toContain('export const browser = libs.browser;');
      expect(plugin.load(plugin.resolveId('wxt/utils/storage') as string)).toContain(
        'export const storage = libs.storage;',
      );
      const zod = plugin.load(zodMini) as string;
      expect(zod).toContain('agentLibs()');
      expect(zod).toContain('export const z = libs.z;');
      expect(zod).not.toContain('zod/mini');
    }
  });

  it('leaves every other build alone: agent-libs.js itself, the bootstraps, the background, the pages', () => {
    for (const entry of ['agent-libs.ts', 'boot-sales.ts', 'background.ts', 'report.ts']) {
      const plugin = built(path.resolve(`entrypoints/${entry}`));
      expect(plugin.resolveId('wxt/browser')).toBeNull();
      expect(plugin.resolveId('wxt/utils/storage')).toBeNull();
      expect(plugin.load(zodMini)).toBeNull();
    }
    const pages = agentLibsFromWorld() as unknown as Hooks;
    pages.configResolved({ build: {} });
    expect(pages.load(zodMini)).toBeNull();
    expect(AGENT_ENTRY.test('/x/entrypoints/agent-libs.ts')).toBe(false);
  });
});
