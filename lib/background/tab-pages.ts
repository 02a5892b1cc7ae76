/**
 * What each frame of each tab recognised (reported by the bootstraps), and the
 * one page the tab's panel shows: the top frame's when it recognised a page,
 * else the first recognising sub-frame's (Marketo framed by experience.adobe.com,
 * a Visualforce frame in Salesforce).
 */
import type { PageReport } from '../messaging/protocol';

export type ShownPage = PageReport & { frameId: number; fromFrame: boolean };

export function shownPage(frames: ReadonlyMap<number, PageReport>): ShownPage {
  const top = frames.get(0) ?? { app: null, page: 'unknown' as const };
  if (top.page !== 'unknown') return { ...top, frameId: 0, fromFrame: false };
  for (const [frameId, report] of [...frames].sort(([a], [b]) => a - b)) {
    if (frameId !== 0 && report.page !== 'unknown') {
      return { ...report, munchkinId: report.munchkinId ?? top.munchkinId, frameId, fromFrame: true };
    }
  }
  return { ...top, frameId: 0, fromFrame: false };
}

export const sameShown = (a: ShownPage | undefined, b: ShownPage) =>
  !!a &&
  a.app === b.app &&
  a.page === b.page &&
  a.frameId === b.frameId &&
  a.munchkinId === b.munchkinId &&
  a.instanceHost === b.instanceHost;

export function createTabPages() {
  const tabs = new Map<number, Map<number, PageReport>>();
  return {
    /** Records a frame's report; returns the tab's shown page. */
    report(tabId: number, frameId: number, report: PageReport): ShownPage {
      let frames = tabs.get(tabId);
      if (!frames) tabs.set(tabId, (frames = new Map()));
      frames.set(frameId, report);
      return shownPage(frames);
    },
    shown(tabId: number): ShownPage {
      return shownPage(tabs.get(tabId) ?? new Map());
    },
    /** The app a frame's bootstrap reported (undefined: it reported nothing). */
    appOf(tabId: number, frameId: number) {
      return tabs.get(tabId)?.get(frameId)?.app;
    },
    /** Any frame of the tab recognised a page of the guide. */
    recognised(tabId: number): boolean {
      return [...(tabs.get(tabId)?.values() ?? [])].some((r) => r.page !== 'unknown');
    },
    tabs: (): number[] => [...tabs.keys()],
    forget(tabId: number) {
      tabs.delete(tabId);
    },
    snapshot(): Record<string, Record<string, PageReport>> {
      return Object.fromEntries(
        [...tabs].map(([tab, frames]) => [
          String(tab),
          Object.fromEntries([...frames].map(([f, r]) => [String(f), r])),
        ]),
      );
    },
    restore(data: Record<string, Record<string, PageReport>>) {
      for (const [tab, frames] of Object.entries(data)) {
        const map = new Map<number, PageReport>();
        for (const [f, r] of Object.entries(frames)) map.set(Number(f), r);
        if (!tabs.has(Number(tab))) tabs.set(Number(tab), map);
      }
    },
  };
}
export type TabPages = ReturnType<typeof createTabPages>;
