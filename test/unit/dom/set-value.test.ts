import { act, createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setFieldValue } from '../../../lib/dom/set-value';
import { findCredentialFields } from '../../../lib/pages/sales/marketo-settings/credentials';
import { loadDemo, waitFor } from '../../helpers/demo-dom';

beforeAll(() => {
  // React's flag for act() support in tests.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

interface DemoSales {
  lastSubmit: { munchkinId: string; clientId: string; clientSecret: string } | null;
}
const demoSales = (window: Window) => (window as unknown as { demoSales: DemoSales }).demoSales;

let root: Root | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
  if (root) act(() => root!.unmount());
  host?.remove();
  root = null;
  host = null;
});

function mount(element: ReturnType<typeof createElement>): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(element));
  return host;
}

/** A React 19 controlled input that shows its state, optionally filtering changes. */
function Controlled({ accept = (v: string) => v }: { accept?: (value: string) => string }) {
  const [value, setValue] = useState('');
  return createElement(
    'div',
    null,
    createElement('input', {
      'aria-label': 'Client ID',
      value,
      onChange: (e: { target: { value: string } }) => setValue(accept(e.target.value)),
    }),
    createElement('output', null, `state:${value}`),
  );
}

describe('setFieldValue on a React 19 controlled input', () => {
  it('updates React state, where a plain el.value assignment is lost', () => {
    const el = mount(createElement(Controlled));
    const input = el.querySelector('input')!;

    act(() => {
      input.value = 'lost';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // React's value tracker saw 'lost' written through its own setter: no onChange, state unchanged.
    expect(el.querySelector('output')!.textContent).toBe('state:');

    let result: ReturnType<typeof setFieldValue> | undefined;
    act(() => {
      result = setFieldValue(input, 'abc-123');
    });
    expect(result).toEqual({ ok: true });
    expect(el.querySelector('output')!.textContent).toBe('state:abc-123');
    expect(input.value).toBe('abc-123');
  });

  it('reports not-accepted when the component rewrites the value', () => {
    const el = mount(createElement(Controlled, { accept: (v: string) => v.toUpperCase() }));
    const input = el.querySelector('input')!;
    let result: ReturnType<typeof setFieldValue> | undefined;
    act(() => {
      result = setFieldValue(input, 'abc');
    });
    expect(result).toEqual({ ok: false, reason: 'not-accepted' });
    expect(input.value).toBe('ABC');
  });
});

describe('setFieldValue on other framework styles', () => {
  it('feeds a Vue-like v-model that listens to input events', () => {
    document.body.innerHTML = '<input id="v">';
    const input = document.querySelector<HTMLInputElement>('#v')!;
    const model = { value: '' };
    input.addEventListener('input', () => {
      model.value = input.value;
    });
    expect(setFieldValue(input, 'hello vue')).toEqual({ ok: true });
    expect(model.value).toBe('hello vue');
  });

  it('feeds an Angular-like control that marks touched and commits on blur', () => {
    document.body.innerHTML = '<input id="a">';
    const input = document.querySelector<HTMLInputElement>('#a')!;
    const control = { value: '', dirty: false, touched: false };
    input.addEventListener('input', () => {
      control.dirty = true;
    });
    input.addEventListener('blur', () => {
      control.touched = true;
      control.value = input.value; // updateOn: 'blur'
    });
    expect(setFieldValue(input, 'secret-xyz')).toEqual({ ok: true });
    expect(control).toEqual({ value: 'secret-xyz', dirty: true, touched: true });
    expect(document.activeElement).not.toBe(input);
  });

  it('sets a plain input and a textarea, with bubbling input and change events', () => {
    document.body.innerHTML = '<form><input id="p"><textarea id="t"></textarea></form>';
    const seen: string[] = [];
    const form = document.querySelector('form')!;
    form.addEventListener('input', (e) => seen.push(`input:${(e.target as HTMLElement).id}`));
    form.addEventListener('change', (e) => seen.push(`change:${(e.target as HTMLElement).id}`));
    expect(setFieldValue(document.querySelector<HTMLInputElement>('#p')!, 'one')).toEqual({ ok: true });
    expect(setFieldValue(document.querySelector<HTMLTextAreaElement>('#t')!, 'a@b.co\nc@d.co')).toEqual({
      ok: true,
    });
    expect(seen).toEqual(['input:p', 'change:p', 'input:t', 'change:t']);
    expect(document.querySelector<HTMLTextAreaElement>('#t')!.value).toBe('a@b.co\nc@d.co');
  });

  it('refuses read-only and disabled fields without touching them', () => {
    document.body.innerHTML =
      '<input id="r" readonly value="123-ABC-456"><input id="d" disabled><fieldset disabled><input id="f"></fieldset>';
    let events = 0;
    document.body.addEventListener('input', () => events++);
    expect(setFieldValue(document.querySelector<HTMLInputElement>('#r')!, 'x')).toEqual({
      ok: false,
      reason: 'readonly',
    });
    expect(document.querySelector<HTMLInputElement>('#r')!.value).toBe('123-ABC-456');
    expect(setFieldValue(document.querySelector<HTMLInputElement>('#d')!, 'x')).toEqual({
      ok: false,
      reason: 'disabled',
    });
    expect(setFieldValue(document.querySelector<HTMLInputElement>('#f')!, 'x')).toEqual({
      ok: false,
      reason: 'disabled',
    });
    expect(events).toBe(0);
  });
});

describe('setFieldValue on the demo Set Up form (React-style value tracking, another realm)', () => {
  async function openSetup() {
    const demo = await loadDemo('https://toutapp.com/next?demoState=fresh#settings/marketo-admin');
    const { window, document } = demo;
    const tab = await waitFor(window, () =>
      [...document.querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent === 'Set Up'),
    );
    tab.click();
    const fields = findCredentialFields(document);
    if (!fields.found) throw new Error(fields.reason);
    return { ...demo, fields: fields.value };
  }

  it('the submitted form state holds the values', async () => {
    const { window, document, fields, close } = await openSetup();
    expect(setFieldValue(fields.munchkinId!, '123-ABC-456')).toEqual({ ok: true });
    expect(setFieldValue(fields.clientId, 'client-id-1')).toEqual({ ok: true });
    expect(setFieldValue(fields.clientSecret, 's3cr3t')).toEqual({ ok: true });
    document.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const submitted = demoSales(window).lastSubmit;
    expect(submitted).toEqual({ munchkinId: '123-ABC-456', clientId: 'client-id-1', clientSecret: 's3cr3t' });
    close();
  });

  it('a plain assignment + input event is lost, as in React', async () => {
    const { window, document, fields, close } = await openSetup();
    fields.clientId.value = 'typed-the-wrong-way';
    fields.clientId.dispatchEvent(new window.Event('input', { bubbles: true }));
    document.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(demoSales(window).lastSubmit?.clientId).toBe('');
    expect(fields.clientId.value).toBe('');
    close();
  });
});

describe('setFieldValue into a web component', () => {
  /** A text field component: its <input> in an open shadow root, its value kept on the host. */
  function textField(): { field: HTMLElement; input: HTMLInputElement } {
    const field = document.createElement('x-textfield') as HTMLElement & { value?: string };
    const shadow = field.attachShadow({ mode: 'open' });
    const input = document.createElement('input');
    shadow.append(input);
    input.addEventListener('input', () => {
      field.value = input.value;
    });
    return { field, input };
  }

  it('writes the inner input; the app listening above the host hears input and change', () => {
    const form = document.createElement('form');
    const { field, input } = textField();
    form.append(field);
    document.body.append(form);
    const heard: string[] = [];
    form.addEventListener('input', (e) => heard.push(`input:${(e.target as HTMLElement).localName}`));
    form.addEventListener('change', (e) => heard.push(`change:${(e.target as HTMLElement).localName}`));

    expect(setFieldValue(input, 'abc-123')).toEqual({ ok: true });
    // Retargeted to the host: the events crossed the shadow boundary.
    expect(heard).toEqual(['input:x-textfield', 'change:x-textfield']);
    expect((field as HTMLElement & { value?: string }).value).toBe('abc-123');
    form.remove();
  });

  it('a read-only inner input is refused, not forced', () => {
    const { field, input } = textField();
    input.readOnly = true;
    document.body.append(field);
    expect(setFieldValue(input, 'x')).toEqual({ ok: false, reason: 'readonly' });
    field.remove();
  });
});
