/**
 * The page's first reading waits while the panel's key handshake runs in this frame.
 *
 * The agent's first reading of a page walks its whole document (and its open shadow roots) a few
 * times, in pieces of 10–20 ms on the host's main thread. It used to start as the dock went up, so
 * it ran just when the panel document said "ready" to the dock, and the dock, on that same thread,
 * answered with the key only once a piece was over: 25–45 ms later (`npm run bench:host`). The
 * panel shows nothing until it has its key; the reading, a few tens of ms later, is not missed:
 * the panel shows the page's state as soon as it arrives.
 *
 * Held at most `READINGS_HELD_AT_MOST_MS`, whatever the panel does (a page may keep our frame from
 * loading); never held where no dock is starting (other frames, the browser's side panel).
 */
export const READINGS_HELD_AT_MOST_MS = 300;

let gate: Promise<void> | undefined;

/** Holds the first reading until `keyed` resolves (the dock posted the panel its key), or the time limit. */
export function holdReadingsUntil(keyed: Promise<unknown>, atMostMs = READINGS_HELD_AT_MOST_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const held = Promise.race([
    keyed.then(() => {}),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, atMostMs);
    }),
  ]).finally(() => {
    clearTimeout(timer);
    if (gate === held) gate = undefined;
  });
  gate = held;
}

/** Resolves when a first reading may start: at once, unless a dock's handshake is under way. */
export const readingsMayStart = (): Promise<void> => gate ?? Promise.resolve();
