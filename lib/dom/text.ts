/**
 * Finding things on a host page the way a person does: by the visible words.
 * Used by every page adapter; no adapter may depend on CSS classes or ids we
 * invented for our demo pages.
 */

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

/** The text of an element's own text nodes, without its descendants'. */
export function ownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return text;
}

/** Hidden by attribute or inline style on itself or an ancestor (cheap: no layout). */
export function isHidden(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
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

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'MSI-PANEL']);

export interface FindTextOptions {
  /** Only elements matching this selector (checked on the element holding the text or its closest match). */
  selector?: string;
  /** Also return elements hidden by attribute/inline style. */
  includeHidden?: boolean;
  /** Stop after this many results. */
  limit?: number;
}

/**
 * Elements whose visible text equals one of the labels (after normalisation).
 * Matches an element's own text nodes, and short elements whose whole text
 * (including inline children such as <b>) equals a label.
 * Our own panel (<msi-panel>) is never searched.
 */
export function findByText(
  root: ParentNode,
  labels: Iterable<string>,
  options: FindTextOptions = {},
): Element[] {
  const wanted = toSet(labels);
  const results: Element[] = [];
  const seen = new Set<Element>();
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 1 /* SHOW_ELEMENT */, {
    acceptNode: (node) =>
      SKIP_TAGS.has((node as Element).tagName.toUpperCase()) ? 2 /* REJECT */ : 1 /* ACCEPT */,
  });
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  for (let node = walker.nextNode(); node && results.length < limit; node = walker.nextNode()) {
    const el = node as Element;
    const own = ownText(el);
    let hit = own.trim() !== '' && wanted.has(normalizeText(own));
    if (!hit && el.childElementCount > 0 && el.childElementCount <= 3 && onlyInlineChildren(el)) {
      const whole = el.textContent ?? '';
      hit = whole.length <= 80 && wanted.has(normalizeText(whole));
    }
    if (!hit) continue;
    const target = options.selector ? el.closest(options.selector) : el;
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

/** The page's text during a recognition pass (`withTextPass`): read once per pass, then dropped. */
let pass: { text?: { doc: Document; value: string } } | null = null;

/**
 * Runs `fn` as one recognition pass: the page's text is read at most once in
 * it, however many labels the adapters look for, and not kept after it. (No
 * microtask to clear a cache: in a fresh isolated world every API touched for
 * the first time has a cost, and each microtask is one more call of ours.)
 */
export function withTextPass<T>(fn: () => T): T {
  if (pass) return fn();
  pass = {};
  try {
    return fn();
  } finally {
    pass = null;
  }
}

function pageText(doc: Document): string {
  if (pass?.text?.doc === doc) return pass.text.value;
  const value = doc.body?.textContent ?? '';
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
      return { token: longestToken(l), test: `normalize-space(.)=${xpathLiteral(l)}` };
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

/** One native XPath query: is some text node exactly one of these labels? */
function anyExactText(doc: Document, present: readonly PreparedLabel[]): boolean {
  const test = present.map((l) => l.test).join(' or ');
  const result = doc.evaluate(
    `//body//text()[${test}][not(ancestor::script or ancestor::style)]`,
    doc,
    null,
    9 /* FIRST_ORDERED_NODE_TYPE */,
    null,
  );
  return result.singleNodeValue !== null;
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
  const candidates = tables.map((labels) => withWordsOnPage(doc, labels)).filter((p) => p.length > 0);
  let left = candidates.length;
  let found = 0;
  for (const present of candidates) {
    if (found + left < need) return false;
    left--;
    if (anyExactText(doc, present) && ++found >= need) return true;
  }
  return false;
}

const FIELD_SELECTOR = 'input:not([type=hidden]):not([type=button]):not([type=submit]), textarea, select';

/** The form control a person would say is "labelled" by one of the labels. */
export function findControlByLabel(
  root: ParentNode,
  labels: Iterable<string>,
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  const wanted = toSet(labels);
  const controls = [...root.querySelectorAll<HTMLInputElement>(FIELD_SELECTOR)].filter(
    (c) => !c.closest('msi-panel'),
  );
  // 1. <label for> / nested label, aria-label, aria-labelledby.
  for (const control of controls) {
    for (const label of control.labels ?? []) {
      if (wanted.has(normalizeText(label.textContent ?? ''))) return control;
    }
    if (wanted.has(normalizeText(control.getAttribute('aria-label') ?? ''))) return control;
    const ids = control.getAttribute('aria-labelledby');
    if (ids) {
      const doc = control.ownerDocument;
      const text = ids
        .split(/\s+/)
        .map((id) => doc.getElementById(id)?.textContent ?? '')
        .join(' ');
      if (wanted.has(normalizeText(text))) return control;
    }
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
 * First element matching `selector` after `from` in document order, within 3
 * ancestor levels, with no other words in between (only punctuation such as
 * ":" or "*"): a label's control follows it directly, it does not sit in the
 * next row under another label.
 */
export function nearestFollowing(from: Element, selector: string, levels = 3): Element | null {
  let container: Element | null = from;
  for (let i = 0; i < levels && container; i++) {
    container = container.parentElement;
    if (!container) break;
    for (const candidate of container.querySelectorAll(selector)) {
      if (candidate === from || candidate.contains(from)) continue;
      // DOCUMENT_POSITION_FOLLOWING = 4
      if (!(from.compareDocumentPosition(candidate) & 4)) continue;
      return wordsBetween(from, candidate) ? null : candidate;
    }
  }
  return null;
}

function wordsBetween(a: Element, b: Element): boolean {
  const range = a.ownerDocument.createRange();
  range.setStartAfter(a);
  range.setEndBefore(b);
  return /[\p{L}\p{N}]/u.test(range.toString());
}

export interface LabelledValue {
  /** The element that holds the value (an input, or a display element). */
  element: Element;
  value: string;
}

/**
 * A value shown next to a label, either in a form control or as plain text
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
    if (holder) return { element: holder, value: (holder.textContent ?? '').trim() };
  }
  // "Label: value" inside one text node.
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const idx = text.search(/[:：]/);
    if (idx <= 0) continue;
    if (wanted.has(normalizeText(text.slice(0, idx))) && text.slice(idx + 1).trim()) {
      return { element: node.parentElement as Element, value: text.slice(idx + 1).trim() };
    }
  }
  return null;
}

function nextTextElement(labelEl: Element): Element | null {
  for (let cur: Element | null = labelEl, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    for (let sib = cur.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.matches(FIELD_SELECTOR)) return null;
      if ((sib.textContent ?? '').trim()) return sib;
    }
  }
  return null;
}

/** Buttons/links/tabs/menu items whose visible text or aria-label is one of the labels. */
export function findActionByLabel(root: ParentNode, labels: Iterable<string>): HTMLElement | null {
  const wanted = toSet(labels);
  const selector =
    'button, a, [role=button], [role=tab], [role=menuitem], [role=link], [role=option], [role=treeitem], input[type=button], input[type=submit], summary';
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    if (el.closest('msi-panel') || isHidden(el)) continue;
    // Tag check, not instanceof: elements of another frame/window have their own classes.
    const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value : (el.textContent ?? '');
    if (wanted.has(normalizeText(text)) || wanted.has(normalizeText(el.getAttribute('aria-label') ?? ''))) {
      return el;
    }
  }
  const byText = firstByText(root, wanted, { selector });
  return (byText as HTMLElement | null) ?? null;
}
