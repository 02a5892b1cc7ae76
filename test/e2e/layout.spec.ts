/**
 * The panel never covers the host (issue 15, point 2): at 1024×700 and
 * 1280×800, in French and Japanese, a host dialog's buttons are never under
 * the dock (bounding boxes, and the element at each button's centre is the
 * button, not <msi-panel>); once the dialog closes the panel is back. Below
 * about 1200 px the dock starts as its strip.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { withQuery } from '../demo/pages';
import { expect, panel, test, ui } from './fixtures';

test.afterEach(async ({ pageErrors, blockedRequests }) => {
  expect(pageErrors, 'uncaught errors or console errors in the page').toEqual([]);
  expect(blockedRequests, 'requests to hosts outside the demo apps').toEqual([]);
});

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
] as const;
const LANGS = ['fr', 'ja'] as const;
type Lang = (typeof LANGS)[number];

/** The sales demo speaks en/fr/es: Japanese is the panel's language over the English app. */
const USERS = (lang: Lang) =>
  withQuery('https://toutapp.com/next#settings/admin/user-management', {
    lang: lang === 'ja' ? 'en' : lang,
    demoState: 'users',
  });
const SALES_LABELS = {
  fr: { actions: 'Actions', inviteCsv: 'Inviter des utilisateurs via CSV', close: 'Annuler' },
  ja: { actions: 'Actions', inviteCsv: 'Invite Users via CSV', close: 'Cancel' },
} as const;
const MARKETO = (lang: Lang) =>
  withQuery('https://app-ab12.marketo.com/#AD0SI2', { lang, demoState: 'fresh' });
const MARKETO_SEND = { fr: 'Envoyer l’invitation', ja: '招待を送信' } as const;
/** The Salesforce demo speaks en/fr: Japanese is the panel's language over the English Setup. */
const REMOTE_SITES = (lang: Lang) =>
  withQuery('https://acme.my.salesforce-setup.com/lightning/setup/SecurityRemoteProxy/home', {
    lang: lang === 'ja' ? 'en' : lang,
  });
const SALESFORCE_LABELS = {
  fr: { newSite: 'Nouveau site distant', cancel: 'Annuler' },
  ja: { newSite: 'New Remote Site', cancel: 'Cancel' },
} as const;

async function panelLanguage(context: BrowserContext, extensionId: string, lang: Lang) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('options-locale').selectOption(lang);
  await expect(options.getByRole('status')).toBeVisible();
  await options.close();
}

/** Controls the panel covers: by box, or by what is on top at their centre. */
async function covered(page: Page, controls: Locator[]): Promise<string[]> {
  const dock = await panel(page).boundingBox();
  if (!dock) return [];
  const found: string[] = [];
  for (const button of controls) {
    if (!(await button.isVisible())) continue;
    const name = (await button.textContent())?.trim() || (await button.getAttribute('aria-label')) || '?';
    const b = await button.boundingBox();
    if (!b) continue;
    const overlaps =
      b.x < dock.x + dock.width &&
      b.x + b.width > dock.x &&
      b.y < dock.y + dock.height &&
      b.y + b.height > dock.y;
    const onTop = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!top || top.localName === 'msi-panel') return false;
      if (el.contains(top)) return true;
      // Retargeted to a shadow host: the button is inside it.
      for (let cur: Element | null = el; cur; ) {
        if (cur === top) return true;
        cur = cur.parentElement ?? ((cur.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
      }
      return false;
    });
    if (overlaps || !onTop) found.push(name);
  }
  return found;
}
const coveredButtons = async (page: Page, dialog: Locator) =>
  covered(page, await dialog.getByRole('button').all());

/**
 * What a keyboard user does with a control the expanded panel may cover (the page is
 * narrower than its content at 1024 px): Tab to it. The dock makes room for it, then it is clicked.
 */
async function focusThenClick(page: Page, control: Locator) {
  await control.focus();
  await expect.poll(() => covered(page, [control])).toEqual([]);
  await control.click();
}

