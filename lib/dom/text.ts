/**
 * Finding things on a host page the way a person does: by the visible words.
 * Used by every page adapter; no adapter may depend on CSS classes or ids we
 * invented for our demo pages.
 *
 * Every finder here sees through open shadow roots (web components: the text,
 * the labels and the controls a person sees, wherever the component keeps
 * them; see ./shadow.ts and ./labels.ts), and keeps its native light-DOM path
 * on pages without any. Closed shadow roots cannot be seen: "not found".
 */
import { CONTROL_SELECTOR, labelTexts } from './labels';
import {
  documentOf,
  flatChildren,
  flatClosest,
  flatElements,
  flatParent,
  flatTextNodes,
  hasShadowRoots,
  isOwnHost,
  queryAll,
  renderedText,
  shadowRootsOf,
} from './shadow';

const INVISIBLE = /[\u00a0\u2000-\u200b\u2060\u202f\u205f\u3000\ufeff]/g;
const COMBINING = /\p{M}/gu;

/**
 * Normalises a label for comparison: width-folded, accent-free, lower-case,
 * single-spaced, without a trailing colon, asterisk or ellipsis.
 * "  Client-ID :" and "client-id" compare equal; so do "Paramètres" and "parametres".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(INVISIBLE, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*(?:[:：*]|\.\.\.|…)+$/u, '')
    .trim();
}

/** Builds a lookup set from label tables (any nesting of string arrays). */
export function labelSet(...tables: ReadonlyArray<readonly string[]>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const table of tables) for (const label of table) set.add(normalizeText(label));
  return set;
}

/** A label set built on first use (recognition code runs on every matched page: pay only where it is used). */
export function lazyLabelSet(...tables: ReadonlyArray<readonly string[]>): () => ReadonlySet<string> {
  let set: ReadonlySet<string> | undefined;
  return () => (set ??= labelSet(...tables));
}

function toSet(labels: Iterable<string> | ReadonlySet<string>): ReadonlySet<string> {
  return labels instanceof Set ? labels : labelSet([...labels]);
}

export function textMatches(text: string | null | undefined, labels: Iterable<string>): boolean {
  if (!text) return false;
  return toSet(labels).has(normalizeText(text));
}

/**
 * The text of an element's own text nodes, without its descendants'. A host
 * with an open shadow root shows only the ones assigned to a slot.
 */
export function ownText(el: Element): string {
  const host = el.shadowRoot !== null && !isOwnHost(el);
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3 && (!host || (node as Text).assignedSlot)) text += node.nodeValue ?? '';
  }
  return text;
}

