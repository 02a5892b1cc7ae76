/**
 * The checklist in Firefox: a step flips to detected from what the page shows
 * (read by the agent through Xray wrappers), and progress is kept in
 * storage.local over reloads; overrides, reset and undo.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { demoPage } from '../demo/pages';
import { attr, byTestId, checkRowRadio, clickText, count, sleep, text, ui } from './firefox';
import { eventually, firefoxLane } from './lane';

const lane = firefoxLane();

const MARKETO =
  'https://engage-ab.marketo.com/?munchkinId=123-ABC-456&lang=en&demoState=fresh#/classic/AD0SI2';
const step = (id: string) => byTestId(`checklist-step-${id}`);
const stepState = async (page: Page, id: string) => attr(await ui(page), step(id), 'data-state');

describe('the checklist in Firefox', () => {
  it('detects the first invitation from the page, keeps it over a reload; overrides, reset and undo', async () => {
    const { page } = lane;
    await page.goto(MARKETO);
    await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('marketo-actions-config');
    await eventually(() => stepState(page, 'set-up-marketo-sales-account')).toBe('blocked');

    await checkRowRadio(page, 'admin@acme.com');
    await clickText(page, 'button', 'Send Invite');
    await clickText(page, 'button', 'OK', '[role=alertdialog]');
    await eventually(() => stepState(page, 'set-up-marketo-sales-account'), 12_000).toBe('detected');
    // A finished step closes (its state says enough); what was seen is one click away.
    const setUp = `${step('set-up-marketo-sales-account')} details`;
    expect(await attr(await ui(page), setUp, 'open')).toBe(null);
    await (await ui(page)).click(`${setUp} > summary`);
    await eventually(async () =>
      text(await ui(page), byTestId('checklist-evidence-set-up-marketo-sales-account')),
    ).toContain('admin@acme.com');

    // The app page is reset to a fresh instance, yet the checklist keeps what it saw.
    await page.goto(MARKETO.replace('demoState=fresh', 'demoReset=1'));
    await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('marketo-actions-config');
    await eventually(() => stepState(page, 'set-up-marketo-sales-account')).toBe('detected');

    // The user can always override: mark the prerequisites done; it survives a reload.
    await (await ui(page)).click(`${step('prerequisites')} summary`);
    await clickText(await ui(page), 'button', 'Mark as done', step('prerequisites'));
    await eventually(() => stepState(page, 'prerequisites')).toBe('done');
    await page.reload();
    await eventually(() => stepState(page, 'prerequisites')).toBe('done');

    // Reset with undo.
    await (await ui(page)).click(byTestId('checklist-reset'));
    await eventually(() => stepState(page, 'prerequisites')).toBe('todo');
    await eventually(() => stepState(page, 'set-up-marketo-sales-account')).toBe('blocked');
    await (await ui(page)).click(byTestId('checklist-undo'));
    await eventually(() => stepState(page, 'prerequisites')).toBe('done');
    await eventually(() => stepState(page, 'set-up-marketo-sales-account')).toBe('detected');
  });

  it('stops the removal of the first invitee after the sync started, until confirmed (a click guard in the page)', async () => {
    const { page, ff } = lane;
    await page.goto(MARKETO);
    await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('marketo-actions-config');
    await checkRowRadio(page, 'admin@acme.com');
    await clickText(page, 'button', 'Send Invite');
    await clickText(page, 'button', 'OK', '[role=alertdialog]');
    await clickText(page, 'button', 'Sync');
    await clickText(page, 'button', 'Start Sync');
    await eventually(() => stepState(page, 'initiate-data-sync'), 12_000).toBe('detected');

    const sales = await ff.newPage();
    await sales.goto(demoPage('sales-user-management').url('en'));
    await eventually(() => attr(sales, 'msi-panel', 'data-page')).toBe('sales-user-management');
    await ui(sales);
    await sales.click('button[aria-label="Actions for admin@acme.com"]');
    await clickText(sales, '[role=menuitem]', 'Remove');
    await eventually(async () => count(await ui(sales), byTestId('removal-caution'))).toBe(1);
    await sleep(300);
    expect(await count(sales, '[role=dialog]'), "the app's own confirm did not open").toBe(0);
    await (await ui(sales)).click(byTestId('removal-caution-cancel'));
    await eventually(async () => count(await ui(sales), byTestId('removal-caution'))).toBe(0);
    expect(await sales.evaluate(() => document.body.textContent?.includes('admin@acme.com'))).toBe(true);
    expect(await count(sales, '[role=dialog]')).toBe(0);
  });
});
