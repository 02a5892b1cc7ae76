/**
 * @vitest-environment jsdom
 * @vitest-environment-options {"url": "https://app-ab12.marketo.com/#AD0A1"}
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AGENT_FLAG, markAgent } from '@/lib/agent/flag';
import { type Bridge, getBridge } from '@/lib/boot/bridge';
import type { AppRecogniser } from '@/lib/boot/recognise';
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
/** The pages the bootstrap reported, in order. */
const reports = (api: ReturnType<typeof fakeExtensionApi>) =>
  api.sendMessage.mock.calls.map(([m]) => {
    const { type, payload } = m as { type: string; payload: { app: string | null; page: string } };
    expect(type).toBe('page:report');
    return `${payload.app}/${payload.page}`;
  });

describe('the bootstrap', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    delete (globalThis as { __msiActionsBridge?: unknown }).__msiActionsBridge;
    delete (globalThis as Record<string, unknown>)[AGENT_FLAG];
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    window.location.hash = '#AD0A1';
    if (realBrowser) Object.defineProperty(globalThis, 'browser', realBrowser);
  });

  it('touches no extension API in a frame of no app of ours', async () => {
    const api = fakeExtensionApi();
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([{ ...marketoApp, matchesUrl: () => false }]);
    await vi.advanceTimersByTimeAsync(6000);
    expect(bridge().top).toEqual({ app: null, page: 'unknown' });
    expect(api.touched).toEqual([]);
  });

  it('reports a page of the guide when it appears and when it goes; any other page of the app sends nothing', async () => {
    const api = fakeExtensionApi();
    document.body.textContent = 'My Marketo · Database · Admin';
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(200);
    // An ordinary page of the app: nothing sent, no extension API touched (the background's
    // service worker is not woken); what it is stays on the bridge for the background to read.
    expect(api.touched).toEqual([]);
    expect(bridge().top).toEqual(
      expect.objectContaining({ app: 'marketo', page: 'unknown', instanceHost: 'app-ab12' }),
    );
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(6000);
    expect(reports(api)).toEqual([]);
    // The app renders Actions Config after an XHR, without changing the URL.
    document.body.innerHTML = RECOGNISABLE;
    await vi.advanceTimersByTimeAsync(6000);
    expect(bridge().top.page).toBe('marketo-actions-config');
    expect(reports(api)).toEqual(['marketo/marketo-actions-config']);
    // And when it goes away again (the background stops watching a page that is not there).
    document.body.replaceChildren();
    await vi.advanceTimersByTimeAsync(6000);
    expect(reports(api)).toEqual(['marketo/marketo-actions-config', 'marketo/unknown']);
    // Another ordinary page after that: nothing more to say.
    window.location.hash = '#DB0A1';
    await vi.advanceTimersByTimeAsync(6000);
    expect(reports(api)).toEqual(['marketo/marketo-actions-config', 'marketo/unknown']);
  });

  it('says whether its document already runs our agent (the background then injects without asking first)', async () => {
    const api = fakeExtensionApi();
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([marketoApp]);
    await vi.advanceTimersByTimeAsync(200);
    const agentSaid = () =>
      api.sendMessage.mock.calls.map(([m]) => (m as { payload: { agent?: boolean } }).payload.agent);
    expect(agentSaid()).toEqual([false]);
    // The agent started in this frame (same isolated world); the next report says so.
    markAgent();
    document.body.replaceChildren();
    await vi.advanceTimersByTimeAsync(6000);
    expect(agentSaid()).toEqual([false, true]);
  });

  it('tells the background when the frame leaves the app, so the dock does not outlive the page', async () => {
    const api = fakeExtensionApi();
    const app: AppRecogniser = { ...marketoApp, matchesUrl: (url) => url.hash !== '#elsewhere' };
    document.body.innerHTML = RECOGNISABLE;
    stop = startBootstrap([app]);
    await vi.advanceTimersByTimeAsync(100);
    window.location.hash = '#elsewhere';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(100);
    expect(reports(api)).toEqual(['marketo/marketo-actions-config', 'null/unknown']);
    expect(bridge().top).toEqual({ app: null, page: 'unknown' });
  });

  it('answers the toolbar: load where no dock is up, toggle the dock once up, ignore other apps', async () => {
    fakeExtensionApi();
    stop = startBootstrap([marketoApp]);
    // Pressed before the first check ran.
    expect(bridge().toolbar?.()).toBe('load');
    const toggle = vi.fn();
    bridge().panel = { toggle };
    expect(bridge().toolbar?.()).toBe('toggled');
    expect(toggle).toHaveBeenCalledOnce();
    stop();
    expect(bridge().toolbar).toBeUndefined();
    bridge().panel = undefined;
    stop = startBootstrap([{ ...marketoApp, matchesUrl: () => false }]);
    expect(bridge().toolbar?.()).toBe('ignored');
  });

  it('reports from a sub-frame too, without touching the top frame’s bridge', async () => {
    vi.useRealTimers();
    const api = fakeExtensionApi();
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const sub = iframe.contentDocument as Document;
    // The sub-frame's URL is about:blank here: an app that takes any URL stands in for Marketo's.
    sub.body.innerHTML = RECOGNISABLE;
    const anyUrl = marketoApp.adapters.map((a) => ({ ...a, matchUrl: () => undefined }));
    stop = startBootstrap([{ ...marketoApp, matchesUrl: () => true, adapters: anyUrl }], sub);
    await vi.waitFor(() => expect(reports(api)).toEqual(['marketo/marketo-actions-config']));
    expect(bridge().toolbar).toBeUndefined();
    expect(bridge().top).toEqual({ app: null, page: 'unknown' });
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
    expect(api.sendMessage).not.toHaveBeenCalled();
  });
});
