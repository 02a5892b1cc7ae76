/**
 * zod/mini, for the bundles that must stay small (the agent, injected into a
 * host page's frames: zod's classic API alone is over half of a 140 kB bundle).
 * Jitless like lib/zod.ts (MV3's CSP forbids `new Function`). Mini and classic
 * schemas share zod's core, so lib/messaging/protocol.ts composes both.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
