/**
 * The only way our code imports zod: configured jitless before any schema is
 * built, because MV3's content-security policy forbids `new Function`, which
 * zod's JIT would otherwise try (and report as a CSP violation).
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
