/*
 * Small DOM helpers shared by the Salesforce demo renderers.
 * Everything is built with DOM APIs and textContent: never innerHTML with data.
 */
(() => {
  /**
   * h('a', { class: 'x', href: '/y', onClick: fn }, 'text', child, [more])
   * Attributes whose value is false/null/undefined are left out; `true` sets an empty attribute.
   * `checked`, `value`, `disabled` and `selected` are set as properties too.
   */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (name.startsWith('on') && typeof value === 'function') {
        el.addEventListener(name.slice(2).toLowerCase(), value);
      } else if (name === 'checked' || name === 'value' || name === 'selected' || name === 'disabled') {
        el[name] = value;
        if (name !== 'value') el.setAttribute(name, '');
      } else {
        el.setAttribute(name, value === true ? '' : String(value));
      }
    }
    append(el, children);
    return el;
  }

  function append(parent, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) append(parent, child);
      else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function clear(el) {
    while (el.firstChild) el.firstChild.remove();
  }

  /** Runs `fn` after a short delay, as if the data had just come back from the server. */
  function later(fn, ms) {
    window.setTimeout(fn, ms === undefined ? 50 + Math.round(Math.random() * 150) : ms);
  }

  let idCounter = 0;
  const uid = (prefix) => `${prefix}-${++idCounter}`;

  window.SfDemo = window.SfDemo || {};
  window.SfDemo.ui = { h, append, clear, later, uid };
})();
