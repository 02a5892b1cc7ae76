/**
 * The admin's journey in Firefox (issue 15): a checklist that follows what the
 * page proves instead of blocking it, and "Show me" that is announced and goes
 * away on Escape and when the app moves to another page.
 */
import type { Page } from 'puppeteer-core';
import { describe, it } from 'vitest';
import { demoPage } from '../demo/pages';
import { attr, byTestId, deepTexts, text, ui } from './firefox';
import { eventually, firefoxLane } from './lane';

const lane = firefoxLane();

const stepState = async (page: Page, id: string) =>
  attr(await ui(page), byTestId(`checklist-step-${id}`), 'data-state');
const outlines = async (page: Page) => (await deepTexts(page, byTestId('msi-highlight'))).length;

describe('the journey in Firefox', () => {
  it('on User Management with nothing ticked, the steps the page proves possible are not blocked', async () => {
    const { page } = lane;
    await page.goto('https://app-zz99.marketo.com/?lang=en&demoState=fresh#AD0SI2');
    await eventually(() => stepState(page, 'set-up-marketo-sales-account')).toBe('blocked');
    // The page's reading made its instance the active one (the Sales page names none: it uses that).
    await eventually(async () =>
      text(await ui(page), `${byTestId('checklist-instance')} option:checked`),
    ).toContain('app-zz99');
    await page.goto(demoPage('sales-user-management').url('en'));
    await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('sales-user-management');
    // Being in the Sales app's admin settings proves the Sales account exists (step 1).
    await eventually(() => stepState(page, 'set-up-marketo-sales-account')).toBe('detected');
    for (const id of [
      'connect-marketo-sales-account-to-salesforce',
      'connect-marketo-to-your-sales-apps-account',
      'invite-individual-users-to-msi-actions',
      'invite-users-via-csv-to-msi-actions',
    ]) {
      await eventually(() => stepState(page, id)).toBe('todo');
    }
  });

  it('show me: announced, gone on Escape in the panel, gone when the app moves to another page', async () => {
    const { page } = lane;
    await page.goto(demoPage('sales-salesforce-settings').url('en'));
    await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('sales-salesforce-settings');
    const show = byTestId('checklist-show-connect-marketo-sales-account-to-salesforce');
    await (await ui(page)).click(show);
    await eventually(() => outlines(page)).toBe(1);
    await eventually(async () => text(await ui(page), byTestId('panel-announcer'))).toContain(
      'Outlined on the page',
    );
    // The focus is on "Show me" in the panel: Escape there takes the outline away.
    await page.keyboard.press('Escape');
    await eventually(() => outlines(page)).toBe(0);
    await eventually(async () => text(await ui(page), byTestId('panel-announcer'))).toBe('Outline removed.');

    await (await ui(page)).click(show);
    await eventually(() => outlines(page)).toBe(1);
    // The Sales app moves to its Marketo settings (same document, new hash): no outline follows.
    await page.evaluate(() => {
      location.hash = '#settings/marketo-admin';
    });
    await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('sales-marketo-settings');
    await eventually(() => outlines(page)).toBe(0);
  });
});
