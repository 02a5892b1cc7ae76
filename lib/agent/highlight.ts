/**
 * "Show me": outlines a control of the host page with a short label, scrolled
 * into view. Drawn in its own shadow root so page CSS cannot restyle it; it
 * follows the element while the page scrolls and goes away by itself.
 */
const HOST_TAG = 'msi-highlight';
const CSS = `
.box { position: fixed; box-sizing: border-box; pointer-events: none; border: 3px solid #ff8f00; border-radius: 6px;
  box-shadow: 0 0 0 4px rgb(255 143 0 / 30%); transition: all 120ms ease-out; z-index: 2147483645; }
.label { position: absolute; left: -3px; bottom: calc(100% + 6px); background: #1d1d1f; color: #fff;
  font: 600 12px/1.4 system-ui, sans-serif; padding: 3px 8px; border-radius: 4px; white-space: nowrap; }
`;

export interface HighlightHandle {
  remove(): void;
}

export function highlightElement(el: Element, label: string, durationMs = 8000): HighlightHandle {
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove();
  const host = doc.createElement(HOST_TAG);
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  box.dataset.testid = 'msi-highlight';
  const tag = doc.createElement('span');
  tag.className = 'label';
  tag.textContent = label;
  box.append(tag);
  shadow.append(style, box);
  doc.documentElement.append(host);

  el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  let frame = 0;
  const place = () => {
    const r = el.getBoundingClientRect();
    // 4 px of room around the element, then the 3 px border, on every side.
    box.style.left = `${r.left - 7}px`;
    box.style.top = `${r.top - 7}px`;
    box.style.width = `${r.width + 14}px`;
    box.style.height = `${r.height + 14}px`;
    frame = 0;
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(place);
  };
  place();
  win.addEventListener('scroll', schedule, { capture: true, passive: true });
  win.addEventListener('resize', schedule, { passive: true });
  const remove = () => {
    win.removeEventListener('scroll', schedule, { capture: true });
    win.removeEventListener('resize', schedule);
    win.clearTimeout(timer);
    host.remove();
  };
  const timer = win.setTimeout(remove, durationMs);
  return { remove };
}
