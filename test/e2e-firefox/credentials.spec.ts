/**
 * Credentials in Firefox: read in Marketo (the agent reveals and masks the secret
 * again through Xray wrappers), carried by the background, filled into the Sales
 * app's form (the native value setter and events the page's framework must see
 * from a content script), confirmed, and saved by the page from its own state.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { demoPage } from '../demo/pages';
import {
  attr,
  byTestId,
  clickText,
  count,
  deepTexts,
  type Firefox,
  openExtensionPage,
  text,
  ui,
} from './firefox';
import { eventually, firefoxLane } from './lane';

const lane = firefoxLane();

const MARKETO = 'https://app-ab12.marketo.com/?lang=en&demoState=invited#AD0SI2';

const status = async (page: Page) => attr(await ui(page), byTestId('credentials-status'), 'data-state');

/** The demo's generated values, from the demo app's own state (main world). */
const pageCredentials = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('demo:marketo') ?? '{}').credentials as {
        clientId: string;
        clientSecret: string;
      },
  );

/**
 * What the extension keeps: storage.local and storage.session, read in the options page
 * (in Firefox the panel's frame has no storage.session).
 */
async function extensionStorage(ff: Firefox): Promise<string> {
  const options = await ff.newPage();
  await openExtensionPage(options, 'options.html', byTestId('options-locale'));
  const dump = await options.evaluate(async () => {
    const { storage } = (
      globalThis as unknown as {
        browser: { storage: Record<'local' | 'session', { get(k: null): Promise<unknown> }> };
      }
    ).browser;
    return JSON.stringify({ local: await storage.local.get(null), session: await storage.session.get(null) });
  });
  await options.close();
  return dump;
}

/** The page's DOM as its scripts see it (attributes and text), without form values. */
const pageDom = (page: Page) =>
  page.evaluate(() => `${location.href}\n${document.documentElement.outerHTML}`);

describe('credentials in Firefox', () => {
  it('read in Marketo, send, fill the Sales app form in another tab, confirm; the page saves its own state', async () => {
    const { page, ff } = lane;
    await page.goto(MARKETO);
    await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('marketo-actions-config');
    await eventually(() => status(page)).toBe('ready');
    const { clientId, clientSecret } = await pageCredentials(page);
    // The page's own masked state is restored after our read, and nothing of the secret is in its DOM.
    expect(await pageDom(page)).not.toContain(clientSecret);

    await (await ui(page)).click(byTestId('credentials-send'));
    await eventually(async () => text(await ui(page), byTestId('credentials-carried'))).toContain(
      clientSecret.slice(-4),
    );

    const sales = await ff.newPage();
    await sales.goto(demoPage('sales-marketo-settings').url('en'));
    await eventually(() => attr(sales, 'msi-panel', 'data-page')).toBe('sales-marketo-settings');
    await eventually(() => status(sales)).toBe('carried');
    await (await ui(sales)).click(byTestId('credentials-fill'));
    await eventually(async () => text(await ui(sales), byTestId('credentials-fill-preview'))).toContain(
      '123-ABC-456',
    );
    await (await ui(sales)).click(byTestId('credentials-fill-confirm'));
    await eventually(() => status(sales)).toBe('filled');
    for (const field of ['clientId', 'clientSecret']) {
      expect(await attr(await ui(sales), `[data-field="${field}"]`, 'data-outcome')).toBe('filled');
    }
    // The fields hold the values as the page's scripts see them; the extension did not press Save.
    const fields = await sales.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('form input')].map((i) => i.value),
    );
    expect(fields).toEqual(['123-ABC-456', clientId, clientSecret]);
    expect(
      await sales.evaluate(
        () => (window as never as { demoSales: { lastSubmit: unknown } }).demoSales.lastSubmit,
      ),
    ).toBeNull();
    // Save submits from the page's own state (its value tracker saw our input events).
    await clickText(sales, 'button', 'Save');
    const submitted = await sales.evaluate(
      () => (window as never as { demoSales: { lastSubmit: Record<string, string> } }).demoSales.lastSubmit,
    );
    expect(submitted).toEqual({ munchkinId: '123-ABC-456', clientId, clientSecret });

    // One-shot: forgotten after the confirmed fill; never in storage, URLs or the page's DOM.
    await eventually(async () => count(await ui(sales), byTestId('credentials-carried'))).toBe(0);
    const kept = await extensionStorage(ff);
    expect(kept).toContain('"local"'); // read, not an empty answer
    expect(kept).not.toContain(clientSecret);
    expect(await pageDom(sales)).not.toContain(clientSecret);
  });

  it('asks before filling the Sales account of another instance, naming both, and fills once confirmed', async () => {
    const { page, ff } = lane;
    await page.goto('https://app-ab12.marketo.com/?lang=ja&demoState=invited&munchkinId=987-ZYX-654#AD0SI2');
    await eventually(() => status(page)).toBe('ready');
    await (await ui(page)).click(byTestId('credentials-send'));
    await eventually(async () => count(await ui(page), byTestId('credentials-carried'))).toBe(1);

    const sales = await ff.newPage();
    await sales.goto(demoPage('sales-marketo-settings').url('en', 'setup-prefilled'));
    await eventually(() => status(sales)).toBe('carried');
    await (await ui(sales)).click(byTestId('credentials-fill'));
    await eventually(async () => text(await ui(sales), byTestId('credentials-instance-warning'))).toContain(
      '987-ZYX-654',
    );
    expect(await text(await ui(sales), byTestId('credentials-instance-warning'))).toContain('123-ABC-456');
    const confirmButton = byTestId('credentials-fill-confirm');
    expect(await (await ui(sales)).$eval(confirmButton, (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    // A click on the disabled button fills nothing.
    await (await ui(sales)).click(confirmButton).catch(() => {});
    expect(await status(sales)).toBe('carried');
    await (await ui(sales)).click(byTestId('credentials-instance-confirm'));
    await (await ui(sales)).click(confirmButton);
    await eventually(() => status(sales)).toBe('filled');
    await sales.close();
  });

  it('reads credentials from Marketo inside an experience.adobe.com frame once the first admin is invited', async () => {
    const { page } = lane;
    await page.goto('https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/AD0SI2');
    await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('marketo-actions-config');
    await eventually(() => status(page)).toBe('none');
    const frame = page
      .mainFrame()
      .childFrames()
      .find((f) => f.url().startsWith('https://engage-'));
    expect(frame, 'the Marketo frame').toBeTruthy();
    // "Show me" is drawn by that frame's agent, in that frame.
    await clickText(await ui(page), 'button', 'Show me the provisioning card');
    await eventually(async () => (await deepTexts(frame!, byTestId('msi-highlight'))).length).toBe(1);
    await frame!.evaluate(() => {
      const row = [...document.querySelectorAll('tr')].find(
        (tr) => tr.textContent?.includes('admin@acme.com') && tr.querySelector('input[type=radio]'),
      );
      (row?.querySelector('input[type=radio]') as HTMLInputElement | undefined)?.click();
    });
    await clickText(frame!, 'button', 'Send Invite');
    await clickText(frame!, 'button', 'OK', '[role=alertdialog]');
    await eventually(() => status(page)).toBe('ready');
    await (await ui(page)).click(byTestId('credentials-send'));
    await eventually(async () => text(await ui(page), byTestId('credentials-carried'))).toContain(
      '123-ABC-456',
    );
  });
});
