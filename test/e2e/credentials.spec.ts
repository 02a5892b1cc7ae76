import type { Page, Worker } from '@playwright/test';
import { demoPage } from '../demo/pages';
import { expect, grantClipboard, panel, test, ui } from './fixtures';

const MARKETO = 'https://app-ab12.marketo.com/?lang=en&demoState=invited#AD0SI2';
const status = async (page: Page) => (await ui(page)).getByTestId('credentials-status');

/** The demo's generated values, from the demo app's own state (main world). */
async function pageCredentials(page: Page) {
  return page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('demo:marketo') ?? '{}');
    return state.credentials as { clientId: string; clientSecret: string };
  });
}

async function setSettings(sw: Worker, values: Record<string, unknown>) {
  await sw.evaluate(async (v) => {
    await chrome.storage.local.set({
      settings: { locale: 'auto', clipboardClearSeconds: 30, carryMinutes: 10, ...v },
      settings$: { v: 2 },
    });
  }, values);
}

async function everythingVisibleTo(page: Page): Promise<string> {
  // Page DOM (attributes and text, including our open shadow root) except form values.
  return page.evaluate(() => {
    const parts: string[] = [location.href, document.documentElement.outerHTML];
    for (const host of document.querySelectorAll('msi-panel, msi-highlight')) {
      parts.push(host.shadowRoot?.innerHTML ?? '');
    }
    return parts.join('\n');
  });
}

async function storageDump(sw: Worker) {
  return sw.evaluate(async () =>
    JSON.stringify({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
    }),
  );
}

test('read in Marketo, send, fill the Sales app form in another tab; the secret stays in memory', async ({
  page,
  context,
  sw,
  pageErrors,
}) => {
  const consoleText: string[] = [];
  const urls: string[] = [];
  context.on('page', (p) => p.on('console', (m) => consoleText.push(m.text())));
  page.on('console', (m) => consoleText.push(m.text()));
  context.on('request', (r) => urls.push(r.url()));
  sw.on('console', (m) => consoleText.push(m.text()));

  await page.goto(MARKETO);
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  await expect(await status(page)).toHaveAttribute('data-state', 'ready', { timeout: 10_000 });
  const { clientId, clientSecret } = await pageCredentials(page);
  // The page's own masked state is restored after our read.
  await expect(page.getByText(clientSecret)).toHaveCount(0);
  await expect(await status(page)).toHaveAttribute('data-state', 'ready');
  expect(await everythingVisibleTo(page)).not.toContain(clientSecret);

  await (await ui(page)).getByTestId('credentials-send').click();
  await expect((await ui(page)).getByTestId('credentials-carried')).toContainText(clientSecret.slice(-4));
  // On a page whose values can be read, "ready" describes that page even while values are carried.
  await expect(await status(page)).toHaveAttribute('data-state', 'ready');

  const sales = await context.newPage();
  urls.push(sales.url());
  await sales.goto(demoPage('sales-marketo-settings').url('en'));
  await expect(panel(sales)).toHaveAttribute('data-page', 'sales-marketo-settings');
  await expect(await status(sales)).toHaveAttribute('data-state', 'carried');
  await (await ui(sales)).getByTestId('credentials-fill').click();
  await expect((await ui(sales)).getByTestId('credentials-fill-preview')).toContainText('123-ABC-456');
  await (await ui(sales)).getByTestId('credentials-fill-confirm').click();
  await expect(await status(sales)).toHaveAttribute('data-state', 'filled');
  await expect((await ui(sales)).locator('[data-field="clientSecret"]')).toHaveAttribute(
    'data-outcome',
    'filled',
  );
  await expect((await ui(sales)).locator('[data-field="clientId"]')).toHaveAttribute(
    'data-outcome',
    'filled',
  );
  // The extension pointed at Save but did not press it: the page submits only now, from its own state.
  expect(
    await sales.evaluate(
      () => (window as never as { demoSales: { lastSubmit: unknown } }).demoSales.lastSubmit,
    ),
  ).toBeNull();
  await sales.getByRole('button', { name: 'Save', exact: true }).click();
  const submitted = await sales.evaluate(
    () => (window as never as { demoSales: { lastSubmit: Record<string, string> } }).demoSales.lastSubmit,
  );
  expect(submitted).toMatchObject({ clientId, clientSecret, munchkinId: '123-ABC-456' });

  // One-shot: forgotten after the confirmed fill.
  await expect((await ui(sales)).getByTestId('credentials-carried')).toHaveCount(0);
  expect(await sw.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)))).not.toContain(
    clientSecret,
  );

  // Invariants: no byte of the secret in local/sync storage, console, URLs or the DOM outside the field.
  expect(await storageDump(sw)).not.toContain(clientSecret);
  expect(consoleText.join('\n')).not.toContain(clientSecret);
  expect(urls.join('\n')).not.toContain(clientSecret);
  for (const p of context.pages()) expect(p.url()).not.toContain(clientSecret);
  const salesDom = await everythingVisibleTo(sales);
  expect(salesDom).not.toContain(clientSecret);
  expect(pageErrors).toEqual([]);
});

test('copy buttons clear the clipboard after the delay, only if it still holds our value', async ({
  page,
  context,
  sw,
}) => {
  await grantClipboard(context);
  await setSettings(sw, { clipboardClearSeconds: 2 });
  await page.goto(MARKETO);
  await expect(await status(page)).toHaveAttribute('data-state', 'ready', { timeout: 10_000 });
  const { clientId, clientSecret } = await pageCredentials(page);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await (await ui(page)).getByTestId('credentials-copy-client-secret').click();
  // The panel asks the background for the value, then writes: not done when the click returns.
  await expect.poll(clipboard).toBe(clientSecret);
  await expect((await ui(page)).getByTestId('credentials-note')).toContainText('Clipboard cleared', {
    timeout: 5000,
  });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('');

  await (await ui(page)).getByTestId('credentials-copy-client-id').click();
  await expect.poll(clipboard).toBe(clientId);
  await page.evaluate(() => navigator.clipboard.writeText('my own note'));
  await expect((await ui(page)).getByTestId('credentials-note')).toContainText('holds something else', {
    timeout: 5000,
  });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('my own note');
});

