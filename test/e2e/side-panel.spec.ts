/**
 * The panel in the browser's own side panel (options: "Where the panel opens").
 * Playwright does not expose Chrome's side panel as a page: it is opened by a real
 * click in an extension page (chrome.sidePanel.open needs a user gesture) and
 * driven over CDP (Target.attachToTarget + Runtime.evaluate in its document).
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { demoPage } from '../demo/pages';
import { expect, panel, test } from './fixtures';

const MARKETO = 'https://app-ab12.marketo.com/?lang=en&demoState=invited#AD0SI2';

interface SidePanel {
  /** Evaluates an expression in the side panel's document and returns its JSON value. */
  eval<T>(expression: string): Promise<T>;
}

async function openSidePanel(
  context: BrowserContext,
  extensionId: string,
  anyPage: Page,
): Promise<SidePanel> {
  const opener = await context.newPage();
  await opener.goto(`chrome-extension://${extensionId}/options.html`);
  await opener.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'open-side-panel';
    button.textContent = 'Open the side panel';
    button.onclick = async () => {
      const w = await chrome.windows.getCurrent();
      await chrome.sidePanel.open({ windowId: w.id as number });
    };
    document.body.append(button);
  });
  await opener.click('#open-side-panel');
  await opener.close();
  const cdp: CDPSession = await context.newCDPSession(anyPage);
  let targetId: string | undefined;
  await expect
    .poll(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      targetId = targetInfos.find((t) => t.type === 'page' && t.url.endsWith('/panel.html'))?.targetId;
      return targetId;
    })
    .toBeTruthy();
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: targetId as string,
    flatten: false,
  });
  let nextId = 1;
  const waiting = new Map<
    number,
    (r: { result?: { result?: { value?: unknown } }; error?: unknown }) => void
  >();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { id?: number };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg as never);
  });
  return {
    async eval<T>(expression: string): Promise<T> {
      const id = nextId++;
      const answer = new Promise<{ result?: { result?: { value?: unknown } }; error?: unknown }>((resolve) =>
        waiting.set(id, resolve),
      );
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({
          id,
          method: 'Runtime.evaluate',
          params: { expression, returnByValue: true, awaitPromise: true },
        }),
      });
      const res = await answer;
      if (res.error) throw new Error(JSON.stringify(res.error));
      return res.result?.result?.value as T;
    },
  };
}

const attr = (testId: string, name: string) =>
  `document.querySelector('[data-testid="${testId}"]')?.getAttribute('${name}') ?? null`;

test('in side-panel mode nothing is added to the page; the side panel follows the active tab and carries credentials', async ({
  page,
  context,
  sw,
  extensionId,
}) => {
  await sw.evaluate(async () => {
    await chrome.storage.local.set({
      settings: { locale: 'auto', clipboardClearSeconds: 30, carryMinutes: 10, panelPlace: 'side' },
      settings$: { v: 3 },
    });
  });
  await page.goto(MARKETO);
  const side = await openSidePanel(context, extensionId, page);
  await page.bringToFront();

  // The side panel shows this tab's page and reads its credentials through the agent.
  await expect
    .poll(() => side.eval(attr('msi-panel', 'data-page')), { timeout: 10_000 })
    .toBe('marketo-actions-config');
  await expect
    .poll(() => side.eval(attr('credentials-status', 'data-state')), { timeout: 10_000 })
    .toBe('ready');
  // Nothing of ours in the page: no dock, no margin.
  await expect(panel(page)).toHaveCount(0);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
  // No collapse or resize in the browser's own panel.
  expect(await side.eval(`document.querySelector('[data-testid="msi-panel-toggle"]') === null`)).toBe(true);

  await side.eval(`document.querySelector('[data-testid="credentials-send"]').click()`);
  await expect.poll(() => side.eval(attr('credentials-status', 'data-state'))).toBe('ready');
  await expect
    .poll(() => side.eval(`document.querySelector('[data-testid="credentials-carried"]')?.textContent ?? ''`))
    .toContain('123-ABC-456');

  // Another tab becomes active: the side panel shows it.
  const sales = await context.newPage();
  await sales.goto(demoPage('sales-marketo-settings').url('en'));
  await sales.bringToFront();
  await expect
    .poll(() => side.eval(attr('msi-panel', 'data-page')), { timeout: 10_000 })
    .toBe('sales-marketo-settings');
  await expect.poll(() => side.eval(attr('credentials-status', 'data-state'))).toBe('carried');
  await expect(panel(sales)).toHaveCount(0);
  await page.bringToFront();
  await expect.poll(() => side.eval(attr('msi-panel', 'data-page'))).toBe('marketo-actions-config');
});
