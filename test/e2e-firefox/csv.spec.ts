/**
 * The CSV check on files chosen in the page (the Sales app's "Invite Users via
 * CSV" dialog). In a Firefox content script a page File's bytes belong to the
 * page; these are the journeys that broke there (test/unit/messaging/bytes.test.ts).
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { attr, byTestId, clickText, deepTexts, sleep, tempFile, text, ui } from './firefox';
import { eventually, firefoxLane } from './lane';

const lane = firefoxLane();

const USERS = 'https://toutapp.com/next?lang=en&demoState=users#settings/admin/user-management';
const DIALOG = '[role=dialog]';

// Row 3 repeats row 2 (an error the fixed file repairs by dropping it); row 2 has an accent.
const ACCENTED = [
  'Email,First name,Last name',
  'chloe.dupont@acme.com,Chloé,Dupont',
  'CHLOE.DUPONT@acme.com,Chloé,Again',
  'bo.king@acme.com,Bo,Kîng',
  '',
].join('\r\n');

const utf8 = (s: string) => new TextEncoder().encode(s);
const ENCODINGS: Array<{ name: string; bytes: Uint8Array; shown: string; fallback: boolean }> = [
  { name: 'UTF-8 with accents', bytes: utf8(ACCENTED), shown: 'UTF-8', fallback: false },
  {
    name: "UTF-8 with a BOM (Excel's CSV UTF-8)",
    bytes: utf8(`\ufeff${ACCENTED}`),
    shown: 'UTF-8',
    fallback: false,
  },
  {
    name: 'UTF-16 LE with a BOM',
    bytes: new Uint8Array(Buffer.from(`\ufeff${ACCENTED}`, 'utf16le')),
    shown: 'UTF-16LE',
    fallback: false,
  },
  // Every character of the text is in Latin-1, where Windows-1252 agrees.
  {
    name: 'Windows-1252',
    bytes: new Uint8Array(Buffer.from(ACCENTED, 'latin1')),
    shown: 'WINDOWS-1252',
    fallback: true,
  },
];

async function openCsvDialog(page: Page): Promise<void> {
  await page.goto(USERS);
  await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('sales-user-management');
  await ui(page);
  await clickText(page, 'button', 'Actions');
  await clickText(page, '[role=menuitem]', 'Invite Users via CSV');
  await page.waitForSelector(`${DIALOG} input[type=file]`);
}

async function choose(page: Page, name: string, bytes: Uint8Array | string): Promise<void> {
  const input = (await page.waitForSelector(`${DIALOG} input[type=file]`)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(tempFile(name, bytes));
}

/** The demo's mapping screen: one row per CSV column (name, first value), or null before it. */
const mappingRows = (page: Page) =>
  page.evaluate((d) => {
    const rows = [...document.querySelectorAll(`${d} tbody tr`)];
    if (rows.length === 0) return null;
    return rows.map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent ?? ''));
  }, DIALOG);

/** The hold marker's label beside Next (drawn in an open shadow root of its own), or null. */
const holdMarker = async (page: Page) => (await deepTexts(page, byTestId('csv-hold-marker')))[0] ?? null;

const findingCodes = async (page: Page) =>
  (await ui(page)).evaluate(() =>
    [...document.querySelectorAll('[data-testid="csv-report"] [data-code]')].map((e) =>
      e.getAttribute('data-code'),
    ),
  );

describe('the CSV dialog hold on files chosen in the page', () => {
  for (const enc of ENCODINGS) {
    it(`${enc.name}: read right, held for its error, the fixed file reaches the app as "Chloé"`, async () => {
      const { page } = lane;
      await openCsvDialog(page);
      await choose(page, 'team.csv', enc.bytes);
      await eventually(async () => attr(await ui(page), byTestId('csv-report'), 'data-ok')).toBe('false');
      const panel = await ui(page);
      expect(await text(panel, byTestId('csv-encoding'))).toBe(enc.shown);
      const codes = await findingCodes(page);
      expect(codes).toContain('duplicate-email');
      expect(codes.includes('encoding-fallback')).toBe(enc.fallback);
      expect(await text(panel, byTestId('csv-report'))).toContain('CHLOE.DUPONT@acme.com');
      await eventually(() => holdMarker(page)).toContain('errors found (1)');

      // Next is held.
      await clickText(page, 'button', 'Next', DIALOG);
      await sleep(400);
      expect(await mappingRows(page)).toBeNull();

      await (await ui(page)).click(byTestId('csv-use-fixed'));
      await eventually(async () => text(await ui(page), byTestId('csv-dialog-status'))).toContain(
        'team-fixed.csv',
      );
      await eventually(() => holdMarker(page)).toBeNull();
      await clickText(page, 'button', 'Next', DIALOG);
      await eventually(() => mappingRows(page)).toEqual([
        ['Email', 'chloe.dupont@acme.com'],
        ['First name', 'Chloé'],
        ['Last name', 'Dupont'],
      ]);
      await clickText(page, 'button', 'Invite', DIALOG);
      await eventually(() => text(page, `${DIALOG} [role=status]`)).toBe('2 invitations sent');
    });
  }

  it('a clean ASCII file passes untouched, with no encoding warning: Next works at once', async () => {
    const { page } = lane;
    await openCsvDialog(page);
    await choose(page, 'good.csv', 'Email,First name,Last name\r\nzoe.park@acme.com,Zoe,Park\r\n');
    await eventually(async () => attr(await ui(page), byTestId('csv-report'), 'data-ok')).toBe('true');
    expect(await findingCodes(page)).toEqual([]);
    expect(await holdMarker(page)).toBeNull();
    await clickText(page, 'button', 'Next', DIALOG);
    await eventually(() => mappingRows(page)).toEqual([
      ['Email', 'zoe.park@acme.com'],
      ['First name', 'Zoe'],
      ['Last name', 'Park'],
    ]);
  });

  it("the panel's drop zone checks a UTF-8 file against the instance (seats, existing users)", async () => {
    const { page } = lane;
    await page.goto(USERS);
    await eventually(() => attr(page, 'msi-panel', 'data-page')).toBe('sales-user-management');
    await eventually(() =>
      page.evaluate(() => document.body.textContent?.includes('Showing 1–10 of 23')),
    ).toBe(true);
    const rows = Array.from({ length: 78 }, (_, i) => `new${i}@acme.com,Zoé`);
    const input = (await (
      await ui(page)
    ).waitForSelector(byTestId('csv-file-input'))) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(
      tempFile('many.csv', utf8(`Email,First name\n${rows.join('\n')}\nadmin@acme.com,Ann\n`)),
    );
    await eventually(async () => attr(await ui(page), byTestId('csv-report'), 'data-ok')).toBe('false');
    const panel = await ui(page);
    expect(await text(panel, '[data-code="seat-limit"]')).toContain('78 new users with 23 already');
    expect(await text(panel, '[data-code="existing-user"]')).toContain('admin@acme.com');
    expect(await text(panel, byTestId('csv-encoding'))).toBe('UTF-8');
    expect(await findingCodes(page)).not.toContain('encoding-fallback');
  });
});
