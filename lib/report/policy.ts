/**
 * The report's allow-lists: which elements and attributes of a host page are
 * written to the saved file, and which attribute values may stand as written.
 * Everything not listed here is left out. What is kept, and why:
 * - the elements of the page's structure (HTML, SVG's shapes and text, custom
 *   elements by name): adapters find things by tag, role and label;
 * - roles, ARIA states (as safe tokens), types, table spans, `hidden`, the live
 *   checked/selected/disabled state: they decide what an adapter reads;
 * - ids and every attribute that points at ids (`for`, `aria-labelledby`…),
 *   renamed `r1`, `r2`…: the label of a field stays findable, the page's names
 *   do not travel;
 * - texts a person reads (`aria-label`, `title`, `alt`, `placeholder`…), masked
 *   like page text; `value` only as a mask;
 * - `href`/`src`/`action`/`formaction` as plain https without query (./urls.ts),
 *   and the inline-style declarations that show or hide things.
 */

/** Dropped with everything inside: they run, load, hide content from the reader, or are ours. */
export const DROPPED_ELEMENTS = new Set([
  'script',
  'noscript',
  'template',
  'style',
  'link',
  'meta',
  'base',
  'object',
  'embed',
  'applet',
  'param',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'discard',
  'handler',
  'listener',
  'portal',
  'fencedframe',
  'plaintext',
  'xmp',
  'noembed',
  'noframes',
  'math',
  'frameset',
]);

/** Elements written without their children (a frame's fallback text is raw text; its document is its own report). */
export const CHILDLESS = new Set(['iframe', 'frame', 'textarea']);

export const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

const HTML_ELEMENTS = `html head title body main header footer nav aside section article search address
h1 h2 h3 h4 h5 h6 hgroup p div span a abbr b i u s em strong small mark sub sup code kbd samp var pre
blockquote q cite dfn time data bdi bdo br wbr hr ul ol li dl dt dd menu figure figcaption center font
del ins big tt nobr table caption thead tbody tfoot tr th td col colgroup form fieldset legend label input
button select option optgroup textarea output datalist progress meter details summary dialog img picture
source video audio track iframe frame canvas map area slot`;
const SVG_ELEMENTS = `svg g defs symbol use title desc text tspan textpath a rect circle ellipse line polyline
polygon path image foreignobject clippath mask lineargradient radialgradient stop pattern marker switch`;

export const KEPT_ELEMENTS = new Set(`${HTML_ELEMENTS} ${SVG_ELEMENTS}`.split(/\s+/));

/** Elements whose text runs on into the next one's (an email split by `<wbr>` or `<mark>` is one email). */
export const INLINE_ELEMENTS = new Set(
  `a abbr b i u s em strong small mark sub sup code kbd samp var q cite dfn time data bdi bdo br wbr
font del ins big tt nobr span label output slot tspan textpath text`.split(/\s+/),
);

const CUSTOM_ELEMENT = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
/** A custom element's name (`lightning-input`), or undefined when it is not one. */
export const isCustomElementName = (name: string): boolean => CUSTOM_ELEMENT.test(name) && name.length <= 60;

const ARIA_ROLES = `alert alertdialog application article banner blockquote button caption cell checkbox code
columnheader combobox comment complementary contentinfo definition deletion dialog directory document emphasis
feed figure form generic grid gridcell group heading img image insertion link list listbox listitem log main mark
marquee math menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note option paragraph
presentation progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator
slider spinbutton status strong subscript superscript suggestion switch tab table tablist tabpanel term textbox
time timer toolbar tooltip tree treegrid treeitem`;

const TRUE_FALSE = ['true', 'false'];
const TRISTATE = ['true', 'false', 'mixed'];
const INTEGER = /^-?\d{1,4}$/;

type TokenRule = readonly string[] | RegExp;

