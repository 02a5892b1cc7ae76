/**
 * The host's open dialogs and menus, as boxes the dock must not cover
 * (lib/agent/yield.ts). Found across open shadow roots (a web component's
 * dialog keeps role=dialog inside its own root), never inside our own hosts.
 *
 * - Dialogs: role=dialog/alertdialog, aria-modal=true, <dialog open>.
 * - Menus and list popups: role=menu/listbox, only while they float
 *   (position absolute/fixed on themselves or a close ancestor): a list box
 *   laid out in the page is part of the page, which the dock's margin keeps clear.
 * - A popup as wide as the viewport (a full-screen wrapper) counts by its
 *   controls, not its box: else nothing would ever be left for the panel.
 */
import { flatParent, queryAll, withShadowScan } from '../dom/shadow';
import { isHidden } from '../dom/text';
import type { Box } from './yield';

const DIALOGS = '[role=dialog],[role=alertdialog],[aria-modal=true],dialog[open]';
const POPUPS = '[role=menu],[role=listbox]';
const CONTROLS =
  'button,a[href],input,select,textarea,[role=button],[role=menuitem],[role=option],[tabindex]';
const FLOAT_LEVELS = 3;

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
const shows = (r: DOMRect) => r.width > 0 && r.height > 0;

function floats(el: Element, win: Window): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i <= FLOAT_LEVELS; i++, cur = flatParent(cur)) {
    const position = win.getComputedStyle(cur).position;
    if (position === 'fixed' || position === 'absolute') return true;
  }
  return false;
}

/** Boxes (viewport coordinates) of what the host shows open now; empty when nothing is. */
export function hostPopupBoxes(doc: Document): Box[] {
  const win = doc.defaultView;
  if (!win) return [];
  const boxes: Box[] = [];
  const wide = win.innerWidth * 0.9;
  const take = (el: Element) => {
    if (isHidden(el)) return;
    const r = el.getBoundingClientRect();
    if (!shows(r)) return;
    if (r.width < wide) {
      boxes.push(toBox(r));
      return;
    }
    for (const control of queryAll(el, CONTROLS)) {
      const c = control.getBoundingClientRect();
      if (shows(c)) boxes.push(toBox(c));
    }
  };
  // One walk of the page (and one scan for shadow roots) for both kinds.
  withShadowScan(() => {
    for (const el of queryAll(doc, `${DIALOGS},${POPUPS}`)) {
      if (el.matches(DIALOGS) || floats(el, win)) take(el);
    }
  });
  return boxes;
}
