/**
 * The guards of User Management when the Sales app is not the top frame: a Salesforce Lightning
 * tab frames it (another origin). The panel is docked in the top frame (Salesforce) and shows the
 * framed page; the CSV dialog guard and the removal guard hold the controls inside the frame.
 */
import type { FrameLocator, Page } from '@playwright/test';
import { salesforceFramedUserManagement, TEAM_CSV_WITH_ERRORS } from '../demo/pages';
import { heldThenFixed } from './csv-dialog-steps';
import { expect, panel, test, ui } from './fixtures';

const MARKETO =
  'https://engage-ab.marketo.com/?munchkinId=123-ABC-456&lang=en&demoState=fresh#/classic/AD0SI2';

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test.afterEach(async ({ pageErrors, blockedRequests }) => {
  expect(pageErrors, 'uncaught errors or console errors in the page').toEqual([]);
  expect(blockedRequests, 'requests to hosts outside the demo apps').toEqual([]);
});

/** Opens the Salesforce tab; the panel (top frame) shows the framed Sales page, not a Salesforce one. */
async function openFramedUsers(page: Page, state: string): Promise<FrameLocator> {
  await page.goto(salesforceFramedUserManagement('en', state));
  await expect(panel(page)).toHaveAttribute('data-page', 'sales-user-management', { timeout: 10_000 });
  await expect(panel(page)).toHaveAttribute('data-app', 'sales');
  // One panel, in the top frame: none inside the framed Sales page.
  await expect(page.locator('msi-panel')).toHaveCount(1);
  const frame = page.frames().find((f) => f.url().startsWith('https://toutapp.com/'));
  expect(frame, 'the Sales app frame').toBeDefined();
  expect(await frame!.locator('msi-panel').count()).toBe(0);
  return page.frameLocator('iframe[title="Sales Insight Actions"]');
}

test('in a framed Sales page, a bad file holds the dialog\'s Next; the panel on top shows the verdict and "Use the fixed file" goes through', async ({
  page,
}) => {
  const sales = await openFramedUsers(page, 'users');
  await sales.getByRole('button', { name: 'Actions', exact: true }).click();
  await sales.getByRole('menuitem', { name: 'Invite Users via CSV' }).click();
  const dialog = sales.getByRole('dialog', { name: 'Invite Users via CSV' });
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(file('team.csv', TEAM_CSV_WITH_ERRORS));

  const report = (await ui(page)).getByTestId('csv-report');
  await expect(report).toHaveAttribute('data-ok', 'false');
  await expect(report.locator('[data-code="invalid-email"]')).toContainText('not-an-email');
  await expect(report.locator('[data-code="duplicate-email"]')).toHaveCount(1);
  // The hold is shown where the dialog is: inside the frame.
  await expect(sales.getByTestId('csv-hold-marker')).toContainText('errors found (2)');

  // Next is held (the dialog stays on its file step); the fixed file goes in.
  await heldThenFixed(page, dialog);
  await expect(report).toHaveAttribute('data-ok', 'true');
  await expect(sales.getByTestId('csv-hold-marker')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(dialog.getByRole('combobox').first()).toBeVisible();
  await expect(dialog.locator('tbody tr').first()).toContainText('ann.lee@acme.com');
  await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 invitations sent');
});

test('in a framed Sales page, removing the original user after the sync started is stopped until the user confirms in the panel', async ({
  page,
}) => {
  // Marketo: invite the first admin and start the sync (admin@acme.com is the original user).
  await page.goto(MARKETO);
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  await page.locator('tr', { hasText: 'admin@acme.com' }).locator('input[type=radio]').check();
  await page.getByRole('button', { name: 'Send Invite', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Sync', exact: true }).click();
  await page.getByRole('button', { name: 'Start Sync', exact: true }).click();
  await expect((await ui(page)).getByTestId('checklist-step-initiate-data-sync')).toHaveAttribute(
    'data-state',
    'detected',
    { timeout: 12_000 },
  );

  const sales = await openFramedUsers(page, 'users');
  const removeItem = sales.getByRole('menuitem', { name: 'Remove' });
  await sales.getByRole('button', { name: 'Actions for admin@acme.com' }).click();
  await removeItem.click();
  const caution = (await ui(page)).getByTestId('removal-caution');
  await expect(caution).toBeVisible();
  await expect(caution).toContainText('admin@acme.com');
  await expect(sales.getByRole('dialog')).toHaveCount(0); // the app's own confirm did not open
  // The caution takes the focus from the frame (on its safe answer); Escape keeps the user.
  await expect((await ui(page)).getByTestId('removal-caution-cancel')).toBeFocused();
  await expect(caution).toBeInViewport();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MSI-PANEL');
  await page.keyboard.press('Escape');
  await expect(caution).toHaveCount(0);
  // The app never saw the click: no confirm, its row menu still open, the user still listed.
  await expect(sales.getByRole('dialog')).toHaveCount(0);
  await expect(removeItem).toBeVisible();
  await expect(sales.getByRole('cell', { name: 'admin@acme.com', exact: true })).toBeVisible();

  // Confirmed in the panel: the click goes on to the app, whose own confirm opens in the frame.
  await removeItem.click();
  await expect(caution).toBeVisible();
  await (await ui(page)).getByTestId('removal-caution-confirm').click();
  await expect(caution).toHaveCount(0);
  await expect(sales.getByRole('dialog')).toContainText('admin@acme.com');
});
