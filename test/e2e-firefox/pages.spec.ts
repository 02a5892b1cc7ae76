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
    expect(await text(page, `${byTestId('csv-grid')} tr[data-row="3"] td[data-mark="error"]`)).toBe(
      'not-an-email',
    );
    expect(await text(page, `${byTestId('csv-grid')} tr[data-row="3"]`)).toContain('Zoé');
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

  it('the add-on shows its own icons (toolbar, sidebar, add-ons manager), not the puzzle piece', async () => {
    const { page } = lane;
    await openExtensionPage(page, 'options.html', byTestId('options-locale'));
    const icons = await page.evaluate(async () => {
      const manifest = await (await fetch('/manifest.json')).json();
      const sizes = async (map: Record<string, string> | undefined) => {
        const out: Record<string, number> = {};
        for (const [size, file] of Object.entries(map ?? {})) {
          const img = new Image();
          img.src = `/${file}`;
          await img.decode();
          out[size] = img.naturalWidth;
        }
        return out;
      };
      return {
        icons: await sizes(manifest.icons),
        toolbar: await sizes(manifest.browser_action?.default_icon),
        sidebar: await sizes(manifest.sidebar_action?.default_icon),
      };
    });
    expect(icons).toEqual({
      icons: { 16: 16, 32: 32, 48: 48, 128: 128 },
      toolbar: { 16: 16, 32: 32 },
      sidebar: { 16: 16, 32: 32 },
    });
  });
});
