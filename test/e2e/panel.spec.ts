import fs from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { DEMO_PAGES, demoPage, EXPERIENCE_ACTIONS_CONFIG, IDLE_PAGES } from '../demo/pages';
import { panelViolations } from './a11y';
import { expect, panel, test, ui } from './fixtures';

test.afterEach(async ({ pageErrors, blockedRequests }) => {
  expect(pageErrors, 'uncaught errors or console errors in the page').toEqual([]);
  expect(blockedRequests, 'requests to hosts outside the demo apps').toEqual([]);
});

/** What the toolbar button does (Playwright cannot click the browser's toolbar). */
async function pressToolbarButton(sw: Worker) {
  await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const toolbar = (globalThis as { msiActionsToolbar?: (t: { id?: number }) => Promise<void> })
      .msiActionsToolbar;
    await toolbar!(tab!);
  });
}

const expectPage = async (page: Page, app: string, pageId: string) => {
  await expect(panel(page)).toHaveAttribute('data-page', pageId, { timeout: 10_000 });
  await expect(panel(page)).toHaveAttribute('data-app', app);
};

for (const demo of DEMO_PAGES) {
  for (const lang of ['en', 'fr'] as const) {
    test(`recognises ${demo.page} (${lang})`, async ({ page }) => {
      await page.goto(demo.url(lang));
      await expectPage(page, demo.app, demo.page);
      await expect((await ui(page)).getByTestId('panel-page-name')).toBeVisible();
      expect(await page.locator('msi-panel').count()).toBe(1);
    });
  }
}

test('the panel says it is shown once painted (the agent reads the page from then on), and nothing more', async ({
  page,
}) => {
  // What the page hears from our frame: "here" and "shown", never a key or anything of the panel.
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as { __heard?: unknown[] }).__heard = heard;
    addEventListener('message', (e) => {
      if (e.source !== window) heard.push(e.data);
    });
  });
  const demo = DEMO_PAGES.find((p) => p.page === 'marketo-actions-config')!;
  await page.goto(demo.url('en'));
  await expectPage(page, demo.app, demo.page);
  await expect((await ui(page)).getByTestId('panel-page-name')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as { __heard?: unknown[] }).__heard))
    .toEqual([{ msiPanelReady: true }, { msiPanelShown: true }]);
});

test('stays silent on unrelated hosts and on pages with nothing to do', async ({ page, sw, context }) => {
  await page.goto(IDLE_PAGES.unrelated);
  await page.getByRole('button', { name: 'Say hello' }).click();
  await expect(page.locator('#out')).toHaveText('Hello');
  // The toolbar button opens the CSV check page instead, in a new tab.
  const checker = context.waitForEvent('page');
  await pressToolbarButton(sw);
  const checkerPage = await checker;
  await expect(checkerPage).toHaveURL(/\/checker\.html$/);
  await checkerPage.close();
  await page.bringToFront();
  await expect(page.locator('msi-panel')).toHaveCount(0);

  await page.goto(IDLE_PAGES.marketoHome);
  await page.waitForTimeout(1500);
  await expect(page.locator('msi-panel')).toHaveCount(0);
  // The toolbar button opens it anyway, naming the page as not recognised.
  await pressToolbarButton(sw);
  await expectPage(page, 'marketo', 'unknown');
  await expect((await ui(page)).getByTestId('msi-panel-toggle')).toHaveAttribute('aria-expanded', 'true');
});

test('follows SPA navigation without a reload', async ({ page }) => {
  await page.goto(IDLE_PAGES.salesPeople);
  await page.waitForTimeout(800);
  await expect(page.locator('msi-panel')).toHaveCount(0);
  await page.evaluate(() => {
    location.hash = '#settings/marketo-admin';
  });
  await expectPage(page, 'sales', 'sales-marketo-settings');
  const navigations: string[] = [];
  page.on('framenavigated', (f) => navigations.push(f.url()));
  await page.evaluate(() => {
    location.hash = '#settings/admin/user-management';
  });
  await expectPage(page, 'sales', 'sales-user-management');

  // Salesforce Setup: pushState navigation through the Setup tree.
  await page.goto(IDLE_PAGES.salesforceSetupHome);
  await page.getByRole('link', { name: 'Remote Site Settings' }).first().click();
  await expectPage(page, 'salesforce', 'salesforce-remote-sites');
  await page.getByRole('link', { name: 'Installed Packages' }).first().click();
  await expectPage(page, 'salesforce', 'salesforce-installed-packages');
});

