/**
 * Seeing what is rendered on a page built from web components: open shadow
 * roots and slots. A finder that walks the light DOM (querySelectorAll, a
 * TreeWalker, parentElement, contains) misses an <input> inside a component's
 * shadow root; these helpers walk the FLAT tree instead, as the page is shown:
 * a host shows its open shadow root, a <slot> shows the light nodes assigned
 * to it (or its fallback content), other elements their children.
 *
 * - Closed shadow roots cannot be seen (`host.shadowRoot` is null): what sits
 *   in one is "not found", like anything absent. Nothing here throws for it.
 * - Our own hosts (`msi-*`: the dock's closed root, the "show me" outline's and
 *   the CSV hold marker's open roots) are never entered nor matched.
 * - Cheap where there is nothing: every finder asks `hasShadowRoots(doc)` once
 *   and keeps the native light-DOM path (querySelectorAll, TreeWalker) when the
 *   document has no open shadow root.
 */

/** Our own elements in the host page: never searched, never entered. */
export const isOwnHost = (el: Element): boolean => el.localName.startsWith('msi-');

/** The open shadow root of `el`, unless it is one of ours (closed roots are null by the platform). */
export function openRoot(el: Element): ShadowRoot | null {
  const root = el.shadowRoot;
  return root && !isOwnHost(el) ? root : null;
}

const isShadowRoot = (node: Node | null | undefined): node is ShadowRoot =>
  !!node && node.nodeType === 11 && !!(node as ShadowRoot).host;

function collect(scope: Document | ShadowRoot, out: ShadowRoot[]): void {
  const all = scope.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as Element;
    const root = el.shadowRoot;
    if (!root || isOwnHost(el)) continue;
    out.push(root);
    collect(root, out);
  }
}

/** Shadow roots found during the current pass (see `withShadowScan`). */
let scan: Map<Document, readonly ShadowRoot[]> | null = null;

/**
 * Runs `fn` as one pass over the page: the open shadow roots of a document are
 * looked for once in it, however many finders run, and forgotten after it (a
 * page may attach new roots at any time, our own clicks included). Nested
 * passes share the outer one. Outside a pass every call looks again.
 */
export function withShadowScan<T>(fn: () => T): T {
  if (scan) return fn();
  scan = new Map();
  try {
    return fn();
  } finally {
    scan = null;
  }
}

/** Every open shadow root of the document (nested ones too), hosts in document order; not ours. */
export function shadowRootsOf(doc: Document): readonly ShadowRoot[] {
  const known = scan?.get(doc);
  if (known) return known;
  const roots: ShadowRoot[] = [];
  collect(doc, roots);
  scan?.set(doc, roots);
  return roots;
}

export const documentOf = (node: Node): Document =>
  node.nodeType === 9 ? (node as Document) : node.ownerDocument!;

/** Does the document of `node` hold any open shadow root (not ours)? */
export const hasShadowRoots = (node: Node): boolean => shadowRootsOf(documentOf(node)).length > 0;

// ---------------------------------------------------------------- the flat tree

/** The nodes `node` shows as its children: its open shadow root's, a slot's assigned nodes, or its own. */
export function flatChildren(node: Node): ArrayLike<Node> {
  if (node.nodeType === 1) {
    const el = node as Element;
    const root = openRoot(el);
    if (root) return root.childNodes;
    if (el.localName === 'slot' && isShadowRoot(el.getRootNode())) {
      const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
      if (assigned.length > 0) return assigned;
    }
  }
  return node.childNodes;
}

/**
 * The element showing `node` in the flat tree: its slot when it is slotted,
 * the host at the top of a shadow root, else its parent element.
 */
export function flatParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (isShadowRoot(parent)) return parent.host;
  return node.parentElement;
}

/** Does `ancestor` show `node` (itself or somewhere below, across shadow roots and slots)? */
export function flatContains(ancestor: Node, node: Node | null): boolean {
  if (ancestor.nodeType === 9) return !!node && documentOf(node) === ancestor;
  for (let cur: Node | null = node; cur; cur = flatParent(cur)) if (cur === ancestor) return true;
  return false;
}

