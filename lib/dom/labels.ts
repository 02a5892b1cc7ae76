/**
 * What names a form control, as a person (or a screen reader) would say it,
 * also when the control sits in a web component's open shadow root:
 * - `<label for>` and a wrapping `<label>` in the control's own tree;
 * - `aria-label`, and `aria-labelledby` resolved in the control's own tree;
 * - through each host whose one control it is (a text field component around
 *   its `<input>`): any element with `for` = the host's id in the host's tree
 *   (`<label for>`, or a custom label element such as Spectrum's
 *   `<sp-field-label for>`), a `<label>` wrapping the host, the host's
 *   `aria-label`, `aria-labelledby` and `label` attribute (Spectrum's way of
 *   naming a field without a visible label).
 * Text beside or above a control is not a label here: the finders look for it
 * themselves (lib/dom/text.ts `findControlByLabel`).
 */
import { byIdNear, openRoot, renderedText } from './shadow';

/** Elements that can be a form control a person types in, ticks or chooses from. */
export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), textarea, select';

/** The text of the elements `ids` names, looked up in the tree of `from`. */
export function idsText(from: Element, ids: string | null): string {
  const parts: string[] = [];
  for (const id of (ids ?? '').split(/\s+/)) {
    const el = id ? byIdNear(from, id) : null;
    if (el) parts.push(renderedText(el));
  }
  return parts.join(' ');
}

/** `for=id` labels of an element in its own tree, whatever their tag (`label`, `sp-field-label`…). */
function forLabels(el: Element): Element[] {
  if (!el.id) return [];
  const root = el.getRootNode() as Document | ShadowRoot;
  const out: Element[] = [];
  for (const label of root.querySelectorAll('[for]')) {
    if (label.getAttribute('for') === el.id) out.push(label);
  }
  return out;
}

/** The host whose one control `el` is: `el` is its shadow root's only control. */
function soleControlHost(el: Element): Element | null {
  const root = el.getRootNode();
  if (root.nodeType !== 11) return null;
  const host = (root as ShadowRoot).host;
  if (!host || openRoot(host) !== root) return null;
  const controls = (root as ShadowRoot).querySelectorAll(CONTROL_SELECTOR);
  return controls.length === 1 ? host : null;
}

/** The texts that label `control` (see the module comment); empty strings left out. */
export function labelTexts(control: Element): string[] {
  const texts: string[] = [];
  const push = (text: string | null | undefined) => {
    if (text?.trim()) texts.push(text);
  };
  for (const label of (control as HTMLInputElement).labels ?? []) push(renderedText(label));
  push(control.getAttribute('aria-label'));
  push(idsText(control, control.getAttribute('aria-labelledby')));
  for (let host = soleControlHost(control); host; host = soleControlHost(host)) {
    for (const label of forLabels(host)) push(renderedText(label));
    const wrapping = host.parentElement?.closest('label');
    if (wrapping) push(renderedText(wrapping));
    push(host.getAttribute('aria-label'));
    push(idsText(host, host.getAttribute('aria-labelledby')));
    push(host.getAttribute('label'));
  }
  return texts;
}

/**
 * The inner control a label's `for` points at: the element with that id in
 * the label's tree, or, when that is a component, the one control in its
 * shadow root (Spectrum's `<sp-field-label for>` names the `<sp-textfield>`).
 */
export function controlOfLabel(label: Element): Element | null {
  const target = byIdNear(label, label.getAttribute('for') ?? '');
  if (!target) return null;
  if (target.matches(CONTROL_SELECTOR)) return target;
  for (let host: Element | null = target, depth = 0; host && depth < 4; depth++) {
    const root = openRoot(host);
    if (!root) return null;
    const controls = root.querySelectorAll(CONTROL_SELECTOR);
    if (controls.length === 1) return controls[0] as Element;
    const inner = [...root.querySelectorAll('*')].filter((e) => openRoot(e));
    host = inner.length === 1 ? (inner[0] as Element) : null;
  }
  return null;
}
