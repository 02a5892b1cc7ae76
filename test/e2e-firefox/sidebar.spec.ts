/**
 * Side-panel mode in Firefox: the panel in the browser's own sidebar
 * (sidebar_action), nothing of ours in the page. BiDi does not list the
 * sidebar as a browsing context: it is opened by a real click in an extension
 * page (sidebarAction.open needs a user action) and read from that page through
 * extension.getViews({ type: 'sidebar' }), which hands extension pages each
 * other's documents in Firefox.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { demoPage } from '../demo/pages';
import { byTestId, count, openExtensionPage } from './firefox';
import { eventually, firefoxLane } from './lane';

const lane = firefoxLane();

const MARKETO = 'https://app-ab12.marketo.com/?lang=en&demoState=invited#AD0SI2';

type Ext = {
  browser: {
    storage: { local: { set(items: object): Promise<void> } };
    sidebarAction: { open(): Promise<void> };
    extension: { getViews(filter: { type: string }): Window[] };
  };
};

/** An attribute of an element of the sidebar's document, read from the options page. */
const sidebarAttr = (options: Page, testId: string, name: string) =>
  options
    .evaluate(
      (selector, n) => {
        const { extension } = (globalThis as unknown as Ext).browser;
        const [view] = extension.getViews({ type: 'sidebar' });
        return view?.document.querySelector(selector)?.getAttribute(n) ?? null;
      },
      byTestId(testId),
      name,
    )
    .catch(() => null);

describe('side-panel mode in Firefox', () => {
  it('shows the active tab in the sidebar, follows tab switches, and adds nothing to the page', async () => {
    const { page, ff } = lane;
    const options = await ff.newPage();
    await openExtensionPage(options, 'options.html', byTestId('options-locale'));
    await options.evaluate(async () => {
      const { storage } = (globalThis as unknown as Ext).browser;
      await storage.local.set({
        settings: { locale: 'auto', clipboardClearSeconds: 30, carryMinutes: 10, panelPlace: 'side' },
        settings$: { v: 3 },
      });
      const button = document.createElement('button');
      button.id = 'open-sidebar';
      button.textContent = 'Open the sidebar';
      button.onclick = () => {
        void (globalThis as unknown as Ext).browser.sidebarAction.open();
      };
      document.body.append(button);
    });
    await options.click('#open-sidebar');

    await page.bringToFront();
    await page.goto(MARKETO);
    await eventually(() => sidebarAttr(options, 'msi-panel', 'data-page'), 15_000).toBe(
      'marketo-actions-config',
    );
    await eventually(() => sidebarAttr(options, 'credentials-status', 'data-state')).toBe('ready');
    // Nothing of ours in the page: no dock, no margin.
    expect(await count(page, 'msi-panel')).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');

    // Another tab becomes active: the sidebar shows it.
    const sales = await ff.newPage();
    await sales.goto(demoPage('sales-marketo-settings').url('en'));
    await eventually(() => sidebarAttr(options, 'msi-panel', 'data-page')).toBe('sales-marketo-settings');
    expect(await count(sales, 'msi-panel')).toBe(0);
    await page.bringToFront();
    await eventually(() => sidebarAttr(options, 'msi-panel', 'data-page')).toBe('marketo-actions-config');
  });
});
