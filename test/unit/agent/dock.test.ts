/**
 * @vitest-environment jsdom
 * @vitest-environment-options {"url": "https://app-ab12.marketo.com/#AD0SI2"}
 *
 * The dock in the host page (lib/agent/dock.ts, lib/agent/panel-dock.ts), as the page's
 * own script sees it: one `<msi-panel>` element with the app and page ids, a closed
 * shadow root, no iframe and no key anywhere in the document, and the key posted to the
 * panel's origin only.
 *
 * jsdom loads no chrome-extension: document and gives an iframe in a shadow tree no
 * window: the panel's window is a stand-in that records what is posted to it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountDock } from '@/lib/agent/dock';
import { currentDock, putUpDock } from '@/lib/agent/panel-dock';
import { getBridge } from '@/lib/boot/bridge';
import { PANEL_READY, PANEL_SHOWN } from '@/lib/panel/handshake';
import { panelUiItem, settingsItem } from '@/lib/storage/items';
import { loadPanel } from './panel-window';

const KEY = '0123456789abcdef0123456789abcdef';
const PANEL_ORIGIN = 'chrome-extension://ourextensionid';
const options = {
  panelUrl: `${PANEL_ORIGIN}/panel.html`,
  panelOrigin: PANEL_ORIGIN,
  key: KEY,
  ui: { collapsed: false, width: 380 },
  app: 'marketo',
  page: 'marketo-actions-config',
  title: 'MSI Actions setup helper',
};

/** Everything the page's script can read of the document. */
const pageSees = () =>
  [document.documentElement.outerHTML, document.documentElement.textContent ?? ''].join('\n');

beforeEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
});
afterEach(() => {
  for (const el of document.querySelectorAll('msi-panel')) el.remove();
});

