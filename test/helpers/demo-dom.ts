/**
 * Loads a demo page into jsdom at its real URL, runs its scripts (inline and
 * `/__demo/` ones, served through the same table as Playwright uses) and
 * returns the window. Unit tests of adapters run against these live documents.
 */
import { JSDOM, requestInterceptor, VirtualConsole } from 'jsdom';
import { resolveDemo } from '../demo/routes';

/** Serves demo resources; any other request fails (no network in tests). */
const demoInterceptor = requestInterceptor((request: Request) => {
  const res = resolveDemo(request.url);
  if (!res) return new Response('offline', { status: 599 });
  return new Response(new Uint8Array(res.body), {
    status: res.status,
    headers: { 'content-type': res.contentType },
  });
});

export interface DemoDom {
  window: Window & typeof globalThis;
  document: Document;
  /** Navigates within the SPA (sets location.hash or pushState) and waits a tick. */
  navigate(hrefOrHash: string): Promise<void>;
  close(): void;
}

export async function loadDemo(
  url: string,
  options: { storage?: Record<string, string> } = {},
): Promise<DemoDom> {
  const res = resolveDemo(url);
  if (res?.status !== 200) throw new Error(`Not a demo URL: ${url}`);
  const errors: unknown[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => errors.push(e));
  const dom = new JSDOM(res.body.toString('utf8'), {
    url,
    runScripts: 'dangerously',
    resources: { interceptors: [demoInterceptor] } as never,
    pretendToBeVisual: true,
    virtualConsole,
    beforeParse(window) {
      for (const [k, v] of Object.entries(options.storage ?? {})) window.localStorage.setItem(k, v);
    },
  });
  const window = dom.window as unknown as Window & typeof globalThis;
  await new Promise<void>((resolve) => {
    if (window.document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  await tick(window);
  if (errors.length) throw new Error(`Demo page ${url} threw: ${String(errors[0])}`);
  return {
    window,
    document: window.document,
    async navigate(hrefOrHash) {
      if (hrefOrHash.startsWith('#')) window.location.hash = hrefOrHash;
      else {
        window.history.pushState(null, '', hrefOrHash);
        window.dispatchEvent(new window.PopStateEvent('popstate'));
      }
      await tick(window);
    },
    close: () => window.close(),
  };
}

/** Lets timers of 0 ms and microtasks run. */
export const tick = (window: Window, ms = 0) => new Promise<void>((r) => window.setTimeout(r, ms));

/** Polls until `fn` returns a truthy value (bounded). */
export async function waitFor<T>(
  window: Window,
  fn: () => T | null | undefined | false,
  timeoutMs = 2000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error('waitFor: timed out');
    await tick(window, 10);
  }
}
