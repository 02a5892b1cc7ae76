/**
 * The host page as an attacker: a script in the page's main world (any vendor's
 * code on a Visualforce page, the experience.adobe.com shell around Marketo) that
 * reads, clicks and forges whatever it can reach. The panel is an extension page
 * in a frame inside a closed shadow root (lib/agent/dock.ts); the background
 * trusts only the panel its own dock framed (lib/background/panels.ts) and hands
 * out a secret only while the dock is really visible (lib/agent/visible.ts).
 */
import type { Frame, Page } from '@playwright/test';
import { DEMO_PAGES, demoPage, EXPERIENCE_ACTIONS_CONFIG } from '../demo/pages';
import { resolveDemo } from '../demo/routes';
import { expect, grantClipboard, panel, test, ui } from './fixtures';

const MARKETO = 'https://app-ab12.marketo.com/?lang=en&demoState=invited#AD0SI2';

/** A message from the panel's own document, as if its own visibility check had been fooled. */
function askFromPanel(frame: Frame, type: string, payload: unknown): Promise<unknown> {
  return frame.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const);
}

async function pageCredentials(page: Page) {
  return page.evaluate(() => {
    const state = JSON.parse(localStorage.getItem('demo:marketo') ?? '{}');
    return state.credentials as { clientId: string; clientSecret: string };
  });
}

/** Everything a main-world script can sweep: the DOM, every open shadow root, every frame it may read. */
async function sweep(
  page: Page,
): Promise<{ text: string; closedHost: boolean; ourFrames: number; readable: number; ourGlobals: string[] }> {
  return page.evaluate(() => {
    // What our scripts keep on their own (isolated) world's global: the agent's mark and the libraries
    // it shares (lib/agent/flag.ts, lib/agent/libs.ts). The page's global must show neither.
    const ourGlobals: string[] = [];
    const globals = [window, ...Array.from({ length: window.frames.length }, (_, i) => window.frames[i])];
    for (const g of globals) {
      try {
        const w = g as unknown as Record<string | symbol, unknown>;
        if (w.__msiActionsAgent !== undefined) ourGlobals.push('__msiActionsAgent');
        if (w[Symbol.for('msi-actions.agent-libs')] !== undefined) ourGlobals.push('agent-libs');
      } catch {
        // cross-origin: nothing to read
      }
    }
    const parts: string[] = [location.href];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        parts.push(el.tagName);
        for (const a of el.getAttributeNames()) parts.push(`${a}=${el.getAttribute(a)}`);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
      parts.push(
        root instanceof Document ? (root.documentElement.textContent ?? '') : (root.textContent ?? ''),
      );
    };
    visit(document);
    let readable = 0;
    for (let i = 0; i < window.frames.length; i++) {
      try {
        parts.push(window.frames[i]?.document.documentElement.outerHTML ?? '');
        readable++;
      } catch {
        // cross-origin: nothing to read
      }
    }
    const host = document.querySelector('msi-panel');
    const ourFrames = [...document.querySelectorAll('iframe')].filter((f) =>
      f.src.includes('extension://'),
    ).length;
    return {
      text: parts.join('\n'),
      closedHost: host !== null && host.shadowRoot === null,
      ourFrames,
      readable,
      ourGlobals,
    };
  });
}

/** Carries the demo instance's values from Marketo (the user pressed Send). */
async function carry(page: Page) {
  await page.goto(MARKETO);
  const { clientId, clientSecret } = await pageCredentials(page);
  await expect((await ui(page)).getByTestId('credentials-status')).toHaveAttribute('data-state', 'ready', {
    timeout: 10_000,
  });
  await (await ui(page)).getByTestId('credentials-send').click();
  await expect((await ui(page)).getByTestId('credentials-carried')).toContainText(clientSecret.slice(-4));
  return { clientId, clientSecret };
}

const VISUALFORCE = DEMO_PAGES.find((p) => p.page === 'salesforce-msi-config')!.url('en');
for (const [where, url, pageId] of [
  ['the Sales app', demoPage('sales-marketo-settings').url('en'), 'sales-marketo-settings'],
  ["Lightning framing another package's Visualforce page", VISUALFORCE, 'salesforce-msi-config'],
  ['the experience.adobe.com shell around Marketo', EXPERIENCE_ACTIONS_CONFIG, 'marketo-actions-config'],
] as const) {
  test(`page script on ${where} finds nothing of the panel or the carried values, and cannot talk to the extension`, async ({
    page,
    context,
    extensionId,
  }) => {
    const { clientId, clientSecret } = await carry(page);
    const host = await context.newPage();
    await host.goto(url);
    await expect(panel(host)).toHaveAttribute('data-page', pageId, { timeout: 10_000 });
    if (pageId.startsWith('salesforce-')) {
      // No credentials section on a Salesforce page (it cannot apply there): not even the tails are shown.
      await expect((await ui(host)).getByTestId('next-on-page')).toBeVisible();
      await expect((await ui(host)).getByTestId('credentials-status')).toHaveCount(0);
    } else {
      await expect((await ui(host)).getByTestId('credentials-carried')).toContainText(clientSecret.slice(-4));
    }
    await expectNothingFor(host, extensionId, [clientId, clientSecret]);
  });
}

