/**
 * The page's readings wait while a panel starts in this frame's dock: the first reading of the
 * page, and any due while a dock that replaced a removed one starts its panel.
 *
 * The agent's first reading of a page walks its whole document (and its open shadow roots) a few
 * times, in pieces of 10–20 ms on the host's main thread. Started as the dock went up, it ran just
 * when the panel document said "ready" to the dock, which, on that same thread, answered with the
 * key only once a piece was over (25–45 ms later); and after that it took a core from the panel's
 * first render (2 cores). So it waits until the panel says it is shown (accepted and painted:
 * lib/panel/handshake.ts `PANEL_SHOWN`). Unattached, rotated, 40 visits each: the panel usable
 * 160 → 143 ms after recognition (`npm run bench:host`). Nothing is missed: the page's state
 * reaches the panel a few tens of ms later, once the panel is there to show it.
 *
 * Held at most `READINGS_HELD_AT_MOST_MS`, whatever the panel does (a page may keep our frame from
 * loading); never held where no dock is starting (other frames, the browser's side panel).
 */
export const READINGS_HELD_AT_MOST_MS = 500;

let gate: Promise<void> | undefined;

/** Holds readings until `shown` resolves (the dock's panel said it is shown), or the time limit. */
export function holdReadingsUntil(shown: Promise<unknown>, atMostMs = READINGS_HELD_AT_MOST_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const held = Promise.race([
    shown.then(() => {}),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, atMostMs);
    }),
  ]).finally(() => {
    clearTimeout(timer);
    if (gate === held) gate = undefined;
  });
  gate = held;
}

/**
 * Resolves when a reading may start: at once, unless a dock's panel is starting. A page that keeps
 * removing the dock delays readings by at most the limit each time it gets a fresh one (at most
 * once every few seconds: lib/agent/panel-dock.ts); none is lost.
 */
export const readingsMayStart = (): Promise<void> => gate ?? Promise.resolve();
