/**
 * Re-recognises the page when it may have changed, and only then:
 * - at once on a URL change (hash, history, and a DOM change that came with a
 *   new URL, which is how a pushState shows itself without the Navigation API);
 * - after the document changed, no sooner than the next slot of a back-off
 *   schedule counted from the last URL change (SPAs render after XHR without
 *   changing the URL), then at most once per slow-poll interval.
 * "The document changed" is a one-shot MutationObserver: armed after a check,
 * disconnected by the first mutation it sees. So a page that stands still costs
 * nothing after the first check, and a churning Ext JS grid costs one callback
 * per slot, not one per mutation batch (a subtree observer that stays connected
 * costs more there than everything else we do: see the host-cost benchmark).
 * A slow poll of the URL catches a pushState that changed nothing in the DOM.
 */
export interface WatchOptions {
  /** Called with the current URL whenever a check is due. */
  check(url: URL): void;
  /** Delays (ms), from the last URL change, of the slots for re-checks after a DOM change. */
  schedule?: readonly number[];
  /** Once the schedule is over: at most one re-check per this many ms; also the URL poll's interval. */
  slowPollMs?: number;
  win?: Window;
}

// Dense at first (a late-rendering page is recognised soon after it renders), then sparse.
export const DEFAULT_SCHEDULE = [50, 150, 300, 500, 800, 1200, 2000, 3500, 5000] as const;

/**
 * What the recognisers read: the light DOM's nodes and texts, and the attributes
 * that mark the selected menu entry or tab, or hide an element.
 */
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributeFilter: ['aria-current', 'aria-selected', 'role', 'hidden'],
};

/** Starts watching; returns the function that stops it (observer, timers and listeners). */
export function watchPage(options: WatchOptions): () => void {
  const win = options.win ?? window;
  const doc = win.document;
  const schedule = options.schedule ?? DEFAULT_SCHEDULE;
  const slowPollMs = options.slowPollMs ?? 4000;
  let href = win.location.href;
  let url: URL | undefined;
  let burstAt = 0;
  let lastCheckAt = 0;
  let timer: number | undefined;
  let stopped = false;

  // No AbortController or other API beyond timers, listeners and the observer: in a fresh isolated
  // world every API touched for the first time costs its bindings (measured: an Event plus an
  // AbortController cost more than a recognition pass on a small page).
  const observer = new (win as Window & typeof globalThis).MutationObserver(() => {
    observer.disconnect();
    if (win.location.href !== href) burst(true);
    else later();
  });

  const check = () => {
    timer = undefined;
    if (stopped) return;
    lastCheckAt = Date.now();
    // One URL object per address, not per check.
    if (!url || url.href !== href) url = new URL(href);
    options.check(url);
    if (!stopped) observer.observe(doc, OBSERVED);
  };
  /** The document changed: check at the next free slot. */
  const later = () => {
    if (timer !== undefined || stopped) return;
    const now = Date.now();
    const sinceBurst = now - burstAt;
    const slot = schedule.find((d) => d > lastCheckAt - burstAt && d >= sinceBurst);
    const due = slot !== undefined ? burstAt + slot : lastCheckAt + slowPollMs;
    timer = win.setTimeout(check, Math.max(0, due - now));
  };
  /** The URL changed (or the watch starts): check soon, and count the schedule from here. */
  const burst = (now: boolean) => {
    href = win.location.href;
    burstAt = Date.now();
    if (timer !== undefined) win.clearTimeout(timer);
    observer.disconnect();
    if (now) check();
    else timer = win.setTimeout(check, 0);
  };
  const onMaybeNavigated = () => {
    if (win.location.href !== href) burst(true);
  };

  win.addEventListener('hashchange', onMaybeNavigated);
  win.addEventListener('popstate', onMaybeNavigated);
  const poll = win.setInterval(onMaybeNavigated, slowPollMs);
  // The first check in a task of its own rather than inside the script's evaluation: measured a
  // millisecond cheaper in all (npm run bench:host), for a delay of one task.
  burst(false);
  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
    win.clearInterval(poll);
    win.removeEventListener('hashchange', onMaybeNavigated);
    win.removeEventListener('popstate', onMaybeNavigated);
  };
}
