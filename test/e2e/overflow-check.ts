/**
 * The overflow check of the panel document, shared by the Chromium spec
 * (test/e2e/overflow.spec.ts) and the Firefox lane: a self-contained function that
 * runs in the panel frame (Playwright's and puppeteer's `frame.evaluate(panelOverflows)`).
 *
 * What sticks out in the panel document: an element whose content is wider than its box
 * (scrollWidth > clientWidth), one that reaches past the panel's edges, a panel that scrolls
 * sideways, and a title, badge or tab that wraps to a second line. Hidden elements are skipped.
 */
export function panelOverflows(): string[] {
  const out: string[] = [];
  const width = document.documentElement.clientWidth;
  const name = (el: Element) => {
    const id = el.getAttribute('data-testid') ?? el.id ?? '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
    return `<${el.tagName.toLowerCase()}${id ? ` ${id}` : ''}${el.className && typeof el.className === 'string' ? ` .${el.className.split(' ')[0]}` : ''}> “${text}”`;
  };
  const boxes =
    'button, h1, h2, h3, [role=tab], .badge, .title, .title-text, summary, label, select, a, th, td';
  for (const el of document.querySelectorAll<HTMLElement>(boxes)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) {
      out.push(`${name(el)} overflows its box by ${el.scrollWidth - el.clientWidth} px`);
    }
    // Inside a container that scrolls sideways on purpose (the CSV grid), the edge is that container's.
    const scroller = el.closest<HTMLElement>('.csv-table-wrap');
    if (!scroller && (r.right > width + 1 || r.left < -1)) {
      out.push(`${name(el)} sticks out of the panel by ${Math.round(Math.max(r.right - width, -r.left))} px`);
    }
  }
  for (const el of document.querySelectorAll<HTMLElement>('.title, .badge, [role=tab]')) {
    const r = el.getBoundingClientRect();
    if (r.height === 0) continue;
    const line =
      Number.parseFloat(getComputedStyle(el).lineHeight) ||
      Number.parseFloat(getComputedStyle(el).fontSize) * 1.4;
    const padding =
      Number.parseFloat(getComputedStyle(el).paddingTop) +
      Number.parseFloat(getComputedStyle(el).paddingBottom);
    if (r.height - padding > line * 1.6)
      out.push(`${name(el)} wraps onto ${Math.round((r.height - padding) / line)} lines`);
  }
  if (document.documentElement.scrollWidth > width + 1) {
    out.push(`the panel scrolls sideways by ${document.documentElement.scrollWidth - width} px`);
  }
  return out;
}
