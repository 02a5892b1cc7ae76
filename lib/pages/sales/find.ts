/**
 * Small DOM helpers shared by the Sales app readers (not by detect.ts, which
 * stays minimal for the bootstrap).
 */
import { findActionByLabel, isHidden, normalizeText } from '../../dom/text';
import { type SalesLabelKey, salesLabels } from './labels';

export const EMAIL_RE = /[^\s@<>(),;:"']+@[^\s@<>(),;:"']+\.[a-z]{2,}/i;

/** A visible button/link/tab/menu item labelled with SALES_LABELS[key], or null. */
export function action(root: ParentNode, key: SalesLabelKey): HTMLElement | null {
  return findActionByLabel(root, salesLabels(key));
}

/** Visible open dialogs, innermost/last opened last. */
export function openDialogs(doc: Document): HTMLElement[] {
  const all = doc.querySelectorAll<HTMLElement>(
    '[role=dialog], [role=alertdialog], dialog[open], [aria-modal=true]',
  );
  const out: HTMLElement[] = [];
  for (const el of all) {
    if (el.closest('msi-panel') || isHidden(el)) continue;
    // A container with aria-modal inside a role=dialog is the same dialog.
    if (out.some((d) => d.contains(el))) continue;
    out.push(el);
  }
  return out;
}

/** The accessible name of a dialog: aria-label, aria-labelledby, or its first heading. */
export function dialogTitle(dialog: HTMLElement): string {
  const label = dialog.getAttribute('aria-label');
  if (label) return label;
  const ids = dialog.getAttribute('aria-labelledby');
  if (ids) {
    const text = ids
      .split(/\s+/)
      .map((id) => dialog.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  return dialog.querySelector('h1, h2, h3, h4, [role=heading], legend')?.textContent ?? '';
}

/**
 * An element's text with a space between text nodes, so that adjacent cells
 * or inline elements do not glue words together ("Adminadmin@acme.com").
 */
export function spacedText(el: Node): string {
  const doc = el.ownerDocument ?? (el as Document);
  const parts: string[] = [];
  const walker = doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script, style')) parts.push(node.nodeValue ?? '');
  }
  return squash(parts.join(' '));
}

/** Whitespace-collapsed text of an element. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Does the (short) text equal one of the labels, or contain one as a whole phrase? */
export function mentions(text: string, labels: readonly string[], maxLength = 40): boolean {
  const norm = normalizeText(text);
  if (!norm) return false;
  for (const label of labels) {
    const wanted = normalizeText(label);
    if (norm === wanted) return true;
    if (norm.length > maxLength) continue;
    const at = norm.indexOf(wanted);
    if (at < 0) continue;
    const before = norm[at - 1];
    const after = norm[at + wanted.length];
    if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}

/** The selected tab panel of a tab labelled with `key`, or null. */
export function selectedTabPanel(doc: Document, key: SalesLabelKey): HTMLElement | null {
  const tab = action(doc, key);
  if (tab?.getAttribute('role') !== 'tab' || tab.getAttribute('aria-selected') !== 'true') return null;
  const controls = tab.getAttribute('aria-controls');
  const byControls = controls ? doc.getElementById(controls) : null;
  if (byControls) return byControls;
  if (tab.id) {
    for (const panel of doc.querySelectorAll<HTMLElement>('[role=tabpanel][aria-labelledby]')) {
      if (panel.getAttribute('aria-labelledby')?.split(/\s+/).includes(tab.id)) return panel;
    }
  }
  return null;
}
