import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator, Page } from '@playwright/test';
import { TEAM_CSV_WITH_ERRORS } from '../demo/pages';
import { panelViolations } from './a11y';
import { heldThenFixed } from './csv-dialog-steps';
import { expect, panel, test, ui } from './fixtures';

const USERS = 'https://toutapp.com/next?lang=en&demoState=users#settings/admin/user-management';

const BAD = TEAM_CSV_WITH_ERRORS;
const GOOD = 'Email,First name,Last name\r\nzoe.park@acme.com,Zoe,Park\r\n';

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test.afterEach(async ({ pageErrors, blockedRequests }) => {
  expect(pageErrors, 'uncaught errors or console errors in the page').toEqual([]);
  expect(blockedRequests, 'requests to hosts outside the demo apps').toEqual([]);
});

async function openCsvDialog(page: Page): Promise<Locator> {
  await page.goto(USERS);
  await expect(panel(page)).toHaveAttribute('data-page', 'sales-user-management', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Invite Users via CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite Users via CSV' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The demo's mapping screen: one row per CSV column (name, example value). */
async function mappingRows(dialog: Locator): Promise<string[][]> {
  await expect(dialog.getByRole('combobox').first()).toBeVisible();
  return dialog
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent ?? '')),
    );
}

const report = async (page: Page) => (await ui(page)).getByTestId('csv-report');

test('a bad file is caught at the dialog: Next is held; "Use the fixed file" goes through to the mapping screen', async ({
  page,
}) => {
  const dialog = await openCsvDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(file('team.csv', BAD));
  await expect(await report(page)).toHaveAttribute('data-ok', 'false');
  await expect((await report(page)).locator('[data-code="invalid-email"]')).toContainText('not-an-email');
  await expect((await report(page)).locator('[data-code="duplicate-email"]')).toHaveCount(1);
  await expect(page.getByTestId('csv-hold-marker')).toContainText('errors found (2)');

  await heldThenFixed(page, dialog);
  await expect(await report(page)).toContainText('Report for team-fixed.csv');
  await expect(await report(page)).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('csv-hold-marker')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  expect(await mappingRows(dialog)).toEqual([
    ['Email', 'ann.lee@acme.com'],
    ['First name', 'Ann'],
    ['Last name', 'Lee'],
  ]);
  await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 invitations sent');
});

test('a good file passes untouched: Next works at once', async ({ page }) => {
  const dialog = await openCsvDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(file('good.csv', GOOD));
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  expect(await mappingRows(dialog)).toEqual([
    ['Email', 'zoe.park@acme.com'],
    ['First name', 'Zoe'],
    ['Last name', 'Park'],
  ]);
  await expect(await report(page)).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('csv-hold-marker')).toHaveCount(0);
  await expect((await ui(page)).getByTestId('csv-upload-anyway')).toBeDisabled();
});

test('"Upload anyway" releases Next with the file as chosen', async ({ page }) => {
  const dialog = await openCsvDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(file('team.csv', BAD));
  await expect(await report(page)).toHaveAttribute('data-ok', 'false');
  await (await ui(page)).getByTestId('csv-upload-anyway').click();
  await expect(page.getByTestId('csv-hold-marker')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  expect(await mappingRows(dialog)).toEqual([
    ['Email', 'Ann Lee <ann.lee@acme.com>'],
    ['First name', 'Ann'],
    ['Last name', 'Lee'],
  ]);
});

test("the panel's drop zone checks a file against the instance before the dialog is opened", async ({
  page,
}) => {
  await page.goto(USERS);
  await expect(panel(page)).toHaveAttribute('data-page', 'sales-user-management', { timeout: 10_000 });
  await expect(page.getByText('Showing 1–10 of 23')).toBeVisible();
  // 23 users + 78 new ones = 101 > 100 seats; admin@acme.com is already a user.
  const rows = Array.from({ length: 78 }, (_, i) => `new${i}@acme.com`);
  await (await ui(page))
    .getByTestId('csv-file-input')
    .setInputFiles(file('many.csv', `Email\n${rows.join('\n')}\nadmin@acme.com\n`));
  await expect(await report(page)).toHaveAttribute('data-ok', 'false');
  await expect((await report(page)).locator('[data-code="seat-limit"]')).toContainText(
    '78 new users with 23 already',
  );
  await expect((await report(page)).locator('[data-code="existing-user"]')).toContainText('admin@acme.com');

  // Drag and drop a good file onto the zone.
  const frame = await ui(page);
  // Made in the panel's document: a drop hands the panel what the user dragged there.
  const transfer = await frame.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Email\nzoe.park@acme.com\n'], 'dropped.csv', { type: 'text/csv' }));
    return dt;
  });
  await frame.getByTestId('csv-dropzone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(await report(page)).toHaveAttribute('data-ok', 'true');
  await expect(await report(page)).toContainText('dropped.csv');
});