/** Hidden by attribute or inline style on itself or an ancestor, hosts included (cheap: no layout). */
export function isHidden(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = flatParent(cur)) {
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true') return true;
    const style = (cur as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

const INLINE_TAGS = new Set([
  'B',
  'I',
  'EM',
  'STRONG',
  'SPAN',
  'SMALL',
  'ABBR',
  'SUP',
  'SUB',
  'MARK',
  'U',
  'CODE',
  'BR',
]);
function onlyInlineChildren(el: Element): boolean {
  for (const child of el.children) if (!INLINE_TAGS.has(child.tagName.toUpperCase())) return false;
  return true;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface FindTextOptions {
  /** Only elements matching this selector (checked on the element holding the text or its closest match). */
  selector?: string;
  /** Also return elements hidden by attribute/inline style. */
  includeHidden?: boolean;
  /** Stop after this many results. */
  limit?: number;
}

/** The elements `root` shows below itself: native TreeWalker on plain pages, the flat tree with shadow roots. */
function* elementsOf(root: ParentNode): Generator<Element> {
  const node = root as unknown as Node;
  if (hasShadowRoots(node)) {
    yield* flatElements(node);
    return;
  }
  // No filter callback: the browser would call into our script once per element (a page's thousands
  // of calls, each a crossing from the engine). Skipped subtrees are stepped over here instead.
  const walker = documentOf(node).createTreeWalker(node, 1 /* SHOW_ELEMENT */);
  let n = walker.nextNode() as Element | null;
  while (n) {
    if (SKIP_TAGS.has(n.tagName.toUpperCase()) || isOwnHost(n)) {
      // Past its subtree: its next sibling, else the next sibling of the nearest ancestor that has one.
      let next = walker.nextSibling();
      while (!next && walker.parentNode()) next = walker.nextSibling();
      n = next as Element | null;
      continue;
    }
    yield n;
    n = walker.nextNode() as Element | null;
  }
}

/**
 * Elements whose visible text equals one of the labels (after normalisation).
 * Matches an element's own text nodes, and short elements whose whole text
 * (including inline children such as <b>) equals a label. Inside open shadow
 * roots too; our own elements (<msi-panel>…) are never searched.
 */
export function findByText(
  root: ParentNode,
  labels: Iterable<string>,
  options: FindTextOptions = {},
): Element[] {
  const wanted = toSet(labels);
  const results: Element[] = [];
  const seen = new Set<Element>();
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  for (const el of elementsOf(root)) {
    if (results.length >= limit) break;
    const own = ownText(el);
    let hit = own.trim() !== '' && wanted.has(normalizeText(own));
    // A host's rendering is visited itself (flat tree): only plain wrappers count as a whole.
    if (
      !hit &&
      !el.shadowRoot &&
      el.childElementCount > 0 &&
      el.childElementCount <= 3 &&
      onlyInlineChildren(el)
    ) {
      const whole = el.textContent ?? '';
      hit = whole.length <= 80 && wanted.has(normalizeText(whole));
    }
    if (!hit) continue;
    const target = options.selector ? flatClosest(el, options.selector) : el;
    if (!target || seen.has(target)) continue;
    if (!options.includeHidden && isHidden(target)) continue;
    seen.add(target);
    results.push(target);
  }
  return results;
}

export const firstByText = (root: ParentNode, labels: Iterable<string>, options: FindTextOptions = {}) =>
  findByText(root, labels, { ...options, limit: 1 })[0] ?? null;

function xpathLiteral(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat('${text.split("'").join(`', "'", '`)}')`;
}

/** The page's text and open shadow roots during a recognition pass (`withTextPass`): read once per pass, then dropped. */
let pass: {
  text?: { doc: Document; value: string };
  roots?: { doc: Document; value: readonly ShadowRoot[] };
  /** False: keep the last answer of "could this document hold components?" (./recognise's busy re-checks). */
  probe?: boolean;
} | null = null;
/** The shadow roots the last recognition pass looked into (the watcher observes them too). */
let lastRoots: readonly ShadowRoot[] = [];
/** The document the last pass looked at (a busy re-check of another one probes it). */
let probedDoc: Document | undefined;
/** The last pass was a busy re-check that kept the last answer of the probe (see missedComponents). */
let skippedProbe = false;

/**
 * Runs `fn` as one recognition pass: the page's text is read at most once in
 * it, however many labels the adapters look for, and not kept after it. (No
 * microtask to clear a cache: in a fresh isolated world every API touched for
 * the first time has a cost, and each microtask is one more call of ours.)
 */
export function withTextPass<T>(fn: () => T, options: { probeComponents?: boolean } = {}): T {
  if (pass) return fn();
  pass = { probe: options.probeComponents ?? true };
  try {
    return fn();
  } finally {
    pass = null;
  }
}

/** How deep below the body recognition looks for a custom element. */
const COMPONENT_DEPTH = 5;
/** Documents seen to hold a custom element (they keep holding components: no need to look again). */
const componentDocs = new WeakSet<Document>();

/** One XPath boolean per level of the body's top levels, joined by `or`: a custom element there, not ours? */
const COMPONENT_XPATH = Array.from(
  { length: COMPONENT_DEPTH },
  (_, depth) =>
    `boolean(/html/body${'/*'.repeat(depth + 1)}[contains(local-name(.),'-') and not(starts-with(local-name(.),'msi-'))])`,
).join(' or ');

/**
 * Could this document be built from web components? A custom element's name
 * has a hyphen, and an app made of components mounts one near the top of its
 * body (`<my-app>`, `<div id=root><sp-theme>`…): the body's top five levels
 * are looked at in one native XPath query, level by level, stopping at the
 * first hit (no element crosses into our world: reading 128 elements one by
 * one cost 0.4 ms on the first check of the churn page, and a walk of the
 * whole page 0.4–0.6 ms a check). Once seen, the document is remembered.
 */
function mayHoldComponents(doc: Document): boolean {
  if (componentDocs.has(doc)) return true;
  if (typeof doc.evaluate !== 'function') return false;
  if (!doc.evaluate(COMPONENT_XPATH, doc, null, 3 /* BOOLEAN_TYPE */, null).booleanValue) return false;
  componentDocs.add(doc);
  return true;
}

/**
 * The open shadow roots recognition looks into: none on ordinary pages
 * (`mayHoldComponents`), all of them (nested ones too) where components are.
 * A component deep in an ordinary page keeps its text to the agent's finders
 * (lib/dom/shadow.ts), which see every open shadow root; its labels are
 * usually slotted light text, which recognition sees anyway.
 */
export function recognitionRoots(doc: Document): readonly ShadowRoot[] {
  if (pass?.roots?.doc === doc) return pass.roots.value;
  // The probe is one XPath query over the body's top levels: on a page that changes all the time (a
  // churning grid) probing at every re-check was a fifth of our time there. A busy page's re-checks keep
  // the last answer; the first check, one after a quiet spell, after a URL change or after the
  // longest gap probe again (lib/boot/watch.ts). A document seen to hold components is always walked.
  const probe = pass?.probe !== false || componentDocs.has(doc) || probedDoc !== doc;
  skippedProbe = !probe;
  const value = probe ? (mayHoldComponents(doc) ? shadowRootsOf(doc) : []) : lastRoots;
  probedDoc = doc;
  if (pass) pass.roots = { doc, value };
  lastRoots = value;
  return value;
}

/**
 * Did recognition skip components that are there now? After a busy spell (lib/boot/watch.ts):
 * the busy re-checks kept the last answer of the probe; the probe alone is run again, and a
 * full check is due only if the document holds components the last pass did not look into.
 */
export function missedComponents(doc: Document): boolean {
  if (!skippedProbe) return false;
  skippedProbe = false;
  return mayHoldComponents(doc);
}

/** The open shadow roots the last recognition looked into (for the watcher to observe). */
export const recognisedShadowRoots = (): readonly ShadowRoot[] => lastRoots;

function pageText(doc: Document): string {
  if (pass?.text?.doc === doc) return pass.text.value;
  let value = doc.body?.textContent ?? '';
  for (const root of recognitionRoots(doc)) value += `\n${root.textContent ?? ''}`;
  if (pass) pass.text = { doc, value };
  return value;
}

/**
 * The longest run of a label without XPath whitespace (space, tab, CR, LF, what
 * `normalize-space` folds): present in the raw text whenever the label is
 * rendered. A loop, not a regular expression: this runs on every matched page.
 */
function longestToken(label: string): string {
  let best = '';
  let start = 0;
  for (let i = 0; i <= label.length; i++) {
    const c = i < label.length ? label.charCodeAt(i) : 32;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) continue;
    if (i - start > best.length) best = label.slice(start, i);
    start = i + 1;
  }
  return best;
}

interface PreparedLabel {
  /** The label as the app renders it (trimmed). */
  label: string;
  token: string;
  test: string;
}
/** Label tables are module constants: their tokens and XPath tests are computed once per table. */
const prepared = new WeakMap<readonly string[], PreparedLabel[]>();
function prepare(labels: readonly string[]): PreparedLabel[] {
  let list = prepared.get(labels);
  if (!list) {
    list = labels.map((label) => {
      const l = label.trim();
      return { label: l, token: longestToken(l), test: `normalize-space(.)=${xpathLiteral(l)}` };
    });
    prepared.set(labels, list);
  }
  return list;
}

/** The labels whose words are in the page's text: only these can be there exactly. */
function withWordsOnPage(doc: Document, labels: readonly string[]): PreparedLabel[] {
  const text = pageText(doc);
  return prepare(labels).filter((l) => text.includes(l.token));
}

/** XPath's normalize-space: XML whitespace only (not NBSP), collapsed and trimmed. */
const normalizeSpace = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');

/** One native XPath query: is some text node exactly one of these labels? Then the open shadow roots' text nodes. */
function anyExactText(doc: Document, present: readonly PreparedLabel[]): boolean {
  const test = present.map((l) => l.test).join(' or ');
  const result = doc.evaluate(
    `//body//text()[${test}][not(ancestor::script or ancestor::style)]`,
    doc,
    null,
    9 /* FIRST_ORDERED_NODE_TYPE */,
    null,
  );
  if (result.singleNodeValue !== null) return true;
  const roots = recognitionRoots(doc);
  if (roots.length === 0) return false;
  const wanted = new Set(present.map((l) => l.label));
  for (const root of roots) {
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.localName;
      if (parent === 'style' || parent === 'script') continue;
      if (wanted.has(normalizeSpace(node.nodeValue ?? ''))) return true;
    }
  }
  return false;
}

/**
 * Cheap existence check for page recognition: is there a text node whose
 * whitespace-normalised text is exactly one of the labels (case-sensitive, as
 * the apps render them)? A native substring pre-check over the page's text
 * rules out most pages at once (one `textContent` per `withTextPass`); only
 * labels whose words are present go to the native XPath query.
 */
export function hasExactText(doc: Document, labels: readonly string[]): boolean {
  if (labels.length === 0 || typeof doc.evaluate !== 'function') return false;
  const present = withWordsOnPage(doc, labels);
  return present.length > 0 && anyExactText(doc, present);
}

/**
 * Do at least `need` of the label tables (all by default) have an exact text on
 * the page? The words of every table are looked for first (once), so the XPath
 * queries only run when enough tables can still match.
 */
export function hasExactTexts(
  doc: Document,
  tables: ReadonlyArray<readonly string[]>,
  need: number = tables.length,
): boolean {
  if (need <= 0 || typeof doc.evaluate !== 'function') return false;
  // The words first, table by table, stopping as soon as too few tables can have theirs on the page
  // (a page of none of them, a busy grid's included, is ruled out without scanning the rest).
  const candidates: ReturnType<typeof withWordsOnPage>[] = [];
  for (let i = 0; i < tables.length; i++) {
    if (candidates.length + (tables.length - i) < need) return false;
    const present = withWordsOnPage(doc, tables[i] as readonly string[]);
    if (present.length > 0) candidates.push(present);
  }
  let left = candidates.length;
  let found = 0;
  for (const present of candidates) {
    if (found + left < need) return false;
    left--;
    if (anyExactText(doc, present) && ++found >= need) return true;
  }
  return false;
}

const FIELD_SELECTOR = CONTROL_SELECTOR;

/**
 * The form control a person would say is "labelled" by one of the labels:
 * first by what labels it (lib/dom/labels.ts: `<label for>`, ARIA, a custom
 * label element's `for` across a shadow boundary, a component's `label`),
 * then by plain text beside or above it. Through open shadow roots.
 */
export function findControlByLabel(
  root: ParentNode,
  labels: Iterable<string>,
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  const wanted = toSet(labels);
  const controls = queryAll<HTMLInputElement>(root, FIELD_SELECTOR);
  // 1. What labels it.
  for (const control of controls) {
    if (labelTexts(control).some((text) => wanted.has(normalizeText(text)))) return control;
  }
  // 2. Plain text beside or above the control: the nearest control that
  //    follows the text inside a small common container.
  for (const textEl of findByText(root, wanted)) {
    const control = nearestFollowing(textEl, FIELD_SELECTOR);
    if (control) return control as HTMLInputElement;
  }
  return null;
}

/**
 * First element matching `selector` shown after `from`, within 3 ancestor
 * levels (flat tree: a component's inner control counts), with no other words
 * in between (only punctuation such as ":" or "*"): a label's control follows
 * it directly, it does not sit in the next row under another label.
 */
export function nearestFollowing(from: Element, selector: string, levels = 3): Element | null {
  let container: Element | null = from;
  for (let i = 0; i < levels && container; i++) {
    container = flatParent(container);
    if (!container) break;
    const hit = followingIn(container, from, selector);
    if (hit !== undefined) return hit;
  }
  return null;
}

/**
 * In `container`'s flat tree, after `from` (and what it shows): the first
 * match of `selector` (null when words come first), undefined when none.
 */
function followingIn(container: Element, from: Element, selector: string): Element | null | undefined {
  let after = false;
  let words = false;
  let result: Element | null | undefined;
  const visit = (node: Node): boolean => {
    const kids = flatChildren(node);
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i] as Node;
      if (kid === from) {
        after = true;
        continue;
      }
      if (kid.nodeType === 3) {
        if (after && /[\p{L}\p{N}]/u.test(kid.nodeValue ?? '')) words = true;
        continue;
      }
      if (kid.nodeType !== 1) continue;
      const el = kid as Element;
      if (SKIP_TAGS.has(el.tagName.toUpperCase()) || isOwnHost(el)) continue;
      if (after && el.matches(selector)) {
        result = words ? null : el;
        return true;
      }
      if (visit(el)) return true;
    }
    return false;
  };
  visit(container);
  return result;
}

