/**
 * The Firefox lane's browser: Debian's stock Firefox ESR (FIREFOX_PATH overrides
 * /usr/bin/firefox-esr) driven over WebDriver BiDi by puppeteer-core, with the
 * built extension (`wxt build -b firefox`) installed as a temporary add-on.
 *
 * - The demo apps are served at their real host names by BiDi request
 *   interception on every tab (the same table as the Chromium lane,
 *   test/demo/routes.ts); any other request of a tab is aborted and recorded.
 * - Everything else Firefox would send to the network (the extension's background
 *   and pages, which tab interception does not see) goes to a local proxy that
 *   answers 403 and records it: the extension must send nothing.
 * - Firefox's stdout is kept: with `devtools.console.stdout.content` it carries the
 *   console of pages, content scripts, extension pages and the background, and
 *   every uncaught error, which `page.on('console')` does not all see.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer, {
  type Browser,
  type ElementHandle,
  type Frame,
  type HTTPRequest,
  type Page,
} from 'puppeteer-core';
import { resolveDemo } from '../demo/routes';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_PATH = path.resolve(process.env.FIREFOX_EXTENSION_PATH ?? '.output/firefox-mv2');
const GECKO_ID = 'msi-actions-setup-helper@example.org';
/** Pinned internal UUID, so extension pages have a known moz-extension:// origin. */
export const EXTENSION_UUID = '5d7a3c1e-8b2f-4e6a-9c0d-1f2e3a4b5c6d';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface Firefox {
  browser: Browser;
  /** A new tab, served like every other (bring it to the front before acting in it). */
  newPage(): Promise<Page>;
  /** Requests of tabs to hosts outside the demo apps (aborted). */
  blocked: string[];
  /** Requests that reached the network proxy: neither the tabs' interception nor Firefox's own services. */
  escaped(): string[];
  /** Errors in Firefox's output since `mark` (uncaught errors and console.error of web and extension code). */
  errorsSince(mark: number): string[];
  /** A mark in Firefox's output (its current length). */
  mark(): number;
  close(): Promise<void>;
}

/** Firefox's own services (remote settings, updates…), which may go out whatever the prefs say. */
const FIREFOX_SERVICES = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|dummy\.test)$/;
const KNOWN_NOISE = [
  // Mozilla bug 1633315: logged on unload, harmless.
  /sendRemoveListener on closed conduit/,
  // Firefox's own loggers, which print whatever the console prefs say: "console.error: RSLoader: …"
  // (Nimbus failing to reach remote settings, enabled by Firefox Labs whatever its prefs). Web and
  // extension code never print that shape: their strings are quoted, objects in parentheses.
  /^console\.error: [A-Z][A-Za-z]+: /,
];

