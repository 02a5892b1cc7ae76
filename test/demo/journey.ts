/**
 * The story `npm run demo -- --headless` tells: an admin's way through the
 * setup on the demo apps, one scene per thing the admin does, in the guide's
 * order: read the credentials on Marketo's Actions Config and send them, fill
 * them into the Sales app's Set Up form, check a CSV of users in the Invite
 * Users via CSV dialog and put the fixed file in, then the Salesforce remote
 * sites. Each scene leaves the page as the admin sees it after acting.
 */
import { expect, type Frame, type Page } from '@playwright/test';
import type { KnownPageId } from '../../lib/pages/types';
import { ui } from '../e2e/panel-frame';
import { demoPage, TEAM_CSV_WITH_ERRORS } from './pages';

export interface Scene {
  /** File name part of its screenshots. */
  name: string;
  /** What the admin does and what the panel shows, for the story printed with the screenshots. */
  caption: string;
  play(page: Page): Promise<void>;
}

/** The panel's own document (an extension page framed in the dock), once it shows this page. */
export async function panelFrame(page: Page, pageId: KnownPageId): Promise<Frame> {
  await expect(page.getByTestId('msi-panel')).toHaveAttribute('data-page', pageId, { timeout: 10_000 });
  return ui(page);
}

const TEAM_CSV = TEAM_CSV_WITH_ERRORS;

async function csvDialog(page: Page) {
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Invite Users via CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite Users via CSV' });
  await expect(dialog).toBeVisible();
  return dialog;
}

export const JOURNEY: readonly Scene[] = [
  {
    name: 'actions-config-read',
    caption:
      'Marketo › Admin › Sales Insight › Actions Config: the panel names the page and the instance, ticks step 1 from what the page shows, and has read the Client ID and Client Secret (masked).',
    async play(page) {
      await page.goto(demoPage('marketo-actions-config').url('en', 'invited'));
      const panel = await panelFrame(page, 'marketo-actions-config');
      await expect(panel.getByTestId('credentials-status')).toHaveAttribute('data-state', 'ready', {
        timeout: 10_000,
      });
      await panel.getByTestId('credentials-send').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'actions-config-sent',
    caption:
      "Send to the Sales app: the values are kept for 10 minutes in this browser's memory, then forgotten; nothing is saved.",
    async play(page) {
      const panel = await panelFrame(page, 'marketo-actions-config');
      await panel.getByTestId('credentials-send').click();
      await expect(panel.getByTestId('credentials-carried')).toBeVisible();
      await panel.getByTestId('credentials-carried').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'sales-marketo-fill-preview',
    caption:
      'Marketo Sales › Settings › Admin Settings › Marketo: Fill credentials shows what will be filled, from which instance, into which account, before anything happens.',
    async play(page) {
      await page.goto(demoPage('sales-marketo-settings').url('en'));
      const panel = await panelFrame(page, 'sales-marketo-settings');
      await expect(panel.getByTestId('credentials-status')).toHaveAttribute('data-state', 'carried');
      await panel.getByTestId('credentials-fill').click();
      await expect(panel.getByTestId('credentials-fill-preview')).toContainText('123-ABC-456');
      await panel.getByTestId('credentials-fill-preview').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'sales-marketo-filled',
    caption:
      'Fill now: the Set Up form holds the values; the panel points at Save, which the admin presses (the extension never does).',
    async play(page) {
      const panel = await panelFrame(page, 'sales-marketo-settings');
      await panel.getByTestId('credentials-fill-confirm').click();
      await expect(panel.getByTestId('credentials-status')).toHaveAttribute('data-state', 'filled');
    },
  },
  {
    name: 'user-management-csv-held',
    caption:
      "User Management › Actions › Invite Users via CSV, a file with errors: the dialog's Next is held, the host shows where to look, the panel gives the verdict and the rows to fix.",
    async play(page) {
      await page.goto(demoPage('sales-user-management').url('en', 'users'));
      await panelFrame(page, 'sales-user-management');
      const dialog = await csvDialog(page);
      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(TEAM_CSV) });
      const panel = await panelFrame(page, 'sales-user-management');
      await expect(panel.getByTestId('csv-report')).toHaveAttribute('data-ok', 'false');
      await expect(page.getByTestId('csv-hold-marker')).toBeVisible();
      await panel.getByTestId('csv-report').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'user-management-csv-fixed',
    caption:
      'Use the fixed file: the dialog now holds team-fixed.csv, checked again without errors, and Next works as usual.',
    async play(page) {
      const panel = await panelFrame(page, 'sales-user-management');
      await panel.getByTestId('csv-use-fixed').click();
      await expect(panel.getByTestId('csv-report')).toHaveAttribute('data-ok', 'true', { timeout: 10_000 });
      await expect(page.getByTestId('csv-hold-marker')).toHaveCount(0);
    },
  },
  {
    name: 'salesforce-remote-sites',
    caption:
      'Salesforce › Setup › Remote Site Settings: the panel lists which of the two Adobe remote sites are there and what is left of steps 6 and 7.',
    async play(page) {
      await page.goto(demoPage('salesforce-remote-sites').url('en'));
      await panelFrame(page, 'salesforce-remote-sites');
    },
  },
];

/** The sizes every scene is shot at: a laptop, and the small window where the panel must not stand in the way. */
export const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;
