/**
 * Admin Settings › Marketo › Set Up tab: the tab itself, the credential fields
 * (Munchkin ID, Client ID, Client Secret) and the Munchkin ID already shown.
 *
 * Fields are identified by what labels them: <label for>/nesting, aria-label,
 * aria-labelledby, placeholder, the text just before the control inside its
 * own field container (above or beside it, table cells and dt/dd included),
 * then by `name`/`id`/`autocomplete` words. Never by position. A field that
 * answers to two roles, or two fields answering to one, is refused.
 * Through open shadow roots: a field component's inner <input>, labelled by a
 * `<label>` inside the component, a custom label element's `for` on the host
 * (Spectrum's sp-field-label) or the host's `label`, counts like any other.
 */
import { labelTexts } from '../../../dom/labels';
import { flatClosest, flatParent, queryAll, renderedText } from '../../../dom/shadow';
import { findByText, isHidden, labelSet, normalizeText } from '../../../dom/text';
import { type Found, found, notFound } from '../../types';
import { mentions, squash } from '../find';
import { salesLabels } from '../labels';

export interface SetupTab {
  tab: HTMLElement;
  selected: boolean;
}

export interface CredentialFields {
  munchkinId?: HTMLInputElement;
  clientId: HTMLInputElement;
  clientSecret: HTMLInputElement;
}

export type CredentialFieldsReason =
  | 'no-form'
  | 'no-client-id-field'
  | 'no-client-secret-field'
  | 'ambiguous';

type Kind = 'munchkinId' | 'clientId' | 'clientSecret';
const KINDS: readonly Kind[] = ['munchkinId', 'clientId', 'clientSecret'];

const KIND_LABELS: Record<Kind, string[]> = {
  munchkinId: salesLabels('munchkinId'),
  clientId: salesLabels('clientId'),
  clientSecret: salesLabels('clientSecret'),
};

/** Words in name / id / autocomplete attributes (after splitting camelCase, - and _). */
const KIND_WORDS: Record<Kind, RegExp> = {
  munchkinId: /\bmunchkin\b/,
  clientId: /\bclient ?id\b/,
  clientSecret: /\b(?:client ?)?secret\b/,
};

const TEXT_FIELDS =
  'input:not([type]), input[type=text], input[type=password], input[type=email], input[type=search], input[type=url], input[type=tel], textarea';
const ANY_FIELD = 'input:not([type=hidden]), textarea, select';
/** A caption is looked for inside the field's own container, never past these. */
const SECTION_BOUNDARY =
  'form, fieldset, table, tbody, section, [role=tabpanel], [role=dialog], [role=form], body';

// ---------------------------------------------------------------------------
// Set Up tab
// ---------------------------------------------------------------------------

const SETTINGS = labelSet(salesLabels('settings'));

function isSelected(el: Element): boolean {
  const current = el.getAttribute('aria-current');
  return el.getAttribute('aria-selected') === 'true' || (current !== null && current !== 'false');
}

/**
 * The Set Up ("Configure", "Configuration", "Configurar", "設定"…) tab and
 * whether it is the selected one. Only tabs count: in es and ja the same word
 * also means Settings (gear menu).
 */
export function findSetupTab(doc: Document): Found<SetupTab> {
  const labels = labelSet(salesLabels('setupTab'));
  const tabs = queryAll<HTMLElement>(doc, '[role=tab], [role=tablist] a, [role=tablist] button');
  for (const tab of tabs) {
    if (isHidden(tab)) continue;
    const text =
      normalizeText(renderedText(tab)) ||
      normalizeText(tab.getAttribute('aria-label') ?? '') ||
      normalizeText(tab.getAttribute('label') ?? '');
    if (labels.has(text)) return found({ tab, selected: isSelected(tab) });
  }
  // Tabs without ARIA roles: links/buttons/list items with the label, but not
  // menu items and not a text that also means "Settings".
  for (const el of findByText(doc, labels, { selector: 'a, button, [role=button], li' })) {
    if (flatClosest(el, '[role=menu], nav') || SETTINGS.has(normalizeText(renderedText(el)))) continue;
    const tab = el as HTMLElement;
    return found({ tab, selected: isSelected(tab) });
  }
  return notFound('no-setup-tab');
}

// ---------------------------------------------------------------------------
// Credential fields
// ---------------------------------------------------------------------------

/** Texts that label a control: label elements (across shadow boundaries), ARIA, placeholder, title. */
function ownLabels(control: HTMLInputElement | HTMLTextAreaElement): string[] {
  const texts = labelTexts(control);
  for (const attr of ['placeholder', 'title']) {
    const value = control.getAttribute(attr);
    if (value) texts.push(value);
  }
  return texts;
}

/**
 * The text right before the control inside its own field container: a
 * previous sibling (or an ancestor's previous sibling, up to 3 levels) that
 * holds text and no other form control. Covers "label above", "label to the
 * left", <td>Label</td><td><input></td>, <dt>/<dd> and a label row above.
 */
function captionOf(control: Element): string | null {
  let node: Element = control;
  // A component's inner control starts from its host: the caption sits beside the component.
  for (let depth = 0; depth < 3; depth++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 3) {
        const text = squash(sib.nodeValue);
        if (text) return text;
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const el = sib as Element;
      if (el.matches('script, style, template')) continue;
      if (el.matches(ANY_FIELD) || queryAll(el, ANY_FIELD).length > 0) return null;
      const text = squash(renderedText(el));
      if (text) return text;
    }
    const parent = flatParent(node);
    if (!parent || parent.matches(SECTION_BOUNDARY)) return null;
    node = parent;
  }
  return null;
}

