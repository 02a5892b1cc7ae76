import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '@/lib/boot/watch';

/** Lets the MutationObserver deliver (a microtask) and the timers due by then run. */
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

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
    stop = watchPage({ check, schedule: [100, 300], slowPollMs: 1000 });
    expect(check).not.toHaveBeenCalled();
    await advance(0);
    expect(check).toHaveBeenCalledOnce();
    await advance(10_000);
    expect(check).toHaveBeenCalledOnce();
  });

  it('re-checks after the page renders, at the next slot of the schedule', async () => {
    const seen: number[] = [];
    const start = Date.now();
    stop = watchPage({ check: () => seen.push(Date.now() - start), schedule: [100, 300], slowPollMs: 1000 });
    await advance(20);
    document.body.append('Integration Information');
    await advance(0);
    expect(seen).toEqual([0]);
    await advance(100);
    expect(seen).toEqual([0, 100]);
    // Several changes before the next slot: one check.
    document.body.append('Action Field Sync');
    await advance(50);
    document.body.firstChild!.textContent = 'Actions Config';
    await advance(500);
    expect(seen).toEqual([0, 100, 300]);
  });

  it('sees a text edited in place and a tab being selected', async () => {
    const check = vi.fn();
    document.body.innerHTML = '<span>Loading…</span><a role="tab" aria-selected="false">Marketo</a>';
    stop = watchPage({ check, schedule: [50, 100], slowPollMs: 1000 });
    await advance(0);
    (document.body.firstChild!.firstChild as Text).data = 'Marketo';
    await advance(60);
    expect(check).toHaveBeenCalledTimes(2);
    document.querySelector('a')!.setAttribute('aria-selected', 'true');
    await advance(60);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('on a page that never stops changing, checks once per slot and then once per slow poll', async () => {
    const check = vi.fn();
    stop = watchPage({ check, schedule: [100, 300], slowPollMs: 1000 });
    const churn = setInterval(() => document.body.append('x'), 10);
    await advance(2300);
    clearInterval(churn);
    // 0, 100, 300, then 1300 and 2300.
    expect(check).toHaveBeenCalledTimes(5);
  });

  it('re-checks at once after a hash change, with a fresh schedule', async () => {
    const urls: string[] = [];
    stop = watchPage({ check: (u) => urls.push(u.hash), schedule: [50], slowPollMs: 10_000 });
    await advance(5000);
    window.location.hash = '#settings/marketo-admin';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(urls.at(-1)).toBe('#settings/marketo-admin');
    document.body.append('Marketo');
    await advance(50);
    expect(urls.filter((h) => h === '#settings/marketo-admin')).toHaveLength(2);
  });

  it('notices a pushState made by the page: at once when the DOM changes with it, else on the slow poll', async () => {
    const paths: string[] = [];
    stop = watchPage({ check: (u) => paths.push(u.pathname), schedule: [], slowPollMs: 500 });
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
    stop = watchPage({ check, schedule: [50], slowPollMs: 100 });
    await advance(0);
    stop();
    document.body.append('Integration Information');
    history.pushState(null, '', '/elsewhere');
    await advance(1000);
    expect(check).toHaveBeenCalledOnce();
  });
});
