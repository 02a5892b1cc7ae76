/**
 * What the admin sees of a held CSV dialog, wherever the dialog is (the top frame or the Sales app
 * framed by Salesforce): shared by csv.spec.ts and framed-guards.spec.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, ui } from './fixtures';

/**
 * Next is held: pressed, the dialog stays on its file step. Then "Use the fixed file" in the panel
 * puts team-fixed.csv in the dialog, and the panel says it is there and has no errors.
 */
export async function heldThenFixed(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForTimeout(400);
  await expect(dialog.getByRole('combobox')).toHaveCount(0);
  await expect(dialog.locator('input[type=file]')).toBeVisible();

  await (await ui(page)).getByTestId('csv-use-fixed').click();
  await expect(dialog).toContainText('team-fixed.csv');
  // The swapped file is checked again: the report is now of the file the dialog holds.
  await expect((await ui(page)).getByTestId('csv-dialog-status')).toContainText(
    'The fixed file team-fixed.csv is in the dialog and has no errors',
  );
}