export async function launchFirefox(): Promise<Firefox> {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${EXTENSION_PATH}: run \`npm run build:firefox\` first.`);
  }
  if (!fs.existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install firefox-esr (apt) or set FIREFOX_PATH.`);
  }
  const proxy = await startRecordingProxy();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'msi-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    // Lets BiDi open moz-extension:// pages (options, CSV check).
    args: ['--remote-allow-system-access'],
    // Honours services.settings.server below in a release build.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.trr.mode': 5,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'browser.download.dir': profile,
      'browser.download.folderList': 2,
    },
  });
  let output = '';
  const child = browser.process();
  child?.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child?.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  await browser.installExtension(EXTENSION_PATH);

  const blocked: string[] = [];
  const routed = new WeakSet<Page>();
  const route = async (page: Page) => {
    if (routed.has(page)) return;
    routed.add(page);
    await page.setRequestInterception(true);
    page.on('request', (req) => void serve(req, blocked));
  };
  // Tabs the extension opens get the same routing.
  browser.on('targetcreated', (target) => {
    void target
      .page()
      .then((p) => p && route(p))
      .catch(() => {});
  });

  return {
    browser,
    async newPage() {
      const page = await browser.newPage();
      await route(page);
      await page.bringToFront();
      return page;
    },
    blocked,
    escaped: () => proxy.seen.filter((hostPort) => !FIREFOX_SERVICES.test(hostPort.replace(/:\d+$/, ''))),
    mark: () => output.length,
    errorsSince(mark) {
      return output
        .slice(mark)
        .split('\n')
        .filter(
          (line) =>
            /^console\.error: /.test(line) ||
            /^JavaScript error: (https?|moz-extension|blob|data):/.test(line),
        )
        .filter((line) => !KNOWN_NOISE.some((re) => re.test(line)));
    },
    async close() {
      await browser.close().catch(() => {});
      proxy.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function serve(req: HTTPRequest, blocked: string[]): Promise<void> {
  const url = req.url();
  try {
    if (/^(moz-extension|data|blob|about):/.test(url)) return await req.continue();
    const res = resolveDemo(url);
    if (!res) {
      blocked.push(url);
      return await req.abort('blockedbyclient');
    }
    await req.respond({ status: res.status, contentType: res.contentType, body: res.body });
  } catch {
    // The tab closed or navigated away meanwhile.
  }
}

/** An HTTP proxy that records the host of every request and lets none through. */
async function startRecordingProxy(): Promise<{ port: number; seen: string[]; close(): void }> {
  const seen: string[] = [];
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', (data) => {
      const [method, target] = data.toString('latin1').split('\r\n')[0]!.split(' ');
      seen.push(method === 'CONNECT' ? (target ?? '') : safeHost(target ?? ''));
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, seen, close: () => server.close() };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------
// The panel and the page.

export const byTestId = (id: string) => `[data-testid="${id}"]`;

/** Resolves to undefined after `ms` instead of hanging on a frame that went away. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([p, new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}

/**
 * The panel's own document: panel.html in an iframe inside the dock's closed shadow
 * root. Over BiDi, Firefox does not report that frame's navigation (its URL stays
 * about:blank for puppeteer), so each child frame is asked where it is. Waits until
 * the panel is rendered (its dock toggle is there).
 */
export async function ui(page: Page, timeout = 10_000): Promise<Frame> {
  const until = Date.now() + timeout;
  for (;;) {
    for (const frame of page.mainFrame().childFrames()) {
      const ready = await withTimeout(
        frame
          .evaluate(
            (origin, toggle) =>
              location.href.startsWith(`${origin}/panel.html`) && document.querySelector(toggle) !== null,
            EXTENSION_ORIGIN,
            byTestId('msi-panel-toggle'),
          )
          .catch(() => false),
        2000,
      );
      if (ready) return frame;
    }
    if (Date.now() > until) throw new Error('The panel did not appear in the page.');
    await sleep(100);
  }
}

/**
 * Opens an extension page (options, CSV check) in `page` and waits for `ready` in it.
 * BiDi's navigation to moz-extension:// (allowed by --remote-allow-system-access)
 * does not resolve across the process switch, so the content is awaited instead.
 */
export async function openExtensionPage(page: Page, file: string, ready: string): Promise<void> {
  const url = `${EXTENSION_ORIGIN}/${file}`;
  void page.goto(url, { timeout: 15_000 }).catch(() => {});
  const until = Date.now() + 15_000;
  for (;;) {
    const loaded = await withTimeout(
      page
        .evaluate((u, r) => location.href === u && document.querySelector(r) !== null, url, ready)
        .catch(() => false),
      2000,
    );
    if (loaded) return;
    if (Date.now() > until) throw new Error(`${file} did not open.`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Scope = Page | Frame;

/** An attribute of the first element matching `selector`, or null (no element, or no attribute). */
export const attr = (scope: Scope, selector: string, name: string) =>
  scope
    .evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name)
    .catch(() => null);

/** The text of the first element matching `selector`, or null. */
export const text = (scope: Scope, selector: string) =>
  scope.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector).catch(() => null);

export const count = (scope: Scope, selector: string) =>
  scope.evaluate((s) => document.querySelectorAll(s).length, selector).catch(() => 0);

/**
 * The elements matching `selector` in the document and in every open shadow root
 * (what the extension draws in the page: highlights, the hold marker): their
 * texts, in document order.
 */
export const deepTexts = (scope: Scope, selector: string) =>
  scope
    .evaluate((s) => {
      const found: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll(s)) found.push(el.textContent ?? '');
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      return found;
    }, selector)
    .catch(() => [] as string[]);

/** The dock's host element in the page (data-app, data-page, data-collapsed). */
export const dock = (page: Page, name: 'data-app' | 'data-page' | 'data-collapsed') =>
  attr(page, 'msi-panel', name);

/**
 * Clicks a visible, enabled element matching `selector` whose text is `label`, within
 * `root` (default: the document), waiting for it like a user would.
 */
export async function clickText(scope: Scope, selector: string, label: string, root?: string): Promise<void> {
  const handle = await scope.waitForFunction(
    (t, l, r) => {
      const base = r ? document.querySelector(r) : document;
      return [...(base?.querySelectorAll(t) ?? [])].find(
        (el) =>
          el.textContent?.trim() === l &&
          (el as HTMLElement).offsetParent !== null &&
          !(el as HTMLButtonElement).disabled,
      );
    },
    { timeout: 10_000 },
    selector,
    label,
    root ?? null,
  );
  await (handle as ElementHandle<Element>).click();
}

/** The radio button of the table row that mentions `rowText` (Marketo's grids). */
export async function checkRowRadio(scope: Scope, rowText: string): Promise<void> {
  const handle = await scope.waitForFunction(
    (t) =>
      [...document.querySelectorAll('tr')]
        .find((tr) => tr.textContent?.includes(t) && tr.querySelector('input[type=radio]'))
        ?.querySelector('input[type=radio]'),
    { timeout: 10_000 },
    rowText,
  );
  await (handle as ElementHandle<Element>).click();
}

/** Writes `bytes` to a temporary file named `name` (for `uploadFile`). */
export function tempFile(name: string, bytes: Uint8Array | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'msi-ff-file-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}
