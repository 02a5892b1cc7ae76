/**
 * The page's first reading waits while the panel starts in this frame's dock
 * (lib/agent/reading-gate.ts), at most READINGS_HELD_AT_MOST_MS.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdReadingsUntil, READINGS_HELD_AT_MOST_MS, readingsMayStart } from '@/lib/agent/reading-gate';

afterEach(() => vi.useRealTimers());

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  for (let i = 0; i < 20; i++) await Promise.resolve();
  return done;
};

describe('the first reading’s gate', () => {
  it('lets a reading start at once where no dock is starting', async () => {
    expect(await settled(readingsMayStart())).toBe(true);
  });

  it('holds it until the dock’s panel says it is shown', async () => {
    let shown = () => {};
    holdReadingsUntil(new Promise<void>((r) => (shown = r)));
    const gate = readingsMayStart();
    expect(await settled(gate)).toBe(false);
    shown();
    expect(await settled(gate)).toBe(true);
    expect(await settled(readingsMayStart()), 'and is open afterwards').toBe(true);
  });

  it('holds it no longer than the limit when the panel never says it is there', async () => {
    vi.useFakeTimers();
    holdReadingsUntil(new Promise(() => {}));
    const gate = readingsMayStart();
    await vi.advanceTimersByTimeAsync(READINGS_HELD_AT_MOST_MS - 1);
    expect(await settled(gate)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(gate)).toBe(true);
  });
});