test('the checker page checks a file and downloads the fixed CSV and the report', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/checker.html`);
  await expect(page).toHaveTitle('CSV check: MSI Actions Setup Helper');
  await expect(page.getByTestId('csv-dropzone')).toBeVisible();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a file…' }).click(),
  ]);
  await chooser.setFiles(file('team.csv', BAD));
  await expect(page.getByTestId('csv-report')).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('csv-grid').locator('tr[data-row="3"] td[data-mark="error"]')).toHaveText(
    'not-an-email',
  );
  await expect(page.getByTestId('csv-download-fixed')).toBeEnabled();

  const [fixed] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('csv-download-fixed').click(),
  ]);
  expect(fixed.suggestedFilename()).toBe('team-fixed.csv');
  expect(fs.readFileSync(await fixed.path(), 'utf8')).toBe(
    'Email,First name,Last name\r\nann.lee@acme.com,Ann,Lee\r\nbo.king@acme.com,Bo,King\r\n',
  );
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('csv-download-report').click(),
  ]);
  expect(saved.suggestedFilename()).toBe('team-report.csv');
  const text = fs.readFileSync(await saved.path(), 'utf8');
  expect(text.startsWith('\ufeffRow,Column,Severity,Problem,Message,Code\r\n')).toBe(true);
  expect(text).toContain('3,Email,Error,Invalid email addresses,“not-an-email” is not a valid email address');
  // Nothing of the file was stored by the extension.
  const stored = await page.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
  expect(stored).not.toContain('acme.com');
});

// The file: a formula in a name, a shared mailbox, a personal address, a duplicate, and a
// hand-edited line whose unclosed quote would swallow the next two people.
const CRAFTED = [
  'Email,First name,Last name',
  'zoe.park@acme.com,"=HYPERLINK(""http://evil.example"";""Zoe"")",Park',
  'info@acme.com,Info,Desk',
  'zoe.private@gmail.com,Zoe,Private',
  'ann.lee@acme.com,"Ann,Lee',
  'bo.king@acme.com,Bo,King',
  'cy.dee@acme.com,Cy,Dee',
  'ZOE.PARK@acme.com,Zoe,Again',
].join('\r\n');

test('by default no formula reaches the mapping step, and the preview names who is left out and why', async ({
  page,
}) => {
  const dialog = await openCsvDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(file('team.csv', CRAFTED));
  const frame = await ui(page);
  await expect(await report(page)).toHaveAttribute('data-ok', 'false');
  // The unclosed quote was closed at its line end: the two people after it are rows of their own.
  await expect((await report(page)).locator('[data-code="quote-recovered"]')).toContainText('line 5');
  const left = frame.getByTestId('csv-preview-left');
  await expect(left.locator('li[data-reason="role"]')).toContainText('info@acme.com');
  await expect(left.locator('li[data-reason="personal"]')).toContainText('zoe.private@gmail.com');
  await expect(left.locator('li[data-reason="duplicate"]')).toContainText('the same address as row 2');
  await expect(frame.getByTestId('csv-preview-summary')).toHaveText(
    'The fixed file invites 4 people; 3 are left out.',
  );
  await expect(frame.getByTestId('csv-neutralise')).toBeChecked();

  await frame.getByTestId('csv-use-fixed').click();
  await expect(await report(page)).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('csv-hold-marker')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  expect(await mappingRows(dialog)).toEqual([
    ['Email', 'zoe.park@acme.com'],
    ['First name', `'=HYPERLINK("http://evil.example";"Zoe")`],
    ['Last name', 'Park'],
  ]);
  await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('4 invitations sent');
});

