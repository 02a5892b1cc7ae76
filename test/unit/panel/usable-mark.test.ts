import { afterEach, describe, expect, it } from 'vitest';
import { markPanelUsable, PANEL_USABLE_MARK } from '@/lib/panel/usable-mark';

const marks = () => performance.getEntriesByName(PANEL_USABLE_MARK, 'mark');

describe('markPanelUsable', () => {
  afterEach(() => performance.clearMarks(PANEL_USABLE_MARK));

  it('marks the panel usable once, in the frame after the call', () => {
    const frames: Array<() => void> = [];
    markPanelUsable(performance, (cb) => frames.push(cb));
    expect(marks()).toHaveLength(0);
    frames[0]!();
    expect(marks()).toHaveLength(1);
    markPanelUsable(performance, (cb) => frames.push(cb));
    expect(frames).toHaveLength(1);
    expect(marks()).toHaveLength(1);
  });

  it('makes no mark when cancelled before the frame (an effect cleaned up)', () => {
    const frames = new Map<number, () => void>();
    const cancel = markPanelUsable(
      performance,
      (cb) => {
        frames.set(1, cb);
        return 1;
      },
      (id) => frames.delete(id),
    );
    cancel();
    for (const cb of frames.values()) cb();
    expect(marks()).toHaveLength(0);
  });
});
