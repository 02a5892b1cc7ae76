/**
 * Re-recognises the page when it may have changed, cheaply: on every URL change
 * (hash, history, Navigation API) and on a short back-off schedule after it,
 * because SPAs render after XHR without changing the URL; then a slow poll.
 * No subtree MutationObserver: on a churning Ext JS grid one costs more than
 * everything else we do (see the host-cost benchmark).
 */
export interface WatchOptions {
  /** Called with the current URL whenever a check is due. */
  check(url: URL): void;
  /** Delays (ms) of the re-checks after a URL change. */
  schedule?: readonly number[];
  /** Interval (ms) of the slow poll after the schedule is exhausted. */
  slowPollMs?: number;
  win?: Window;
}

// Dense at first (a check costs about half a millisecond even on a churning grid), then sparse.
export const DEFAULT_SCHEDULE = [50, 150, 300, 500, 800, 1200, 2000, 3500, 5000] as const;

/** Starts watching; returns the function that stops it (timers and listeners). */
export function watchPage(options: WatchOptions): () => void {
  const win = options.win ?? window;
  const schedule = options.schedule ?? DEFAULT_SCHEDULE;
  const slowPollMs = options.slowPollMs ?? 4000;
  let timers: number[] = [];
  let lastHref = win.location.href;
  let stopped = false;

  const clear = () => {
    for (const t of timers) win.clearTimeout(t);
    timers = [];
  };
  const run = () => {
    if (!stopped) options.check(new URL(win.location.href));
  };
  const burst = () => {
    clear();
    run();
    for (const delay of schedule) timers.push(win.setTimeout(run, delay));
  };
  const onMaybeNavigated = () => {
    if (win.location.href === lastHref) return;
    lastHref = win.location.href;
    burst();
  };

  // No AbortController or other API beyond timers and listeners: in a fresh isolated world, every
  // API touched for the first time costs its bindings (measured: an Event plus an AbortController
  // cost more than a recognition pass on a small page).
  win.addEventListener('hashchange', onMaybeNavigated);
  win.addEventListener('popstate', onMaybeNavigated);
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  // pushState from the page's world is invisible to us except through the Navigation API (Chromium)
  // or the slow poll below (Firefox).
  nav?.addEventListener('navigatesuccess', onMaybeNavigated);
  const poll = win.setInterval(() => {
    if (win.location.href !== lastHref) onMaybeNavigated();
    else run();
  }, slowPollMs);
  burst();
  return () => {
    stopped = true;
    clear();
    win.clearInterval(poll);
    win.removeEventListener('hashchange', onMaybeNavigated);
    win.removeEventListener('popstate', onMaybeNavigated);
    nav?.removeEventListener('navigatesuccess', onMaybeNavigated);
  };
}