async function editCell(scope: Page | Frame, row: number, value: string) {
  const cell = scope.getByTestId('csv-grid').locator(`tr[data-row="${row}"] td[data-mark="error"]`).first();
  await cell.click();
  await cell.press('Enter');
  const input = scope.getByTestId('csv-grid').getByRole('textbox');
  await input.fill(value);
  await input.press('Enter');
}

test('a cell edited in the grid of the checker page turns its row green; the page is keyboard-reachable and axe-clean', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/checker.html`);
  await page.getByTestId('csv-file-input').setInputFiles(file('team.csv', BAD));
  await expect(page.getByTestId('csv-report')).toHaveAttribute('data-ok', 'false');
  const row3 = page.getByTestId('csv-grid').locator('tr[data-row="3"]');
  await expect(row3).toHaveAttribute('data-state', 'error');
  await editCell(page, 3, 'bad.row@acme.com');
  await expect(row3).toHaveAttribute('data-state', 'ok');
  await expect(row3.getByTestId('csv-grid-status')).toContainText('Fixed');
  await page.getByTestId('csv-fix-duplicates').click();
  await expect(page.getByTestId('csv-report')).toHaveAttribute('data-ok', 'true');
  // The grid's scrolling region and cells are reached with the keyboard.
  const region = page.getByRole('region', { name: 'Rows to check' });
  await region.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-testid="csv-grid"] [tabindex="0"]')).toBeFocused();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('in the panel, the report widens the panel for the grid and an edit goes into the fixed file', async ({
  page,
}) => {
  const dialog = await openCsvDialog(page);
  await dialog.locator('input[type=file]').setInputFiles(file('team.csv', BAD));
  const frame = await ui(page);
  await expect(await report(page)).toHaveAttribute('data-ok', 'false');
  const before = (await panel(page).boundingBox())!.width;
  await frame.getByTestId('csv-wide-view').click();
  await expect.poll(async () => (await panel(page).boundingBox())!.width).toBeGreaterThan(before);
  await editCell(frame, 3, 'bad.row@acme.com');
  await expect(frame.getByTestId('csv-grid').locator('tr[data-row="3"]')).toHaveAttribute('data-state', 'ok');
  expect(await panelViolations(frame)).toEqual([]);
  await frame.getByTestId('csv-use-fixed').click();
  await expect(await report(page)).toHaveAttribute('data-ok', 'true');
  // Back to its width: the dialog's buttons are not under the panel.
  await frame.getByTestId('csv-wide-view').click();
  await expect.poll(async () => (await panel(page).boundingBox())!.width).toBe(before);
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(dialog.getByRole('combobox').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('3 invitations sent');
});

test('addresses typed into Invite Users get the same rules before Invite', async ({ page }) => {
  await page.goto(USERS);
  await expect(panel(page)).toHaveAttribute('data-page', 'sales-user-management', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Invite Users', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite Users' });
  const box = dialog.getByRole('textbox');
  await box.fill('zoe.park@acme, info@acme.com, admin@acme.com, ZOE.PARK@acme.com');
  const check = (await ui(page)).getByTestId('invite-check');
  await expect(check).toHaveAttribute('data-ok', 'false');
  const items = check.getByTestId('invite-check-list').locator('li');
  await expect(items.nth(0)).toHaveAttribute('data-codes', 'invalid-email');
  await expect(items.nth(1)).toHaveAttribute('data-codes', 'role-account');
  await expect(items.nth(2)).toContainText('already a user of this instance');
  await expect(page.getByTestId('csv-hold-marker')).toContainText('errors found (1)');
  // Invite is held: nothing is sent, not even the app's own error.
  await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
  await page.waitForTimeout(400);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog).toBeVisible();

  await box.fill('zoe.park@acme.com, bo.king@acme.com');
  await expect(check).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('csv-hold-marker')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(page.getByText('2 invitations sent')).toBeVisible();
});
