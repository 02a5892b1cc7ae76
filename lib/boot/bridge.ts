/**
 * The hand-over between the bootstrap, the agent (which holds the dock) and the
 * background in the top frame. The bootstrap, the agent and the functions the
 * background injects (`scripting.executeScript`) all run in the extension's
 * isolated world of the same frame, so they share this global; the page's own
 * scripts cannot see it. The background reaches the bootstrap through it rather
 * than by message, so the bootstrap needs no message listener (registering one
 * costs more than a recognition pass on every page).
 */
import type { Dock } from '../agent/dock';
import type { PageReport } from '../messaging/protocol';

export interface PanelHandle {
  toggle(): void;
}

/** What the toolbar button did in a tab: toggled the panel, asked for it to be loaded, or nothing here. */
export type ToolbarOutcome = 'toggled' | 'load' | 'ignored';

export interface Bridge {
  /** What the top frame recognised. */
  top: PageReport;
  /** Installed by the agent once its dock is up. */
  panel?: PanelHandle;
  /**
   * The dock the bootstrap put up on recognising a page of the guide, still without its key: the
   * agent takes it over when the background asks it to put the dock up (./early-dock.ts).
   */
  early?: Dock;
  /** Installed by the bootstrap: the toolbar button was pressed in this tab. */
  toolbar?(): ToolbarOutcome;
}

/** The global's name (lib/background/inject.ts spells it out: its functions are serialised alone). */
const KEY = '__msiActionsBridge';

export function getBridge(): Bridge {
  const g = globalThis as typeof globalThis & { [KEY]?: Bridge };
  g[KEY] ??= { top: { app: null, page: 'unknown' } };
  return g[KEY];
}