test('Marketo inside an experience.adobe.com frame feeds the one panel of the tab', async ({ page }) => {
  await page.goto(EXPERIENCE_ACTIONS_CONFIG);
  await expectPage(page, 'marketo', 'marketo-actions-config');
  await expect((await ui(page)).getByTestId('panel-instance')).toContainText('123-ABC-456');
  // No second panel inside the frame.
  for (const frame of page.frames()) {
    if (frame !== page.mainFrame()) expect(await frame.locator('msi-panel').count()).toBe(0);
  }
  expect(await page.locator('msi-panel').count()).toBe(1);
});

test('collapse state and width persist across reloads; the toolbar toggles', async ({ page, sw }) => {
  await page.goto(demoPage('sales-marketo-settings').url('en'));
  await expectPage(page, 'sales', 'sales-marketo-settings');
  const handle = (await ui(page)).getByTestId('msi-panel-resize');
  await handle.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '444');
  await page.reload();
  await expect((await ui(page)).getByTestId('msi-panel-resize')).toHaveAttribute('aria-valuenow', '444');
  expect(Math.round((await panel(page).boundingBox())!.width)).toBe(444);

  await (await ui(page)).getByTestId('msi-panel-toggle').click();
  await expect(panel(page)).toHaveAttribute('data-collapsed', 'true');
  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-collapsed', 'true');
  // Hooks stay in the DOM while collapsed.
  await expect((await ui(page)).getByTestId('panel-page-name')).toBeAttached();

  await pressToolbarButton(sw);
  await expect(panel(page)).toHaveAttribute('data-collapsed', 'false');
  await pressToolbarButton(sw);
  await expect(panel(page)).toHaveAttribute('data-collapsed', 'true');
});

test('the keyboard shortcut opens the collapsed panel and puts the focus in it', async ({ page, sw }) => {
  const commands = await sw.evaluate(() => chrome.runtime.getManifest().commands);
  expect(commands?.['focus-panel']?.suggested_key).toMatchObject({ default: 'Alt+Shift+M' });
  await page.goto(demoPage('marketo-actions-config').url('en'));
  await expectPage(page, 'marketo', 'marketo-actions-config');
  await (await ui(page)).getByTestId('msi-panel-toggle').click();
  await expect(panel(page)).toHaveAttribute('data-collapsed', 'true');
  await page.getByRole('button', { name: 'Sync', exact: true }).focus(); // the focus is in the host page
  // What the command does (Playwright cannot press the browser's extension shortcuts).
  await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const run = (globalThis as { msiActionsFocusShortcut?: (id?: number) => Promise<void> })
      .msiActionsFocusShortcut;
    await run!(tab!.id);
  });
  await expect(panel(page)).toHaveAttribute('data-collapsed', 'false');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MSI-PANEL');
  await expect((await ui(page)).locator('#msi-page-header')).toBeFocused();
  // The next Tab goes on inside the panel.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MSI-PANEL');
});

test('the host page stays usable beside the open panel', async ({ page }) => {
  await page.goto(demoPage('sales-user-management').url('en'));
  await expectPage(page, 'sales', 'sales-user-management');
  await expect(panel(page)).toHaveAttribute('data-collapsed', 'false');
  // Playwright refuses to click an element covered by another: these must be free.
  await page.getByRole('button', { name: 'Settings' }).first().click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Actions', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Invite Users', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  // The rightmost control of the table (a row's menu) is not under the panel either.
  await page.getByRole('button', { name: 'Actions for admin@acme.com' }).click();
  await expect(page.getByRole('menuitem', { name: 'Remove' })).toBeVisible();
  const viewport = page.viewportSize()!;
  const box = (await panel(page).boundingBox())!;
  expect(Math.round(box.x + box.width)).toBe(viewport.width);
});

