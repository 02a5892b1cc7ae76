/**
 * The only way our code imports zod: its mini API (functional checks, no methods
 * built into every schema). The classic API was the largest part of the panel's
 * evaluation on the host page and over half of the agent's bundle (`npm run
 * bench:host`); mini validates the same.
 * - Jitless, configured before any schema is built: MV3's content-security
 *   policy forbids `new Function`, which zod's JIT would otherwise try (and
 *   report as a CSP violation).
 * - English issue messages (mini has none by default, only "Invalid input"):
 *   an import that fails says which field and why.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config({ jitless: true, ...en() });

export { z };
