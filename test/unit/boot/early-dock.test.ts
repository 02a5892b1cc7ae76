/**
 * @vitest-environment jsdom
 * @vitest-environment-options {"url": "https://app-ab12.marketo.com/#AD0A1"}
 *
 * The dock the bootstrap puts up on recognising a page of the guide (lib/boot/early-dock.ts),
 * before the background has injected the agent, and the agent taking it over
 * (lib/agent/panel-dock.ts). The page sees one `<msi-panel>` throughout; the panel document gets
 * its key only from the agent.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AGENT_FLAG } from '@/lib/agent/flag';
import { currentDock, putUpDock } from '@/lib/agent/panel-dock';
import { getBridge } from '@/lib/boot/bridge';
import { ADOPT_WITHIN_MS } from '@/lib/boot/early-dock';
import { startBootstrap } from '@/lib/boot/start';
import { marketoApp } from '@/lib/pages/marketo/app';
import { PANEL_SHOWN } from '@/lib/panel/handshake';
import { loadPanel } from '../agent/panel-window';

const RECOGNISABLE = '<h2>Integration Information</h2><h2>Action Field Sync</h2><p>Client ID</p>';
const KEY = '0123456789abcdef0123456789abcdef';
const EXTENSION = 'chrome-extension://ourextensionid';

/** The browser's own extension global as the bootstrap sees it, with what storage.local holds. */
function fakeExtensionApi(stored: Record<string, unknown> = {}) {
  const sendMessage = vi.fn(async (_message: unknown) => ({ ok: true }));
  const getMessage = vi.fn((_name: string) => '');
  const get = vi.fn(async (keys: string[]) =>
    Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]])),
  );
  const api = {
    runtime: { id: 'ourextensionid', sendMessage, getURL: (path: string) => `${EXTENSION}${path}` },
    storage: { local: { get } },
    // The browser's UI language; getMessage is there to show it is never asked (a synchronous round trip).
    i18n: { getUILanguage: () => 'fr-FR', getMessage },
  };
  Object.defineProperty(globalThis, 'browser', { configurable: true, value: api });
  return { sendMessage, get, getMessage };
}

const docks = () => document.querySelectorAll('msi-panel');
const realBrowser = Object.getOwnPropertyDescriptor(globalThis, 'browser');
let stop: () => void = () => {};