test('keyboard operable and free of axe violations', async ({ page }) => {
  await page.goto(demoPage('marketo-actions-config').url('en'));
  await expectPage(page, 'marketo', 'marketo-actions-config');
  const toggle = (await ui(page)).getByTestId('msi-panel-toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAttribute('data-collapsed', 'true');
  await page.keyboard.press('Space');
  await expect(panel(page)).toHaveAttribute('data-collapsed', 'false');
  // The panel's own document (axe on the host page cannot see into the closed root's frame).
  expect(await panelViolations(await ui(page))).toEqual([]);
});

test('report this page shows what it will save and saves it locally', async ({ page }) => {
  await page.goto(IDLE_PAGES.salesPeople);
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    location.hash = '#settings/admin/user-management';
  });
  await expectPage(page, 'sales', 'sales-user-management');
  await (await ui(page)).getByTestId('report-page-open').click();
  const preview = (await ui(page)).getByTestId('report-page-preview');
  await expect(preview).toBeVisible();
  const text = await preview.inputValue();
  expect(text).toContain('User Management');
  expect(text).not.toMatch(/admin@acme\.com/);
  expect(text).not.toMatch(/<script/i);
  const download = page.waitForEvent('download');
  await (await ui(page)).getByTestId('report-page-save').click();
  expect((await download).suggestedFilename()).toMatch(/^msi-page-sales-sales-user-management-.*\.html$/);
});

test('report this page saves the framed Marketo page, not the experience.adobe.com shell around it', async ({
  page,
}) => {
  await page.goto(EXPERIENCE_ACTIONS_CONFIG);
  await expectPage(page, 'marketo', 'marketo-actions-config');
  // Provision the framed instance so the card shows a Client ID in clear.
  const frame = page.frameLocator('iframe');
  await frame.locator('tr', { hasText: 'admin@acme.com' }).locator('input[type=radio]').check();
  await frame.getByRole('button', { name: 'Send Invite', exact: true }).click();
  await frame.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  const clientIdCell = frame.locator('td.x-form-value .x-selectable').first();
  await expect(clientIdCell).toHaveText(/\S{8,}/);
  const clientId = ((await clientIdCell.textContent()) ?? '').trim();

  await (await ui(page)).getByTestId('report-page-open').click();
  const preview = (await ui(page)).getByTestId('report-page-preview');
  // The agent of the frame that shows the page took the snapshot: the card is there, its values are not.
  await expect(preview).toHaveValue(/Integration Information/);
  const text = await preview.inputValue();
  expect(text).not.toContain(clientId);
  expect(text).not.toContain('Adobe Experience Cloud');
});

/** Secrets and active content a hostile page (or an unlucky one) holds, planted by the page's own script. */
function plantHostileContent() {
  const box = document.createElement('section');
  box.innerHTML = `
    <p title="mail carol@acme.com">Invited dave%40acme.com, ｆｒａｎｋ＠ａｃｍｅ.ｃｏｍ, gr\u200Bace@acme.com, j<wbr>udy@acme.<mark>com</mark></p>
    <dl><dt>Client Secret</dt><dd>correct horse battery staple</dd></dl>
    <p>token qwhzkvtrxmplnbgfdsjcywqkzxvbnmlp</p>
    <select><option value="someone@acme.com">Someone</option></select>
    <a href=" JaVaScRiPt:window.__pwned=1">x</a><a href="https://app-ab12.marketo.com/x?munchkinId=123-ABC-456#AD0SI2">y</a>
    <button onclick="window.__pwned=2" class="u-Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8">z</button>
    <svg><a href="javascript:window.__pwned=3"><text>svg</text></a><animate attributeName="href" values="javascript:window.__pwned=4"/></svg>
    <iframe srcdoc="<p>erin@acme.com</p>"></iframe>
    <meta http-equiv="refresh" content="3600;url=https://evil.example/">
    <link rel="alternate" href="https://evil.example/feed">
    <template><img src=x onerror="window.__pwned=5"><p>oscar@acme.com</p></template>
    <input id="msi-typed">`;
  box.append(document.createComment('--><img src=x onerror="window.__pwned=6"><!-- peggy@acme.com'));
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML =
    '<p>shadow trent@acme.com</p><script>window.__pwned=7</script>';
  box.append(host);
  document.body.append(box);
  (document.getElementById('msi-typed') as HTMLInputElement).value = 'typed by victor';
}