export interface LabelledValue {
  /** The element that holds the value (an input, or a display element). */
  element: Element;
  value: string;
}

/**
 * A value shown next to a label, either in a form control (its `value`, also
 * of a read-only field inside a component) or as plain text
 * (`<dt>Label</dt><dd>value</dd>`, `<th>`/`<td>`, "Label: value", label above a
 * `<div>`).
 */
export function findValueByLabel(root: ParentNode, labels: Iterable<string>): LabelledValue | null {
  const wanted = toSet(labels);
  const control = findControlByLabel(root, wanted);
  if (control) return { element: control, value: control.value };
  for (const labelEl of findByText(root, wanted)) {
    // Display sibling: the next element sibling with text, or the parent's next sibling.
    const holder = nextTextElement(labelEl);
    if (holder) return { element: holder, value: renderedText(holder).trim() };
  }
  // "Label: value" inside one text node.
  for (const node of textNodesOf(root)) {
    const text = node.nodeValue ?? '';
    const idx = text.search(/[:：]/);
    if (idx <= 0) continue;
    if (wanted.has(normalizeText(text.slice(0, idx))) && text.slice(idx + 1).trim()) {
      return { element: node.parentElement as Element, value: text.slice(idx + 1).trim() };
    }
  }
  return null;
}

/** The text nodes `root` shows: native TreeWalker on plain pages, the flat tree with shadow roots. */
export function textNodesOf(root: ParentNode): Text[] {
  const node = root as unknown as Node;
  if (hasShadowRoots(node)) return flatTextNodes(node);
  const out: Text[] = [];
  const walker = documentOf(node).createTreeWalker(node, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && (SKIP_TAGS.has(parent.tagName.toUpperCase()) || parent.closest('msi-panel'))) continue;
    out.push(n as Text);
  }
  return out;
}

