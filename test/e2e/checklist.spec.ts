import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { demoPage } from '../demo/pages';
import { launchWithExtension } from './extension';
import { expect, grantClipboard, panel, test, ui } from './fixtures';

const MARKETO =
  'https://engage-ab.marketo.com/?munchkinId=123-ABC-456&lang=en&demoState=fresh#/classic/AD0SI2';
const step = async (page: Page, id: string) => (await ui(page)).getByTestId(`checklist-step-${id}`);
const expectState = async (page: Page, id: string, state: string) =>
  expect(await step(page, id)).toHaveAttribute('data-state', state, { timeout: 12_000 });

async function inviteFirstAdmin(page: Page) {
  await page.locator('tr', { hasText: 'admin@acme.com' }).locator('input[type=radio]').check();
  await page.getByRole('button', { name: 'Send Invite', exact: true }).click();
  // Marketo confirms in a message box.
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
}

test('walks the whole guide across the three apps; each step flips to detected from the pages', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // 1. Marketo: invite the first admin, start the sync, read the credentials.
  await page.goto(MARKETO);
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  await expectState(page, 'set-up-marketo-sales-account', 'blocked');
  await inviteFirstAdmin(page);
  await expectState(page, 'set-up-marketo-sales-account', 'detected');
  // A finished step closes (its state says enough); what was seen is one click away.
  const setUp = await step(page, 'set-up-marketo-sales-account');
  await expect(setUp.locator('details')).not.toHaveAttribute('open', '');
  await setUp.locator('summary').click();
  await expect((await ui(page)).getByTestId('checklist-evidence-set-up-marketo-sales-account')).toContainText(
    'admin@acme.com',
  );
  await page.getByRole('button', { name: 'Sync', exact: true }).click();
  await page.getByRole('button', { name: 'Start Sync', exact: true }).click();
  await expectState(page, 'initiate-data-sync', 'detected');
  await expect((await ui(page)).getByTestId('credentials-status')).toHaveAttribute('data-state', 'ready', {
    timeout: 10_000,
  });
  await (await ui(page)).getByTestId('credentials-send').click();

  // 2. Sales app: connect Salesforce.
  const sales = await context.newPage();
  await sales.goto(demoPage('sales-salesforce-settings').url('en'));
  await expect(panel(sales)).toHaveAttribute('data-page', 'sales-salesforce-settings');
  await sales.getByRole('tab', { name: 'Connections & Customizations' }).click();
  await sales.getByRole('button', { name: 'Connect', exact: true }).click();
  await sales.getByRole('button', { name: 'OK', exact: true }).click();
  await expectState(sales, 'connect-marketo-sales-account-to-salesforce', 'detected');

  // 3. Sales app: connect Marketo through the Set Up tab (typed by the admin here; the fill is credentials.spec's).
  await sales.goto(demoPage('sales-marketo-settings').url('en'));
  await expect(panel(sales)).toHaveAttribute('data-page', 'sales-marketo-settings');
  const creds = await page.evaluate(
    () => JSON.parse(localStorage.getItem('demo:marketo') ?? '{}').credentials,
  );
  await sales.getByRole('tab', { name: 'Set Up' }).click();
  await sales.getByRole('textbox').first().fill('123-ABC-456');
  await sales.getByLabel('Client ID').fill(creds.clientId);
  await sales.getByLabel('Client Secret').fill(creds.clientSecret);
  await sales.getByRole('button', { name: 'Save', exact: true }).click();
  await expectState(sales, 'connect-marketo-to-your-sales-apps-account', 'detected');

  // 5. Sales app: invite a user.
  await sales.goto(demoPage('sales-user-management').url('en'));
  await sales.getByRole('button', { name: 'Actions', exact: true }).click();
  await sales.getByRole('menuitem', { name: 'Invite Users', exact: true }).click();
  await sales.getByRole('dialog').getByRole('textbox').first().fill('new.rep@acme.com');
  await sales.getByRole('dialog').getByRole('button', { name: 'Invite', exact: true }).click();
  await expectState(sales, 'invite-individual-users-to-msi-actions', 'detected');
  // The other way of step 5 is an alternative now, not a step left.
  await expectState(sales, 'invite-users-via-csv-to-msi-actions', 'not-needed');

  // 6–7. Salesforce: the package, the two remote sites, Enable MSI Actions.
  const sf = await context.newPage();
  await sf.goto(demoPage('salesforce-installed-packages').url('en', 'package'));
  await expectState(sf, 'install-upgrade-msi-package', 'detected');
  await expect((await step(sf, 'install-upgrade-msi-package')).locator('details')).not.toHaveAttribute(
    'open',
    '',
  );
  await (await step(sf, 'install-upgrade-msi-package')).locator('summary').click();
  await expect((await ui(sf)).getByTestId('checklist-evidence-install-upgrade-msi-package')).toContainText(
    '1.',
  );
  await sf.goto(demoPage('salesforce-remote-sites').url('en', 'remote-sites'));
  await expect(panel(sf)).toHaveAttribute('data-page', 'salesforce-remote-sites');
  // Both remote sites seen: one of the two parts of step 7.
  await expectState(sf, 'configure-msi-actions-in-salesforce', 'in-progress');
  await sf.goto(demoPage('salesforce-msi-config').url('en', 'configured'));
  await expectState(sf, 'configure-msi-actions-in-salesforce', 'detected');

  for (const id of [
    'set-up-marketo-sales-account',
    'connect-marketo-sales-account-to-salesforce',
    'connect-marketo-to-your-sales-apps-account',
    'initiate-data-sync',
    'invite-individual-users-to-msi-actions',
    'install-upgrade-msi-package',
    'configure-msi-actions-in-salesforce',
  ]) {
    await expectState(sf, id, 'detected');
  }
  await expect((await ui(sf)).getByTestId('msi-panel-toggle')).toBeVisible();
  // The prerequisites were never ticked: not "all done" while they are left.
  await expectState(sf, 'prerequisites', 'todo');
  await expect((await ui(sf)).locator('body')).toContainText('7 of 8');
  await expect((await ui(sf)).locator('body')).not.toContainText('8 of 8');

  // Progress survives a reload.
  await page.reload();
  await expectState(page, 'configure-msi-actions-in-salesforce', 'detected');

  // The removal caution: the sync has started and admin@acme.com was the first invitee.
  await sales.goto(demoPage('sales-user-management').url('en'));
  await expect(panel(sales)).toHaveAttribute('data-page', 'sales-user-management');
  await sales.getByRole('button', { name: 'Actions for admin@acme.com' }).click();
  await sales.getByRole('menuitem', { name: 'Remove' }).click();
  await expect((await ui(sales)).getByTestId('removal-caution')).toBeVisible();
  await expect(sales.getByRole('dialog')).toHaveCount(0); // the app's own confirm did not open
  // The caution takes the focus (on its safe answer) and is in view; Escape keeps the user.
  await expect((await ui(sales)).getByTestId('removal-caution-cancel')).toBeFocused();
  await expect((await ui(sales)).getByTestId('removal-caution')).toBeInViewport();
  await expect.poll(() => sales.evaluate(() => document.activeElement?.tagName)).toBe('MSI-PANEL');
  await sales.keyboard.press('Escape');
  await expect((await ui(sales)).getByTestId('removal-caution')).toHaveCount(0);
  await expect(sales.getByText('admin@acme.com').first()).toBeVisible();
});

