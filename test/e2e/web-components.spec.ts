/**
 * Host pages built from web components (the demo's `?ui=wc` variant, our own
 * Spectrum-style components): the extension reads, fills, outlines and guards
 * through open shadow roots, in real Chromium.
 */
import type { Page } from '@playwright/test';
import { expect, panel, test, ui } from './fixtures';

const MARKETO_WC = (state: string) => `https://app-ab12.marketo.com/?lang=en&demoState=${state}&ui=wc#AD0SI2`;
const SALES_WC = 'https://toutapp.com/next?lang=en&ui=wc#settings/marketo-admin';
const USERS_WC = 'https://toutapp.com/next?lang=en&demoState=users&ui=wc#settings/admin/user-management';

const status = async (page: Page) => (await ui(page)).getByTestId('credentials-status');
const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test.afterEach(async ({ pageErrors, blockedRequests }) => {
  expect(pageErrors, 'uncaught errors or console errors in the page').toEqual([]);
  expect(blockedRequests, 'requests to hosts outside the demo apps').toEqual([]);
});

/**
 * The outline "show me" draws (lib/agent/highlight.ts: 4 px around the element,
 * then a 3 px border), as the element's own box.
 */
async function outlined(page: Page) {
  const box = page.getByTestId('msi-highlight');
  await expect(box).toBeVisible();
  const b = (await box.boundingBox())!;
  return { x: b.x + 7, y: b.y + 7, width: b.width - 14, height: b.height - 14 };
}
const near = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  Math.max(
    Math.abs(a.x - b.x),
    Math.abs(a.y - b.y),
    Math.abs(a.width - b.width),
    Math.abs(a.height - b.height),
  );

test('reads the Integration Information card built from components and fills the Set Up form inside their shadow roots', async ({
  page,
  context,
}) => {
  await page.goto(MARKETO_WC('invited'));
  // Recognised by the card titles and tab labels rendered inside shadow roots.
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config', { timeout: 10_000 });
  await expect(await status(page)).toHaveAttribute('data-state', 'ready', { timeout: 10_000 });
  const { clientId, clientSecret } = await page.evaluate(
    () => JSON.parse(localStorage.getItem('demo:marketo') ?? '{}').credentials,
  );
  // The secret was revealed in its field for the read, then masked again.
  await expect(page.locator('#mkto-client-secret input')).toHaveValue('••••••••');
  await (await ui(page)).getByTestId('credentials-send').click();
  await expect((await ui(page)).getByTestId('credentials-carried')).toContainText(clientSecret.slice(-4));

  const sales = await context.newPage();
  await sales.goto(SALES_WC);
  await expect(panel(sales)).toHaveAttribute('data-page', 'sales-marketo-settings', { timeout: 10_000 });
  await (await ui(sales)).getByTestId('credentials-fill').click();
  // The Set Up tab (a ui-tab whose label lives in its shadow root) was opened for the preview.
  await expect((await ui(sales)).getByTestId('credentials-fill-preview')).toBeVisible();
  await expect(sales.getByRole('tab', { name: 'Set Up' })).toHaveAttribute('aria-selected', 'true');
  await (await ui(sales)).getByTestId('credentials-fill-confirm').click();
  await expect(await status(sales)).toHaveAttribute('data-state', 'filled');
  for (const field of ['clientId', 'clientSecret', 'munchkinId']) {
    await expect((await ui(sales)).locator(`[data-field="${field}"]`)).toHaveAttribute(
      'data-outcome',
      'filled',
    );
  }
  // "Show me" outlines Save (a component host) and the extension does not press it.
  const save = sales.getByRole('button', { name: 'Save', exact: true });
  const saveBox = (await save.boundingBox())!;
  expect(near(await outlined(sales), saveBox)).toBeLessThan(2);
  expect(
    await sales.evaluate(
      () => (window as never as { demoSales: { lastSubmit: unknown } }).demoSales.lastSubmit,
    ),
  ).toBeNull();
  // The app heard the values through composed events: Save submits them from its own state.
  await save.click();
  const submitted = await sales.evaluate(
    () => (window as never as { demoSales: { lastSubmit: Record<string, string> } }).demoSales.lastSubmit,
  );
  expect(submitted).toEqual({ munchkinId: '123-ABC-456', clientId, clientSecret });
});

test('"show me" outlines a card whose box is inside a component’s shadow root', async ({ page }) => {
  await page.goto(MARKETO_WC('fresh'));
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config', { timeout: 10_000 });
  await expect(await status(page)).toHaveAttribute('data-state', 'none', { timeout: 10_000 });
  await (await ui(page)).getByRole('button', { name: 'Show me the provisioning card' }).click();
  const card = (await page.locator('ui-card').first().locator('section').boundingBox())!;
  expect(near(await outlined(page), card)).toBeLessThan(2);
});

test('the CSV dialog built from components: its file input in a shadow root is checked and Next held', async ({
  page,
}) => {
  await page.goto(USERS_WC);
  await expect(panel(page)).toHaveAttribute('data-page', 'sales-user-management', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Invite Users via CSV' }).click();
  // role=dialog and its title are inside the <ui-dialog>'s shadow root.
  await expect(page.getByRole('dialog', { name: 'Invite Users via CSV' })).toBeVisible();
  const bad = 'Email,First name\r\nnot-an-email,Ann\r\nbo.king@acme.com,Bo\r\n';
  await page.locator('ui-file-field input[type=file]').setInputFiles(file('team.csv', bad));
  await expect((await ui(page)).getByTestId('csv-report')).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('csv-hold-marker')).toContainText('errors found (1)');
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await next.click();
  await page.waitForTimeout(400);
  await expect(page.getByRole('combobox')).toHaveCount(0); // still on the file step: Next was held

  await (await ui(page)).getByTestId('csv-use-fixed').click();
  await expect((await ui(page)).getByTestId('csv-dialog-status')).toContainText('team-fixed.csv');
  await expect(page.getByTestId('csv-hold-marker')).toHaveCount(0);
  await next.click();
  await expect(page.getByRole('combobox').first()).toBeVisible();
});