describe('the dock the bootstrap puts up', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    document.documentElement.removeAttribute('style');
    delete (globalThis as { __msiActionsBridge?: unknown }).__msiActionsBridge;
    delete (globalThis as Record<string, unknown>)[AGENT_FLAG];
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    for (const el of docks()) el.remove();
    currentDock()?.remove();
    if (realBrowser) Object.defineProperty(globalThis, 'browser', realBrowser);
  });

  it('goes up as the top frame recognises a page of the guide, at the stored width, its frame loading the panel', async () => {
    const api = fakeExtensionApi({ panelUi: { collapsed: false, width: 500 } });
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1280 });
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(0);
    expect(docks()).toHaveLength(1);
    const host = docks()[0] as HTMLElement;
    expect(host.getAttribute('data-testid')).toBe('msi-panel');
    expect(host.getAttribute('data-app')).toBe('marketo');
    expect(host.getAttribute('data-page')).toBe('marketo-actions-config');
    expect(host.shadowRoot).toBeNull();
    expect(host.style.getPropertyValue('width')).toBe('500px');
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('500px');
    const early = getBridge().early!;
    expect(early.frame.src).toBe(`${EXTENSION}/panel.html`);
    // Named in the browser's language (the stored preference is 'auto' here), without asking the browser.
    expect(early.frame.title).toBe('Assistant de configuration MSI Actions');
    expect(api.getMessage).not.toHaveBeenCalled();
    // Reported once the dock is up, saying so: the dock does not wait for the background.
    expect(api.sendMessage).toHaveBeenCalledOnce();
    expect(api.sendMessage.mock.calls[0]?.[0]).toMatchObject({
      type: 'page:report',
      payload: { dock: true },
    });
    // No key in the answer: its panel document gets nothing until the agent has one.
    expect(loadPanel(early.frame)).not.toHaveBeenCalled();
  });

  it('gives its panel the key the background answered with, and says when the panel is shown', async () => {
    const api = fakeExtensionApi();
    api.sendMessage.mockImplementation(async (message: unknown) =>
      (message as { type: string }).type === 'page:report' ? { ok: true, key: KEY } : { ok: true },
    );
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(0);
    const early = getBridge().early!;
    const postMessage = loadPanel(early.frame);
    expect(postMessage).toHaveBeenCalledWith({ msiPanelKey: KEY }, EXTENSION);
    expect(document.documentElement.outerHTML).not.toContain(KEY);
    expect(api.sendMessage).toHaveBeenCalledOnce();
    // A page posting "shown" itself counts for nothing: only our frame's window.
    window.dispatchEvent(new MessageEvent('message', { data: PANEL_SHOWN, source: window }));
    await vi.advanceTimersByTimeAsync(0);
    expect(api.sendMessage).toHaveBeenCalledOnce();
    window.dispatchEvent(
      new MessageEvent('message', { data: PANEL_SHOWN, source: early.frame.contentWindow as Window }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(api.sendMessage).toHaveBeenCalledTimes(2);
    expect(api.sendMessage.mock.calls[1]?.[0]).toEqual({ type: 'dock:shown', payload: {} });
  });

  it('does not send a report gone stale while the dock went up (the page changed meanwhile)', async () => {
    const api = fakeExtensionApi();
    let readStorage = () => {};
    api.get.mockImplementation(() => new Promise((resolve) => (readStorage = () => resolve({}))));
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(0);
    // The page goes before the stored state is read: the bootstrap reports that, and only that.
    document.body.replaceChildren();
    await vi.advanceTimersByTimeAsync(3000);
    readStorage();
    await vi.advanceTimersByTimeAsync(0);
    const reports = api.sendMessage.mock.calls.map(
      (c) => (c[0] as { payload: { page: string; dock?: boolean } }).payload,
    );
    expect(reports.map((r) => r.page)).toEqual(['unknown']);
    expect(reports.some((r) => r.dock)).toBe(false);
  });

  it('names its frame in the language the user chose in the options, over the browser’s', async () => {
    fakeExtensionApi({ settings: { locale: 'ja', panelPlace: 'page' } });
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(0);
    expect(getBridge().early?.frame.title).toBe('MSI Actions セットアップヘルパー');
  });

  it('is taken over by the agent: the same frame, no second dock, and the key posted once the panel has loaded', async () => {
    fakeExtensionApi({ panelUi: { collapsed: true, width: 420 } });
    // A window wide enough for the whole panel (below 1200 px the dock starts as its strip).
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1280 });
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(0);
    const early = getBridge().early!;
    expect(early.host.getAttribute('data-collapsed')).toBe('true');
    // The panel document loaded before the agent came: the key goes as soon as the agent has it.
    const postMessage = loadPanel(early.frame);
    Object.assign(fakeBrowser.runtime, { sendMessage: vi.fn(async () => ({ ok: true })) });
    const ui = { collapsed: false, width: 480 };
    expect(
      await putUpDock({ key: KEY, app: 'marketo', page: 'marketo-actions-config', open: false, ui }),
    ).toBe('new');
    expect(docks()).toHaveLength(1);
    expect(currentDock()).toBe(early);
    expect(getBridge().early).toBeUndefined();
    expect(postMessage).toHaveBeenCalledOnce();
    expect(postMessage).toHaveBeenCalledWith({ msiPanelKey: KEY }, EXTENSION);
    // The validated state the background sent replaces what the bootstrap read.
    expect(early.host.getAttribute('data-collapsed')).toBe('false');
    expect(early.host.style.getPropertyValue('width')).toBe('480px');
    // Nothing of the key in what the page can read.
    expect(document.documentElement.outerHTML).not.toContain(KEY);
  });

  it('starts as the strip on a small viewport, as the agent’s dock does (the page needs its width)', async () => {
    fakeExtensionApi({ panelUi: { collapsed: false, width: 500 } });
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1024 });
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(0);
    const host = docks()[0] as HTMLElement;
    expect(host.style.getPropertyValue('width')).toBe('36px');
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('36px');
    // The user's choice stays expanded: only the place makes room.
    expect(host.getAttribute('data-collapsed')).toBe('false');
  });

  it('draws the default width from a stored state it cannot read (the agent then applies the validated one)', async () => {
    fakeExtensionApi({ panelUi: { collapsed: 'yes', width: '9999px' } });
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1280 });
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(0);
    const host = docks()[0] as HTMLElement;
    expect(host.style.getPropertyValue('width')).toBe('380px');
    expect(host.getAttribute('data-collapsed')).toBe('false');
  });

  it('is not put up when the panel opens in the browser’s side panel, on other pages, or twice', async () => {
    const api = fakeExtensionApi({ settings: { panelPlace: 'side' } });
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(docks()).toHaveLength(0);
    stop();

    // An ordinary page of the app: nothing read, nothing put up.
    fakeExtensionApi({});
    api.get.mockClear();
    document.body.textContent = 'My Marketo · Database · Admin';
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(docks()).toHaveLength(0);
    stop();
  });

  it('leaves the dock to the agent when it is already up, or when the page planted an <msi-panel> of its own', async () => {
    fakeExtensionApi({});
    document.body.innerHTML = RECOGNISABLE;
    getBridge().panel = { toggle: () => {} };
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(docks()).toHaveLength(0);
    expect(getBridge().early).toBeUndefined();
    stop();
    getBridge().panel = undefined;

    const planted = document.createElement('msi-panel');
    document.documentElement.append(planted);
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(1000);
    expect([...docks()]).toEqual([planted]);
    expect(getBridge().early).toBeUndefined();
  });

  it('goes again when no agent took it over in time (the background could not inject one), giving the page its margin back', async () => {
    fakeExtensionApi({});
    document.documentElement.style.setProperty('margin-right', '7px');
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(0);
    expect(docks()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(ADOPT_WITHIN_MS);
    expect(docks()).toHaveLength(0);
    expect(getBridge().early).toBeUndefined();
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('7px');
    // Once per document: the next report does not put another up.
    document.body.replaceChildren();
    await vi.advanceTimersByTimeAsync(100);
    document.body.innerHTML = RECOGNISABLE;
    await vi.advanceTimersByTimeAsync(100);
    expect(docks()).toHaveLength(0);
  });

  it('goes with the bootstrap when it stops (the extension was reloaded) before an agent took it over', async () => {
    fakeExtensionApi({});
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(0);
    expect(docks()).toHaveLength(1);
    stop();
    expect(docks()).toHaveLength(0);
  });
});
