import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearHighlight, highlightElement } from '@/lib/agent/highlight';
import { watchPage } from '@/lib/agent/watch-page';

/** A button with a box (jsdom lays nothing out: the box is given). */
function target(size = { width: 80, height: 24 }): HTMLButtonElement {
  const el = document.createElement('button');
  el.textContent = 'Connect';
  el.getBoundingClientRect = () =>
    ({ left: 10, top: 20, ...size, right: 10 + size.width, bottom: 20 + size.height }) as DOMRect;
  document.body.append(el);
  return el;
}
const outline = () => document.querySelector('msi-highlight');
const nextFrame = () => new Promise((r) => setTimeout(r, 50));

describe('"show me" outline', () => {
  afterEach(() => {
    clearHighlight();
    watchPage(null);
    document.body.replaceChildren();
  });

  it('outlines the control with its label, placed on its box', () => {
    const handle = highlightElement(target(), 'Here');
    expect(handle?.shown).toBe(true);
    const box = outline()?.shadowRoot?.querySelector<HTMLElement>('[data-testid="msi-highlight"]');
    expect(box?.textContent).toBe('Here');
    expect(box?.style.left).toBe('3px');
    expect(box?.style.width).toBe('94px');
  });

  it('gives page script, which can open its shadow root, nothing but the label the admin sees, and no control', () => {
    highlightElement(target(), 'Here');
    const root = outline()?.shadowRoot;
    expect(root?.textContent?.includes('Here')).toBe(true);
    expect(
      root?.querySelectorAll('button, a, input, select, textarea, iframe, [tabindex], [role]'),
    ).toHaveLength(0);
    // It takes no pointer input: a click on the outline reaches the page's control under it.
    expect(root?.querySelector('style')?.textContent).toMatch(/\.box \{[^}]*pointer-events: none/);
    // The box holds the label only (no page data, no panel text).
    expect(root?.querySelector('[data-testid="msi-highlight"]')?.textContent).toBe('Here');
  });

  it('goes away on Escape', () => {
    const handle = highlightElement(target(), 'Here');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(outline()).toBeNull();
    expect(handle?.shown).toBe(false);
  });

  it('stays while the admin tabs through the page, goes on a click', () => {
    highlightElement(target(), 'Here');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(outline()).not.toBeNull();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(outline()).toBeNull();
  });

  it.each(['hashchange', 'popstate', 'pagehide'])('goes away when the page navigates (%s)', (type) => {
    highlightElement(target(), 'Here');
    window.dispatchEvent(new Event(type));
    expect(outline()).toBeNull();
  });

  it('goes away when a single-page app changes its route with pushState only', async () => {
    const start = window.location.href;
    highlightElement(target(), 'Here');
    history.pushState({}, '', '#/settings/users');
    document.body.append(document.createElement('section')); // the app renders its new route
    await vi.waitFor(() => expect(outline()).toBeNull());
    history.replaceState({}, '', start);
  });

  it('stays while the page changes without a new route', async () => {
    highlightElement(target(), 'Here');
    document.body.append(document.createElement('section'));
    await nextFrame();
    expect(outline()).not.toBeNull();
  });

  it('goes away when its control is gone from the page', async () => {
    const el = target();
    highlightElement(el, 'Here');
    el.remove();
    await nextFrame();
    expect(outline()).toBeNull();
  });

  it('goes away when its control no longer shows anything (hidden by the page)', async () => {
    const el = target();
    highlightElement(el, 'Here');
    el.getBoundingClientRect = () => ({ left: 0, top: 0, width: 0, height: 0 }) as DOMRect;
    el.hidden = true; // a change the page makes: the outline looks again
    await nextFrame();
    expect(outline()).toBeNull();
  });

  it('never outlines empty space: a control without a box is not outlined', () => {
    expect(highlightElement(target({ width: 0, height: 0 }), 'Here')).toBeNull();
    expect(outline()).toBeNull();
  });

  it('goes away by itself after a few seconds', async () => {
    highlightElement(target(), 'Here', 30);
    await nextFrame();
    expect(outline()).toBeNull();
  });

  it('goes away when the panel asks, and when another page is recognised', () => {
    highlightElement(target(), 'Here');
    expect(clearHighlight()).toBe(true);
    expect(clearHighlight()).toBe(false);
    watchPage('salesforce-remote-sites', document);
    highlightElement(target(), 'Here');
    watchPage('salesforce-installed-packages', document);
    expect(outline()).toBeNull();
  });

  it('one outline at a time', () => {
    highlightElement(target(), 'Here');
    highlightElement(target(), 'Here');
    expect(document.querySelectorAll('msi-highlight')).toHaveLength(1);
  });
});