/** `el.closest(selector)` along the flat tree (out of shadow roots, through slots). */
export function flatClosest<T extends Element = Element>(el: Element, selector: string): T | null {
  for (let cur: Element | null = el; cur; cur = flatParent(cur)) if (cur.matches(selector)) return cur as T;
  return null;
}

/** Skipped with everything inside: not shown, or ours. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);
const skipped = (el: Element) => SKIPPED.has(el.localName) || isOwnHost(el);

/**
 * Every element `root` shows below itself, in flat-tree order (depth first),
 * skipping scripts, styles, templates and our own hosts with what they hold.
 */
export function flatElements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    const kids = flatChildren(node);
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i] as Node;
      if (kid.nodeType !== 1 || skipped(kid as Element)) continue;
      out.push(kid as Element);
      visit(kid);
    }
  };
  visit(root.nodeType === 9 ? ((root as Document).documentElement ?? root) : root);
  return out;
}

/** Every text node `root` shows, in flat-tree order (not in scripts, styles or our hosts). */
export function flatTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (node: Node) => {
    const kids = flatChildren(node);
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i] as Node;
      if (kid.nodeType === 3) out.push(kid as Text);
      else if (kid.nodeType === 1 && !skipped(kid as Element)) visit(kid);
    }
  };
  visit(root);
  return out;
}

/** The text `el` shows (its shadow root's rendering and slotted text); `textContent` on plain pages. */
export function renderedText(el: Node): string {
  if (!hasShadowRoots(el)) return el.textContent ?? '';
  let text = '';
  for (const node of flatTextNodes(el)) text += node.nodeValue ?? '';
  return text;
}

/**
 * Elements matching `selector` that `root` shows, in flat-tree order: through
 * open shadow roots and slots. `querySelectorAll` itself where the document
 * has no open shadow root. Never inside our own hosts.
 */
export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const node = root as unknown as Node;
  if (!hasShadowRoots(node)) {
    return [...root.querySelectorAll<T>(selector)].filter((el) => !flatClosestOwn(el));
  }
  return flatElements(node).filter((el) => el.matches(selector)) as T[];
}

/** The first element matching `selector` that `root` shows (see `queryAll`). */
export function queryFirst<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  const node = root as unknown as Node;
  if (!hasShadowRoots(node)) {
    for (const el of root.querySelectorAll<T>(selector)) if (!flatClosestOwn(el)) return el;
    return null;
  }
  return (flatElements(node).find((el) => el.matches(selector)) as T | undefined) ?? null;
}

/** Inside one of our own hosts (light DOM only: nothing of ours is slotted). */
function flatClosestOwn(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (isOwnHost(cur)) return true;
  return false;
}

/** `getElementById` in the tree `from` lives in (its shadow root or the document). */
export function byIdNear(from: Node, id: string): Element | null {
  if (!id) return null;
  const root = from.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? null;
}

/** The element that really has focus, inside open shadow roots too. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let root = active && openRoot(active); root?.activeElement; root = openRoot(active!)) {
    active = root.activeElement;
  }
  return active;
}

/**
 * The first node of `path` (an event's `composedPath()`): the element really
 * acted on, inside open shadow roots (closed ones show their host).
 */
export const eventOrigin = (event: Event): EventTarget | null => event.composedPath()[0] ?? event.target;

/**
 * "Does `b` come after `a` as the page shows them?" for elements of one
 * document: compareDocumentPosition on plain pages; with open shadow roots
 * (where it cannot compare across trees) positions in the flat tree, taken
 * once per call of this function.
 */
export function flatFollowing(doc: Document): (a: Element, b: Element) => boolean {
  if (!hasShadowRoots(doc)) return (a, b) => !!(a.compareDocumentPosition(b) & 4); /* FOLLOWING */
  const order = new Map<Element, number>();
  const all = flatElements(doc);
  for (let i = 0; i < all.length; i++) order.set(all[i] as Element, i);
  return (a, b) => (order.get(b) ?? -1) > (order.get(a) ?? Number.POSITIVE_INFINITY);
}