test('on User Management with nothing ticked, the steps the page proves possible are not blocked', async ({
  page,
}) => {
  // A Marketo instance whose first admin is not invited yet, prerequisites unticked.
  await page.goto('https://app-zz99.marketo.com/?lang=en&demoState=fresh#AD0SI2');
  await expectState(page, 'set-up-marketo-sales-account', 'blocked');
  // The page's reading made its instance the active one (the Sales page names none: it uses that).
  await expect((await ui(page)).getByTestId('checklist-instance')).toHaveValue(/app-zz99/);
  await page.goto(demoPage('sales-user-management').url('en'));
  await expect(panel(page)).toHaveAttribute('data-page', 'sales-user-management');
  // Being in the Sales app's admin settings proves the Sales account exists (step 1).
  await expectState(page, 'set-up-marketo-sales-account', 'detected');
  for (const id of [
    'connect-marketo-sales-account-to-salesforce',
    'connect-marketo-to-your-sales-apps-account',
    'invite-individual-users-to-msi-actions',
    'invite-users-via-csv-to-msi-actions',
  ]) {
    await expectState(page, id, 'todo');
  }
});

test('a second instance keeps its own progress; overrides, reset and undo', async ({ page }) => {
  await page.goto(MARKETO);
  await inviteFirstAdmin(page);
  await expectState(page, 'set-up-marketo-sales-account', 'detected');

  await page.goto('https://app-zz99.marketo.com/?lang=en&demoState=fresh#AD0SI2');
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  await expect((await ui(page)).getByTestId('checklist-instance')).toHaveValue(/app-zz99/);
  await expectState(page, 'set-up-marketo-sales-account', 'blocked');
  const options = await (await ui(page))
    .getByTestId('checklist-instance')
    .locator('option')
    .allTextContents();
  expect(options).toEqual(expect.arrayContaining(['123-ABC-456']));

  // The user can always override: mark the prerequisites done here.
  await (await step(page, 'prerequisites')).locator('summary').click();
  await (await step(page, 'prerequisites')).getByRole('button', { name: 'Mark as done' }).click();
  await expectState(page, 'prerequisites', 'done');
  await expectState(page, 'set-up-marketo-sales-account', 'todo');

  // Reset with undo.
  await (await ui(page)).getByTestId('checklist-reset').click();
  await expectState(page, 'prerequisites', 'todo');
  await (await ui(page)).getByTestId('checklist-undo').click();
  await expectState(page, 'prerequisites', 'done');

  // Back to the first instance: its own progress.
  await (await ui(page)).getByTestId('checklist-instance').selectOption({ label: '123-ABC-456' });
  await expectState(page, 'set-up-marketo-sales-account', 'detected');
  await expectState(page, 'prerequisites', 'todo');
});

