/**
 * Sets a form field's value so that the page's framework sees it, the way
 * password managers and refined-github do it:
 * focus → the NATIVE value setter of the element's own realm (bypassing the
 * instance-level setter React installs to track values) → bubbling `input`
 * and `change` events → blur; then reads the value back.
 *
 * React (value tracker), Vue v-model (input event), Angular (input / blur,
 * `updateOn: 'blur'`) and plain inputs all accept a value set this way. A
 * framework that rejects or rewrites the value shows up as 'not-accepted'.
 *
 * Web components: the element is the <input> inside the component's open
 * shadow root (the finders return it), so the native setter writes the real
 * field; `input` and `change` are `composed`, so they cross the shadow
 * boundary and reach the component's host and the app listening above it
 * (a native `input` is composed; the component re-dispatches `change`, or the
 * app listens for `input` as React does at its root).
 */
import { deepActiveElement, flatClosest } from './shadow';

export type SetValueResult = { ok: true } | { ok: false; reason: 'disabled' | 'readonly' | 'not-accepted' };

type Field = HTMLInputElement | HTMLTextAreaElement;

/** The prototype's own `value` setter, from the element's realm (an iframe or jsdom window has its own). */
function nativeValueSetter(el: Field): ((this: Field, value: string) => void) | undefined {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const proto =
    el.tagName === 'TEXTAREA' ? view?.HTMLTextAreaElement?.prototype : view?.HTMLInputElement?.prototype;
  const fromRealm = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (fromRealm) return fromRealm;
  // Detached document without a window: the nearest prototype that defines `value`.
  for (let p = Object.getPrototypeOf(el); p; p = Object.getPrototypeOf(p)) {
    const setter = Object.getOwnPropertyDescriptor(p, 'value')?.set;
    if (setter) return setter;
  }
  return undefined;
}

function fire(el: Field, type: string): void {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const EventCtor = view?.Event ?? Event;
  if (type === 'input' && view?.InputEvent) {
    el.dispatchEvent(
      new view.InputEvent('input', {
        bubbles: true,
        composed: true,
        cancelable: false,
        inputType: 'insertText',
      }),
    );
  } else {
    el.dispatchEvent(new EventCtor(type, { bubbles: true, composed: true }));
  }
}

export function setFieldValue(el: Field, value: string): SetValueResult {
  if (el.disabled || flatClosest(el, 'fieldset[disabled]')) return { ok: false, reason: 'disabled' };
  if (el.readOnly) return { ok: false, reason: 'readonly' };
  const doc = el.ownerDocument;
  el.focus();
  // Inside a shadow root, document.activeElement is the host: look into the roots.
  const focused = deepActiveElement(doc) === el;
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, value);
  else el.value = value;
  fire(el, 'input');
  fire(el, 'change');
  if (focused) el.blur();
  else {
    // Not focusable here (e.g. hidden by the page): still tell blur listeners.
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const FocusCtor = view?.FocusEvent ?? FocusEvent;
    el.dispatchEvent(new FocusCtor('blur'));
    el.dispatchEvent(new FocusCtor('focusout', { bubbles: true, composed: true }));
  }
  return el.value === value ? { ok: true } : { ok: false, reason: 'not-accepted' };
}
