/**
 * Reads a host document into the report's own tree: only allow-listed elements
 * and attributes (./policy.ts), texts with their normalised form, and the runs
 * of text a reader sees as one (inline elements do not break a run, so an
 * email split by `<wbr>`, `<mark>` or an empty `<span>` is one email). Comments,
 * processing instructions, template contents and everything in DROPPED_ELEMENTS
 * are never read. The live page is only read, never changed.
 */
import { MASK_TEXT, tokenKind } from './detect';
import { isKnownWord } from './labels';
import { maskAttributeText } from './mask-text';
import { type Normalised, normalise } from './normalise';
import {
  BOOLEAN_ATTRIBUTES,
  CHILDLESS,
  DROPPED_ELEMENTS,
  ID_REFERENCES,
  INLINE_ELEMENTS,
  isCustomElementName,
  KEPT_ELEMENTS,
  safeToken,
  TEXT_ATTRIBUTES,
  TOKEN_ATTRIBUTES,
  URL_ATTRIBUTES,
} from './policy';
import { safeStyle, safeUrl } from './urls';

export interface TextItem {
  kind: 'text';
  raw: string;
  norm: Normalised;
  parent: ElementItem;
  /** What the report writes (undefined: the text as the page has it). */
  out?: string;
  /** A form value or editable content: written as a mask whatever it says. */
  formValue?: boolean;
}

export interface ElementItem {
  kind: 'element';
  tag: string;
  /** Name and value (null: a boolean attribute). Values are written escaped. */
  attrs: Array<[string, string | null]>;
  children: Item[];
  parent?: ElementItem;
}

export type Item = TextItem | ElementItem;

export interface Counts {
  masked: number;
  removed: number;
}

export interface ReadOptions {
  /** The shadow root of a host element (default: `el.shadowRoot`, the open ones). */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
}

export interface ReadResult {
  root: ElementItem;
  texts: TextItem[];
  runs: TextItem[][];
}

const SHADOW_TAG = 'msi-shadow-root';

