/**
 * The visible sign that the CSV check holds a dialog button back: an outline
 * around the button and a short label beside it, drawn in its own shadow root
 * (page CSS cannot restyle it, it never takes clicks). It follows the button
 * while the page scrolls or re-renders it (see `place`).
 *
 * Invariant: its shadow root is open on purpose, and so holds nothing page script could use. It
 * holds only the label the admin sees beside the button (that the check holds it, and how many
 * errors it found), never a row of the file or a finding's detail, no control, and it takes no
 * clicks. Tools find it by `data-testid="csv-hold-marker"`. Guarded in test/unit/csv-ui/guard.test.ts.
 */
const HOST_TAG = 'msi-csv-hold';
const CSS = `
.box { position: fixed; pointer-events: none; border: 3px solid #c62828; border-radius: 6px;
  box-shadow: 0 0 0 4px rgb(198 40 40 / 25%); z-index: 2147483645; }
.label { position: absolute; right: -3px; top: calc(100% + 6px); background: #c62828; color: #fff;
  font: 600 12px/1.4 system-ui, sans-serif; padding: 3px 8px; border-radius: 4px; white-space: nowrap; }
`;

export interface HoldMarker {
  /** Draws (or moves) the outline around `el` with `label`. */
  place(el: Element, label: string): void;
  remove(): void;
}

export function createHoldMarker(doc: Document): HoldMarker {
  const win = doc.defaultView;
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let tag: HTMLElement | null = null;
  let target: Element | null = null;
  let frame = 0;

  const draw = () => {
    frame = 0;
    if (!box || !target) return;
    const r = target.getBoundingClientRect();
    box.style.left = `${r.left - 4}px`;
    box.style.top = `${r.top - 4}px`;
    box.style.width = `${r.width + 8}px`;
    box.style.height = `${r.height + 8}px`;
  };
  const schedule = () => {
    if (!frame && win) frame = win.requestAnimationFrame(draw);
  };

  const build = () => {
    host = doc.createElement(HOST_TAG);
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    box = doc.createElement('div');
    box.className = 'box';
    box.dataset.testid = 'csv-hold-marker';
    tag = doc.createElement('span');
    tag.className = 'label';
    tag.setAttribute('role', 'status');
    box.append(tag);
    shadow.append(style, box);
    doc.documentElement.append(host);
    win?.addEventListener('scroll', schedule, { capture: true, passive: true });
    win?.addEventListener('resize', schedule, { passive: true });
  };

  return {
    place(el, label) {
      if (!host) build();
      target = el;
      if (tag && tag.textContent !== label) tag.textContent = label;
      draw();
    },
    remove() {
      if (!host) return;
      win?.removeEventListener('scroll', schedule, { capture: true });
      win?.removeEventListener('resize', schedule);
      if (frame) win?.cancelAnimationFrame(frame);
      frame = 0;
      host.remove();
      host = box = tag = target = null;
    },
  };
}
