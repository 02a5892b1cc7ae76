/*
 * Small web components in the style of Adobe's Spectrum Web Components, for
 * the demo pages' web-component variant (`?ui=wc`). Our own code, not
 * Spectrum's: the same shapes that matter to the extension, nothing more.
 *
 * - <ui-field-label for="id">: a label element of its own tag; `for` names a
 *   component by id in the same tree (as sp-field-label names an sp-textfield).
 * - <ui-textfield id type readonly value label visible-label>: the real
 *   <input> sits in the OPEN shadow root. `label` names it by aria-label (no
 *   visible label, like sp-textfield's label); with `visible-label` a
 *   <label for> inside the shadow root shows it. The value lives on the host
 *   (`value` property), updated from the inner input's `input` events; the
 *   inner `change` is re-dispatched from the host, as Spectrum does.
 * - <ui-button type variant disabled>, <ui-action-button label icon>: the host
 *   is the button (role=button, focusable), its text slotted; an icon-only
 *   action button says its `label` only inside its shadow root.
 * - <ui-tabs>/<ui-tab label selected>: role=tab on the host, its text rendered
 *   from `label` inside the shadow root (like sp-tab).
 * - <ui-dialog heading>: role=dialog, aria-modal and the heading INSIDE the
 *   shadow root, the content slotted (like sp-dialog).
 * - <ui-file-field label accept>: <label for> and <input type=file> inside the
 *   shadow root; `files` on the host; `change` re-dispatched from the host.
 * - <ui-card heading>: a <section> with the heading in the shadow root.
 * - <ui-status message>: a status line rendered inside the shadow root.
 * - <ui-radio checked>: role=radio on the host, its text slotted.
 *
 * Plain JS, no framework, no innerHTML with data. Runs in Chromium and jsdom.
 */
