/**
 * "Next on this page" (issue 15, point 1): a card first in the panel with the one
 * action the page is for; its button brings the section forward or outlines the
 * host's control; sections that cannot apply are not shown; a CSV verdict is
 * scrolled into view.
 */
import type { Frame, Page } from '@playwright/test';
import { demoPage } from '../demo/pages';
import { expect, panel, test, ui } from './fixtures';

test.afterEach(async ({ pageErrors, blockedRequests }) => {
  expect(pageErrors, 'uncaught errors or console errors in the page').toEqual([]);
  expect(blockedRequests, 'requests to hosts outside the demo apps').toEqual([]);
});

const MARKETO_INVITED = 'https://app-ab12.marketo.com/?lang=en&demoState=invited#AD0SI2';
const USERS = 'https://toutapp.com/next?lang=en&demoState=users#settings/admin/user-management';
const BAD = 'Email,First name\r\nnot-an-email,Zoe\r\n';

const card = async (page: Page) => (await ui(page)).getByTestId('next-on-page');
/** Is the element inside the panel frame's visible area? */
const inView = (frame: Frame, testId: string) =>
  frame.getByTestId(testId).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });

test('on Actions Config with the credentials shown: send them, first in the panel; the button brings the section forward', async ({
  page,
}) => {
  await page.goto(MARKETO_INVITED);
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  await expect(await card(page)).toHaveAttribute('data-action', 'send-credentials', { timeout: 12_000 });
  await expect(await card(page)).toContainText('Send the credentials to the Sales app');
  const frame = await ui(page);
  // First: above the checklist and the credentials.
  const cardBox = await frame.getByTestId('next-on-page').boundingBox();
  const checklistBox = await frame.locator('#msi-checklist-heading').boundingBox();
  expect(cardBox!.y).toBeLessThan(checklistBox!.y);
  await frame.getByTestId('next-on-page-go').click();
  await expect.poll(() => frame.evaluate(() => document.activeElement?.id)).toBe('msi-section-credentials');
  expect(await inView(frame, 'credentials-send')).toBe(true);
});

test('on a Salesforce page: no credentials or CSV sections; the button outlines the remote-site control', async ({
  page,
}) => {
  await page.goto(demoPage('salesforce-remote-sites').url('en'));
  await expect(panel(page)).toHaveAttribute('data-page', 'salesforce-remote-sites', { timeout: 10_000 });
  const frame = await ui(page);
  await expect(await card(page)).toHaveAttribute('data-action', 'remote-site');
  await expect(frame.getByTestId('checklist-step-configure-msi-actions-in-salesforce')).toBeVisible();
  await expect(frame.getByTestId('credentials-status')).toHaveCount(0);
  await expect(frame.getByTestId('csv-section')).toHaveCount(0);
  await frame.getByTestId('next-on-page-go').click();
  await expect(page.getByTestId('msi-highlight')).toBeVisible();
});

test('in the CSV dialog: check the file there; the verdict is scrolled into view', async ({ page }) => {
  await page.goto(USERS);
  await expect(panel(page)).toHaveAttribute('data-page', 'sales-user-management', { timeout: 10_000 });
  await expect(await card(page)).toHaveAttribute('data-action', 'check-csv');
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Invite Users via CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite Users via CSV' });
  await expect(dialog).toBeVisible();
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD) });
  const frame = await ui(page);
  // A file chosen in the dialog (the agent holds Next): the card speaks of the dialog's file.
  await expect(await card(page)).toHaveAttribute('data-action', 'check-csv-dialog');
  await expect(frame.getByTestId('csv-report')).toHaveAttribute('data-ok', 'false');
  await expect.poll(() => inView(frame, 'csv-report')).toBe(true);
});
