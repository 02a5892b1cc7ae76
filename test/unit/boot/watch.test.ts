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
    const start = Date.now();
    stop = watchPage({ check: () => seen.push(Date.now() - start), ...OPTIONS });
    const churn = setInterval(() => document.body.append('x'), 10);
    await advance(10_000);
    clearInterval(churn);
    // Gaps of 40, 160, 640, 2560, then the slow poll's 4000 (each after the mutation that follows the check).
    expect(seen).toEqual([0, 50, 220, 870, 3440, 7450]);
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
