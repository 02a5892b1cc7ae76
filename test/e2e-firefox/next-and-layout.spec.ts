/**
 * Issue 15 in Firefox: "Next on this page" first in the panel, sections that
 * cannot apply hidden, and a panel that never covers the host: at 1280×800 and
 * 1024×700, in French, the CSV dialog's buttons are not under the dock (boxes,
 * and the element at each button's centre), and the panel is back after.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { demoPage } from '../demo/pages';
import { attr, byTestId, clickText, count, deepTexts, ui } from './firefox';
import { eventually, firefoxLane } from './lane';

const lane = firefoxLane();

const MARKETO_INVITED = 'https://app-ab12.marketo.com/?lang=en&demoState=invited#AD0SI2';
const USERS_FR = 'https://toutapp.com/next?lang=fr&demoState=users#settings/admin/user-management';

const action = async (page: Page) => attr(await ui(page), byTestId('next-on-page'), 'data-action');
const dockWidth = (page: Page) =>
  page.evaluate(() => Math.round(document.querySelector('msi-panel')?.getBoundingClientRect().width ?? 0));

/** The dialog's buttons under the dock: by box, or not on top at their centre. */
const coveredButtons = (page: Page) =>
  page.evaluate(() => {
    const dock = document.querySelector('msi-panel')?.getBoundingClientRect();
    const dialog = document.querySelector('[role=dialog]');
    if (!dock || !dialog) return ['no dialog'];
    const found: string[] = [];
    for (const button of dialog.querySelectorAll('button')) {
      const b = button.getBoundingClientRect();
      if (!b.width || !b.height) continue;
      const overlaps =
        b.left < dock.right && b.right > dock.left && b.top < dock.bottom && b.bottom > dock.top;
      const top = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
      if (overlaps || !top || !button.contains(top)) found.push(button.textContent?.trim() || '?');
    }
    return found;
  });

describe('the panel beside the host in Firefox', () => {
  it('on Actions Config with the credentials shown, sending them comes first; its button brings the section forward', async () => {
    const { page } = lane;
    await page.goto(MARKETO_INVITED);
    await eventually(() => action(page), 12_000).toBe('send-credentials');
    const frame = await ui(page);
    const order = await frame.evaluate(() => {
      const card = document.querySelector('[data-testid="next-on-page"]');
      const checklist = document.getElementById('msi-checklist-heading');
      return (
        !!card &&
        !!checklist &&
        !!(card.compareDocumentPosition(checklist) & Node.DOCUMENT_POSITION_FOLLOWING)
      );
    });
    expect(order, 'the card comes before the checklist').toBe(true);
    await frame.click(byTestId('next-on-page-go'));
    await eventually(() => frame.evaluate(() => document.activeElement?.id ?? '')).toBe(
      'msi-section-credentials',
    );
  });

  it('on a Salesforce page: no credentials or CSV sections; the button outlines the remote-site control', async () => {
    const { page } = lane;
    await page.goto(demoPage('salesforce-remote-sites').url('en'));
    await eventually(() => action(page), 12_000).toBe('remote-site');
    const frame = await ui(page);
    expect(await count(frame, byTestId('credentials-status'))).toBe(0);
    expect(await count(frame, byTestId('csv-section'))).toBe(0);
    await frame.click(byTestId('next-on-page-go'));
    await eventually(async () => (await deepTexts(page, byTestId('msi-highlight'))).length).toBe(1);
  });

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    it(`${size.width}×${size.height} fr: the CSV dialog's buttons are never under the panel, and the panel comes back`, async () => {
      const { page } = lane;
      await page.setViewport(size);
      await page.goto(USERS_FR);
      await eventually(() => attr(page, 'msi-panel', 'data-page'), 12_000).toBe('sales-user-management');
      if (size.width < 1200) {
        // Below 1200 px the dock starts as its strip; the admin brings the panel out.
        await eventually(() => attr(page, 'msi-panel', 'data-yield')).toBe('strip-right');
        await (await ui(page)).click(byTestId('msi-panel-toggle'));
      }
      await eventually(() => dockWidth(page)).toBe(380);
      // A keyboard user tabs to Actions (the dock makes room for the focused control), then opens the dialog.
      // The Sales app is recognised by its route: the dock can be up before the app has drawn the page.
      await eventually(() =>
        page.evaluate(() => {
          const actions = [...document.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'Actions',
          );
          actions?.focus();
          return actions !== undefined && document.activeElement === actions;
        }),
      ).toBe(true);
      await page.keyboard.press('Enter');
      await clickText(page, '[role=menuitem]', 'Inviter des utilisateurs via CSV');
      await eventually(() => count(page, '[role=dialog]')).toBe(1);
      await eventually(() => coveredButtons(page)).toEqual([]);
      await clickText(page, '[role=dialog] button', 'Annuler');
      await eventually(() => count(page, '[role=dialog]')).toBe(0);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await eventually(() => dockWidth(page)).toBe(380);
      await eventually(() => attr(page, 'msi-panel', 'data-yield')).toBe(null);
    });
  }
});
