/**
 * The background's side of the top frame's bridge (lib/boot/bridge.ts): the
 * toolbar button, through `scripting.executeScript` in the isolated world where
 * the bootstrap runs (it has no message listener).
 */
import type { ToolbarOutcome } from '../boot/bridge';
import { type PageReport, pageReport } from '../messaging/protocol';
import { runInFrame } from './frames';

// The injected functions are serialised alone: they spell out the bridge's global (lib/boot/bridge.ts).
type BridgeGlobal = {
  __msiActionsBridge?: {
    toolbar?(): ToolbarOutcome;
    top?: unknown;
  };
};

/** Presses the toolbar button in the tab's top frame; undefined where no bootstrap of ours runs. */
export const toolbarInTab = (tabId: number): Promise<ToolbarOutcome | undefined> =>
  runInFrame(tabId, 0, () => (globalThis as BridgeGlobal).__msiActionsBridge?.toolbar?.());

/**
 * What the tab's top frame shows, read from its bridge: the bootstrap reports only pages of the
 * guide (lib/boot/start.ts), and keeps what it recognised there otherwise (an app's other pages,
 * with the instance their URL names). Checked like a message: undefined where no bootstrap of
 * ours runs or it holds anything else.
 */
export async function topOfTab(tabId: number): Promise<PageReport | undefined> {
  const top = await runInFrame(tabId, 0, () => (globalThis as BridgeGlobal).__msiActionsBridge?.top);
  const parsed = pageReport.safeParse(top);
  return parsed.success ? parsed.data : undefined;
}