describe('the dock, as the host page sees it', () => {
  it('is one <msi-panel> element with the stable hooks: test id, app and page', () => {
    mountDock(document, options);
    const hosts = document.querySelectorAll('[data-testid="msi-panel"]');
    expect(hosts).toHaveLength(1);
    const host = hosts[0] as HTMLElement;
    expect(host.localName).toBe('msi-panel');
    expect(host.getAttribute('data-app')).toBe('marketo');
    expect(host.getAttribute('data-page')).toBe('marketo-actions-config');
    expect(host.getAttributeNames().sort()).toEqual([
      'data-app',
      'data-collapsed',
      'data-page',
      'data-testid',
      'style',
    ]);
    expect(host.childNodes).toHaveLength(0);
  });

  it('keeps its shadow root closed: the page gets no reference, and cannot put an open one in its place', () => {
    const dock = mountDock(document, options);
    const host = document.querySelector('msi-panel') as HTMLElement;
    expect(host).toBe(dock.host);
    expect(host.shadowRoot).toBeNull();
    expect(() => host.attachShadow({ mode: 'open' })).toThrow();
  });

  it('shows the page no iframe, no panel URL and no key, not even while it is being added', async () => {
    const added: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) added.push(...r.addedNodes);
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    const dock = mountDock(document, options);
    loadPanel(dock.frame);
    await Promise.resolve();
    observer.disconnect();

    expect(added.map((n) => n.nodeName)).toEqual(['MSI-PANEL']);
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
    expect(document.getElementsByTagName('iframe')).toHaveLength(0);
    expect([...document.querySelectorAll('*')].some((el) => el.localName === 'iframe')).toBe(false);
    expect(window.frames[0]).toBeUndefined();
    const seen = pageSees();
    expect(seen).not.toContain(KEY);
    expect(seen).not.toContain('panel.html');
    expect(seen).not.toContain(PANEL_ORIGIN);
  });

  it('frames the panel document (our extension page), allowed the clipboard for its own origin and nothing else', () => {
    const dock = mountDock(document, options);
    expect(dock.frame.src).toBe(options.panelUrl);
    // Copy writes, and reads back to clear only our own value; named by origin, not by src.
    expect(dock.frame.allow).toBe(`clipboard-write ${PANEL_ORIGIN}; clipboard-read ${PANEL_ORIGIN}`);
    expect(dock.frame.title).toBe('MSI Actions setup helper');
  });

  it('posts the key to the panel’s own window, for the panel’s origin only', () => {
    const onPageMessage = vi.fn();
    window.addEventListener('message', onPageMessage);
    const dock = mountDock(document, options);
    const postMessage = loadPanel(dock.frame);
    expect(postMessage).toHaveBeenCalledOnce();
    expect(postMessage).toHaveBeenCalledWith({ msiPanelKey: KEY }, PANEL_ORIGIN);
    // The page navigated our frame (its own document now): the key goes out only for our origin,
    // so the browser drops it; never to '*'.
    const again = loadPanel(dock.frame);
    expect(again.mock.calls.every(([, origin]) => origin === PANEL_ORIGIN)).toBe(true);
    window.removeEventListener('message', onPageMessage);
    // The page hears the panel say it is there, and nothing else: no key.
    expect(onPageMessage.mock.calls.map(([e]) => (e as MessageEvent).data)).toEqual([
      PANEL_READY,
      PANEL_READY,
    ]);
  });

  it('gives no key to a page that says it is the panel, nor for any other message from the panel’s window', async () => {
    const dock = mountDock(document, options);
    const postMessage = vi.fn();
    const panelWindow = { postMessage };
    Object.defineProperty(dock.frame, 'contentWindow', { configurable: true, value: panelWindow });
    // Page script posts the ready message itself: its source is the page's window, not our frame's.
    window.postMessage(PANEL_READY, '*');
    await new Promise((resolve) => setTimeout(resolve, 10));
    window.dispatchEvent(new MessageEvent('message', { data: PANEL_READY, source: window }));
    window.dispatchEvent(new MessageEvent('message', { data: PANEL_READY, source: null }));
    // Our frame's window, saying something else.
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { msiPanelReady: 'yes' },
        source: panelWindow as unknown as Window,
      }),
    );
    expect(postMessage).not.toHaveBeenCalled();
    // Once removed, the dock answers nothing.
    dock.remove();
    window.dispatchEvent(
      new MessageEvent('message', { data: PANEL_READY, source: panelWindow as unknown as Window }),
    );
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('knows its panel is shown only when its own frame’s window says so, not when the page does', async () => {
    const dock = mountDock(document, options);
    let shown = false;
    void dock.shown.then(() => {
      shown = true;
    });
    const panelWindow = { postMessage: vi.fn() };
    Object.defineProperty(dock.frame, 'contentWindow', { configurable: true, value: panelWindow });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
    window.postMessage(PANEL_SHOWN, '*');
    window.dispatchEvent(new MessageEvent('message', { data: PANEL_SHOWN, source: window }));
    window.dispatchEvent(
      new MessageEvent('message', { data: PANEL_READY, source: panelWindow as unknown as Window }),
    );
    await settle();
    expect(shown).toBe(false);
    window.dispatchEvent(
      new MessageEvent('message', { data: PANEL_SHOWN, source: panelWindow as unknown as Window }),
    );
    await settle();
    expect(shown).toBe(true);
    dock.remove();
  });

  it('makes room beside it, the strip’s width when collapsed (nothing of the page under it), and gives the page its layout back', () => {
    document.documentElement.style.setProperty('margin-right', '5px');
    const dock = mountDock(document, options);
    expect(dock.host.style.getPropertyValue('width')).toBe('380px');
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('380px');
    dock.setUi({ collapsed: false, width: 412 });
    expect(dock.host.style.getPropertyValue('width')).toBe('412px');
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('412px');
    dock.setUi({ collapsed: true, width: 412 });
    expect(dock.host.style.getPropertyValue('width')).toBe('36px');
    expect(dock.host.getAttribute('data-collapsed')).toBe('true');
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('36px');
    dock.setUi({ collapsed: false, width: 380 });
    dock.remove();
    expect(document.querySelector('msi-panel')).toBeNull();
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('5px');
  });

  it('knows when the page took it out', () => {
    const dock = mountDock(document, options);
    expect(dock.attached()).toBe(true);
    document.querySelector('msi-panel')?.remove();
    expect(dock.attached()).toBe(false);
  });
});

