import { type BrowserContext, test as base, expect, type Page, type Worker } from '@playwright/test';
import { type Launched, launchWithExtension } from './extension';

interface Fixtures {
  launched: Launched;
  context: BrowserContext;
  blockedRequests: string[];
  sw: Worker;
  extensionId: string;
  /** Page errors and console errors seen in any page (checked after each test). */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  launched: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  blockedRequests: async ({ launched }, use) => use(launched.blockedRequests),
  sw: async ({ context }, use) => {
    let [sw] = context.serviceWorkers();
    if (!sw) sw = await context.waitForEvent('serviceworker');
    await use(sw);
  },
  extensionId: async ({ sw }, use) => use(sw.url().split('/')[2] as string),
  pageErrors: async ({ context }, use) => {
    const errors: string[] = [];
    const watch = (page: Page) => {
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
  page: async ({ context, sw, pageErrors }, use) => {
    void sw; // the extension is up before the first navigation
    void pageErrors;
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** The panel root inside the open shadow root (Playwright locators pierce it). */
export const panel = (page: Page) => page.getByTestId('msi-panel');
