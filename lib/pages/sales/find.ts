/**
 * Small DOM helpers shared by the Sales app readers (not by detect.ts, which
 * stays minimal for the bootstrap). They see through open shadow roots
 * (lib/dom/shadow.ts): a dialog whose role sits in a component's shadow root,
 * a title rendered there, ids resolved in the tree that holds them.
 */
import { idsText } from '../../dom/labels';
import { byIdNear, flatContains, queryAll, queryFirst, renderedText } from '../../dom/shadow';
import { findActionByLabel, isHidden, normalizeText, textNodesOf } from '../../dom/text';
import { type Found, found, notFound } from '../types';
import { type SalesLabelKey, salesLabels } from './labels';

export const EMAIL_RE = /[^\s@<>(),;:"']+@[^\s@<>(),;:"']+\.[a-z]{2,}/i;

/** A visible button/link/tab/menu item labelled with SALES_LABELS[key], or null. */
export function action(root: ParentNode, key: SalesLabelKey): HTMLElement | null {
  return findActionByLabel(root, salesLabels(key));
}

/** Visible open dialogs (in shadow roots too), innermost/last opened last. */
export function openDialogs(doc: Document): HTMLElement[] {
  const all = queryAll<HTMLElement>(
    doc,
    '[role=dialog], [role=alertdialog], dialog[open], [aria-modal=true]',
  );
  const out: HTMLElement[] = [];
  for (const el of all) {
    if (isHidden(el)) continue;
    // A container with aria-modal inside a role=dialog is the same dialog.
    if (out.some((d) => flatContains(d, el))) continue;
    out.push(el);
  }
  return out;
}

/** The accessible name of a dialog: aria-label, aria-labelledby, or its first heading. */
export function dialogTitle(dialog: HTMLElement): string {
  const label = dialog.getAttribute('aria-label');
  if (label) return label;
  const text = idsText(dialog, dialog.getAttribute('aria-labelledby')).trim();
  if (text) return text;
  const heading = queryFirst(dialog, 'h1, h2, h3, h4, [role=heading], legend');
  return heading ? renderedText(heading) : '';
}

/**
 * An element's text with a space between text nodes, so that adjacent cells
 * or inline elements do not glue words together ("Adminadmin@acme.com").
 */
export function spacedText(el: Node): string {
  return squash(
    textNodesOf(el as unknown as ParentNode)
      .map((node) => node.nodeValue ?? '')
      .join(' '),
  );
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
  const byControls = controls ? (byIdNear(tab, controls) as HTMLElement | null) : null;
  if (byControls) return byControls;
  if (tab.id) {
    for (const panel of queryAll<HTMLElement>(doc, '[role=tabpanel][aria-labelledby]')) {
      if (panel.getAttribute('aria-labelledby')?.split(/\s+/).includes(tab.id)) return panel;
    }
  }
  return null;
}

/** The element, or the reason it is not there. */
export const fromElement = (el: HTMLElement | null | undefined, reason: string): Found<HTMLElement> =>
  el ? found(el) : notFound(reason);
