/**
 * The libraries of every agent (lib/agent/libs.ts), in a script of their own:
 * the background injects it just before the app's agent, so that each is
 * compiled and set up in a task of its own on the host's main thread.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { shareAgentLibs } from '@/lib/agent/libs';
import { zodForAgents } from '@/lib/agent/libs-zod';
import { lazySchema, lazySchemas, type z } from '@/lib/zod-mini';

export default defineUnlistedScript(() => {
  // Only the zod functions our code calls (./lib/agent/libs-zod.ts), not the whole namespace.
  shareAgentLibs({ browser, storage, z: zodForAgents as unknown as typeof z, lazySchema, lazySchemas });
});