test('show me highlights the control, or gives the click path; the summary reaches the clipboard', async ({
  page,
  context,
}) => {
  await grantClipboard(context);
  await page.goto(MARKETO);
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  // The step of this page is open ("you are here").
  await expect((await step(page, 'set-up-marketo-sales-account')).locator('details')).toHaveAttribute(
    'open',
    '',
  );
  await (await ui(page)).getByTestId('checklist-show-set-up-marketo-sales-account').click();
  await expect(page.getByTestId('msi-highlight')).toBeVisible();
  await expect(page.getByTestId('msi-highlight')).toContainText('Here');

  await (await step(page, 'install-upgrade-msi-package')).locator('summary').click();
  await (await ui(page)).getByTestId('checklist-show-install-upgrade-msi-package').click();
  await expect((await ui(page)).getByTestId('checklist-where-install-upgrade-msi-package')).toContainText(
    'Installed Packages',
  );

  await (await ui(page)).getByTestId('checklist-copy-summary').click();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard).toContain('123-ABC-456');
  const summary = await clipboard();
  expect(summary).toMatch(/Salesforce/);
});

test('show me: announced, gone on Escape in the panel, gone when the app moves to another page', async ({
  page,
}) => {
  await page.goto(demoPage('sales-salesforce-settings').url('en'));
  await expect(panel(page)).toHaveAttribute('data-page', 'sales-salesforce-settings');
  const show = (await ui(page)).getByTestId('checklist-show-connect-marketo-sales-account-to-salesforce');
  await show.click();
  await expect(page.getByTestId('msi-highlight')).toBeVisible();
  await expect((await ui(page)).getByTestId('panel-announcer')).toContainText('Outlined on the page');
  // Focus is still on "Show me" in the panel: Escape there takes the outline away.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('msi-highlight')).toHaveCount(0);
  await expect((await ui(page)).getByTestId('panel-announcer')).toHaveText('Outline removed.');

  await show.click();
  await expect(page.getByTestId('msi-highlight')).toBeVisible();
  // The Sales app moves to its Marketo settings (same document, new hash): no outline follows.
  await page.evaluate(() => {
    location.hash = '#settings/marketo-admin';
  });
  await expect(panel(page)).toHaveAttribute('data-page', 'sales-marketo-settings');
  await expect(page.getByTestId('msi-highlight')).toHaveCount(0);
});

