/**
 * The background's side of the top frame's bridge (lib/boot/bridge.ts): the
 * toolbar button, through `scripting.executeScript` in the isolated world where
 * the bootstrap runs (it has no message listener).
 */
import type { ToolbarOutcome } from '../boot/bridge';
import { runInFrame } from './frames';

// The injected functions are serialised alone: they spell out the bridge's global (lib/boot/bridge.ts).
type BridgeGlobal = {
  __msiActionsBridge?: {
    toolbar?(): ToolbarOutcome;
  };
};

/** Presses the toolbar button in the tab's top frame; undefined where no bootstrap of ours runs. */
export const toolbarInTab = (tabId: number): Promise<ToolbarOutcome | undefined> =>
  runInFrame(tabId, 0, () => (globalThis as BridgeGlobal).__msiActionsBridge?.toolbar?.());
