import { describe, expect, it } from 'vitest';
import { DEMO_PAGES, demoPage, EXPERIENCE_ACTIONS_CONFIG, IDLE_PAGES } from '../demo/pages';
import { byTestId, count, dock, sleep, text, ui } from './firefox';
import { eventually, firefoxLane } from './lane';

const lane = firefoxLane();

describe('recognition in Firefox', () => {
  for (const demo of DEMO_PAGES) {
    it(`recognises ${demo.page} and shows the panel`, async () => {
      const { page } = lane;
      await page.goto(demo.url('fr'));
      await eventually(() => dock(page, 'data-page')).toBe(demo.page);
      expect(await dock(page, 'data-app')).toBe(demo.app);
      const panel = await ui(page);
      expect(await text(panel, byTestId('panel-page-name'))).toBeTruthy();
      expect(await count(page, 'msi-panel')).toBe(1);
    });
  }

  it('Marketo inside an experience.adobe.com frame feeds the one panel of the tab', async () => {
    const { page } = lane;
    await page.goto(EXPERIENCE_ACTIONS_CONFIG);
    await eventually(() => dock(page, 'data-page')).toBe('marketo-actions-config');
    await eventually(async () => text(await ui(page), byTestId('panel-instance'))).toContain('123-ABC-456');
    for (const frame of page.mainFrame().childFrames()) {
      if (frame.url().startsWith('https:')) expect(await count(frame, 'msi-panel')).toBe(0);
    }
    expect(await count(page, 'msi-panel')).toBe(1);
  });

  it('stays silent on unrelated hosts and pages with nothing to do; follows SPA navigation', async () => {
    const { page } = lane;
    await page.goto(IDLE_PAGES.unrelated);
    await page.click('button');
    await eventually(() => text(page, '#out')).toBe('Hello');
    await page.goto(IDLE_PAGES.salesPeople);
    await sleep(1000);
    expect(await count(page, 'msi-panel')).toBe(0);
    await page.evaluate(() => {
      location.hash = '#settings/marketo-admin';
    });
    await eventually(() => dock(page, 'data-page')).toBe('sales-marketo-settings');
    await page.evaluate(() => {
      location.hash = '#settings/admin/user-management';
    });
    await eventually(() => dock(page, 'data-page')).toBe('sales-user-management');
  });

  it('report this page shows a sanitised copy of the page before saving it', async () => {
    const { page } = lane;
    await page.goto(demoPage('sales-user-management').url('en'));
    await eventually(() => dock(page, 'data-page')).toBe('sales-user-management');
    await (await ui(page)).click(byTestId('report-page-open'));
    const preview = async () =>
      (await ui(page)).evaluate(
        (s) => (document.querySelector(s) as HTMLTextAreaElement | null)?.value ?? '',
        byTestId('report-page-preview'),
      );
    await eventually(preview).toContain('User Management');
    const html = await preview();
    expect(html).not.toMatch(/admin@acme\.com/);
    expect(html).not.toMatch(/<script/i);
  });
});