test('the panel runs in French with French step texts', async ({ page, sw }) => {
  await sw.evaluate(async () => {
    await chrome.storage.local.set({
      settings: { locale: 'fr', clipboardClearSeconds: 30, carryMinutes: 10 },
      settings$: { v: 2 },
    });
  });
  await page.goto('https://engage-ab.marketo.com/?munchkinId=123-ABC-456&lang=fr#/classic/AD0SI2');
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  await expect(await step(page, 'set-up-marketo-sales-account')).toContainText(
    'Configuration du compte de vente Marketo',
  );
  await expect((await ui(page)).getByTestId('msi-panel-toggle')).toHaveAttribute(
    'aria-label',
    'Réduire le panneau',
  );
});

test('progress survives a browser restart; a bad import file changes nothing', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'msi-restart-'));
  try {
    const first = await launchWithExtension({ userDataDir: profile });
    const page = first.context.pages()[0] ?? (await first.context.newPage());
    await page.goto(MARKETO);
    await inviteFirstAdmin(page);
    await expectState(page, 'set-up-marketo-sales-account', 'detected');
    await first.close();

    const second = await launchWithExtension({ userDataDir: profile });
    const again = second.context.pages()[0] ?? (await second.context.newPage());
    // The app page is reset to a fresh instance, yet the checklist keeps what it saw.
    await again.goto(
      'https://engage-ab.marketo.com/?munchkinId=123-ABC-456&lang=en&demoReset=1#/classic/AD0SI2',
    );
    await expect(panel(again)).toHaveAttribute('data-page', 'marketo-actions-config');
    await expectState(again, 'set-up-marketo-sales-account', 'detected');

    // Import: a broken file gets a clear error and changes nothing.
    await (await ui(again)).getByTestId('checklist-import').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "something else"'),
    });
    await expect((await ui(again)).getByTestId('checklist-note')).toBeVisible();
    await expectState(again, 'set-up-marketo-sales-account', 'detected');
    // Export works and round-trips through import.
    const download = again.waitForEvent('download');
    await (await ui(again)).getByTestId('checklist-export').click();
    const file = await (await download).path();
    await (await ui(again)).getByTestId('checklist-import').setInputFiles(file);
    await expect((await ui(again)).getByTestId('checklist-note')).toContainText('1');
    await expectState(again, 'set-up-marketo-sales-account', 'detected');
    await second.close();
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('a poisoned progress file is refused with a sentence, and a huge one by its size; the panel keeps working', async ({
  page,
}) => {
  await page.goto(MARKETO);
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  await inviteFirstAdmin(page);
  await expectState(page, 'set-up-marketo-sales-account', 'detected');
  const note = async () => (await ui(page)).getByTestId('checklist-note');

  // The file: __proto__ as the active instance and as an instance id.
  await (await ui(page)).getByTestId('checklist-import').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{"format":"msi-actions-setup-helper/checklist-progress","version":1,"store":{"version":1,"active":"__proto__","instances":{"__proto__":{"key":"__proto__","sandbox":false,"steps":{"prerequisites":{"status":"done","updatedAt":0}},"createdAt":0,"updatedAt":0}}}}',
    ),
  });
  await expect(await note()).toContainText('The file uses “__proto__” as a name');
  await expect(await note()).toContainText('Nothing was changed.');

  // 2 MB: refused before it is read.
  await (await ui(page)).getByTestId('checklist-import').setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(2_000_000, 32),
  });
  await expect(await note()).toContainText('The file is too large (2000 KB, at most 1000 KB).');

  // Nothing was poisoned: the checklist, the badge and the other sections work, and still do on the next page load.
  await expectState(page, 'set-up-marketo-sales-account', 'detected');
  await expect((await ui(page)).getByTestId('credentials-status')).toBeVisible();
  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-page', 'marketo-actions-config');
  await expectState(page, 'set-up-marketo-sales-account', 'detected');
  await expect((await ui(page)).locator('[data-testid^="recover-"]')).toHaveCount(0);
});
