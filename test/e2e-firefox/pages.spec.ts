/**
 * The extension's own pages in Firefox: the options (their choice reaches the
 * panel) and the CSV check page.
 */
import type { ElementHandle } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { demoPage } from '../demo/pages';
import { attr, byTestId, openExtensionPage, tempFile, text, ui } from './firefox';
import { eventually, firefoxLane } from './lane';

const lane = firefoxLane();

describe("the extension's pages in Firefox", () => {
  it('the CSV check page reads a UTF-8 file with accents and marks its errors', async () => {
    const { page } = lane;
    await openExtensionPage(page, 'checker.html', byTestId('csv-dropzone'));
    await eventually(() => page.title()).toBe('CSV check: MSI Actions Setup Helper');
    const csv =
      'Email,First name,Last name\r\nchloe.dupont@acme.com,Chloé,Dupont\r\nnot-an-email,Zoé,Bad\r\n';
    const input = (await page.waitForSelector(byTestId('csv-file-input'))) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(tempFile('team.csv', csv));
    await eventually(() => attr(page, byTestId('csv-report'), 'data-ok')).toBe('false');
    expect(await text(page, byTestId('csv-encoding'))).toBe('UTF-8');
    expect(await text(page, `${byTestId('csv-rows')} tr[data-row="3"] td[data-mark="error"]`)).toBe(
      'not-an-email',
    );
    expect(await text(page, `${byTestId('csv-rows')} tr[data-row="3"]`)).toContain('Zoé');
  });

  it('the panel follows the language chosen in the options', async () => {
    const { page, ff } = lane;
    await openExtensionPage(page, 'options.html', byTestId('options-locale'));
    await page.select(byTestId('options-locale'), 'fr');
    await eventually(() => page.evaluate(() => document.querySelector('[role=status]') !== null)).toBe(true);

    const sales = await ff.newPage();
    await sales.goto(demoPage('sales-user-management').url('fr'));
    await eventually(() => attr(sales, 'msi-panel', 'data-page')).toBe('sales-user-management');
    await eventually(async () => text(await ui(sales), byTestId('panel-page-name'))).toContain(
      'Gestion des utilisateurs',
    );
    expect(await attr(await ui(sales), byTestId('msi-panel-toggle'), 'aria-label')).toBe(
      'Réduire le panneau',
    );
  });
});
