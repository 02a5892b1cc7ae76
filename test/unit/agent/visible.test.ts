/**
 * The clickjacking check before anything hands out or moves the secret: each
 * trick a page can play on the dock (see through it, cover it, move it, let a
 * decoy pass clicks through) must make it answer "not visible", and a plain
 * dock must pass. jsdom has no layout, so the test gives the geometry a real
 * browser would (element boxes and the element at a point); the styles are
 * real computed styles.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dock } from '@/lib/agent/dock';
import { dockVisibility } from '@/lib/agent/visible';

const W = 1280;
const H = 800;
const DOCK = new DOMRect(W - 360, 0, 360, H);

let host: HTMLElement;
let topAt: (x: number, y: number) => Element | undefined;

function dock(rect = DOCK, attached = true): Dock {
  return {
    host,
    frame: document.createElement('iframe'),
    shown: Promise.resolve(),
    setKey() {},
    setUi() {},
    ui: () => ({ width: 380, collapsed: false }),
    setPlace() {},
    setPage() {},
    setLocale() {},
    rect: () => rect,
    attached: () => attached,
    focus() {},
    remove() {},
  };
}

/** An element the page adds, with the box it would have on screen. */
function plant(style: string, box: DOMRect, parent: Element = document.body): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('style', style);
  el.getBoundingClientRect = () => box;
  parent.append(el);
  return el;
}

beforeEach(() => {
  document.documentElement.removeAttribute('style');
  document.body.replaceChildren();
  host = document.createElement('msi-panel');
  document.documentElement.append(host);
  Object.defineProperty(window, 'innerWidth', { value: W, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: H, configurable: true });
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  topAt = () => host;
  document.elementsFromPoint = (x: number, y: number) => {
    const top = topAt(x, y);
    return top ? [top] : [];
  };
});
afterEach(() => host.remove());

describe('dockVisibility', () => {
  it('passes a dock that is there to be seen', () => {
    expect(dockVisibility(document, dock())).toEqual({ visible: true });
  });

  it('fails without a dock, or when the page took ours away', () => {
    expect(dockVisibility(document, null)).toEqual({ visible: false, why: 'no-dock' });
    expect(dockVisibility(document, dock(DOCK, false))).toEqual({ visible: false, why: 'no-dock' });
  });

  it('fails in a hidden tab', () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    expect(dockVisibility(document, dock()).visible).toBe(false);
  });

  it.each([
    ['opacity: 0.5'],
    ['opacity: 0'],
    ['visibility: hidden'],
    ['filter: opacity(0)'],
    ['transform: scale(0.01)'],
    ['clip-path: inset(50%)'],
    ['mix-blend-mode: multiply'],
  ])('fails when the page styles the dock with %s', (style) => {
    host.setAttribute('style', style);
    expect(dockVisibility(document, dock())).toEqual({ visible: false, why: 'styled' });
  });

  it('fails when the page makes its whole document see-through', () => {
    document.documentElement.setAttribute('style', 'opacity: 0.1');
    expect(dockVisibility(document, dock())).toEqual({ visible: false, why: 'styled' });
  });

  it.each([
    ['shrunk to a sliver', new DOMRect(W - 10, 0, 10, H)],
    ['cut short', new DOMRect(W - 360, 0, 360, H / 2)],
    ['pushed off the right edge', new DOMRect(W, 0, 360, H)],
    ['pushed down', new DOMRect(W - 360, 300, 360, H)],
  ])('fails when the dock is %s', (_, rect) => {
    expect(dockVisibility(document, dock(rect))).toEqual({ visible: false, why: 'moved' });
  });

  it('fails when a decoy takes the clicks at any point of the dock', () => {
    const decoy = plant('position: fixed', new DOMRect(W - 360, 700, 360, 100));
    topAt = (_x, y) => (y > 700 ? decoy : host);
    expect(dockVisibility(document, dock())).toEqual({ visible: false, why: 'covered' });
  });

  it('fails when a picture lets the clicks through to the dock from above it (pointer-events: none)', () => {
    plant('position: fixed; z-index: 2147483647; pointer-events: none', new DOMRect(W - 360, 0, 360, H));
    expect(dockVisibility(document, dock())).toEqual({ visible: false, why: 'covered' });
  });

  it('finds a click-through cover inside an open shadow root', () => {
    const wrapper = plant('position: fixed; z-index: 2147483647', new DOMRect(0, 0, 10, 10));
    const root = wrapper.attachShadow({ mode: 'open' });
    plant('pointer-events: none', new DOMRect(W - 300, 100, 200, 200), root as unknown as Element);
    expect(dockVisibility(document, dock())).toEqual({ visible: false, why: 'covered' });
  });

  it('lets pass what is not over the dock, or paints under it', () => {
    plant('position: fixed; z-index: 2147483647; pointer-events: none', new DOMRect(0, 0, 400, 400));
    plant('position: fixed; z-index: 10; pointer-events: none', new DOMRect(W - 360, 0, 360, H));
    plant('position: fixed; z-index: 2147483647; pointer-events: none; opacity: 0', DOCK);
    expect(dockVisibility(document, dock())).toEqual({ visible: true });
  });
});