test('report this page: planted secrets and active content stay out of the saved file, which runs and loads nothing', async ({
  page,
  context,
  pageErrors,
}) => {
  await page.goto('https://app-ab12.marketo.com/?lang=en&demoState=invited#AD0SI2');
  await expectPage(page, 'marketo', 'marketo-actions-config');
  // The page's own secret, revealed on the page as a user would.
  const { clientId, clientSecret } = await page.evaluate(
    () => JSON.parse(localStorage.getItem('demo:marketo') ?? '{}').credentials,
  );
  // Pressed again if the first press was lost (CI once saw the link not react: the dock had just
  // moved the page's layout under the pointer).
  await expect(async () => {
    await page.getByRole('link', { name: 'Show', exact: true }).click();
    await expect(page.getByText(clientSecret, { exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.evaluate(plantHostileContent);

  await (await ui(page)).getByTestId('report-page-open').click();
  const preview = await (await ui(page)).getByTestId('report-page-preview').inputValue();
  const download = page.waitForEvent('download');
  await (await ui(page)).getByTestId('report-page-save').click();
  const saved = fs.readFileSync((await (await download).path()) as string, 'utf8');
  expect(saved).toBe(preview);

  expect(saved).toMatch(
    /^<!doctype html>\n<html[^>]*><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'">/,
  );
  const planted = [
    clientId,
    clientSecret,
    '123-ABC-456',
    'admin@acme.com',
    'carol',
    'dave',
    'ｆｒａｎｋ',
    'frank@',
    'grace',
    'udy@acme',
    'correct horse',
    'qwhzkvtrxmplnbgfdsjcywqkzxvbnmlp',
    'someone@acme.com',
    'Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8',
    'erin',
    'oscar',
    'peggy',
    'trent',
    'victor',
    'AD0SI2',
    'evil.example',
  ];
  for (const value of planted) expect(saved, `${value} is in the report`).not.toContain(value);
  for (const active of [
    '<script',
    'onclick',
    'onerror',
    'javascript:',
    'srcdoc',
    '<animate',
    '<template',
    '<!--',
    'http-equiv="refresh"',
  ]) {
    expect(saved.toLowerCase(), `${active} is in the report`).not.toContain(active.toLowerCase());
  }
  // What a maintainer needs is there.
  for (const kept of ['Actions Config', 'Integration Information', 'Client Secret', '<msi-shadow-root>']) {
    expect(saved).toContain(kept);
  }

  // Opened by a maintainer: nothing runs, nothing is fetched (the CSP refuses what is left; the
  // context aborts and records any request that would still leave).
  const viewer = await context.newPage();
  await viewer.route('https://msi-report.test/report.html', (r) =>
    r.fulfill({ contentType: 'text/html', body: saved }),
  );
  await viewer.goto('https://msi-report.test/report.html');
  await viewer.waitForTimeout(500);
  expect(await viewer.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(
    await viewer.evaluate(
      () => document.querySelectorAll('script, [onclick], [onerror], iframe[srcdoc]').length,
    ),
  ).toBe(0);
  expect(viewer.url()).toBe('https://msi-report.test/report.html');
  // Console errors of the viewer can only be the CSP refusing a load; they are not the extension's.
  expect(pageErrors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
  pageErrors.length = 0;
  await viewer.close();
});

test('the panel follows the language chosen in the options', async ({ page, context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('options-locale').selectOption('fr');
  await expect(options.getByRole('status')).toBeVisible();
  await options.close();
  await page.goto(demoPage('sales-user-management').url('fr'));
  await expectPage(page, 'sales', 'sales-user-management');
  await expect((await ui(page)).getByTestId('panel-page-name')).toContainText('Gestion des utilisateurs');
  await expect((await ui(page)).getByTestId('msi-panel-toggle')).toHaveAttribute(
    'aria-label',
    'Réduire le panneau',
  );
  // The dock's frame is named in it too (a screen reader announces the frame by that name).
  const frameElement = await (await ui(page)).frameElement();
  expect(await frameElement.getAttribute('title')).toBe('Assistant de configuration MSI Actions');
});
