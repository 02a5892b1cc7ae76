/**
 * The background's side of the top frame's bridge (lib/boot/bridge.ts): the
 * panel bundle loaded on demand, the toolbar button and sub-frame reports, all
 * through `scripting.executeScript` in the isolated world where the bootstrap
 * runs (it has no message listener).
 */
import type { ToolbarOutcome } from '../boot/bridge';
import type { PageReport } from '../messaging/protocol';
import { injectIntoFrame, runInFrame } from './frames';

/**
 * The panel, loaded on demand into a tab's top frame: React first, then the panel bundle that
 * takes React from it (two evaluations, each about half as long as one; lib/build/react-global.ts).
 */
export async function loadPanelIntoTab(tabId: number): Promise<void> {
  await injectIntoFrame(tabId, 0, '/panel-react.js');
  await injectIntoFrame(tabId, 0, '/panel.js');
}

// The injected functions are serialised alone: they spell out the bridge's global (lib/boot/bridge.ts).
type BridgeGlobal = {
  __msiActionsBridge?: {
    toolbar?(): ToolbarOutcome;
    frameReport?(frameId: number, report: unknown): void;
  };
};

/** Presses the toolbar button in the tab's top frame; undefined where no bootstrap of ours runs. */
export const toolbarInTab = (tabId: number): Promise<ToolbarOutcome | undefined> =>
  runInFrame(tabId, 0, () => (globalThis as BridgeGlobal).__msiActionsBridge?.toolbar?.());

/** Hands a sub-frame's page report to the top frame's bootstrap. */
export const relayFrameReport = (tabId: number, frameId: number, report: PageReport): Promise<void> =>
  runInFrame(
    tabId,
    0,
    (id: number, r: PageReport) => {
      (globalThis as BridgeGlobal).__msiActionsBridge?.frameReport?.(id, r);
    },
    frameId,
    report,
  );
