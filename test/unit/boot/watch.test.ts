import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '@/lib/boot/watch';

describe('watchPage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks at once, then on a back-off schedule, then slowly', () => {
    const seen: number[] = [];
    const stop = watchPage({
      check: () => seen.push(Date.now()),
      schedule: [100, 300],
      slowPollMs: 1000,
    });
    expect(seen).toHaveLength(1);
    vi.advanceTimersByTime(300);
    expect(seen).toHaveLength(3);
    vi.advanceTimersByTime(1000);
    expect(seen).toHaveLength(4);
    stop();
    vi.advanceTimersByTime(5000);
    expect(seen).toHaveLength(4);
  });

  it('re-checks after a hash change, with a fresh schedule', () => {
    const urls: string[] = [];
    const stop = watchPage({
      check: (u) => urls.push(u.hash),
      schedule: [50],
      slowPollMs: 10_000,
    });
    window.location.hash = '#settings/marketo-admin';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(urls.at(-1)).toBe('#settings/marketo-admin');
    vi.advanceTimersByTime(50);
    expect(urls.filter((h) => h === '#settings/marketo-admin')).toHaveLength(2);
    stop();
  });

  it('notices a pushState made by the page on its slow poll', () => {
    const urls: string[] = [];
    const stop = watchPage({
      check: (u) => urls.push(u.pathname),
      schedule: [],
      slowPollMs: 500,
    });
    history.pushState(null, '', '/lightning/setup/ImportedPackage/home');
    vi.advanceTimersByTime(500);
    expect(urls).toContain('/lightning/setup/ImportedPackage/home');
    stop();
  });
});
