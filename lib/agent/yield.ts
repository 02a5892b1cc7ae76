/**
 * Where the dock may draw so that it never covers what the admin needs: the
 * host's open dialogs and menus, and the control "show me" points at. Pure:
 * boxes in, a place out (the agent measures, lib/agent/dock-yield.ts).
 *
 * - Nothing in the way: the dock as the user left it (expanded or collapsed).
 * - Something under the expanded dock: narrower beside it when at least the
 *   panel's minimum width is free to its right, else the collapsed strip.
 * - Something under the strip too: the strip moves to the left edge (unless
 *   something is there as well, then it stays right: it is 36 px either way).
 * - A small viewport (below SMALL_VIEWPORT) starts as the strip.
 * - The user asked to see the panel (`stay`, its expand button while yielding):
 *   it expands whatever is open; the agent drops `stay` once those close.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type DockPlace =
  | { mode: 'full' }
  | { mode: 'narrow'; width: number }
  | { mode: 'strip'; side: 'right' | 'left' };

export interface YieldInput {
  viewport: { width: number; height: number };
  /** The stored width of the expanded dock. */
  width: number;
  /** The stored collapsed state (the user's own choice). */
  collapsed: boolean;
  /** What must stay visible and clickable: host dialogs and menus, the outlined control. */
  obstacles: readonly Box[];
  /** Started on a small viewport and not expanded by the user since. */
  small: boolean;
  /** The user expanded the panel over what is open. */
  stay: boolean;
}

export const SMALL_VIEWPORT = 1200;
export const STRIP_WIDTH = 36;
/** Narrower than this, the panel's sections do not fit: the strip instead. */
export const NARROW_MIN = 280;
/** Room kept between a host dialog and the narrowed panel. */
export const GAP = 8;

const overlaps = (b: Box, left: number, right: number, height: number) =>
  b.right > left && b.left < right && b.bottom > 0 && b.top < height && b.right > b.left && b.bottom > b.top;

function strip(input: YieldInput): DockPlace {
  const { width: vw, height } = input.viewport;
  const underRight = input.obstacles.some((b) => overlaps(b, vw - STRIP_WIDTH, vw, height));
  const underLeft = input.obstacles.some((b) => overlaps(b, 0, STRIP_WIDTH, height));
  return { mode: 'strip', side: underRight && !underLeft ? 'left' : 'right' };
}

export function placeDock(input: YieldInput): DockPlace {
  const { width: vw, height } = input.viewport;
  if (input.collapsed || (input.small && !input.stay)) return strip(input);
  if (input.stay) return { mode: 'full' };
  const width = Math.min(input.width, vw);
  const under = input.obstacles.filter((b) => overlaps(b, vw - width, vw, height));
  if (!under.length) return { mode: 'full' };
  const free = vw - Math.max(...under.map((b) => b.right)) - GAP;
  if (free >= NARROW_MIN) return { mode: 'narrow', width: Math.floor(free) };
  return strip(input);
}

/** Below about 1200 px the page needs its width: the dock starts as the strip unless the user asked for the panel. */
export const startsSmall = (viewportWidth: number, open: boolean): boolean =>
  !open && viewportWidth < SMALL_VIEWPORT;

/** Where the dock starts, before anything of the host has been looked at. */
export const startingPlace = (
  viewport: YieldInput['viewport'],
  ui: { width: number; collapsed: boolean },
  small: boolean,
): DockPlace =>
  placeDock({ viewport, width: ui.width, collapsed: ui.collapsed, obstacles: [], small, stay: false });

export const samePlace = (a: DockPlace, b: DockPlace): boolean => JSON.stringify(a) === JSON.stringify(b);
