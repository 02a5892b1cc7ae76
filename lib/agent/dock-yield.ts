/**
 * The dock gets out of the host's way: it watches the page for dialogs and
 * menus opening (a MutationObserver over the document and its open shadow
 * roots, lib/dom/observe.ts; one look per burst of changes) and for the
 * control "show me" outlines or the keyboard focus is on, and places the dock where none of them is
 * covered (lib/agent/yield.ts); it comes back once they are gone.
 *
 * Cheap: the observer callback only schedules; the look (one walk of the
 * page for popup roles, sharing one scan for shadow roots, and a few boxes)
 * runs at most once per LOOK_MS, and not at all while nothing changes.
 *
 * Invariant (guarded by test/unit/agent/dock-yield.test.ts "a page that fakes
 * dialogs"): the page can make the dock yield, never make it go. It is at
 * least the strip, full height, on an edge; the user's expand button (and the
 * toolbar) shows it whatever the page has open; the stored state is the
 * user's alone. The visibility check before secrets (lib/agent/visible.ts)
 * still applies to whatever place the dock is in.
 */
import { observeRendered } from '../dom/observe';
import { deepActiveElement, withShadowScan } from '../dom/shadow';
import type { Dock } from './dock';
import { onPointedAt } from './highlight';
import { hostPopupBoxes } from './host-popups';
import { type Box, placeDock, samePlace, startingPlace, startsSmall } from './yield';

const LOOK_MS = 80;

export interface DockYield {
  /** Looks again now (the stored width or collapsed state changed). */
  check(): void;
  /** The user expanded the panel: over what is open now, and out of the small-viewport start. */
  stay(): void;
  /** Shown as the strip to make room (the stored state is expanded). */
  yielded(): boolean;
  stop(): void;
}

export function watchDockYield(doc: Document, dock: Dock, options: { open: boolean }): DockYield {
  const win = doc.defaultView ?? window;
  let small = startsSmall(win.innerWidth, options.open);
  let stay = false;
  let pointed: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let place = startingPlace({ width: win.innerWidth, height: win.innerHeight }, dock.ui(), small);

  const focusedHostControl = (): Element | null => {
    const el = deepActiveElement(doc);
    if (!el || el === dock.host || el === doc.body || el === doc.documentElement) return null;
    // A frame (a whole app framed in a shell) or a region is not a control: the dock does not yield to it.
    if (el.localName === 'iframe' || el.localName === 'frame') return null;
    if (el.getBoundingClientRect().width > win.innerWidth / 2) return null;
    return el;
  };
  const look = () => {
    timer = undefined;
    const popups = withShadowScan(() => {
      observer.refresh();
      return hostPopupBoxes(doc);
    });
    // What was open when the user said "stay" has closed: the next dialog makes room again.
    if (stay && !popups.length) stay = false;
    const obstacles: Box[] = [...popups];
    // The control "show me" outlines, and the host's control that has the keyboard focus (tabbed to).
    for (const el of [pointed, focusedHostControl()]) {
      if (!el?.isConnected) continue;
      const r = el.getBoundingClientRect();
      obstacles.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
    const ui = dock.ui();
    const next = placeDock({
      viewport: { width: win.innerWidth, height: win.innerHeight },
      width: ui.width,
      collapsed: ui.collapsed,
      obstacles,
      small,
      stay,
    });
    if (samePlace(next, place)) return;
    place = next;
    dock.setPlace(next);
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(look, LOOK_MS);
  };
  // Our own host's style changes are records too: they are skipped (no loop).
  const observer = observeRendered(
    doc,
    {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['open', 'role', 'aria-modal', 'hidden', 'style', 'class', 'aria-expanded'],
    },
    (records) => {
      if (records.every((r) => r.target === dock.host)) return;
      schedule();
    },
  );
  const now = () => {
    if (timer !== undefined) clearTimeout(timer);
    look();
  };
  const offPointed = onPointedAt((el) => {
    pointed = el;
    schedule();
  });
  win.addEventListener('resize', schedule, { passive: true });
  doc.addEventListener('focusin', schedule, true);
  doc.addEventListener('focusout', schedule, true);
  dock.setPlace(place);
  schedule();

  return {
    check: now,
    stay() {
      small = false;
      stay = true;
      look();
    },
    yielded: () => place.mode === 'strip' && !dock.ui().collapsed,
    stop() {
      observer.disconnect();
      offPointed();
      win.removeEventListener('resize', schedule);
      doc.removeEventListener('focusin', schedule, true);
      doc.removeEventListener('focusout', schedule, true);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
