/**
 * "Show me": outlines a control of the host page with a short label, scrolled
 * into view. Drawn in its own shadow root so page CSS cannot restyle it. It
 * follows the element while the page scrolls, resizes or changes, and goes
 * away on Escape, on a click or key press in the page, when the page
 * navigates (hash change, history, unload, another page recognised, or a
 * single-page app's `pushState`: its URL is checked each time the outline is
 * placed, and the Navigation API is listened to where there is one), when the
 * element is gone or shows nothing (it never outlines empty space), after a
 * few seconds, or when the panel asks (clearHighlight). One outline at a time.
 *
 * Invariant: its shadow root is open on purpose, and so holds nothing page script could use. It
 * draws the outline and the label the admin sees on the page anyway (where to click), no control,
 * and takes no pointer input (`pointer-events: none`). Tools outside the test suite find it by its
 * `data-testid="msi-highlight"`. Guarded in test/unit/agent/highlight.test.ts.
 */
const HOST_TAG = 'msi-highlight';
const CSS = `
.box { position: fixed; box-sizing: border-box; pointer-events: none; border: 3px solid #ff8f00; border-radius: 6px;
  box-shadow: 0 0 0 4px rgb(255 143 0 / 30%); transition: all 120ms ease-out; z-index: 2147483645; }
.label { position: absolute; left: -3px; bottom: calc(100% + 6px); background: #1d1d1f; color: #fff;
  font: 600 12px/1.4 system-ui, sans-serif; padding: 3px 8px; border-radius: 4px; white-space: nowrap; }
`;

export interface HighlightHandle {
  remove(): void;
  /** False once the outline went away (for whatever reason). */
  readonly shown: boolean;
}

let current: HighlightHandle | null = null;

type PointedListener = (el: Element | null) => void;
const pointedListeners = new Set<PointedListener>();
/** Told the element an outline points at, and null when it goes away (the dock makes room for it). */
export function onPointedAt(listener: PointedListener): () => void {
  pointedListeners.add(listener);
  return () => pointedListeners.delete(listener);
}
const tellPointed = (el: Element | null) => {
  for (const l of pointedListeners) l(el);
};

/** Removes the outline shown in this document, if any. True when there was one. */
export function clearHighlight(): boolean {
  const had = !!current?.shown;
  current?.remove();
  current = null;
  return had;
}

/** Is the element there to be pointed at (in the document, with a visible box)? */
function showsSomething(el: Element): boolean {
  if (!el.isConnected) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

export function highlightElement(el: Element, label: string, durationMs = 8000): HighlightHandle | null {
  clearHighlight();
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove();
  el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  if (!showsSomething(el)) return null;

  const host = doc.createElement(HOST_TAG);
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  box.dataset.testid = 'msi-highlight';
  const tag = doc.createElement('span');
  tag.className = 'label';
  tag.textContent = label;
  box.append(tag);
  shadow.append(style, box);
  doc.documentElement.append(host);

  let frame = 0;
  let shown = true;
  // A pushState route change fires no event a content script hears (but the Navigation API's,
  // where there is one); it does change the page, which places the outline again.
  const href = win.location.href;
  const place = () => {
    frame = 0;
    if (win.location.href !== href || !showsSomething(el)) {
      remove();
      return;
    }
    const r = el.getBoundingClientRect();
    // 4 px of room around the element, then the 3 px border, on every side.
    box.style.left = `${r.left - 7}px`;
    box.style.top = `${r.top - 7}px`;
    box.style.width = `${r.width + 14}px`;
    box.style.height = `${r.height + 14}px`;
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(place);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') remove();
  };
  // The page's own changes (a dialog closing, a re-render) may move or drop the element.
  const observer = new win.MutationObserver((records) => {
    if (records.every((r) => host.contains(r.target) || r.target === host)) return;
    schedule();
  });
  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [
    [win, 'scroll', schedule, { capture: true, passive: true }],
    [win, 'resize', schedule, { passive: true }],
    [win, 'keydown', onKey as EventListener, { capture: true }],
    [win, 'pointerdown', () => remove(), { capture: true }],
    [win, 'hashchange', () => remove(), {}],
    [win, 'popstate', () => remove(), {}],
    [win, 'pagehide', () => remove(), {}],
  ];
  const navigation = (win as { navigation?: EventTarget }).navigation;
  if (navigation) listeners.push([navigation, 'currententrychange', () => remove(), {}]);
  const remove = () => {
    if (!shown) return;
    shown = false;
    for (const [target, type, fn, opts] of listeners) target.removeEventListener(type, fn, opts);
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    host.remove();
    if (current === handle) current = null;
    tellPointed(null);
  };
  for (const [target, type, fn, opts] of listeners) target.addEventListener(type, fn, opts);
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
  const timer = win.setTimeout(remove, durationMs);
  place();
  const handle: HighlightHandle = {
    remove,
    get shown() {
      return shown;
    },
  };
  current = handle;
  tellPointed(el);
  return handle;
}