(() => {
  if (window.customElements.get('ui-textfield')) return;

  const BASE_CSS = ':host { display: inline-block; font: inherit; } :host([hidden]) { display: none; }';

  /** A shadow root with a <style> and the given nodes. */
  function shadow(host, css, ...nodes) {
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = BASE_CSS + css;
    root.replaceChildren(style, ...nodes);
    return root;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(key, value === true ? '' : String(value));
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  class UiFieldLabel extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      shadow(
        this,
        ' label { font-weight: 600; font-size: 12px; color: #4b4b4b; }',
        el('label', {}, el('slot')),
      );
      // As sp-field-label: a click focuses the field it names (looked up in the label's own tree).
      this.addEventListener('click', () => {
        const target = this.getRootNode().getElementById?.(this.getAttribute('for') || '');
        target?.focus?.();
      });
    }
  }

  let fieldCounter = 0;

  class UiTextfield extends HTMLElement {
    static get observedAttributes() {
      return ['readonly', 'label', 'type', 'placeholder', 'disabled', 'visible-label'];
    }
    constructor() {
      super();
      this._value = this.getAttribute('value') ?? '';
      this._input = el('input', { id: `field-${++fieldCounter}`, part: 'input' });
      this._input.addEventListener('input', () => {
        this._value = this._input.value;
      });
      // Native `change` does not leave the shadow root: the component says it from the host.
      this._input.addEventListener('change', () => {
        this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      });
    }
    connectedCallback() {
      if (!this.shadowRoot) this._render();
    }
    attributeChangedCallback() {
      if (this.shadowRoot) this._render();
    }
    _render() {
      const input = this._input;
      input.type = this.getAttribute('type') || 'text';
      input.readOnly = this.hasAttribute('readonly');
      input.disabled = this.hasAttribute('disabled');
      input.autocomplete = input.type === 'password' ? 'new-password' : 'off';
      input.spellcheck = false;
      const label = this.getAttribute('label');
      const placeholder = this.getAttribute('placeholder');
      if (placeholder) input.placeholder = placeholder;
      let visible = null;
      if (label && this.hasAttribute('visible-label')) {
        input.removeAttribute('aria-label');
        visible = el('label', { for: input.id }, label);
      } else if (label) input.setAttribute('aria-label', label);
      else input.removeAttribute('aria-label');
      input.value = this._value;
      shadow(
        this,
        ' label { display: block; font-weight: 600; font-size: 12px; margin-bottom: 2px; }' +
          ' input { font: inherit; padding: 5px 8px; border: 1px solid #8e8e8e; border-radius: 4px; width: 22em; }' +
          ' input[readonly] { background: #f3f3f3; border-color: #d3d3d3; }',
        el('div', { class: 'textfield' }, visible, input),
      );
    }
    get value() {
      return this._value;
    }
    set value(value) {
      this._value = value == null ? '' : String(value);
      if (this._input.value !== this._value) this._input.value = this._value;
    }
    focus() {
      this._input.focus();
    }
  }

  /** A host that is the button (Spectrum's ButtonBase): role, focus, keyboard, form submit. */
  class UiButton extends HTMLElement {
    static get observedAttributes() {
      return ['disabled'];
    }
    connectedCallback() {
      if (!this.hasAttribute('role')) this.setAttribute('role', 'button');
      this._sync();
      if (this.shadowRoot) return;
      shadow(
        this,
        ' :host { cursor: pointer; padding: 5px 14px; border-radius: 16px; border: 2px solid #4b4b4b;' +
          ' font-weight: 700; user-select: none; }' +
          ' :host([variant=accent]) { background: #1473e6; border-color: #1473e6; color: #fff; }' +
          ' :host([disabled]) { opacity: 0.45; cursor: default; }',
        ...this._content(),
      );
      this.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this.click();
        }
      });
      this.addEventListener(
        'click',
        (event) => {
          if (this.hasAttribute('disabled')) {
            event.stopImmediatePropagation();
            event.preventDefault();
            return;
          }
          if (this.getAttribute('type') === 'submit') this.closest('form')?.requestSubmit();
        },
        true,
      );
    }
    attributeChangedCallback() {
      this._sync();
    }
    _sync() {
      const disabled = this.hasAttribute('disabled');
      this.setAttribute('aria-disabled', String(disabled));
      this.setAttribute('tabindex', disabled ? '-1' : '0');
    }
    _content() {
      return [el('slot')];
    }
  }

  /** A quiet button; icon-only with `label`, which it says inside its shadow root only. */
  class UiActionButton extends UiButton {
    _content() {
      const label = this.getAttribute('label');
      if (!label) return [el('slot')];
      return [
        el('span', { class: 'icon', 'aria-hidden': 'true' }, this.getAttribute('icon') === 'eye' ? '👁' : '•'),
        el('span', { class: 'visually-hidden' }, label),
      ];
    }
  }

  class UiTabs extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      shadow(
        this,
        ' :host { display: block; } [role=tablist] { display: flex; gap: 16px; border-bottom: 2px solid #e1e1e1; }',
        el('div', { role: 'tablist' }, el('slot')),
      );
    }
  }

  class UiTab extends HTMLElement {
    static get observedAttributes() {
      return ['label', 'selected'];
    }
    connectedCallback() {
      this.setAttribute('role', 'tab');
      this._render();
      this.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') this.click();
      });
    }
    attributeChangedCallback() {
      if (this.isConnected) this._render();
    }
    _render() {
      const selected = this.hasAttribute('selected');
      this.setAttribute('aria-selected', String(selected));
      this.setAttribute('tabindex', selected ? '0' : '-1');
      shadow(
        this,
        ' :host { cursor: pointer; padding: 6px 2px; } :host([selected]) { border-bottom: 2px solid #1473e6; font-weight: 700; }',
        el('span', { class: 'label' }, this.getAttribute('label') || ''),
      );
    }
  }

  class UiDialog extends HTMLElement {
    static get observedAttributes() {
      return ['heading'];
    }
    connectedCallback() {
      this._render();
    }
    attributeChangedCallback() {
      if (this.isConnected) this._render();
    }
    _render() {
      shadow(
        this,
        ' :host { display: block; } .dialog { background: #fff; border-radius: 6px; padding: 16px 20px;' +
          ' box-shadow: 0 8px 30px rgb(0 0 0 / 30%); min-width: 420px; }' +
          ' h2 { margin: 0 0 12px; font-size: 18px; }',
        el(
          'div',
          { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'heading' },
          el('h2', { id: 'heading' }, this.getAttribute('heading') || ''),
          el('div', { class: 'content' }, el('slot')),
        ),
      );
    }
  }

  class UiFileField extends HTMLElement {
    constructor() {
      super();
      this._input = el('input', { type: 'file', id: 'file' });
      this._input.addEventListener('change', () => {
        this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      });
    }
    connectedCallback() {
      if (this.shadowRoot) return;
      this._input.accept = this.getAttribute('accept') || '';
      shadow(
        this,
        ' :host { display: block; } label { display: block; font-weight: 600; margin-bottom: 4px; }',
        el('label', { for: 'file' }, this.getAttribute('label') || ''),
        this._input,
      );
    }
    get files() {
      return this._input.files;
    }
  }

  class UiCard extends HTMLElement {
    static get observedAttributes() {
      return ['heading'];
    }
    connectedCallback() {
      this._render();
    }
    attributeChangedCallback() {
      if (this.isConnected) this._render();
    }
    _render() {
      shadow(
        this,
        ' :host { display: block; } section { background: #fff; border: 1px solid #e1e1e1; border-radius: 8px;' +
          ' padding: 12px 16px; margin: 0 0 12px; } h3 { margin: 0 0 10px; font-size: 15px; }' +
          ' ::slotted(ui-field-label) { display: block; margin-top: 8px; }',
        el('section', {}, el('h3', {}, this.getAttribute('heading') || ''), el('slot')),
      );
    }
  }

  class UiStatus extends HTMLElement {
    static get observedAttributes() {
      return ['message'];
    }
    connectedCallback() {
      this._render();
    }
    attributeChangedCallback() {
      if (this.isConnected) this._render();
    }
    _render() {
      shadow(
        this,
        ' :host { display: block; margin: 6px 0; } .dot { display: inline-block; width: 8px; height: 8px;' +
          ' border-radius: 50%; background: #2d9d78; margin-right: 6px; }',
        el('span', { class: 'dot', 'aria-hidden': 'true' }),
        el('span', { class: 'text' }, this.getAttribute('message') || ''),
      );
    }
  }

  class UiRadio extends HTMLElement {
    static get observedAttributes() {
      return ['checked'];
    }
    connectedCallback() {
      this.setAttribute('role', 'radio');
      this.setAttribute('tabindex', '0');
      this._sync();
      if (this.shadowRoot) return;
      shadow(
        this,
        ' :host { display: block; cursor: pointer; padding: 4px 0; } .dot { display: inline-block; width: 10px;' +
          ' height: 10px; border: 2px solid #6e6e6e; border-radius: 50%; margin-right: 8px; }' +
          ' :host([checked]) .dot { background: #1473e6; border-color: #1473e6; }',
        el('span', { class: 'dot', 'aria-hidden': 'true' }),
        el('slot'),
      );
    }
    attributeChangedCallback() {
      this._sync();
    }
    _sync() {
      this.setAttribute('aria-checked', String(this.hasAttribute('checked')));
    }
  }

  const define = (name, cls) => window.customElements.define(name, cls);
  define('ui-field-label', UiFieldLabel);
  define('ui-textfield', UiTextfield);
  define('ui-button', UiButton);
  define('ui-action-button', UiActionButton);
  define('ui-tabs', UiTabs);
  define('ui-tab', UiTab);
  define('ui-dialog', UiDialog);
  define('ui-file-field', UiFileField);
  define('ui-card', UiCard);
  define('ui-status', UiStatus);
  define('ui-radio', UiRadio);
})();
