/**
 * When the panel is there and usable on a recognised page. The panel is an
 * extension page (panel.html) framed inside the dock's CLOSED shadow root, in
 * another process than the host: the page cannot see into it, so each side is
 * read where it happens.
 *
 * - Host page, main world, document start (`marksScript`): records in
 *   `window.__benchMarks` (ms since the host's navigation start) when the
 *   recognisable content appeared (at least `need` of `texts` in the body: the
 *   moment the page is recognisable, "recognition") and when the dock's host
 *   element `<msi-panel>` was put into the page (the agent got its key).
 *   Plain JavaScript source, so nothing depends on how this file is transpiled.
 * - Panel document: the `msi-panel-usable` User Timing mark it makes once its
 *   sections are rendered and painted (lib/panel/usable-mark.ts). `panelUsable`
 *   reads it from the panel frame (Playwright reaches cross-origin frames) and
 *   puts it on the host's clock through both documents' `performance.timeOrigin`
 *   (one wall clock, the same machine: exact to about a millisecond).
 */
import type { Frame, Page } from '@playwright/test';

export interface Marks {
  /** Host clock (ms since the host's navigation start). */
  content?: number;
  dock?: number;
  /** The panel's `msi-panel-usable` mark, on the host's clock. */
  usable?: number;
  /** The same mark on the panel document's own clock (its load and render, from its navigation start). */
  usableInPanel?: number;
  /**
   * The panel document's start-up on its own clock (ms from its navigation start): its HTML parsed
   * (`domInteractive`), its script running (`msi-panel-script`), its key accepted by the background
   * (`msi-panel-registered`). entrypoints/panel/main.tsx makes the marks.
   */
  panelStages?: { parsed?: number; script?: number; registered?: number };
}

const USABLE_MARK = 'msi-panel-usable';
const PANEL_URL = /^chrome-extension:\/\/[a-p]{32}\/panel\.html/;

export function marksScript(texts: readonly string[], need: number): string {
  return `(() => {
  const texts = ${JSON.stringify(texts)};
  const need = ${need};
  const marks = (window.__benchMarks = { timeOrigin: performance.timeOrigin });
  const check = () => {
    if (marks.content === undefined && document.body && texts.length > 0) {
      const text = document.body.textContent || '';
      if (texts.filter((t) => text.includes(t)).length >= need) marks.content = performance.now();
    }
    if (marks.dock === undefined && document.querySelector('msi-panel')) marks.dock = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;
}

export const panelFrame = (page: Page): Frame | undefined =>
  page.frames().find((f) => PANEL_URL.test(f.url()) && f.parentFrame() === page.mainFrame());

/** The panel document's marks, on its own clock (`panelClockExpression`, evaluated in the panel frame). */
export interface PanelClock {
  timeOrigin: number;
  usable?: number;
  parsed?: number;
  script?: number;
  registered?: number;
}

/** Evaluated in the panel frame (Playwright's `frame.evaluate`, or CDP's `Runtime.evaluate`): its marks. */
export const panelClockExpression = `(() => {
  const at = (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime;
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    timeOrigin: performance.timeOrigin,
    usable: at(${JSON.stringify(USABLE_MARK)}),
    parsed: (nav && nav.domInteractive) || undefined,
    script: at('msi-panel-script'),
    registered: at('msi-panel-registered'),
  };
})()`;

const readPanel = (frame: Frame): Promise<PanelClock | null> =>
  frame.evaluate(panelClockExpression).catch(() => null) as Promise<PanelClock | null>;

/** The host's marks (`window.__benchMarks`) and the panel's, on the host's clock. */
export function combineMarks(
  host: { timeOrigin: number; content?: number; dock?: number },
  panel: PanelClock | null | undefined,
): Marks {
  const marks: Marks = { content: host.content, dock: host.dock };
  if (panel?.usable !== undefined) {
    marks.usableInPanel = panel.usable;
    marks.usable = panel.timeOrigin + panel.usable - host.timeOrigin;
    marks.panelStages = { parsed: panel.parsed, script: panel.script, registered: panel.registered };
  }
  return marks;
}

/** Waits (polling from here, not in either page) until the panel frame has made its usable mark. */
export async function waitPanelUsable(page: Page, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const frame = panelFrame(page);
    if (frame && (await readPanel(frame))?.usable !== undefined) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/** The host's marks and the panel's usable mark, on the host's clock. */
export async function readMarks(page: Page): Promise<Marks | undefined> {
  const host = await page.evaluate(
    () => (window as { __benchMarks?: { timeOrigin: number; content?: number; dock?: number } }).__benchMarks,
  );
  if (!host) return undefined;
  const frame = panelFrame(page);
  return combineMarks(host, frame ? await readPanel(frame) : null);
}