async function expectNothingFor(sales: Page, extensionId: string, values: string[]) {
  const [clientId, clientSecret] = values as [string, string];
  const seen = await sweep(sales);
  expect(seen.closedHost).toBe(true);
  expect(seen.ourFrames).toBe(0);
  expect(seen.ourGlobals).toEqual([]);
  // Not the values, not even their last four characters (the panel shows those in its own document).
  for (const value of [clientSecret, clientId]) expect(seen.text).not.toContain(value.slice(-4));

  // The page cannot reach our background: no externally_connectable, and a forged hello goes nowhere.
  const forged = await sales.evaluate(async (id) => {
    const runtime = (
      window as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } }
    ).chrome?.runtime;
    if (!runtime?.sendMessage) return 'no runtime';
    try {
      return await new Promise((resolve) => {
        runtime.sendMessage?.(id, { type: 'credentials:reveal', payload: {} }, (r: unknown) =>
          resolve(r ?? 'no answer'),
        );
        setTimeout(() => resolve('no answer'), 1000);
      });
    } catch (e) {
      return `refused: ${(e as Error).message}`;
    }
  }, extensionId);
  expect(JSON.stringify(forged)).not.toContain(clientSecret);
}

test('a look-alike settings form on another toutapp.com host gets no panel and nothing filled', async ({
  page,
  context,
}) => {
  // files.toutapp.com serves a copy of the Sales app's settings form: not one of the app's two hosts.
  await context.route('https://files.toutapp.com/**', async (route) => {
    const res = resolveDemo(
      route.request().url().replace('https://files.toutapp.com', 'https://toutapp.com'),
    );
    if (!res) return route.abort();
    return route.fulfill({ status: res.status, contentType: res.contentType, body: res.body });
  });
  const { clientSecret } = await carry(page);
  const fake = await context.newPage();
  await fake.goto(
    demoPage('sales-marketo-settings').url('en').replace('https://toutapp.com', 'https://files.toutapp.com'),
  );
  await fake.getByRole('tab', { name: 'Set Up' }).click();
  await expect(fake.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  await fake.waitForTimeout(1500);
  await expect(panel(fake)).toHaveCount(0);
  const typed = await fake.evaluate(() =>
    [...document.querySelectorAll('input')].map((i) => i.value).join('|'),
  );
  expect(typed).not.toContain(clientSecret);
});

test('a panel.html framed by the page gets no key and shows nothing; a planted <msi-panel> stops nothing', async ({
  page,
  context,
  extensionId,
}) => {
  // Planted before our scripts run: an element of our tag that would have stopped the old panel loading.
  await context.addInitScript(() => {
    const plant = () => {
      const fake = document.createElement('msi-panel');
      fake.setAttribute('data-fake', '');
      document.documentElement.append(fake);
    };
    if (document.documentElement) plant();
    else document.addEventListener('DOMContentLoaded', plant);
  });
  await page.goto(MARKETO);
  await expect((await ui(page)).getByTestId('credentials-status')).toHaveAttribute('data-state', 'ready', {
    timeout: 10_000,
  });

  // The page frames our panel itself and posts it a made-up key.
  await page.evaluate((id) => {
    const frame = document.createElement('iframe');
    frame.id = 'stolen';
    frame.src = `chrome-extension://${id}/panel.html`;
    frame.addEventListener('load', () =>
      frame.contentWindow?.postMessage({ msiPanelKey: 'a'.repeat(32) }, '*'),
    );
    document.body.append(frame);
  }, extensionId);
  await page.waitForTimeout(1500);
  const panels = page.frames().filter((f) => f.url().includes('/panel.html'));
  // Ours shows; the one the page framed shows nothing (or never loads: the dock's URL is not guessable).
  let rendered = 0;
  for (const f of panels)
    rendered += await f
      .locator('[data-testid="msi-panel-toggle"]:visible')
      .count()
      .catch(() => 0);
  expect(rendered).toBe(1);
});

test('a covered or see-through dock hands out nothing: copy is refused with a sentence that says why', async ({
  page,
  context,
}) => {
  await grantClipboard(context);
  await page.goto(MARKETO);
  const frame = await ui(page);
  await expect(frame.getByTestId('credentials-status')).toHaveAttribute('data-state', 'ready', {
    timeout: 10_000,
  });
  await page.evaluate(() => navigator.clipboard.writeText('before'));

  // A decoy over the dock that lets clicks through to our buttons (classic clickjacking).
  await page.evaluate(() => {
    const decoy = document.createElement('div');
    decoy.id = 'decoy';
    decoy.textContent = 'Click here to win';
    decoy.style.cssText =
      'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none;font-size:40px';
    document.documentElement.append(decoy);
  });
  // The panel sees it is covered (IntersectionObserver v2) and turns its sensitive buttons off.
  await expect(frame.getByTestId('credentials-copy-client-secret')).toBeDisabled();
  await expect(frame.getByTestId('credentials-send')).toBeDisabled();
  // Where the panel cannot tell (Firefox has no v2), the background asks the dock's agent and refuses.
  expect(
    await askFromPanel(frame, 'credentials:copy', { frameId: 0, field: 'clientSecret', from: 'page' }),
  ).toEqual({
    reason: 'not-visible',
  });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');

  // Made nearly transparent over a decoy below it.
  await page.evaluate(() => {
    document.getElementById('decoy')?.remove();
    document.documentElement.style.opacity = '0.05';
  });
  expect(
    await askFromPanel(frame, 'credentials:copy', { frameId: 0, field: 'clientSecret', from: 'page' }),
  ).toEqual({
    reason: 'not-visible',
  });
  expect(await askFromPanel(frame, 'credentials:carry', { frameId: 0 })).toEqual({ state: 'none' });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');

  // Back in view: the same button works.
  await page.evaluate(() => {
    document.documentElement.style.opacity = '';
  });
  await frame.getByTestId('credentials-copy-client-secret').click();
  const { clientSecret } = await pageCredentials(page);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(clientSecret);
});
