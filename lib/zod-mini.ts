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

/**
 * Schemas built on first use. Building a zod schema is work (each object schema
 * installs its internals): over a third of agent.js's evaluation on every
 * recognised page was building schemas of messages it would never receive and of
 * stored values it had not read yet (npm run bench:host, a CPU profile). A lazy
 * schema checks exactly as the one `build` returns; it is built once.
 */
export type Checker<T> = Pick<z.ZodMiniType<T>, 'safeParse' | 'parse'>;

export function lazySchema<T>(build: () => z.ZodMiniType<T>): Checker<T> {
  let schema: z.ZodMiniType<T> | undefined;
  const get = () => {
    schema ??= build();
    return schema;
  };
  return {
    safeParse: (data, params) => get().safeParse(data, params),
    parse: (data, params) => get().parse(data, params),
  };
}

/** A record of schemas, each built on its first read (reading them all, e.g. by spreading, builds them all). */
export function lazySchemas<B extends Record<string, () => unknown>>(
  builders: B,
): { readonly [K in keyof B]: ReturnType<B[K]> } {
  const out = {} as { [K in keyof B]: ReturnType<B[K]> };
  for (const key of Object.keys(builders)) {
    let built: unknown;
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => {
        built ??= (builders[key] as () => unknown)();
        return built;
      },
    });
  }
  return out;
}
