/**
 * Host pages built from web components in Firefox (the demo's `?ui=wc` variant,
 * as test/e2e/web-components.spec.ts does it in Chromium): the credentials are
 * read from the Integration Information card whose fields sit inside open shadow
 * roots, and filled into the Sales app's Set Up form whose inputs are inside
 * <ui-textfield> components, through Xray wrappers, with events the page's
 * components hear.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { attr, byTestId, clickText, ui } from './firefox';
import { eventually, firefoxLane } from './lane';

const lane = firefoxLane();

const MARKETO_WC = 'https://app-ab12.marketo.com/?lang=en&demoState=invited&ui=wc#AD0SI2';
const SALES_WC = 'https://toutapp.com/next?lang=en&ui=wc#settings/marketo-admin';

const status = async (page: Page) => attr(await ui(page), byTestId('credentials-status'), 'data-state');

/** The values the page's components hold, as its scripts see them (the inputs inside their shadow roots). */
const componentValues = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('ui-textfield')].map(
      (field) => field.shadowRoot?.querySelector('input')?.value ?? null,
    ),
  );

describe('web components in Firefox', () => {
  it('reads the credentials through shadow roots on Actions Config and fills the Set Up form inside components', async () => {
    const { page, ff } = lane;
    await page.goto(MARKETO_WC);
    // Recognised by the card titles and tab labels rendered inside shadow roots.
    await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('marketo-actions-config');
    await eventually(() => status(page)).toBe('ready');
    const { clientId, clientSecret } = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('demo:marketo') ?? '{}').credentials as {
          clientId: string;
          clientSecret: string;
        },
    );
    // The secret was revealed in its component for the read, then masked again.
    expect(
      await page.evaluate(
        () => document.querySelector('#mkto-client-secret')?.shadowRoot?.querySelector('input')?.value,
      ),
    ).toBe('••••••••');
    await (await ui(page)).click(byTestId('credentials-send'));
    await eventually(async () =>
      (await ui(page)).$eval(byTestId('credentials-carried'), (el) => el.textContent),
    ).toContain(clientSecret.slice(-4));

    const sales = await ff.newPage();
    await sales.goto(SALES_WC);
    await eventually(() => attr(sales, 'msi-panel', 'data-page')).toBe('sales-marketo-settings');
    await eventually(() => status(sales)).toBe('carried');
    await (await ui(sales)).click(byTestId('credentials-fill'));
    // The Set Up tab (a ui-tab whose label lives in its shadow root) was opened for the preview.
    await eventually(async () =>
      (await ui(sales)).$(byTestId('credentials-fill-preview')).then((h) => !!h),
    ).toBe(true);
    expect(
      await sales.evaluate(
        () =>
          [...document.querySelectorAll('[role=tab]')]
            .find((tab) => tab.getAttribute('aria-selected') === 'true')
            ?.getAttribute('label') ?? null,
      ),
    ).toBe('Set Up');
    await (await ui(sales)).click(byTestId('credentials-fill-confirm'));
    await eventually(() => status(sales)).toBe('filled');
    for (const field of ['munchkinId', 'clientId', 'clientSecret']) {
      expect(await attr(await ui(sales), `[data-field="${field}"]`, 'data-outcome')).toBe('filled');
    }
    expect(await componentValues(sales)).toEqual(['123-ABC-456', clientId, clientSecret]);
    // The extension did not press Save; the page saves from its own state (it heard composed events).
    expect(
      await sales.evaluate(
        () => (window as never as { demoSales: { lastSubmit: unknown } }).demoSales.lastSubmit,
      ),
    ).toBeNull();
    await clickText(sales, '[role=button]', 'Save');
    const submitted = await sales.evaluate(
      () => (window as never as { demoSales: { lastSubmit: Record<string, string> } }).demoSales.lastSubmit,
    );
    expect(submitted).toEqual({ munchkinId: '123-ABC-456', clientId, clientSecret });
  });
});
