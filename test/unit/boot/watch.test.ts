import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '@/lib/boot/watch';

/** Lets the MutationObserver deliver (a microtask) and the timers due by then run. */
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const OPTIONS = { debounceMs: 10, quietMs: 150, slowPollMs: 4000 };

describe('watchPage', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('checks once the script has run, and then not again while the page stands still', async () => {
    const check = vi.fn();
    stop = watchPage({ check, ...OPTIONS });
    expect(check).not.toHaveBeenCalled();
    await advance(0);
    expect(check).toHaveBeenCalledOnce();
    await advance(60_000);
    expect(check).toHaveBeenCalledOnce();
  });

  it('checks a page that renders after a quiet spell (an SPA after its XHR) once the render settles', async () => {
    const seen: number[] = [];
    const start = Date.now();
    stop = watchPage({ check: () => seen.push(Date.now() - start), ...OPTIONS });
    await advance(600);
    // A render in quick steps: one check after them.
    document.body.append('Integration Information');
    await advance(5);
    document.body.append('Action Field Sync');
    await advance(100);
    expect(seen).toEqual([0, 610]);
    // Another render much later: checked as promptly.
    await advance(2000);
    document.body.append('Client ID');
    await advance(100);
    expect(seen).toEqual([0, 610, 2715]);
  });

  it('sees a text edited in place and a tab being selected', async () => {
    const check = vi.fn();
    document.body.innerHTML = '<span>Loading…</span><a role="tab" aria-selected="false">Marketo</a>';
    stop = watchPage({ check, ...OPTIONS });
    await advance(200);
    (document.body.firstChild!.firstChild as Text).data = 'Marketo';
    await advance(300);
    expect(check).toHaveBeenCalledTimes(2);
    document.querySelector('a')!.setAttribute('aria-selected', 'true');
    await advance(300);
    expect(check).toHaveBeenCalledTimes(3);
    // Attributes recognition does not read are not watched.
    document.querySelector('a')!.setAttribute('class', 'hover');
    await advance(300);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('checks a page that never stops changing ever less often', async () => {
    const seen: number[] = [];
    const busy: boolean[] = [];
    const start = Date.now();
    stop = watchPage({
      check: (_url, isBusy) => {
        seen.push(Date.now() - start);
        busy.push(isBusy);
      },
      ...OPTIONS,
    });
    const churn = setInterval(() => document.body.append('x'), 10);
    await advance(10_000);
    clearInterval(churn);
    // The first change after the load 20 ms later, then gaps of 80, 320, 1280 and the slow poll's
    // 4000 (each after the mutation that follows the check): in the first 4 s as many re-checks as
    // a back-off from 40 ms made (40, 160, 640, 2560), the first one sooner.
    expect(seen).toEqual([0, 30, 120, 450, 1740, 5750, 9760]);
    // The back-off's re-checks are "busy" (recognition keeps its last answer about components there);
    // the first check, the one after the load's first change and those after the longest gap are not.
    expect(busy).toEqual([false, false, true, true, true, false, false]);
  });

  it('gives a page that stops changing after a busy spell one settle check once it has stood still', async () => {
    const seen: Array<[number, boolean]> = [];
    const start = Date.now();
    stop = watchPage({ check: (_url, isBusy) => seen.push([Date.now() - start, isBusy]), ...OPTIONS });
    const churn = setInterval(() => document.body.append('x'), 10);
    await advance(300);
    clearInterval(churn);
    await advance(5000);
    // Re-checks at 30, then busy ones at 120 and 450 (due since the change at 130); the page
    // stands still after 300: 150 ms after the last busy re-check, one full check that is not
    // busy (no `settle` probe given), then nothing more.
    expect(seen).toEqual([
      [0, false],
      [30, false],
      [120, true],
      [450, true],
      [600, false],
    ]);
  });

  it('after a busy spell, checks in full only when the settle probe finds what the busy re-checks skipped', async () => {
    const busy: boolean[] = [];
    let missed = false;
    const settle = vi.fn(() => missed);
    stop = watchPage({ check: (_url, isBusy) => busy.push(isBusy), settle, ...OPTIONS });
    const spell = async () => {
      const churn = setInterval(() => document.body.append('x'), 10);
      await advance(300);
      clearInterval(churn);
      await advance(2000);
    };
    await spell();
    // The probe found nothing new: no full check after the spell.
    expect(settle).toHaveBeenCalledTimes(1);
    expect(busy.at(-1)).toBe(true);
    // Components mounted during the next spell: the probe sees them, one full check follows.
    missed = true;
    await spell();
    expect(settle).toHaveBeenCalledTimes(2);
    expect(busy.at(-1)).toBe(false);
  });

  it('a settle check does not come while the page keeps changing', async () => {
    const busy: boolean[] = [];
    stop = watchPage({ check: (_url, isBusy) => busy.push(isBusy), ...OPTIONS });
    const churn = setInterval(() => document.body.append('x'), 100);
    await advance(3000);
    clearInterval(churn);
    // Changes every 100 ms (under the 150 ms of quiet a settle check waits for): after the first
    // check and the load's first change, only back-off re-checks.
    expect(busy.slice(0, 2)).toEqual([false, false]);
    expect(busy.slice(2).every(Boolean)).toBe(true);
    expect(busy.length).toBeGreaterThan(2);
  });

  it('re-checks at once after a hash change, and promptly after the new page renders', async () => {
    const urls: string[] = [];
    stop = watchPage({ check: (u) => urls.push(u.hash), ...OPTIONS });
    await advance(5000);
    window.location.hash = '#settings/marketo-admin';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(urls.at(-1)).toBe('#settings/marketo-admin');
    document.body.append('Marketo');
    await advance(40);
    expect(urls.filter((h) => h === '#settings/marketo-admin')).toHaveLength(2);
  });

  it('notices a pushState made by the page: at once when the DOM changes with it, else on the slow poll', async () => {
    const paths: string[] = [];
    stop = watchPage({ check: (u) => paths.push(u.pathname), ...OPTIONS, slowPollMs: 500 });
    await advance(1000);
    history.pushState(null, '', '/lightning/setup/ImportedPackage/home');
    document.body.append('Installed Packages');
    await advance(0);
    expect(paths.at(-1)).toBe('/lightning/setup/ImportedPackage/home');
    history.pushState(null, '', '/lightning/setup/SecurityRemoteProxy/home');
    await advance(500);
    expect(paths.at(-1)).toBe('/lightning/setup/SecurityRemoteProxy/home');
  });

  it('stops: no check, no observer, no timer afterwards', async () => {
    const check = vi.fn();
    stop = watchPage({ check, ...OPTIONS, slowPollMs: 100 });
    await advance(0);
    stop();
    document.body.append('Integration Information');
    history.pushState(null, '', '/elsewhere');
    await advance(1000);
    expect(check).toHaveBeenCalledOnce();
  });
});

describe('watchPage on a page built from web components', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('sees a change inside an open shadow root the last check looked into', async () => {
    const host = document.createElement('x-app');
    const root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement('p'));
    document.body.append(host);
    const check = vi.fn();
    stop = watchPage({ check, ...OPTIONS, roots: () => [root] });
    await advance(200);
    expect(check).toHaveBeenCalledOnce();
    root.querySelector('p')!.textContent = 'Integration Information';
    await advance(300);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('without the roots, a change inside a shadow root goes unseen (why the bootstrap passes them)', async () => {
    const host = document.createElement('x-app');
    const root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement('p'));
    document.body.append(host);
    const check = vi.fn();
    stop = watchPage({ check, ...OPTIONS });
    await advance(200);
    root.querySelector('p')!.textContent = 'Integration Information';
    await advance(300);
    expect(check).toHaveBeenCalledOnce();
  });
});
