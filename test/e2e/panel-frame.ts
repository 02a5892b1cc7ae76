/**
 * The panel's own document: panel.html in an iframe inside the dock's closed shadow root
 * (lib/agent/dock.ts). Page script cannot reach it; Playwright reaches it as a frame of the
 * page. Shared by the e2e fixtures and the demo's journey (no Playwright Test runner here).
 */
import type { Frame, Page } from '@playwright/test';

const PANEL_URL = /^chrome-extension:\/\/[a-p]{32}\/panel\.html/;

/** The panel frame of this page (the dock's, a child of the top frame), if one is there. */
export const panelFrame = (page: Page): Frame | undefined =>
  page
    .frames()
    .find((f) => PANEL_URL.test(f.url()) && f.parentFrame() === page.mainFrame() && !f.isDetached());

/** Waits until the panel is registered and rendered (its dock toggle is there). */
export async function ui(page: Page, timeout = 10_000): Promise<Frame> {
  const until = Date.now() + timeout;
  for (;;) {
    const frame = panelFrame(page);
    if (
      frame &&
      (await frame
        .getByTestId('msi-panel-toggle')
        .count()
        .catch(() => 0)) > 0
    )
      return frame;
    if (Date.now() > until) throw new Error('The panel did not appear in the page.');
    await page.waitForTimeout(50);
  }
}