class Reader {
  readonly texts: TextItem[] = [];
  readonly runs: TextItem[][] = [];
  private run: TextItem[] = [];
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly base: string,
    readonly counts: Counts,
    private readonly shadowRootOf: (el: Element) => ShadowRoot | null,
  ) {}

  breakRun(): void {
    if (this.run.length) this.runs.push(this.run);
    this.run = [];
  }

  private pseudonym(id: string): string {
    let p = this.ids.get(id);
    if (!p) this.ids.set(id, (p = `r${this.ids.size + 1}`));
    return p;
  }

  readChildren(node: Node, into: ElementItem, formValue: boolean): void {
    for (const child of node.childNodes) {
      if (child.nodeType === 1) this.readElement(child as Element, into, formValue);
      else if (child.nodeType === 3 || child.nodeType === 4)
        this.readText(child.nodeValue ?? '', into, formValue);
      else if (child.nodeType === 7 || child.nodeType === 8) this.counts.removed++;
    }
  }

  private readText(raw: string, parent: ElementItem, formValue: boolean): void {
    const item: TextItem = { kind: 'text', raw, norm: normalise(raw), parent };
    if (formValue && item.norm.text.trim()) {
      item.formValue = true;
      item.out = MASK_TEXT.value;
      this.counts.masked++;
    }
    parent.children.push(item);
    this.texts.push(item);
    if (!item.formValue) this.run.push(item);
  }

  readElement(el: Element, parent: ElementItem, formValue: boolean): void {
    const tag = el.localName.toLowerCase();
    if (DROPPED_ELEMENTS.has(tag) || tag.startsWith('msi-')) {
      this.counts.removed++;
      return;
    }
    const custom = !KEPT_ELEMENTS.has(tag) && isCustomElementName(tag);
    const name = KEPT_ELEMENTS.has(tag) ? tag : custom ? this.customName(tag) : null;
    const inline = !name || custom || INLINE_ELEMENTS.has(name);
    if (!inline) this.breakRun();
    let item = parent;
    if (name) {
      item = { kind: 'element', tag: name, attrs: this.attributes(el, name), children: [], parent };
      parent.children.push(item);
    }
    const editable = formValue || tag === 'output' || isEditable(el);
    this.readShadow(el, item, editable);
    if (name === 'textarea') this.readTextarea(el, item);
    else if (!name || !CHILDLESS.has(name)) this.readChildren(el, item, editable);
    if (!inline) this.breakRun();
  }

  private customName(tag: string): string {
    if (!tokenKind(tag, isKnownWord)) return tag;
    this.counts.masked++;
    return 'msi-masked-element';
  }

  private readShadow(el: Element, item: ElementItem, formValue: boolean): void {
    let shadow: ShadowRoot | null = null;
    try {
      shadow = this.shadowRootOf(el);
    } catch {
      shadow = null;
    }
    if (!shadow) return;
    const host: ElementItem = { kind: 'element', tag: SHADOW_TAG, attrs: [], children: [], parent: item };
    item.children.push(host);
    this.breakRun();
    this.readChildren(shadow, host, formValue);
    this.breakRun();
  }

  private readTextarea(el: Element, item: ElementItem): void {
    const value = (el as HTMLTextAreaElement).value ?? el.textContent ?? '';
    if (!value) return;
    this.counts.masked++;
    item.children.push({
      kind: 'text',
      raw: MASK_TEXT.value,
      norm: normalise(MASK_TEXT.value),
      parent: item,
      formValue: true,
    });
  }

  private attributes(el: Element, tag: string): Array<[string, string | null]> {
    const out: Array<[string, string | null]> = [];
    for (const attr of el.attributes) {
      const kept = this.attribute(attr.name.toLowerCase(), attr.value, tag);
      if (kept) out.push(kept);
    }
    this.liveState(el, tag, out);
    return out;
  }

  private attribute(name: string, value: string, tag: string): [string, string | null] | null {
    const c = this.counts;
    if (name.startsWith('on') || name === 'srcdoc') {
      c.removed++;
      return null;
    }
    if (name === 'id') return value ? ['id', this.pseudonym(value)] : null;
    if (ID_REFERENCES.has(name)) {
      const ids = value.split(/\s+/).filter(Boolean);
      return ids.length ? [name, ids.map((id) => this.pseudonym(id)).join(' ')] : null;
    }
    if (BOOLEAN_ATTRIBUTES.has(name)) return [name, null];
    if (TOKEN_ATTRIBUTES.has(name)) {
      const token = safeToken(name, value);
      if (token !== undefined) return [name, token];
      c.masked++;
      return [name, MASK_TEXT.value];
    }
    if (TEXT_ATTRIBUTES.has(name)) return [name, maskAttributeText(value, c)];
    if (name === 'value') return null; // written from the live state (liveState), always masked
    const urlName = name === 'xlink:href' ? 'href' : name;
    if (URL_ATTRIBUTES.get(urlName)?.includes(tag)) {
      const url = safeUrl(value, this.base, isKnownWord, () => c.masked++);
      if (url) return [urlName, url];
      if (value.trim()) c.removed++;
      return null;
    }
    if (name === 'style') {
      const style = safeStyle(
        value,
        this.base,
        isKnownWord,
        () => c.masked++,
        () => c.removed++,
      );
      return style ? ['style', style] : null;
    }
    return null;
  }

  /** Checked, selected and whether a field holds a value, from the live page (the attributes are only defaults). */
  private liveState(el: Element, tag: string, out: Array<[string, string | null]>): void {
    const field = el as Partial<HTMLInputElement & HTMLOptionElement>;
    const checkable = field.type === 'checkbox' || field.type === 'radio';
    const value = tag === 'input' && !checkable ? field.value : undefined;
    if (value || el.getAttribute('value')) {
      this.counts.masked++;
      out.push(['value', MASK_TEXT.value]);
    }
    if (tag === 'input' && field.checked) out.push(['checked', null]);
    if (tag === 'option' && field.selected) out.push(['selected', null]);
  }
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/** The report's tree of `doc` (its document element), with the texts in document order and their runs. */
export function readDocument(
  doc: Document,
  base: string,
  counts: Counts,
  options: ReadOptions = {},
): ReadResult {
  const reader = new Reader(base, counts, options.shadowRootOf ?? ((el) => el.shadowRoot));
  const root: ElementItem = { kind: 'element', tag: '#root', attrs: [], children: [] };
  reader.readElement(doc.documentElement, root, false);
  reader.breakRun();
  return { root, texts: reader.texts, runs: reader.runs };
}
