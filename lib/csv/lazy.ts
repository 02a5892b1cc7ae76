/**
 * The CSV engine (./engine.ts), loaded once, on first use: a dynamic import, its own chunk. The
 * panel warms it while idle after its first paint, so the first check does not wait for it.
 */
type Engine = typeof import('./engine');

let engine: Promise<Engine> | undefined;

export function csvEngine(): Promise<Engine> {
  engine ??= import('./engine').catch((error: unknown) => {
    // A failed load (extension updated under the page) is tried again next time.
    engine = undefined;
    throw error;
  });
  return engine;
}
