/**
 * Finding the cards of the Actions Config tab and the label/value pairs inside
 * them by their visible words. Marketo's Ext JS markup has few roles and no
 * `<label for>`, so a card is "the largest box around its title that holds no
 * other card", and a value is "the next non-empty thing after its label".
 * Everything is looked for in the flat tree (lib/dom/shadow.ts): a card built
 * from web components, its title in a shadow root and its values in read-only
 * text fields, is read the same way.
 */
import { labelTexts } from '@/lib/dom/labels';
import {
  flatChildren,
  flatClosest,
  flatContains,
  flatParent,
  queryAll,
  queryFirst,
  renderedText,
} from '@/lib/dom/shadow';
import { findByText, isHidden, normalizeText, textNodesOf } from '@/lib/dom/text';
import { CLIENT_ID, CLIENT_SECRET, cardTitles, MUNCHKIN_ID } from './labels';

const CARD_LIKE = 'section, article, fieldset, dialog, [role=region], [role=group], [role=dialog]';
const FIELD =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=radio]):not([type=checkbox]), textarea';
const ACTION =
  'button, a, [role=button], [role=link], [role=switch], input[type=button], input[type=submit], input[type=checkbox]';
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'MSI-PANEL']);

function rootOf(doc: Document | ParentNode): ParentNode {
  return (doc as Document).body ?? doc;
}

/**
 * Elements showing one of the labels: by text (see findByText), or buttons
 * named by their value or aria-label (`<input type=submit value="Send Invite">`).
 */
function marks(root: ParentNode, labels: readonly string[]): Element[] {
  if (labels.length === 0) return [];
  const wanted = new Set(labels.map(normalizeText));
  const out = findByText(root, labels);
  for (const el of queryAll<HTMLElement>(root, 'input[type=button], input[type=submit], [aria-label]')) {
    if (isHidden(el) || out.includes(el)) continue;
    const name =
      el.localName === 'input' && (el as HTMLInputElement).type !== 'text'
        ? (el as HTMLInputElement).value
        : '';
    if (wanted.has(normalizeText(name)) || wanted.has(normalizeText(el.getAttribute('aria-label') ?? '')))
      out.push(el);
  }
  return out;
}

/**
 * The card whose title (or, failing that, one of `anchors`) is one of `titles`:
 * climbs from the title while the box holds no other card title/anchor, and
 * stops early at a box that is a card by its semantics (section, fieldset…).
 */
export function findCard(
  doc: Document | ParentNode,
  titles: readonly string[],
  anchors: readonly string[] = [],
  otherAnchors: readonly string[] = [],
): HTMLElement | null {
  const root = rootOf(doc);
  const own = new Set(titles.map(normalizeText));
  const start = findByText(root, titles, { limit: 1 })[0] ?? marks(root, anchors)[0];
  if (!start) return null;
  const others = marks(root, [...cardTitles().filter((t) => !own.has(normalizeText(t))), ...otherAnchors]);
  let card: Element = start;
  for (;;) {
    const parent: Element | null = flatParent(card);
    if (!parent || parent === root || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    if (others.some((o) => o !== start && flatContains(parent, o) && !flatContains(o, start))) break;
    card = parent;
    if (card.matches(CARD_LIKE)) break;
  }
  return card as HTMLElement;
}

/** Visible text of an element, without its buttons/links, hidden parts and list boxes; single-spaced. */
export function displayText(el: Element): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (NOT_TEXT.has(child.tagName.toUpperCase()) || child.matches(ACTION) || isHidden(child)) return;
    if (child.matches('br, div, p, li, tr, td, th, dd, dt')) text += ' ';
    for (const c of Array.from(flatChildren(child))) visit(c);
  };
  for (const c of Array.from(flatChildren(el))) visit(c);
  return text.replace(/[ \t\r\n\f]+/g, ' ').trim();
}

export interface Field {
  /** The element holding the value: a form control, or a display element. */
  element: HTMLElement;
  /** The value as shown (not yet cleaned). */
  value: string;
  /** The element holding the label (absent for aria-label/`<label for>` associations). */
  label?: Element;
}

/** Built on first use, not while agent.js is evaluated on the host's thread (normalising is not free). */
let knownLabels: Set<string> | undefined;
const KNOWN_LABELS = () =>
  (knownLabels ??= new Set([...CLIENT_ID, ...CLIENT_SECRET, ...MUNCHKIN_ID].map(normalizeText)));

