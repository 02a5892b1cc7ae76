/**
 * Re-recognises the page when it may have changed, and only then:
 * - at once on a URL change (hash, history, and a DOM change that came with a
 *   new URL, which is how a pushState shows itself without the Navigation API);
 * - shortly after the document changes, once the render has settled: a page
 *   that was quiet and then renders (an SPA after its XHR) is checked within
 *   `debounceMs`, the first change after the page (or its URL) loaded within
 *   `firstMs`; a page that changes again as soon as it is looked at (a
 *   churning Ext JS grid) is checked ever less often, the gap growing fourfold
 *   from `firstMs` up to `slowPollMs`.
 * A busy page's re-checks are flagged `busy`: recognition then keeps its last
 * answer of whether the document could hold web components (the probe is a
 * fifth of our time on a churning page, lib/dom/text.ts). So that a page which
 * mounts its components during a busy spell is still seen, a busy re-check is
 * followed by a settle check once the page has stood still for `quietMs`: the
 * probe alone (`settle`), and a full check if it finds what the busy re-checks
 * skipped.
 * "The document changed" is a one-shot MutationObserver: armed after a check,
 * disconnected by the first mutation it sees. So a page that stands still costs
 * nothing after the first check, and a churning grid costs one callback per
 * check, not one per mutation batch (a subtree observer that stays connected
 * costs more there than everything else we do: see the host-cost benchmark).
 * A slow poll of the URL catches a pushState that changed nothing in the DOM.
 */
export interface WatchOptions {
  /**
   * Called with the current URL whenever a check is due; `busy` when the page kept changing and
   * this re-check comes from the back-off (not the first, not after a quiet spell, a URL change or
   * the longest gap).
   */
  check(url: URL, busy: boolean): void;
  /** Delay (ms) of the check after a change that follows a quiet spell. */
  debounceMs?: number;
  /**
   * Delay (ms) of the check after the first change since the watch started or the URL changed
   * (an SPA rendering what its XHR brought), and the step a busy page's back-off grows from.
   */
  firstMs?: number;
  /** A change this soon (ms) after the last check counts as the page being busy (the first after a load excepted). */
  quietMs?: number;
  /** Largest gap between re-checks of a busy page; also the URL poll's interval. */
  slowPollMs?: number;
  win?: Window;
  /**
   * Open shadow roots the last check looked into (pages built from web
   * components): observed too, a component re-renders inside its own root.
   * None on ordinary pages.
   */
  roots?: () => readonly Node[];
  /**
   * After a busy spell, once the page has stood still for `quietMs`: is a full check due (did the
   * busy re-checks skip something that is there now)? Without it, a full check is made.
   */
  settle?: () => boolean;
}

export const WATCH_DEFAULTS = { debounceMs: 10, firstMs: 20, quietMs: 150, slowPollMs: 4000 } as const;
/** Each re-check gap of a busy page is four times the last, from `firstMs` up to `slowPollMs`. */
const BACKOFF = 4;

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
  const debounceMs = options.debounceMs ?? WATCH_DEFAULTS.debounceMs;
  const firstMs = Math.max(options.firstMs ?? WATCH_DEFAULTS.firstMs, debounceMs);
  const quietMs = options.quietMs ?? WATCH_DEFAULTS.quietMs;
  const slowPollMs = options.slowPollMs ?? WATCH_DEFAULTS.slowPollMs;
  let href = win.location.href;
  let url: URL | undefined;
  let armedAt = 0;
  /** Delay (ms) of the last re-check: the debounce after a quiet spell, growing while the page is
   * busy; 0 after a URL change. */
  let gap = 0;
  let timer: number | undefined;
  /** The settle check due after a busy re-check if nothing changes meanwhile. */
  let settle: number | undefined;
  let stopped = false;

  // No AbortController or other API beyond timers, listeners and the observer: in a fresh isolated
  // world every API touched for the first time costs its bindings (measured: an Event plus an
  // AbortController cost more than a recognition pass on a small page).
  const observer = new (win as Window & typeof globalThis).MutationObserver(() => {
    observer.disconnect();
    unsettle();
    if (win.location.href !== href) burst(true);
    else changed(Date.now() - armedAt);
  });

  const unsettle = () => {
    if (settle !== undefined) win.clearTimeout(settle);
    settle = undefined;
  };
  const run = (busy: boolean) => {
    timer = undefined;
    unsettle();
    if (stopped) return;
    // One URL object per address, not per check.
    if (!url || url.href !== href) url = new URL(href);
    options.check(url, busy);
    if (stopped) return;
    observer.observe(doc, OBSERVED);
    if (options.roots) for (const root of options.roots()) observer.observe(root, OBSERVED);
    armedAt = Date.now();
    if (busy) settle = win.setTimeout(settled, quietMs);
  };
  /** The page stood still after a busy re-check (the observer armed then is still armed). */
  const settled = () => {
    settle = undefined;
    if (!stopped && (!options.settle || options.settle())) run(false);
  };
  // Busy: a re-check of the back-off (not the first, not after a quiet spell, a URL change or the longest gap).
  const check = () => run(gap > firstMs && gap < slowPollMs);
  /** The document changed `quietFor` ms after the last check. */
  const changed = (quietFor: number) => {
    if (timer !== undefined || stopped) return;
    // The first change after the watch starts or the URL changes is checked soon (`firstMs`: an SPA
    // rendering what its XHR brought, "usable after recognition" in npm run bench:host), one after a
    // quiet spell sooner still; a page that changes again soon after is checked ever less often, the
    // back-off growing from `firstMs` (20, 80, 320, 1280 ms, then the slow poll: a busy grid gets as
    // many re-checks as with a first gap of 40 ms, its first one sooner).
    gap = quietFor >= quietMs ? debounceMs : Math.min(Math.max(gap * BACKOFF, firstMs), slowPollMs);
    timer = win.setTimeout(check, gap);
  };
  /** The URL changed (or the watch starts): check now or right after this task. */
  const burst = (now: boolean) => {
    href = win.location.href;
    gap = 0;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    observer.disconnect();
    unsettle();
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
    unsettle();
    if (timer !== undefined) win.clearTimeout(timer);
    win.clearInterval(poll);
    win.removeEventListener('hashchange', onMaybeNavigated);
    win.removeEventListener('popstate', onMaybeNavigated);
  };
}