/** Attributes kept when their value is one of the safe tokens (else written as a mask). */
const TOKEN_RULES: Record<string, TokenRule> = {
  role: /^[a-z]+(?: [a-z]+)*$/,
  type: /^[a-z-]{1,24}$|^[1aAiI]$/,
  dir: ['ltr', 'rtl', 'auto'],
  lang: /^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8}){0,3}$/,
  scope: ['row', 'col', 'rowgroup', 'colgroup'],
  colspan: INTEGER,
  rowspan: INTEGER,
  span: INTEGER,
  tabindex: INTEGER,
  contenteditable: ['', 'true', 'false', 'plaintext-only'],
  autocomplete: /^[a-z-]{1,24}(?: [a-z-]{1,24}){0,3}$/,
  'aria-hidden': TRUE_FALSE,
  'aria-expanded': TRUE_FALSE,
  'aria-selected': TRUE_FALSE,
  'aria-checked': TRISTATE,
  'aria-pressed': TRISTATE,
  'aria-disabled': TRUE_FALSE,
  'aria-readonly': TRUE_FALSE,
  'aria-required': TRUE_FALSE,
  'aria-invalid': ['true', 'false', 'grammar', 'spelling'],
  'aria-busy': TRUE_FALSE,
  'aria-modal': TRUE_FALSE,
  'aria-multiselectable': TRUE_FALSE,
  'aria-multiline': TRUE_FALSE,
  'aria-atomic': TRUE_FALSE,
  'aria-haspopup': ['true', 'false', 'menu', 'listbox', 'tree', 'grid', 'dialog'],
  'aria-current': ['page', 'step', 'location', 'date', 'time', 'true', 'false'],
  'aria-live': ['off', 'polite', 'assertive'],
  'aria-relevant': /^[a-z ]{1,40}$/,
  'aria-autocomplete': ['inline', 'list', 'both', 'none'],
  'aria-orientation': ['horizontal', 'vertical', 'undefined'],
  'aria-sort': ['ascending', 'descending', 'none', 'other'],
  'aria-level': INTEGER,
  'aria-posinset': INTEGER,
  'aria-setsize': INTEGER,
  'aria-colcount': INTEGER,
  'aria-rowcount': INTEGER,
  'aria-colindex': INTEGER,
  'aria-rowindex': INTEGER,
  'aria-colspan': INTEGER,
  'aria-rowspan': INTEGER,
};

/**
 * Attributes kept when their value is one of the safe tokens (else written as a mask).
 * A Map, not an object: a page's attribute named `constructor` or `__proto__` must not
 * find Object.prototype's members (test/unit/report/hostile.test.ts).
 */
export const TOKEN_ATTRIBUTES: ReadonlyMap<string, TokenRule> = new Map(Object.entries(TOKEN_RULES));

const ROLE_SET = new Set(ARIA_ROLES.split(/\s+/));
const TYPES = new Set(
  `text password email tel url search number range date datetime-local month week time color checkbox radio
file hidden submit reset button image menu 1 a A i I`.split(/\s+/),
);

/** Boolean attributes, written without a value when present. */
export const BOOLEAN_ATTRIBUTES = new Set([
  'hidden',
  'disabled',
  'readonly',
  'required',
  'multiple',
  'open',
  'inert',
]);

/** Attributes that name ids: each id is replaced by the same `rN` everywhere. */
export const ID_REFERENCES = new Set([
  'for',
  'headers',
  'list',
  'form',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-errormessage',
  'aria-details',
  'aria-flowto',
]);

/** Texts a person reads: kept, masked like the page's text. */
export const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'aria-keyshortcuts',
  'title',
  'alt',
  'placeholder',
  'label',
  'abbr',
]);

/** URL attributes kept (plain https, no query), by element. */
export const URL_ATTRIBUTES: ReadonlyMap<string, readonly string[]> = new Map([
  ['href', ['a', 'area']],
  ['src', ['img', 'iframe', 'frame', 'input']],
  ['action', ['form']],
  ['formaction', ['button', 'input']],
]);

/** The value as written when it is one of the attribute's safe tokens, else undefined. */
export function safeToken(name: string, value: string): string | undefined {
  const rule = TOKEN_ATTRIBUTES.get(name);
  if (!rule) return undefined;
  const v = value.trim();
  if (name === 'role')
    return v.split(/\s+/).every((r) => ROLE_SET.has(r.toLowerCase())) ? v.toLowerCase() : undefined;
  if (name === 'type') return TYPES.has(v) || TYPES.has(v.toLowerCase()) ? v.toLowerCase() : undefined;
  const ok = Array.isArray(rule) ? rule.includes(v.toLowerCase()) : (rule as RegExp).test(v);
  return ok ? v : undefined;
}
