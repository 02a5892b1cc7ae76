/**
 * Where the dock draws so that the host's dialogs, menus and the outlined
 * control stay visible and clickable (lib/agent/yield.ts).
 */
import { describe, expect, it } from 'vitest';
import { type Box, NARROW_MIN, placeDock, STRIP_WIDTH, type YieldInput } from '@/lib/agent/yield';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const input = (over: Partial<YieldInput> = {}): YieldInput => ({
  viewport: { width: 1280, height: 800 },
  width: 380,
  collapsed: false,
  obstacles: [],
  small: false,
  stay: false,
  ...over,
});
/** Does a dock at `place` cover `b`? */
function covers(place: ReturnType<typeof placeDock>, b: Box, vw: number, width = 380): boolean {
  const w = place.mode === 'full' ? width : place.mode === 'narrow' ? place.width : STRIP_WIDTH;
  const left = place.mode === 'strip' && place.side === 'left' ? 0 : vw - w;
  return b.right > left && b.left < left + w;
}

describe('the dock makes room for the host', () => {
  it('stays as the user left it when nothing is open, or nothing open is under it', () => {
    expect(placeDock(input())).toEqual({ mode: 'full' });
    // A menu at the left of the page is not under the dock.
    expect(placeDock(input({ obstacles: [box(40, 60, 200, 300)] }))).toEqual({ mode: 'full' });
    expect(placeDock(input({ collapsed: true }))).toEqual({ mode: 'strip', side: 'right' });
  });

  it('narrows beside a centred dialog when the panel still fits to its right (1280 px)', () => {
    const dialog = box(340, 200, 600, 400); // right edge at 940: 340 px free
    const place = placeDock(input({ obstacles: [dialog] }));
    expect(place).toEqual({ mode: 'narrow', width: 1280 - 940 - 8 });
    expect(covers(place, dialog, 1280)).toBe(false);
  });

  it('becomes the strip when the panel would not fit beside the dialog (1024 px)', () => {
    const dialog = box(212, 150, 600, 400); // right edge at 812: 204 px free < the panel's minimum
    expect(1024 - 812).toBeLessThan(NARROW_MIN);
    const place = placeDock(input({ viewport: { width: 1024, height: 700 }, obstacles: [dialog] }));
    expect(place).toEqual({ mode: 'strip', side: 'right' });
    expect(covers(place, dialog, 1024)).toBe(false);
  });

  it('moves the strip to the left edge when something the admin needs is under it at the right', () => {
    const menu = box(1000, 40, 280, 200); // a row's menu opened at the right edge
    const place = placeDock(input({ obstacles: [menu] }));
    expect(place).toEqual({ mode: 'strip', side: 'left' });
    expect(covers(place, menu, 1280)).toBe(false);
    // Collapsed by the user, the strip moves as well ("Log Out" at the right edge of a header).
    expect(placeDock(input({ collapsed: true, obstacles: [box(1230, 0, 50, 30)] }))).toEqual({
      mode: 'strip',
      side: 'left',
    });
  });

  it('keeps the strip at the right when both edges are taken (it is 36 px either way)', () => {
    const wide = box(0, 0, 1280, 60);
    expect(placeDock(input({ obstacles: [wide] }))).toEqual({ mode: 'strip', side: 'right' });
  });

  it('ignores what is off screen or has no box', () => {
    expect(placeDock(input({ obstacles: [box(1000, -400, 200, 100), box(1100, 900, 100, 50)] }))).toEqual({
      mode: 'full',
    });
    expect(placeDock(input({ obstacles: [box(1100, 100, 0, 0)] }))).toEqual({ mode: 'full' });
  });

  it('starts as the strip on a small viewport, until the user expands it', () => {
    const small = { viewport: { width: 1024, height: 700 }, small: true };
    expect(placeDock(input(small))).toEqual({ mode: 'strip', side: 'right' });
    expect(placeDock(input({ ...small, stay: true }))).toEqual({ mode: 'full' });
  });

  it('shows the panel over an open dialog when the user asked for it', () => {
    const dialog = box(212, 150, 600, 400);
    expect(
      placeDock(input({ viewport: { width: 1024, height: 700 }, obstacles: [dialog], stay: true })),
    ).toEqual({ mode: 'full' });
  });
});
