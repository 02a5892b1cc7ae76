/**
 * Launches Debian's Chromium with the built extension and serves the demo apps
 * at their real host names (shared by the e2e fixtures and `npm run demo`).
 * Every other request is aborted and recorded: the extension must make none.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { resolveDemo } from '../demo/routes';
import type { DemoServer } from '../demo/serve';

export const EXTENSION_PATH = path.resolve(process.env.EXTENSION_PATH ?? '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  /** Requests that left for a host we do not serve (should stay empty). */
  blockedRequests: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    headless?: boolean;
    locale?: string;
    /** Unpacked extension to load (default EXTENSION_PATH); null launches without any extension. */
    extensionPath?: string | null;
    /** Profile folder to use and keep (to relaunch "the same browser"); a fresh one, removed on close, by default. */
    userDataDir?: string;
    /**
     * Serve the demo apps from this HTTPS server (test/demo/serve.ts) instead of Playwright's
     * routing, which intercepts every request of every frame, the extension's own included (the bench).
     */
    demo?: DemoServer;
  } = {},
): Promise<Launched> {
  const extensionPath = options.extensionPath === undefined ? EXTENSION_PATH : options.extensionPath;
  if (extensionPath !== null && !fs.existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
  }
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'msi-ext-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1400, height: 900 },
    args: [
      ...(extensionPath === null
        ? []
        : [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.demo?.chromiumArgs ?? []),
    ],
  });
  const blockedRequests: string[] = options.demo?.blocked ?? [];
  // Served by the demo server: no routing at all (it would intercept every request of every frame).
  if (!options.demo)
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) {
        return route.continue();
      }
      const res = resolveDemo(url);
      if (!res) {
        blockedRequests.push(url);
        return route.abort('blockedbyclient');
      }
      return route.fulfill({ status: res.status, contentType: res.contentType, body: res.body });
    });
  return {
    context,
    blockedRequests,
    async close() {
      await context.close();
      if (!options.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
