/**
 * The hand-over between the bootstrap, the lazily loaded panel and the
 * background in the top frame. The bootstrap, the panel and the functions the
 * background injects (`scripting.executeScript`) all run in the extension's
 * isolated world of the same frame, so they share this global; the page's own
 * scripts cannot see it. The background reaches the bootstrap through it rather
 * than by message, so the bootstrap needs no message listener (registering one
 * costs more than a recognition pass on every page).
 */
import type { PageReport } from '../messaging/protocol';

export interface PanelHandle {
  toggle(): void;
}

/** What the toolbar button did in a tab: toggled the panel, asked for it to be loaded, or nothing here. */
export type ToolbarOutcome = 'toggled' | 'load' | 'ignored';

export interface Bridge {
  /** What the top frame recognised. */
  top: PageReport;
  /** What each sub-frame recognised (frames feed the top-level panel). */
  frames: Map<number, PageReport>;
  /** The toolbar asked for the panel before it was loaded: open it expanded. */
  openRequested: boolean;
  panel?: PanelHandle;
  listeners: Set<() => void>;
  /** Installed by the bootstrap: the toolbar button was pressed in this tab. */
  toolbar?(): ToolbarOutcome;
  /** Installed by the bootstrap: a sub-frame's page report, relayed by the background. */
  frameReport?(frameId: number, report: unknown): void;
}

/** The global's name (lib/background/inject.ts spells it out: its functions are serialised alone). */
const KEY = '__msiActionsBridge';

export function getBridge(): Bridge {
  const g = globalThis as typeof globalThis & { [KEY]?: Bridge };
  g[KEY] ??= {
    top: { app: null, page: 'unknown' },
    frames: new Map(),
    openRequested: false,
    listeners: new Set(),
  };
  return g[KEY];
}

export function notifyBridge(bridge: Bridge): void {
  for (const listener of bridge.listeners) listener();
}

/** The report the panel should show: the top frame's if it recognised a page, else a recognising frame's. */
export function effectiveReport(bridge: Bridge): PageReport & { fromFrame: boolean; frameId: number } {
  if (bridge.top.page !== 'unknown') return { ...bridge.top, fromFrame: false, frameId: 0 };
  for (const [frameId, report] of bridge.frames) {
    if (report.page !== 'unknown') {
      return {
        ...report,
        munchkinId: report.munchkinId ?? bridge.top.munchkinId,
        fromFrame: true,
        frameId,
      };
    }
  }
  return { ...bridge.top, fromFrame: false, frameId: 0 };
}
