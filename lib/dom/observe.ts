/**
 * A MutationObserver over what the page shows: the document and every open
 * shadow root (a subtree observer of the document does not see changes inside
 * a component's shadow root). New roots are taken in by `refresh()`, which the
 * owner calls at its own pace (after a settled burst, not on every record).
 */
import { shadowRootsOf } from './shadow';

export interface DeepObserver {
  /** Observes the open shadow roots that appeared since the last call. */
  refresh(): void;
  disconnect(): void;
}

export function observeRendered(
  doc: Document,
  init: MutationObserverInit,
  onChange: MutationCallback,
): DeepObserver {
  const Observer =
    (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
  const observer = new Observer(onChange);
  let observed = new WeakSet<Node>();
  const refresh = () => {
    for (const root of shadowRootsOf(doc)) {
      if (observed.has(root)) continue;
      observed.add(root);
      observer.observe(root, init);
    }
  };
  observer.observe(doc.documentElement, init);
  refresh();
  return {
    refresh,
    disconnect: () => {
      observer.disconnect();
      observed = new WeakSet();
    },
  };
}