describe('the agent’s hold on the dock (putUpDock)', () => {
  let sendMessage: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    sendMessage = vi.fn(async () => ({ ok: true }));
    Object.assign(fakeBrowser.runtime, { sendMessage });
  });

  it('renames its frame when the admin picks another language in the options', async () => {
    await putUpDock({ key: KEY, app: 'marketo', page: 'marketo-actions-config', open: false, locale: 'en' });
    await settingsItem.set({ ...(await settingsItem.get()), locale: 'de' });
    await vi.waitFor(() => expect(currentDock()?.frame.title).toBe('MSI Actions Einrichtungsassistent'));
  });

  it('names its frame in the language the background sent, English without one', async () => {
    await putUpDock({ key: KEY, app: 'marketo', page: 'marketo-actions-config', open: false, locale: 'ja' });
    expect(currentDock()?.frame.title).toBe('MSI Actions セットアップヘルパー');
    currentDock()?.remove();
    await putUpDock({ key: KEY, app: 'marketo', page: 'marketo-actions-config', open: false });
    expect(currentDock()?.frame.title).toBe('MSI Actions Setup Helper');
  });

  it('puts one dock up, posts its key to the extension’s origin, and shows later pages in the same dock', async () => {
    expect(await putUpDock({ key: KEY, app: 'marketo', page: 'marketo-actions-config', open: false })).toBe(
      'new',
    );
    const dock = currentDock()!;
    const postMessage = loadPanel(dock.frame);
    expect(postMessage).toHaveBeenCalledWith(
      { msiPanelKey: KEY },
      `chrome-extension://${fakeBrowser.runtime.id}`,
    );

    const other = 'fedcba9876543210fedcba9876543210';
    expect(await putUpDock({ key: other, app: 'marketo', page: 'unknown', open: false })).toBe('existing');
    expect(document.querySelectorAll('msi-panel')).toHaveLength(1);
    expect(currentDock()).toBe(dock);
    expect(dock.host.getAttribute('data-page')).toBe('unknown');
    expect(pageSees()).not.toContain(other);
    expect(pageSees()).not.toContain(KEY);
  });

  it('follows the stored state, and the toolbar toggles it', async () => {
    await panelUiItem.set({ collapsed: true, width: 400 });
    // A window wide enough for the whole panel (below 1200 px the dock starts as its strip).
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1280 });
    await putUpDock({ key: KEY, app: 'sales', page: 'sales-user-management', open: false });
    const host = currentDock()!.host;
    expect(host.getAttribute('data-collapsed')).toBe('true');
    getBridge().panel?.toggle();
    await vi.waitFor(() => expect(host.getAttribute('data-collapsed')).toBe('false'));
    expect(host.style.getPropertyValue('width')).toBe('400px');
    getBridge().panel?.toggle();
    await vi.waitFor(() => expect(host.getAttribute('data-collapsed')).toBe('true'));
    // The background asks for the dock open (toolbar on a tab whose bootstrap had no dock to toggle).
    await putUpDock({ key: KEY, app: 'sales', page: 'sales-user-management', open: true });
    await vi.waitFor(() => expect(host.getAttribute('data-collapsed')).toBe('false'));
  });

  it('puts the dock up at the width and collapse the background sent with the request', async () => {
    await panelUiItem.set({ collapsed: true, width: 400 });
    await putUpDock({
      key: KEY,
      app: 'marketo',
      page: 'marketo-actions-config',
      open: false,
      ui: { collapsed: false, width: 520 },
    });
    const host = currentDock()!.host;
    expect(host.getAttribute('data-collapsed')).toBe('false');
    expect(host.style.getPropertyValue('width')).toBe('520px');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('when the page takes the dock out, drops it and asks for a fresh one (new key), never puts the old back', async () => {
    // Clear of the earlier tests' docks (removed after each), which count against the rate limit.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    await putUpDock({ key: KEY, app: 'marketo', page: 'marketo-actions-config', open: false });
    const old = currentDock()!;
    old.host.remove();
    await vi.waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith({ type: 'agent:dock-lost', payload: {} }),
    );
    expect(currentDock()).toBeNull();
    expect(getBridge().panel).toBeUndefined();
    expect(document.querySelector('msi-panel')).toBeNull();

    const fresh = 'fedcba9876543210fedcba9876543210';
    expect(await putUpDock({ key: fresh, app: 'marketo', page: 'marketo-actions-config', open: false })).toBe(
      'new',
    );
    expect(currentDock()).not.toBe(old);
    const postMessage = loadPanel(currentDock()!.frame);
    expect(postMessage).toHaveBeenCalledWith({ msiPanelKey: fresh }, expect.any(String));
    // The page puts our old host back: it is not our dock any more.
    document.documentElement.append(old.host);
    expect(currentDock()!.host).not.toBe(old.host);
    old.host.remove();
  });

  it('asks for a fresh dock at most once every few seconds, against a page that keeps removing it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 120_000);
    const lost = () =>
      sendMessage.mock.calls.filter(([m]) => (m as { type: string }).type === 'agent:dock-lost');
    for (let i = 0; i < 5; i++) {
      await putUpDock({ key: KEY, app: 'marketo', page: 'marketo-actions-config', open: false });
      currentDock()!.host.remove();
      await Promise.resolve();
    }
    await vi.waitFor(() => expect(lost()).toHaveLength(1));
    vi.setSystemTime(Date.now() + 3_000);
    await putUpDock({ key: KEY, app: 'marketo', page: 'marketo-actions-config', open: false });
    currentDock()!.host.remove();
    await vi.waitFor(() => expect(lost()).toHaveLength(2));
  });
});
