/**
 * Is the dock really there to be seen and clicked? Asked by the background
 * before anything that hands out or moves the secret (send, copy, reveal, keep,
 * fill). A page that wants clicks on our buttons without the user seeing them
 * would make the dock transparent, cover it with a decoy, shrink it or push it
 * off screen: each of those fails one of these checks.
 *
 * The panel document also watches its sensitive buttons with IntersectionObserver
 * v2 (`trackVisibility`, Chrome), which sees overlays that let clicks through
 * (`pointer-events: none`); this check is what Firefox has, and a second opinion
 * in Chrome. Our own computations run in the extension's isolated world, so the
 * page cannot patch `getComputedStyle` or `elementsFromPoint` for us.
 */
import type { Dock } from './dock';

export type Visibility = { visible: true } | { visible: false; why: string };

const opaque = (style: CSSStyleDeclaration) =>
  Number.parseFloat(style.opacity || '1') >= 0.99 &&
  style.visibility !== 'hidden' &&
  style.visibility !== 'collapse' &&
  style.display !== 'none' &&
  (style.filter === 'none' || style.filter === '') &&
  (style.transform === 'none' || style.transform === '') &&
  (style.clipPath === 'none' || style.clipPath === '') &&
  (style.mixBlendMode === 'normal' || style.mixBlendMode === '');

export function dockVisibility(doc: Document, dock: Dock | null): Visibility {
  if (!dock?.attached()) return { visible: false, why: 'no-dock' };
  const win = doc.defaultView;
  if (!win) return { visible: false, why: 'no-window' };
  if (doc.visibilityState === 'hidden') return { visible: false, why: 'hidden-tab' };
  for (const el of [dock.host, doc.documentElement]) {
    if (!opaque(win.getComputedStyle(el))) return { visible: false, why: 'styled' };
  }
  const r = dock.rect();
  if (
    r.width < 30 ||
    r.height < win.innerHeight * 0.8 ||
    Math.abs(r.right - win.innerWidth) > 24 ||
    r.top > 2
  ) {
    return { visible: false, why: 'moved' };
  }
  if (clickThroughCover(doc, win, r, dock.host)) return { visible: false, why: 'covered' };
  // Sample points across the dock: the topmost element at each must be our host.
  for (const fy of [0.05, 0.3, 0.5, 0.7, 0.95]) {
    for (const fx of [0.25, 0.75]) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      const top = doc.elementsFromPoint(x, y)[0];
      if (top !== undefined && top !== dock.host) return { visible: false, why: 'covered' };
    }
  }
  return { visible: true };
}

const TOP_LAYER = [':popover-open', ':modal', ':fullscreen'];
/** A selector this browser does not know matches nothing (instead of throwing). */
const matchesSafe = (el: Element, selector: string) => {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
};

/** The dock's own z-index (lib/agent/dock.ts): only a root-level z-index at least this paints over it. */
const DOCK_Z = 2147483646;

/**
 * A decoy that lets clicks through (`pointer-events: none`) is invisible to
 * `elementsFromPoint`, so it is looked for: a visible element over the dock's
 * area that paints above it, in the top layer or under a root-level stacking
 * context with a z-index at least the dock's. Runs only when a sensitive action
 * asks (a page has a few thousand elements: a few milliseconds).
 */
function clickThroughCover(doc: Document, win: Window, dockRect: DOMRect, host: Element): boolean {
  const overlaps = (r: DOMRect) =>
    r.width > 0 &&
    r.height > 0 &&
    r.right > dockRect.left &&
    r.left < dockRect.right &&
    r.bottom > dockRect.top &&
    r.top < dockRect.bottom;
  const aboveDock = (el: Element): boolean => {
    if (TOP_LAYER.some((selector) => matchesSafe(el, selector))) return true;
    let z = Number.NaN;
    for (
      let a: Element | null = el;
      a && a !== doc.documentElement;
      a = a.parentElement ?? (a.parentNode as ShadowRoot | null)?.host ?? null
    ) {
      const s = win.getComputedStyle(a);
      if (s.position !== 'static' && s.zIndex !== 'auto') z = Number.parseInt(s.zIndex, 10);
    }
    return z >= DOCK_Z;
  };
  const visit = (root: Document | ShadowRoot): boolean => {
    for (const el of root.querySelectorAll('*')) {
      if (el === host) continue;
      if (el.shadowRoot && visit(el.shadowRoot)) return true;
      const s = win.getComputedStyle(el);
      if (s.pointerEvents !== 'none' || s.visibility !== 'visible' || Number.parseFloat(s.opacity) === 0)
        continue;
      if (overlaps(el.getBoundingClientRect()) && aboveDock(el)) return true;
    }
    return false;
  };
  return visit(doc);
}