/** "clientSecret" / "client_secret" / "mkto-client-id" → "client secret" / … */
function attributeWords(control: Element): string {
  return ['name', 'id', 'autocomplete']
    .map((attr) => control.getAttribute(attr) ?? '')
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_.[\]]+/g, ' ')
    .toLowerCase();
}

/** 2 = labelled as that kind, 1 = only its name/id says so, 0 = no. */
function scores(control: HTMLInputElement | HTMLTextAreaElement): Record<Kind, number> {
  const labels = ownLabels(control);
  const caption = captionOf(control);
  if (caption) labels.push(caption);
  const words = attributeWords(control);
  const result = { munchkinId: 0, clientId: 0, clientSecret: 0 };
  for (const kind of KINDS) {
    if (labels.some((text) => mentions(text, KIND_LABELS[kind]))) result[kind] = 2;
    else if (KIND_WORDS[kind].test(words)) result[kind] = 1;
  }
  return result;
}

interface Candidate {
  control: HTMLInputElement;
  kind: Kind;
  score: number;
}

function classify(doc: Document): { candidates: Candidate[]; anyField: boolean; ambiguous: boolean } {
  const controls = queryAll<HTMLInputElement>(doc, TEXT_FIELDS).filter((c) => !isHidden(c));
  const candidates: Candidate[] = [];
  let ambiguous = false;
  for (const control of controls) {
    const s = scores(control);
    const best = Math.max(s.munchkinId, s.clientId, s.clientSecret);
    if (best === 0) continue;
    const kinds = KINDS.filter((k) => s[k] === best);
    if (kinds.length > 1) ambiguous = true;
    else candidates.push({ control, kind: kinds[0]!, score: best });
  }
  return { candidates, anyField: controls.length > 0, ambiguous };
}

/** The one best field of a kind: undefined when none, 'ambiguous' when two tie. */
function pick(candidates: Candidate[], kind: Kind): HTMLInputElement | undefined | 'ambiguous' {
  const mine = candidates.filter((c) => c.kind === kind);
  if (!mine.length) return undefined;
  const best = Math.max(...mine.map((c) => c.score));
  const top = mine.filter((c) => c.score === best);
  return top.length === 1 ? top[0]!.control : 'ambiguous';
}

/**
 * The visible credential fields of the Set Up form. Hidden fields (another tab
 * selected) do not count: open the Set Up tab first (findSetupTab).
 */
export function findCredentialFields(doc: Document): Found<CredentialFields> {
  const { candidates, anyField, ambiguous } = classify(doc);
  if (!anyField) return notFound<CredentialFields>('no-form' satisfies CredentialFieldsReason);
  if (ambiguous) return notFound('ambiguous' satisfies CredentialFieldsReason);
  const clientId = pick(candidates, 'clientId');
  const clientSecret = pick(candidates, 'clientSecret');
  const munchkinId = pick(candidates, 'munchkinId');
  if (clientId === 'ambiguous' || clientSecret === 'ambiguous' || munchkinId === 'ambiguous') {
    return notFound('ambiguous' satisfies CredentialFieldsReason);
  }
  if (!clientId) return notFound('no-client-id-field' satisfies CredentialFieldsReason);
  if (!clientSecret) return notFound('no-client-secret-field' satisfies CredentialFieldsReason);
  return found(munchkinId ? { munchkinId, clientId, clientSecret } : { clientId, clientSecret });
}

// ---------------------------------------------------------------------------
// Munchkin ID shown on the page
// ---------------------------------------------------------------------------

/** Marketo's Munchkin (account) ID looks like 123-ABC-456. */
const MUNCHKIN_RE = /\b\d{3}-[A-Z]{3}-\d{3}\b/i;

/** The value shown after a label element: its next sibling with text, or its parent's. */
function displayedAfter(labelEl: Element): string | null {
  for (let cur: Element | null = labelEl, depth = 0; cur && depth < 2; cur = flatParent(cur), depth++) {
    for (let sib = cur.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const text = squash(renderedText(sib));
      if (text) return text;
    }
  }
  return null;
}

/**
 * The Munchkin ID already on the page: the value of the Munchkin ID field
 * (read-only or pre-filled), else a value displayed next to a Munchkin ID
 * label ("Munchkin ID: 123-ABC-456", <dt>/<dd>, table cells).
 */
export function readPageMunchkinId(doc: Document): Found<string> {
  const { candidates } = classify(doc);
  for (const c of candidates) {
    if (c.kind !== 'munchkinId') continue;
    const value = c.control.value.trim();
    if (MUNCHKIN_RE.test(value)) return found(value.match(MUNCHKIN_RE)![0]!.toUpperCase());
  }
  const labels = KIND_LABELS.munchkinId;
  for (const el of findByText(doc, labels)) {
    const match = displayedAfter(el)?.match(MUNCHKIN_RE);
    if (match) return found(match[0].toUpperCase());
  }
  // "Munchkin ID: 123-ABC-456" in one element.
  const wanted = labels.map((l) => normalizeText(l));
  for (const el of doc.body ? queryAll(doc.body, 'p, span, div, li, td, dd, label, small, strong') : []) {
    if (el.childElementCount > 2 || isHidden(el)) continue;
    const text = squash(renderedText(el));
    if (text.length > 80) continue;
    const match = text.match(MUNCHKIN_RE);
    if (match && wanted.some((w) => normalizeText(text).startsWith(w))) return found(match[0].toUpperCase());
  }
  return notFound('no-munchkin-id');
}
