import { useEffect, useState } from 'react';

/** Narrower than this, the panel's frame is the dock's strip (collapsed, or making room for the host). */
export const STRIP_MAX = 100;

/**
 * Is the panel's own frame only the strip wide? The agent narrows the dock to
 * its strip to make room for a host dialog (lib/agent/dock-yield.ts) without
 * touching the stored state; the panel sees it as its window's width.
 */
export function useNarrowFrame(enabled: boolean): boolean {
  const query = `(max-width: ${STRIP_MAX}px)`;
  const [narrow, setNarrow] = useState(() => enabled && !!globalThis.matchMedia?.(query).matches);
  useEffect(() => {
    if (!enabled || !globalThis.matchMedia) return;
    const list = globalThis.matchMedia(query);
    const update = () => setNarrow(list.matches);
    update();
    list.addEventListener?.('change', update);
    return () => list.removeEventListener?.('change', update);
  }, [enabled, query]);
  return enabled && narrow;
}
