/**
 * The panel's "first usable" moment, as a User Timing mark in the panel document:
 * `performance.mark('msi-panel-usable')`, once per document, in the frame after the
 * dock and its sections first rendered (painted, ready for a click). Only the
 * benchmark reads it (scripts/bench-host/marks.ts, from the panel frame); nothing
 * in the extension depends on it.
 *
 * The panel is an extension-origin document: the host page cannot read this mark
 * (cross-origin frame), so it reveals nothing to page script.
 */
export const PANEL_USABLE_MARK = 'msi-panel-usable';

type Perf = Pick<Performance, 'mark' | 'getEntriesByName'>;

/**
 * Makes the mark after the next animation frame (the rendered sections are painted
 * by then). Returns a cancel function for an effect's cleanup; a second call once
 * the mark exists does nothing.
 */
export function markPanelUsable(
  perf: Perf | undefined = globalThis.performance,
  nextFrame: (cb: () => void) => number = (cb) => requestAnimationFrame(cb),
  cancelFrame: (id: number) => void = (id) => cancelAnimationFrame(id),
): () => void {
  if (!perf || perf.getEntriesByName(PANEL_USABLE_MARK, 'mark').length > 0) return () => {};
  const id = nextFrame(() => {
    if (perf.getEntriesByName(PANEL_USABLE_MARK, 'mark').length === 0) perf.mark(PANEL_USABLE_MARK);
  });
  return () => cancelFrame(id);
}