test('carried values expire, can be forgotten, and never reach other Sales pages', async ({
  page,
  context,
  sw,
}) => {
  await page.goto(MARKETO);
  await expect(await status(page)).toHaveAttribute('data-state', 'ready', { timeout: 10_000 });
  const { clientSecret } = await pageCredentials(page);
  await (await ui(page)).getByTestId('credentials-send').click();
  await expect((await ui(page)).getByTestId('credentials-carried')).toBeVisible();

  // Another Sales page: the values are carried but there is nothing to fill, and the page never sees them.
  const users = await context.newPage();
  await users.goto(demoPage('sales-user-management').url('en'));
  await expect(await status(users)).toHaveAttribute('data-state', 'carried');
  await expect((await ui(users)).getByTestId('credentials-fill')).toHaveCount(0);
  expect(await everythingVisibleTo(users)).not.toContain(clientSecret);

  // Forget now.
  await (await ui(users)).getByTestId('credentials-forget').click();
  await expect(await status(users)).toHaveAttribute('data-state', 'none');
  // Nothing of the values is left in memory (the panel hub keeps only which page each tab shows).
  expect(await sw.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)))).not.toMatch(
    /carriedCredentials|clientSecret|clientId/,
  );

  // Time limit: carry again, then let the deadline pass (moved forward instead of waiting ten minutes).
  await (await ui(page)).getByTestId('credentials-send').click();
  await expect((await ui(page)).getByTestId('credentials-carried')).toBeVisible();
  await sw.evaluate(async () => {
    const { carriedCredentials } = await chrome.storage.session.get('carriedCredentials');
    await chrome.storage.session.set({
      carriedCredentials: { ...(carriedCredentials as object), expiresAt: Date.now() + 1000 },
    });
  });
  await users.waitForTimeout(1500);
  await users.reload();
  await expect(await status(users)).toHaveAttribute('data-state', 'none');
  // Nothing of the values is left in memory (the panel hub keeps only which page each tab shows).
  expect(await sw.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)))).not.toMatch(
    /carriedCredentials|clientSecret|clientId/,
  );
});

test('a fill into the Sales account of another instance asks first, naming both (fr)', async ({
  page,
  context,
}) => {
  // Values read on a sandbox (987-ZYX-654); the Sales account already holds production's ID.
  await page.goto('https://app-ab12.marketo.com/?lang=fr&demoState=invited&munchkinId=987-ZYX-654#AD0SI2');
  await expect(await status(page)).toHaveAttribute('data-state', 'ready', { timeout: 10_000 });
  await (await ui(page)).getByTestId('credentials-send').click();
  await expect((await ui(page)).getByTestId('credentials-carried')).toBeVisible();

  const sales = await context.newPage();
  await sales.goto(demoPage('sales-marketo-settings').url('fr', 'setup-prefilled'));
  await expect(await status(sales)).toHaveAttribute('data-state', 'carried', { timeout: 10_000 });
  const frame = await ui(sales);
  await frame.getByTestId('credentials-fill').click();
  const warning = frame.getByTestId('credentials-instance-warning');
  await expect(warning).toContainText('987-ZYX-654');
  await expect(warning).toContainText('123-ABC-456');
  const fill = frame.getByTestId('credentials-fill-confirm');
  await expect(fill).toBeDisabled();
  // The confirmation names both instances, in French.
  const confirm = frame.getByTestId('credentials-instance-confirm');
  await expect(frame.locator('label', { has: confirm })).toContainText(/987-ZYX-654.*123-ABC-456/);
  await confirm.check();
  await fill.click();
  await expect(await status(sales)).toHaveAttribute('data-state', 'filled');
  expect(await sales.locator('form input').nth(1).inputValue()).not.toBe('');
});

test('an instance without credentials yet explains why and points at the provisioning card', async ({
  page,
}) => {
  await page.goto('https://app-ab12.marketo.com/?lang=fr&demoState=fresh#AD0SI2');
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  await expect(await status(page)).toHaveAttribute('data-state', 'none');
  await expect(await status(page)).toContainText('Integration Information');
  await (await ui(page)).getByRole('button', { name: 'Show me the provisioning card' }).click();
  await expect(page.getByTestId('msi-highlight')).toBeVisible();
});

test('reads credentials from Marketo running inside an experience.adobe.com frame', async ({ page }) => {
  await page.goto('https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/AD0SI2');
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  // A fresh instance in the frame: nothing to read until the first admin is invited.
  await expect(await status(page)).toHaveAttribute('data-state', 'none', { timeout: 10_000 });
  const frame = page.frameLocator('iframe');
  // "Show me" works in the framed page too: the highlight is drawn by that frame's agent.
  await (await ui(page)).getByRole('button', { name: 'Show me the provisioning card' }).click();
  await expect(frame.getByTestId('msi-highlight')).toBeVisible();
  await frame.locator('tr', { hasText: 'admin@acme.com' }).locator('input[type=radio]').check();
  await frame.getByRole('button', { name: 'Send Invite', exact: true }).click();
  await frame.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await expect(await status(page)).toHaveAttribute('data-state', 'ready', { timeout: 10_000 });
  await (await ui(page)).getByTestId('credentials-send').click();
  await expect((await ui(page)).getByTestId('credentials-carried')).toContainText('123-ABC-456');
});
