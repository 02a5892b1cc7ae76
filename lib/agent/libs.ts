/**
 * The libraries every agent uses (zod/mini configured, the browser API, WXT's
 * storage), evaluated by a script of their own (entrypoints/agent-libs.ts) that
 * the background injects just before the app's agent, in a task of its own
 * (lib/background/frames.ts). One script was the longest task of ours on the
 * host's main thread: agent-sales.js, 108 kB, compiled and set up in about 7.5
 * ms of CPU, and 12–37 ms of wall time while the panel's process started on the
 * other core (npm run bench:host). Apart, each half is about half of that.
 *
 * The agents' builds read these from here instead of bundling them
 * (lib/build/agent-libs.ts), so the libraries are compiled once per frame.
 *
 * Invariant: the shared object lives on the global of our isolated world. Page
 * script cannot read or replace it (it sees another global), nor can another
 * extension; only our own content scripts in this frame share it. It is frozen,
 * and one whose browser API belongs to a previous run of the extension (an
 * update or reload leaves the old `runtime.id` undefined) is replaced, never
 * reused (test/unit/agent/libs.test.ts).
 */
import type { browser } from 'wxt/browser';
import type { storage } from 'wxt/utils/storage';
import type { lazySchema, lazySchemas, z } from '../zod-mini';

export interface AgentLibs {
  browser: typeof browser;
  storage: typeof storage;
  z: typeof z;
  lazySchema: typeof lazySchema;
  lazySchemas: typeof lazySchemas;
}

/** Where the shared object lives on the isolated world's global (a registered symbol: no page sees it). */
export const AGENT_LIBS_KEY = Symbol.for('msi-actions.agent-libs');

type WithLibs = typeof globalThis & { [AGENT_LIBS_KEY]?: Readonly<AgentLibs> };

const alive = (libs: Readonly<AgentLibs> | undefined): libs is Readonly<AgentLibs> => {
  try {
    return typeof libs?.browser?.runtime?.id === 'string';
  } catch {
    return false;
  }
};

/** Shares `libs` in this world, unless a live set is already there (a second injection changes nothing). */
export function shareAgentLibs(libs: AgentLibs, global: WithLibs = globalThis): void {
  if (alive(global[AGENT_LIBS_KEY])) return;
  Object.defineProperty(global, AGENT_LIBS_KEY, {
    value: Object.freeze({ ...libs }),
    configurable: true,
    enumerable: false,
    writable: false,
  });
}

/** The shared libraries, for an agent's build; throws (its injection fails) if agent-libs.js did not run first. */
export function agentLibs(global: WithLibs = globalThis): Readonly<AgentLibs> {
  const libs = global[AGENT_LIBS_KEY];
  if (!alive(libs)) throw new Error('The agent needs agent-libs.js, evaluated first in this frame.');
  return libs;
}