function controlValue(control: HTMLElement): Field {
  return { element: control, value: (control as HTMLInputElement).value ?? '' };
}

/**
 * The first non-empty thing after a label: a form control (a component's
 * inner one too), or a display element (up to 3 levels up).
 */
function valueAfter(labelEl: Element): Field | null {
  for (let cur: Element | null = labelEl, depth = 0; cur && depth < 3; cur = flatParent(cur), depth++) {
    for (let sib = cur.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (isHidden(sib) || NOT_TEXT.has(sib.tagName.toUpperCase())) continue;
      const control = sib.matches(FIELD) ? sib : queryFirst(sib, FIELD);
      if (control) return { ...controlValue(control as HTMLElement), label: labelEl };
      const value = displayText(sib);
      if (!value) continue;
      if (KNOWN_LABELS().has(normalizeText(value))) return null; // ran into the next row's label
      return { element: sib as HTMLElement, value, label: labelEl };
    }
  }
  return null;
}

/**
 * The value labelled by one of `labels` inside `root`: `<label for>`/aria
 * associations first, then plain label text beside or above its value
 * (table cells, `<dt>/<dd>`, label div above a value div), then "Label: value"
 * inside one text node.
 */
export function findField(root: ParentNode, labels: readonly string[]): Field | null {
  const wanted = new Set(labels.map(normalizeText));
  for (const control of queryAll<HTMLInputElement>(root, FIELD)) {
    if (isHidden(control)) continue;
    if (labelTexts(control).some((n) => wanted.has(normalizeText(n)))) return controlValue(control);
  }
  for (const labelEl of findByText(root, labels)) {
    if (flatClosest(labelEl, 'label[for], [for]')) continue; // handled above (or labels a hidden control)
    const field = valueAfter(labelEl);
    if (field) return field;
  }
  for (const node of textNodesOf(root)) {
    const parent = node.parentElement;
    if (!parent || NOT_TEXT.has(parent.tagName.toUpperCase()) || isHidden(parent)) continue;
    const text = node.nodeValue ?? '';
    const idx = text.search(/[:：]/);
    if (idx <= 0 || !wanted.has(normalizeText(text.slice(0, idx)))) continue;
    const value = text.slice(idx + 1).trim();
    if (value) return { element: parent, value, label: parent };
  }
  return null;
}

/** The name of an action: text (as rendered), aria-label, title or a component's label. */
function actionNames(el: Element): string[] {
  const text = el.localName === 'input' ? (el as HTMLInputElement).value : renderedText(el);
  return [
    text,
    el.getAttribute('aria-label') ?? '',
    el.getAttribute('title') ?? '',
    el.getAttribute('label') ?? '',
  ];
}

/**
 * A clickable control named by one of `labels` (text, aria-label or title),
 * searched first close to `near` (its row), then in `root`.
 */
export function findActionNear(root: Element, labels: readonly string[], near?: Element): HTMLElement | null {
  const wanted = new Set(labels.map(normalizeText));
  const scopes: Element[] = [];
  for (
    let cur = near ? flatParent(near) : null, i = 0;
    cur && i < 2 && flatContains(root, cur);
    cur = flatParent(cur), i++
  ) {
    scopes.push(cur);
  }
  scopes.push(root);
  for (const scope of scopes) {
    for (const el of queryAll<HTMLElement>(scope, `${ACTION}, [aria-label], [title], [label]`)) {
      if (isHidden(el)) continue;
      if (actionNames(el).some((n) => wanted.has(normalizeText(n)))) return el;
    }
  }
  return (findByText(root, labels, { limit: 1 })[0] as HTMLElement | undefined) ?? null;
}

/** A control that is visible (not hidden by attribute/inline style). */
export function visibleAction(root: ParentNode, labels: readonly string[]): HTMLElement | null {
  const wanted = new Set(labels.map(normalizeText));
  for (const el of queryAll<HTMLElement>(root, ACTION)) {
    if (isHidden(el)) continue;
    if (actionNames(el).some((n) => wanted.has(normalizeText(n)))) return el;
  }
  const byText = findByText(root, labels, { selector: ACTION, limit: 1 })[0];
  return (byText as HTMLElement | undefined) ?? null;
}
