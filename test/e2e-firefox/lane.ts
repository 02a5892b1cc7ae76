/**
 * One Firefox per spec file (its start and the add-on install cost about 4 s),
 * a fresh tab per test. After each test: no uncaught error or console error from
 * pages, content scripts, extension pages or the background; no request outside
 * the demo apps, from a tab or from anywhere else.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type Firefox, launchFirefox, sleep } from './firefox';

export interface Lane {
  readonly ff: Firefox;
  /** The test's tab, in front. */
  readonly page: Page;
}

export function firefoxLane(): Lane {
  let ff: Firefox | undefined;
  let page: Page | undefined;
  let mark = 0;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });
  beforeEach(async () => {
    for (const open of await ff!.browser.pages()) {
      if (open.url() !== 'about:blank') await open.close().catch(() => {});
    }
    ff!.blocked.length = 0;
    mark = ff!.mark();
    page = await ff!.newPage();
  });
  afterEach(async () => {
    await sleep(200); // let Firefox's output catch up
    expect(ff!.errorsSince(mark), 'uncaught errors or console errors').toEqual([]);
    expect(ff!.blocked, 'requests to hosts outside the demo apps').toEqual([]);
    expect(ff!.escaped(), 'requests that reached the network').toEqual([]);
  });
  return {
    get ff() {
      return ff!;
    },
    get page() {
      return page!;
    },
  };
}

/** Polls `read` until it passes `check` (vitest's expect.poll with the lane's default wait). */
export const eventually = <T>(read: () => Promise<T>, timeout = 10_000) =>
  expect.poll(read, { timeout, interval: 100 });
