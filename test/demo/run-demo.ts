/**
 * `npm run demo`: opens Chromium with the built extension and the demo apps
 * served at their real host names. With `--headless` (or on a machine without
 * a display) it walks through the demo pages and saves a screenshot of the
 * panel on each page to demo-screenshots/ (git-ignored), then prints the path.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../e2e/extension';
import { DEMO_TOUR } from './tour';

const args = new Set(process.argv.slice(2));
const wantHeadless = args.has('--headless') || args.has('--headless=true');
const hasDisplay = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY || process.platform !== 'linux';
const headless = wantHeadless || !hasDisplay;
const outDir = path.resolve('demo-screenshots');

async function waitForPanel(page: Page) {
  const panel = page.getByTestId('msi-panel');
  await panel.waitFor({ state: 'attached', timeout: 10_000 });
  return panel;
}

async function headlessTour() {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const launched = await launchWithExtension({ headless: true });
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  let index = 0;
  try {
    for (const stop of DEMO_TOUR) {
      index++;
      await page.goto(stop.url);
      if (stop.act) await stop.act(page);
      let pageId = '(no panel)';
      if (stop.expectPanel !== false) {
        const panel = await waitForPanel(page);
        if (stop.page)
          await panel.and(page.locator(`[data-page="${stop.page}"]`)).waitFor({ timeout: 10_000 });
        pageId = (await panel.getAttribute('data-page')) ?? '?';
      }
      await page.waitForTimeout(300);
      const file = path.join(outDir, `${String(index).padStart(2, '0')}-${stop.name}.png`);
      await page.screenshot({ path: file });
      console.log(`  ${path.relative(process.cwd(), file)}  ${stop.url}  → data-page=${pageId}`);
    }
  } finally {
    await launched.close();
  }
  if (launched.blockedRequests.length) {
    console.log(`Requests to other hosts (blocked): ${launched.blockedRequests.join(', ')}`);
  }
  console.log(`\nScreenshots of the panel on ${DEMO_TOUR.length} demo pages: ${outDir}`);
}

async function interactive() {
  const launched = await launchWithExtension({ headless: false });
  const [first, ...rest] = DEMO_TOUR.filter((s) => s.startHere);
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  if (first) await page.goto(first.url);
  for (const stop of rest) await (await launched.context.newPage()).goto(stop.url);
  console.log('Chromium is open with the extension and the demo apps. Close the browser window to stop.');
  console.log('Demo URLs (served locally at the real host names):');
  for (const stop of DEMO_TOUR) console.log(`  ${stop.url}`);
  await new Promise<void>((resolve) => launched.context.on('close', () => resolve()));
}

if (!headless) {
  await interactive();
} else {
  if (!wantHeadless) console.log('No display found: running the headless tour instead.');
  await headlessTour();
}
