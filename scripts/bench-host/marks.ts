/**
 * Init script for a recognised page (main world, document start). It records in
 * `window.__benchMarks` (ms since navigation start) when the recognisable content
 * appeared (at least `need` of `texts` in the body), when the panel's toggle
 * (inside the open shadow root of <msi-panel>) was first visible, and the next
 * animation frame after that (painted: usable). Plain JavaScript source, so
 * nothing depends on how this file is transpiled.
 */
export interface Marks {
  content?: number;
  panel?: number;
  panelFrame?: number;
}

export function marksScript(texts: readonly string[], need: number): string {
  return `(() => {
  const texts = ${JSON.stringify(texts)};
  const need = ${need};
  const marks = (window.__benchMarks = {});
  const watched = new WeakSet();
  const watchPanel = (root) => {
    const check = () => {
      const toggle = root.querySelector('[data-testid="msi-panel-toggle"]');
      if (marks.panel !== undefined || !toggle || !toggle.checkVisibility()) return;
      marks.panel = performance.now();
      requestAnimationFrame(() => { marks.panelFrame = performance.now(); });
      inner.disconnect();
    };
    const inner = new MutationObserver(check);
    inner.observe(root, { childList: true, subtree: true, attributes: true });
    check();
  };
  const check = () => {
    if (marks.content === undefined && document.body && texts.length > 0) {
      const text = document.body.textContent || '';
      if (texts.filter((t) => text.includes(t)).length >= need) marks.content = performance.now();
    }
    const host = document.querySelector('msi-panel');
    if (host && host.shadowRoot && !watched.has(host)) {
      watched.add(host);
      watchPanel(host.shadowRoot);
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;
}
