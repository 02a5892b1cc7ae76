import { browser } from 'wxt/browser';

/** The panel bundle (entrypoints/panel.ts), loaded on demand into a tab's top frame. */
export const PANEL_SCRIPT = '/panel.js';

export async function loadPanelIntoTab(tabId: number): Promise<void> {
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PANEL_SCRIPT] });
    return;
  }
  // Firefox MV2 without the scripting namespace.
  await browser.tabs.executeScript(tabId, { file: PANEL_SCRIPT, frameId: 0 });
}
