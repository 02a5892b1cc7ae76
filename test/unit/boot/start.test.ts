/**
 * @vitest-environment jsdom
 * @vitest-environment-options {"url": "https://app-ab12.marketo.com/#AD0A1"}
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Bridge, getBridge } from '@/lib/boot/bridge';
import { startBootstrap } from '@/lib/boot/start';
import { marketoApp } from '@/lib/pages/marketo/app';

const RECOGNISABLE = '<h2>Integration Information</h2><h2>Action Field Sync</h2><p>Client ID</p>';

/** The browser's extension global (`browser`, as in Firefox and the test setup) recording every touch. */
function fakeExtensionApi(options: { invalidated?: boolean } = {}) {
  const runtimeId = options.invalidated ? undefined : 'ext-id';
  const touched: string[] = [];
  const sendMessage = vi.fn(async (_message: unknown) => ({ ok: true }));
  const runtime = {
    get id() {
      touched.push('runtime.id');
      return runtimeId;
    },
    sendMessage,
  };
  Object.defineProperty(globalThis, 'browser', {
    configurable: true,
    get() {
      touched.push('browser');
      return { runtime };
    },
  });
  return { touched, sendMessage };
}

const bridge = () => getBridge() as Bridge;
const realBrowser = Object.getOwnPropertyDescriptor(globalThis, 'browser');
let stop: () => void = () => {};

describe('the bootstrap', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    delete (globalThis as { __msiActionsBridge?: unknown }).__msiActionsBridge;
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    if (realBrowser) Object.defineProperty(globalThis, 'browser', realBrowser);
  });

  it('touches no extension API on a page it does not recognise', async () => {
    const api = fakeExtensionApi();
    document.body.textContent = 'My Marketo · Database · Admin';
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(6000);
    expect(bridge().top).toMatchObject({ app: 'marketo', page: 'unknown' });
    expect(api.touched).toEqual([]);
    expect(api.sendMessage).not.toHaveBeenCalled();
  });

  it('asks once for the panel when the page becomes recognisable', async () => {
    const api = fakeExtensionApi();
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(200);
    expect(api.sendMessage).not.toHaveBeenCalled();
    // The app renders the page after an XHR, without changing the URL.
    document.body.innerHTML = RECOGNISABLE;
    await vi.advanceTimersByTimeAsync(6000);
    expect(bridge().top.page).toBe('marketo-actions-config');
    expect(api.sendMessage.mock.calls).toEqual([[{ type: 'panel:load', payload: { reason: 'recognised' } }]]);
  });

  it('answers the toolbar: load the panel, toggle it once loaded, ignore other apps', async () => {
    fakeExtensionApi();
    stop = startBootstrap([marketoApp]);
    expect(bridge().toolbar?.()).toBe('load');
    expect(bridge().openRequested).toBe(true);
    const toggle = vi.fn();
    bridge().panel = { toggle };
    expect(bridge().toolbar?.()).toBe('toggled');
    expect(toggle).toHaveBeenCalledOnce();
    stop();
    stop = startBootstrap([{ ...marketoApp, matchesUrl: () => false }]);
    expect(bridge().toolbar?.()).toBe('ignored');
  });

  it('takes well-formed sub-frame reports and loads the panel for a recognised frame', async () => {
    const api = fakeExtensionApi();
    stop = startBootstrap([marketoApp]);
    bridge().frameReport?.(3, { app: 'marketo', page: 'not-a-page' });
    bridge().frameReport?.(3, 'nonsense');
    expect(bridge().frames.size).toBe(0);
    bridge().frameReport?.(4, { app: 'marketo', page: 'marketo-actions-config', munchkinId: '123-ABC-456' });
    expect(bridge().frames.get(4)?.page).toBe('marketo-actions-config');
    await vi.advanceTimersByTimeAsync(0);
    expect(api.sendMessage).toHaveBeenCalledWith({ type: 'panel:load', payload: { reason: 'recognised' } });
  });

  it('stops for good when the extension was reloaded under it', async () => {
    const api = fakeExtensionApi({ invalidated: true });
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(0);
    expect(bridge().toolbar).toBeUndefined();
    const touches = api.touched.length;
    document.body.replaceChildren();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(bridge().top.page).toBe('marketo-actions-config');
    expect(api.touched.length).toBe(touches);
  });
});
