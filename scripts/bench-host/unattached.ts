/**
 * A Chromium that no debugger holds while the panel starts, for timing it (`npm run bench:host`).
 *
 * Why not Playwright for these visits: Playwright auto-attaches to every new target with
 * `waitForDebuggerOnStart`, out-of-process frames included. The panel document is one (an
 * extension page framed in the host), so Chromium defers its navigation until Playwright has set
 * the frame up (its domains enabled, the page's init scripts installed, `runIfWaitingForDebugger`)
 * and then runs Playwright's init scripts in it too. No user's browser does any of that. Measured
 * on 2 cores, visits of one build interleaved: the panel usable 168 ms after recognition under
 * Playwright, 138 ms here (24 visits each).
 *
 * Here the browser is launched with `--remote-debugging-pipe` and driven over raw CDP (NUL-framed
 * JSON on file descriptors 3 and 4, as Playwright does) without `Target.setAutoAttach`: only the
 * host page is attached (to install the marks script before it loads); the panel's frame is
 * attached once its start-up is over, to read its marks.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { DemoServer } from '../../test/demo/serve';
import { CHROMIUM_PATH } from '../../test/e2e/extension';
import { type PanelClock, panelClockExpression } from './marks';

// ------------------------------------------------------------ the pipe

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * CDP over a pipe: each message is JSON followed by a NUL byte. Replies are matched to their
 * command by id; events (no id) are ignored: these visits need none.
 */
export class CdpPipe {
  private next = 0;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private buffer = '';

  constructor(
    private readonly out: Pick<Writable, 'write'>,
    input: Pick<Readable, 'on'>,
  ) {
    input.on('data', (chunk: Buffer | string) => this.receive(chunk.toString()));
    input.on('close', () => this.failAll(new Error('The browser closed its debugging pipe.')));
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  private receive(text: string): void {
    this.buffer += text;
    for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
      const raw = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      const message = JSON.parse(raw) as Reply;
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting || message.id === undefined) continue;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    }
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

// ------------------------------------------------------------ the browser

/**
 * Playwright's own launch flags that bear on timing (test/e2e/extension.ts launches through
 * Playwright with them): no throttling of background timers or renderers, no paint holding, the
 * same headless mode, window size and colour profile.
 */
export const UNATTACHED_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-field-trial-config',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-back-forward-cache',
  '--disable-breakpad',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-features=DestroyProfileOnBrowserClose,HttpsUpgrades,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,OptimizationHints',
  '--allow-pre-commit-input',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-sync',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  '--hide-scrollbars',
  '--mute-audio',
  '--window-size=1400,900',
  '--lang=en-US',
];

export interface UnattachedBrowser {
  cdp: CdpPipe;
  close(): Promise<void>;
}

export function launchUnattached(extensionPath: string, demo: DemoServer): UnattachedBrowser {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msi-bench-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      ...UNATTACHED_FLAGS,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      `--user-data-dir=${userDataDir}`,
      ...demo.chromiumArgs,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const cdp = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  return {
    cdp,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await cdp.send('Browser.close').catch(() => child.kill());
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// ------------------------------------------------------------ one visit

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface UnattachedVisit {
  /** The host's marks (scripts/bench-host/marks.ts `marksScript`), on its clock. */
  host?: { timeOrigin: number; content?: number; dock?: number };
  /** The panel document's marks, on its clock; undefined when it made no usable mark in time. */
  panel?: PanelClock;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens `url` in a new tab with the marks script installed, leaves the panel's frame alone for
 * `settleMs`, then reads its marks (retrying until `timeoutMs`), and closes the tab.
 */
export async function visitUnattached(
  browser: UnattachedBrowser,
  url: string,
  marks: string,
  { settleMs = 1200, timeoutMs = 10_000 } = {},
): Promise<UnattachedVisit> {
  const { cdp } = browser;
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  try {
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    await cdp.send('Page.enable', {}, sessionId);
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: marks }, sessionId);
    const started = Date.now();
    await cdp.send('Page.navigate', { url }, sessionId);
    await sleep(settleMs);
    let panel: PanelClock | undefined;
    while (!panel?.usable && Date.now() - started < timeoutMs) {
      panel = await readPanelTarget(cdp, targetId);
      if (!panel?.usable) await sleep(250);
    }
    const host = await evaluate<UnattachedVisit['host']>(cdp, sessionId, 'window.__benchMarks');
    return { host, panel: panel?.usable ? panel : undefined };
  } finally {
    await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
  }
}

async function evaluate<T>(cdp: CdpPipe, sessionId: string, expression: string): Promise<T | undefined> {
  const { result } = await cdp.send<{ result: { value?: T } }>(
    'Runtime.evaluate',
    { expression, returnByValue: true },
    sessionId,
  );
  return result.value;
}

/**
 * The panel frame of this tab (an out-of-process iframe target; its parent frame is the tab's main
 * frame, whose id is the tab's): attached, read, detached.
 */
async function readPanelTarget(cdp: CdpPipe, tabId: string): Promise<PanelClock | undefined> {
  const { targetInfos } = await cdp.send<{ targetInfos: (TargetInfo & { parentFrameId?: string })[] }>(
    'Target.getTargets',
  );
  const frame = targetInfos.find(
    (t) => t.type === 'iframe' && /\/panel\.html/.test(t.url) && (t.parentFrameId ?? tabId) === tabId,
  );
  if (!frame) return undefined;
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId: frame.targetId,
    flatten: true,
  });
  try {
    return await evaluate<PanelClock>(cdp, sessionId, panelClockExpression);
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}