function nextTextElement(labelEl: Element): Element | null {
  for (let cur: Element | null = labelEl, depth = 0; cur && depth < 3; cur = flatParent(cur), depth++) {
    for (let sib = cur.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.matches(FIELD_SELECTOR)) return null;
      if (renderedText(sib).trim()) return sib;
    }
  }
  return null;
}

const ACTION_SELECTOR =
  'button, a, [role=button], [role=tab], [role=menuitem], [role=link], [role=option], [role=treeitem], input[type=button], input[type=submit], summary';

/**
 * The names a person would read on an action: its text (as rendered, a
 * component's shadow content included), `value` of an input button,
 * `aria-label`, and a component's `label` attribute (icon-only buttons).
 */
export function actionNames(el: Element): string[] {
  // Tag check, not instanceof: elements of another frame/window have their own classes.
  const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : renderedText(el);
  return [text, el.getAttribute('aria-label') ?? '', el.getAttribute('label') ?? ''];
}

/** Buttons/links/tabs/menu items whose visible text or aria-label is one of the labels, in shadow roots too. */
export function findActionByLabel(root: ParentNode, labels: Iterable<string>): HTMLElement | null {
  const wanted = toSet(labels);
  for (const el of queryAll<HTMLElement>(root, ACTION_SELECTOR)) {
    if (isHidden(el)) continue;
    if (actionNames(el).some((name) => wanted.has(normalizeText(name)))) return el;
  }
  const byText = firstByText(root, wanted, { selector: ACTION_SELECTOR });
  return (byText as HTMLElement | null) ?? null;
}

/**
 * A checkbox labelled by one of the labels: an `<input type=checkbox>` (by
 * what labels it, see findControlByLabel) or an element with
 * `role=checkbox`/`switch` named by its text or ARIA, in shadow roots too.
 */
export function findCheckboxByLabel(root: ParentNode, labels: Iterable<string>): HTMLElement | null {
  const wanted = toSet(labels);
  for (const el of queryAll<HTMLElement>(root, 'input[type=checkbox], [role=checkbox], [role=switch]')) {
    if (isHidden(el)) continue;
    const names = el.localName === 'input' ? labelTexts(el) : [...actionNames(el), ...labelTexts(el)];
    if (names.some((name) => wanted.has(normalizeText(name)))) return el;
  }
  return null;
}
