import { useEffect, useRef, useState } from 'react';

/**
 * True while the element is really visible to the user, as IntersectionObserver v2
 * (`trackVisibility`, Chrome) tells it: not covered by anything of the host page
 * (even an overlay that lets clicks through), not transparent, not transformed or
 * filtered. Made for exactly this: a framed widget that must not be clickjacked.
 * Where the browser has no v2 (Firefox), this stays true and the background's
 * check in the dock's agent (lib/agent/visible.ts) is what guards the action.
 * In the browser's side panel (a top-level document) nothing of a page can cover it.
 */
export function useTrulyVisible<T extends Element>(): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    const el = ref.current;
    // Not framed (the browser's side panel): no page around it can cover it.
    if (window.parent === window) return;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const supported = 'isVisible' in IntersectionObserverEntry.prototype;
    if (!supported) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1] as IntersectionObserverEntry & { isVisible?: boolean };
        setVisible(last.isVisible === true);
      },
      { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, visible];
}
