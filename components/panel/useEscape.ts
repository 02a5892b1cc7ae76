import { useEffect, useRef } from 'react';

/**
 * Escape in the panel closes the most recent thing the panel opened (an
 * outline in the page, a disclosure, a caution…), one per key press: the
 * handlers form a stack, the last one registered while active answers.
 */
const stack: Array<{ current: () => void }> = [];

function onKeyDown(e: KeyboardEvent) {
  if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
  const top = stack[stack.length - 1];
  if (!top) return;
  e.preventDefault();
  top.current();
}

export function useEscape(active: boolean, handler: () => void, doc: Document = document): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!active) return;
    const entry = { current: () => ref.current() };
    stack.push(entry);
    if (stack.length === 1) doc.addEventListener('keydown', onKeyDown);
    return () => {
      const at = stack.indexOf(entry);
      if (at >= 0) stack.splice(at, 1);
      if (!stack.length) doc.removeEventListener('keydown', onKeyDown);
    };
  }, [active, doc]);
}
