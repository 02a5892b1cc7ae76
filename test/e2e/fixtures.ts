import { type BrowserContext, test as base, expect, type Page, type Worker } from '@playwright/test';
import { panelViolations } from './a11y';
import { type Launched, launchWithExtension } from './extension';
import { panelFrame } from './panel-frame';

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
    // Every state a test leaves the panel in is checked by axe (issue 15: "in every state the
    // e2e suite reaches"); a panel that is going away as the test ends is not a state.
    const frame = page.isClosed() ? undefined : panelFrame(page);
    const violations = frame ? await panelViolations(frame).catch(() => []) : [];
    expect(violations, 'axe violations in the panel as the test left it').toEqual([]);
  },
});

export { expect };

/**
 * Clipboard access for the host page (the test reads it there) and for the panel,
 * an extension page framed in it where the copy happens. Playwright takes no
 * chrome-extension:// origin, so the grant is for every origin of this context.
 */
export async function grantClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/** The dock's host element in the page (it keeps data-app, data-page and data-collapsed). */
export const panel = (page: Page) => page.getByTestId('msi-panel');

export { ui } from './panel-frame';