/** The admin moves on from the control that kept the dock out of the way. */
const moveOn = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

const dockWidth = async (page: Page) => Math.round((await panel(page).boundingBox())?.width ?? 0);

/** Below 1200 px the dock starts as its strip; the user brings the panel out with its button. */
async function expandIfSmall(page: Page, width: number) {
  if (width >= 1200) {
    await expect.poll(() => dockWidth(page)).toBe(380);
    return;
  }
  await expect(panel(page)).toHaveAttribute('data-yield', 'strip-right');
  expect(await dockWidth(page)).toBe(36);
  await (await ui(page)).getByTestId('msi-panel-toggle').click();
  await expect.poll(() => dockWidth(page)).toBe(380);
  await expect(panel(page)).not.toHaveAttribute('data-yield', /./);
}

interface Scene {
  page: Page;
  context: BrowserContext;
  extensionId: string;
}

/** The admin's window and language, on a recognised page, with the panel out. */
async function openAt(
  { page, context, extensionId }: Scene,
  size: (typeof SIZES)[number],
  lang: Lang,
  url: string,
  pageId: string,
) {
  await page.setViewportSize(size);
  await panelLanguage(context, extensionId, lang);
  await page.goto(url);
  await expect(panel(page)).toHaveAttribute('data-page', pageId, { timeout: 10_000 });
  await expandIfSmall(page, size.width);
}

/** The dialog is checked uncovered, closed, and the panel is back as it was before it. */
async function uncoveredThenBack(page: Page, dialog: Locator, close: Locator) {
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect.poll(() => coveredButtons(page, dialog)).toEqual([]);
  await close.click();
  await expect(dialog).toHaveCount(0);
  await moveOn(page);
  await expect.poll(() => dockWidth(page)).toBe(380);
  await expect(panel(page)).not.toHaveAttribute('data-yield', /./);
}

for (const size of SIZES) {
  for (const lang of LANGS) {
    test(`${size.width}×${size.height} ${lang}: the CSV dialog's buttons are never under the panel`, async ({
      page,
      context,
      extensionId,
    }) => {
      await openAt({ page, context, extensionId }, size, lang, USERS(lang), 'sales-user-management');

      const labels = SALES_LABELS[lang];
      await focusThenClick(page, page.getByRole('button', { name: labels.actions, exact: true }));
      // The menu is a popup: the dock makes room for it too.
      const item = page.getByRole('menuitem', { name: labels.inviteCsv });
      await expect.poll(() => covered(page, [item])).toEqual([]);
      await item.click();
      const dialog = page.getByRole('dialog', { name: labels.inviteCsv });
      await uncoveredThenBack(page, dialog, dialog.getByRole('button', { name: labels.close, exact: true }));
    });

    test(`${size.width}×${size.height} ${lang}: Marketo's message box is never under the panel`, async ({
      page,
      context,
      extensionId,
    }) => {
      await openAt({ page, context, extensionId }, size, lang, MARKETO(lang), 'marketo-actions-config');

      const radio = page.locator('tr', { hasText: 'admin@acme.com' }).locator('input[type=radio]');
      await radio.focus();
      await radio.check();
      await focusThenClick(page, page.getByRole('button', { name: MARKETO_SEND[lang], exact: true }));
      const box = page.getByRole('alertdialog');
      await uncoveredThenBack(page, box, box.getByRole('button').first());
    });

    test(`${size.width}×${size.height} ${lang}: Salesforce's New Remote Site dialog (Save, ×) is never under the panel`, async ({
      page,
      context,
      extensionId,
    }) => {
      await openAt({ page, context, extensionId }, size, lang, REMOTE_SITES(lang), 'salesforce-remote-sites');

      const labels = SALESFORCE_LABELS[lang];
      await focusThenClick(page, page.getByRole('button', { name: labels.newSite, exact: true }));
      const dialog = page.getByRole('dialog', { name: labels.newSite });
      await uncoveredThenBack(page, dialog, dialog.getByRole('button', { name: labels.cancel, exact: true }));
    });
  }
}
