/**
 * @vitest-environment jsdom
 *
 * The dock gets out of the way of the host's dialogs and menus, found through
 * open shadow roots too, and comes back once they close (lib/agent/dock-yield.ts,
 * lib/agent/host-popups.ts). jsdom lays nothing out: boxes are given per element.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountDock } from '@/lib/agent/dock';
import { watchDockYield } from '@/lib/agent/dock-yield';
import { clearHighlight, highlightElement } from '@/lib/agent/highlight';
import { hostPopupBoxes } from '@/lib/agent/host-popups';

const boxes = new WeakMap<Element, DOMRect>();
const placeAt = (el: Element, x: number, y: number, w: number, h: number) => {
  boxes.set(el, new DOMRect(x, y, w, h));
  return el;
};
const dockOptions = {
  panelUrl: 'chrome-extension://x/panel.html',
  panelOrigin: 'chrome-extension://x',
  key: '0123456789abcdef0123456789abcdef',
  ui: { collapsed: false, width: 380 },
  app: 'sales',
  page: 'sales-user-management',
  title: 'helper',
};
const setViewport = (width: number, height: number) => {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: height });
};
const settle = () => new Promise((r) => setTimeout(r, 150));

beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return boxes.get(this) ?? new DOMRect(0, 0, 0, 0);
  });
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
  setViewport(1280, 800);
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const el of document.querySelectorAll('msi-panel')) el.remove();
});

function dialog(): HTMLElement {
  const d = document.createElement('div');
  d.setAttribute('role', 'dialog');
  d.setAttribute('aria-modal', 'true');
  d.append(Object.assign(document.createElement('button'), { textContent: 'Next' }));
  return d;
}

describe('host popups', () => {
  it('finds open dialogs, <dialog open>, and dialogs inside open shadow roots; not hidden ones', () => {
    const plain = placeAt(dialog(), 300, 100, 500, 300);
    const native = placeAt(document.createElement('dialog'), 100, 100, 200, 100) as HTMLDialogElement;
    native.setAttribute('open', '');
    const host = document.createElement('ui-dialog');
    const inner = placeAt(dialog(), 320, 120, 480, 280);
    host.attachShadow({ mode: 'open' }).append(inner);
    const hidden = placeAt(dialog(), 0, 0, 100, 100) as HTMLElement;
    hidden.hidden = true;
    document.body.append(plain, native, host, hidden);
    const found = hostPopupBoxes(document);
    expect(found).toHaveLength(3);
    expect(found).toContainEqual({ left: 320, top: 120, right: 800, bottom: 400 });
  });

  it('counts a menu only while it floats (a list laid out in the page is the page)', () => {
    const inPage = placeAt(document.createElement('ul'), 1000, 100, 200, 200);
    inPage.setAttribute('role', 'listbox');
    const popup = placeAt(document.createElement('ul'), 1000, 100, 200, 200) as HTMLElement;
    popup.setAttribute('role', 'menu');
    document.body.append(inPage);
    expect(hostPopupBoxes(document)).toEqual([]);
    popup.style.position = 'absolute';
    document.body.append(popup);
    expect(hostPopupBoxes(document)).toEqual([{ left: 1000, top: 100, right: 1200, bottom: 300 }]);
  });

  it('takes a full-screen dialog by its controls, not its box', () => {
    const wrapper = placeAt(dialog(), 0, 0, 1280, 800);
    placeAt(wrapper.querySelector('button')!, 600, 500, 80, 30);
    document.body.append(wrapper);
    expect(hostPopupBoxes(document)).toEqual([{ left: 600, top: 500, right: 680, bottom: 530 }]);
  });
});

describe('the dock yields and comes back', () => {
  it('narrows beside a dialog that opens under it, and is back at its width once it closes', async () => {
    const dock = mountDock(document, dockOptions);
    const watch = watchDockYield(document, dock, { open: false });
    expect(dock.host.style.getPropertyValue('width')).toBe('380px');
    const d = placeAt(dialog(), 340, 200, 600, 400);
    document.body.append(d);
    await settle();
    expect(dock.host.getAttribute('data-yield')).toBe('narrow');
    expect(dock.host.style.getPropertyValue('width')).toBe(`${1280 - 940 - 8}px`);
    d.remove();
    await settle();
    expect(dock.host.hasAttribute('data-yield')).toBe(false);
    expect(dock.host.style.getPropertyValue('width')).toBe('380px');
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('380px');
    watch.stop();
  });

  it('is the strip beside a dialog on a 1024 px viewport; the page keeps clear of the strip only', async () => {
    setViewport(1024, 700);
    const dock = mountDock(document, dockOptions);
    // Asked open (toolbar): not the small-viewport start.
    const watch = watchDockYield(document, dock, { open: true });
    expect(dock.host.style.getPropertyValue('width')).toBe('380px');
    document.body.append(placeAt(dialog(), 212, 150, 600, 400));
    await settle();
    expect(dock.host.getAttribute('data-yield')).toBe('strip-right');
    expect(dock.host.style.getPropertyValue('width')).toBe('36px');
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('36px');
    // The stored state is untouched: it is the user's.
    expect(dock.host.getAttribute('data-collapsed')).toBe('false');
    // The user expands it anyway: it stays over the dialog until that closes.
    watch.stay();
    expect(dock.host.style.getPropertyValue('width')).toBe('380px');
    document.body.replaceChildren();
    await settle();
    document.body.append(placeAt(dialog(), 212, 150, 600, 400));
    await settle();
    expect(dock.host.getAttribute('data-yield')).toBe('strip-right');
    watch.stop();
  });

  it('starts as the strip below 1200 px unless asked open', () => {
    setViewport(1100, 700);
    const dock = mountDock(document, dockOptions);
    const watch = watchDockYield(document, dock, { open: false });
    expect(dock.host.style.getPropertyValue('width')).toBe('36px');
    watch.stay();
    expect(dock.host.style.getPropertyValue('width')).toBe('380px');
    watch.stop();
  });

  it('makes room for the control "show me" outlines, and comes back when the outline goes', async () => {
    const dock = mountDock(document, dockOptions);
    const watch = watchDockYield(document, dock, { open: false });
    const button = placeAt(document.createElement('button'), 1200, 300, 60, 30);
    document.body.append(button);
    highlightElement(button, 'Here');
    await settle();
    expect(dock.host.getAttribute('data-yield')).toBe('strip-left');
    // Moved to the left edge for the outline: the page is not pushed about for it.
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('');
    clearHighlight();
    await settle();
    expect(dock.host.hasAttribute('data-yield')).toBe(false);
    watch.stop();
  });
});

describe('the focused control', () => {
  it('makes room for the host control the keyboard focus moved to, not for a framed app', async () => {
    const dock = mountDock(document, dockOptions);
    const watch = watchDockYield(document, dock, { open: false });
    const actions = placeAt(document.createElement('button'), 1180, 80, 80, 30) as HTMLButtonElement;
    const frame = placeAt(document.createElement('iframe'), 0, 60, 1280, 740) as HTMLIFrameElement;
    document.body.append(actions, frame);
    actions.focus();
    await settle();
    expect(dock.host.getAttribute('data-yield')).toBe('strip-left');
    actions.blur();
    await settle();
    expect(dock.host.hasAttribute('data-yield')).toBe(false);
    frame.focus();
    await settle();
    expect(dock.host.hasAttribute('data-yield')).toBe(false);
    watch.stop();
  });
});

describe('a page that fakes dialogs', () => {
  it('can make the dock yield, never make it go: the strip stays, full height, and the user can bring it out', async () => {
    setViewport(1280, 800);
    const dock = mountDock(document, dockOptions);
    const watch = watchDockYield(document, dock, { open: false });
    // Dialogs everywhere, both edges included, re-added on every change.
    const fake = () => {
      for (const [x, w] of [
        [0, 40],
        [300, 600],
        [1240, 40],
      ] as const) {
        const d = placeAt(dialog(), x, 0, w, 800);
        document.body.append(d);
      }
    };
    fake();
    await settle();
    expect(dock.host.getAttribute('data-yield')).toBe('strip-right');
    expect(dock.host.style.getPropertyValue('width')).toBe('36px');
    expect(dock.host.style.getPropertyValue('height')).toBe('100vh');
    expect(dock.attached()).toBe(true);
    // The user's expand wins while those stay open, however the page churns.
    watch.stay();
    fake();
    await settle();
    expect(dock.host.style.getPropertyValue('width')).toBe('380px');
    expect(dock.host.hasAttribute('data-yield')).toBe(false);
    watch.stop();
  });
});
