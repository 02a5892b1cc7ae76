/**
 * `npm run demo`: opens Chromium with the built extension and the demo apps
 * served at their real host names. With `--headless` (or on a machine without
 * a display) it walks the admin's journey (test/demo/journey.ts: read and send
 * the credentials, fill them, check a CSV in the invite dialog, Salesforce),
 * shoots each scene at 1280×800 and 1024×700 into demo-screenshots/
 * (git-ignored), writes the story beside them (STORY.md) and prints it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../e2e/extension';
import { JOURNEY, SIZES } from './journey';
import { DEMO_TOUR } from './tour';

const args = new Set(process.argv.slice(2));
const wantHeadless = args.has('--headless') || args.has('--headless=true');
const hasDisplay = !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY || process.platform !== 'linux';
const headless = wantHeadless || !hasDisplay;
const outDir = path.resolve('demo-screenshots');

async function headlessTour() {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const launched = await launchWithExtension({ headless: true });
  const page = launched.context.pages()[0] ?? (await launched.context.newPage());
  const story = ['# The journey on the demo apps', ''];
  try {
    for (const [i, scene] of JOURNEY.entries()) {
      await page.setViewportSize(SIZES[0]);
      await scene.play(page);
      const shots: string[] = [];
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.waitForTimeout(400);
        const file = `${String(i + 1).padStart(2, '0')}-${scene.name}-${size.width}x${size.height}.png`;
        await page.screenshot({ path: path.join(outDir, file) });
        shots.push(file);
      }
      story.push(`${i + 1}. ${scene.caption}`, '', ...shots.map((f) => `   ![${f}](${f})`), '');
      console.log(`${i + 1}. ${scene.caption}\n   ${shots.join('  ')}`);
    }
  } finally {
    await launched.close();
  }
  fs.writeFileSync(path.join(outDir, 'STORY.md'), story.join('\n'));
  if (launched.blockedRequests.length) {
    console.log(`Requests to other hosts (blocked): ${launched.blockedRequests.join(', ')}`);
  }
  console.log(
    `\n${JOURNEY.length} scenes, ${JOURNEY.length * SIZES.length} screenshots and STORY.md in ${outDir}`,
  );
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
