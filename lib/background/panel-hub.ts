/**
 * The background's hub between the tabs' frames and their panels: what each
 * tab shows, the dock in its top frame, the panel documents connected to it
 * (one port each), and what gets pushed to them as the page changes.
 *
 * The panel never polls: the agent of the frame that shows the page watches it
 * and pushes readings (lib/agent/watch-page.ts); the background applies them to
 * the checklist and pushes what the panel needs (page, unread steps, CSV dialog
 * events, the removal caution) through the port.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { localeOf } from '../i18n/ui-locale';
import type { MessageType, PageReport, Payload, Responses } from '../messaging/protocol';
import { PANEL_PORT } from '../panel/channel';
import type { PanelEvent } from '../panel/events';
import { panelUiItem, settingsItem } from '../storage/items';
import { mayAccept, type PanelRegistry, type SenderKind } from './panels';
import { type ShownPage, sameShown, type TabPages } from './tab-pages';

const SESSION_KEY = 'panelHub';
/**
 * How long a report is held for the panel of the bootstrap's dock to be shown (`earlyDock`): it is
 * some 80–130 ms after the dock went up (`npm run bench:host`); a panel that never is (its frame
 * taken out, a key refused) leaves the dock to the agent after this.
 */
export const AGENT_HELD_MS = 1500;

type CallAgent = <T extends MessageType>(
  tabId: number,
  frameId: number,
  type: T,
  payload: Payload<T>,
) => Promise<Responses[T]>;

export interface HubDeps {
  registry: PanelRegistry;
  pages: TabPages;
  callAgent: CallAgent;
  isOurHost(url: string | undefined): boolean;
  /** The user's choice: the dock in the page ('page') or only the browser's side panel ('side'). */
  panelPlace?(): 'page' | 'side';
  /** What the tab's top frame shows, read from its bootstrap (which reports pages of the guide only). */
  topOfTab?(tabId: number): Promise<PageReport | undefined>;
}

export function createPanelHub(deps: HubDeps) {
  const { registry, pages, callAgent } = deps;
  const ports = new Map<number, Set<Runtime.Port>>();
  /** The frame whose agent watches the shown page, per tab. */
  const watching = new Map<number, { frameId: number; page: string }>();
  const lastShown = new Map<number, ShownPage>();
  const lastUnread = new Map<number, string[]>();
  const lastUrl = new Map<number, string>();
  /** The browser's side panel follows this tab (the active tab of the focused window). */
  let sidePanelTab: number | undefined;
  /** Ports of side panel documents (no tab of their own: they show `sidePanelTab`). */
  const sidePorts = new Set<Runtime.Port>();

  const persist = () =>
    browser.storage.session
      ?.set({ [SESSION_KEY]: { panels: registry.records(), pages: pages.snapshot() } })
      .catch(() => {});

  const send = (set: Set<Runtime.Port> | undefined, event: PanelEvent) => {
    for (const port of set ?? []) {
      try {
        port.postMessage(event);
      } catch {
        set?.delete(port);
      }
    }
  };
  const push = (tabId: number, event: PanelEvent) => {
    send(ports.get(tabId), event);
    if (tabId === sidePanelTab) send(sidePorts, event);
  };
  /**
   * What a panel needs first: the page its tab shows and the steps that tab could not tell. A tab
   * whose top frame reported nothing (an app's page that is not one of the guide) may still name
   * an instance: read from its bootstrap, then said again.
   */
  const greet = (port: Runtime.Port, tabId: number | undefined) => {
    const page = tabId === undefined ? pages.shown(-1) : pages.shown(tabId);
    port.postMessage({ kind: 'page', page } satisfies PanelEvent);
    const unread = (tabId === undefined ? undefined : lastUnread.get(tabId)) ?? [];
    port.postMessage({ kind: 'unread', unread } satisfies PanelEvent);
    if (tabId === undefined) return;
    void hub
      .learnTop(tabId)
      .then((learnt) => (learnt ? hub.showChanged(tabId, pages.shown(tabId)) : undefined));
  };

  // The dock's stored width and collapse, and the UI language, kept here as they change: putting the
  // dock up does not wait for a storage read first.
  const storedUi = cachedItem(panelUiItem);
  const storedSettings = cachedItem(settingsItem);

  const kindOf = (sender: Runtime.MessageSender): SenderKind => registry.kindOf(sender, deps.isOurHost);
  /** The dock goes in the page (not only in the browser's side panel). */
  const inPage = () => (deps.panelPlace?.() ?? 'page') === 'page';
  /** Per tab: a report held until the panel of the bootstrap's dock is shown (`earlyDock`). */
  const held = new Map<number, { release(): void; drop(): void }>();
  /** Takes a frame's report (kept across a restart of the worker); a report held for the tab before it goes no further (`earlyDock`). */
  const record = (tabId: number, frameId: number, report: PageReport) => {
    pages.report(tabId, frameId, report);
    void persist();
    held.get(tabId)?.drop();
  };
  /** What a report puts in motion: the dock, the instance of a framed page, the page watched. */
  const settle = async (tabId: number, frameId: number): Promise<void> => {
    const dock =
      pages.recognised(tabId) && inPage() ? hub.putUpDock(tabId, false).catch(() => {}) : undefined;
    // A page of the guide in a sub-frame belongs to the instance its top frame names (the
    // experience.adobe.com shell's so:<Munchkin ID>), which reported nothing if it is no such
    // page: read while the dock goes up, before the page is watched (its readings name the instance).
    await Promise.all([dock, frameId !== 0 ? hub.learnTop(tabId) : undefined]);
    await hub.showChanged(tabId, pages.shown(tabId));
  };

  const hub = {
    kindOf,
    accepts(type: MessageType, sender: Runtime.MessageSender): boolean {
      return mayAccept(kindOf(sender), type);
    },
    /** The tab a message is about: the sender's own tab, or the one the side panel follows. */
    tabOf(sender: Runtime.MessageSender): number | undefined {
      if (kindOf(sender) === 'side-panel') return sidePanelTab;
      return sender.tab?.id;
    },
    /** The active tab changed: side panels now show that tab. */
    setSidePanelTab(tabId: number | undefined) {
      if (tabId === sidePanelTab) return;
      sidePanelTab = tabId;
      for (const port of sidePorts) greet(port, tabId);
    },
    shown: (tabId: number) => pages.shown(tabId),
    /** Tabs where a frame recognised a page of the guide (they get the badge). */
    tabsShowing: (): number[] => pages.tabs().filter((tabId) => pages.recognised(tabId)),
    push,
    /** To every connected panel, whatever its tab. */
    broadcast(event: PanelEvent) {
      for (const set of ports.values()) send(set, event);
      send(sidePorts, event);
    },

    /** A frame's bootstrap reported its page. */
    async report(tabId: number, frameId: number, report: PageReport): Promise<void> {
      record(tabId, frameId, report);
      await settle(tabId, frameId);
    },

    /**
     * The top frame's bootstrap put the dock up itself on recognising a page of the guide
     * (lib/boot/early-dock.ts) and reported it: it gets the dock's key in the answer, and the rest
     * of a report (the agent, injected to take the dock over and watch the page) is held until the
     * bootstrap says the panel is shown (`dockShown`), at most `AGENT_HELD_MS`. Injected at once, the agent's
     * evaluation ran on the host's thread while the panel's process started, on the same cores, and
     * took 15–30 ms of wall time for 4–6 ms of CPU (`npm run bench:host`). Undefined, having done
     * nothing, when the panel does not open in the page: the report is then an ordinary one.
     */
    earlyDock(tabId: number, report: PageReport): string | undefined {
      if (report.page === 'unknown' || !inPage()) return undefined;
      record(tabId, 0, report);
      const release = () => {
        if (held.get(tabId) !== hold) return;
        hold.drop();
        // The tab was forgotten meanwhile (another document loaded, or a browser reported this
        // document's load after its report): what its top frame shows now is read from its bootstrap.
        const relearn = pages.appOf(tabId, 0) === undefined ? hub.learnTop(tabId) : undefined;
        void Promise.resolve(relearn)
          .then(() => settle(tabId, 0))
          .catch(() => {});
      };
      const timer = setTimeout(release, AGENT_HELD_MS);
      const hold = {
        release,
        drop: () => {
          clearTimeout(timer);
          if (held.get(tabId) === hold) held.delete(tabId);
        },
      };
      held.set(tabId, hold);
      return registry.issueKey(tabId);
    },

    /** The panel of the bootstrap's dock is shown: the report held for it goes on (`earlyDock`). */
    dockShown(tabId: number): boolean {
      const hold = held.get(tabId);
      hold?.release();
      return hold !== undefined;
    },

    /**
     * The tab's top frame reported nothing: what its bootstrap recognised there, if it is a page of
     * one of our apps (the instance its URL names). True when that was learnt.
     */
    async learnTop(tabId: number): Promise<boolean> {
      if (pages.appOf(tabId, 0) !== undefined || !deps.topOfTab) return false;
      const top = await deps.topOfTab(tabId).catch(() => undefined);
      if (!top || top.app === null || pages.appOf(tabId, 0) !== undefined) return false;
      pages.report(tabId, 0, top);
      return true;
    },

    async showChanged(tabId: number, shown: ShownPage): Promise<void> {
      if (sameShown(lastShown.get(tabId), shown)) return;
      lastShown.set(tabId, shown);
      push(tabId, { kind: 'page', page: shown });
      const before = watching.get(tabId);
      const page = shown.page === 'unknown' ? null : shown.page;
      if (before && (before.frameId !== shown.frameId || before.page !== page)) {
        watching.delete(tabId);
        await callAgent(tabId, before.frameId, 'agent:watch', { page: null }).catch(() => {});
      }
      if (page) {
        watching.set(tabId, { frameId: shown.frameId, page });
        await callAgent(tabId, shown.frameId, 'agent:watch', { page }).catch(() => {});
      }
    },

    /** Puts the dock up in the tab's top frame (idempotent: an existing dock only shows the page). */
    async putUpDock(tabId: number, open: boolean): Promise<void> {
      const shown = pages.shown(tabId);
      const key = registry.issueKey(tabId);
      // The stored width and collapse, and the language the frame is named in (the panel's own), go
      // with the request: the agent, on the host page's thread, puts the dock up without reading storage.
      const [ui, settings] = await Promise.all([storedUi(), storedSettings()]);
      await callAgent(tabId, 0, 'agent:dock', {
        key,
        app: shown.app ?? '',
        page: shown.page,
        open,
        ui,
        locale: localeOf(settings.locale),
      });
    },

    /** The dock is on screen, uncovered and opaque: sensitive actions may go ahead. */
    async dockVisible(sender: Runtime.MessageSender): Promise<boolean> {
      const kind = kindOf(sender);
      if (kind === 'side-panel') return true;
      const tabId = sender.tab?.id;
      if (kind !== 'panel' || tabId === undefined) return false;
      const res = await callAgent(tabId, 0, 'agent:dock-visible', {}).catch(() => null);
      return res?.visible === true;
    },

    setUnread(tabId: number, unread: string[]) {
      const before = lastUnread.get(tabId);
      if (before && before.join() === unread.join()) return;
      lastUnread.set(tabId, unread);
      push(tabId, { kind: 'unread', unread });
    },

    connect(port: Runtime.Port) {
      if (port.name !== PANEL_PORT || !port.sender) return port.disconnect();
      const kind = kindOf(port.sender);
      if (kind === 'side-panel') {
        sidePorts.add(port);
        port.onDisconnect.addListener(() => sidePorts.delete(port));
        greet(port, sidePanelTab);
        return;
      }
      const tabId = port.sender.tab?.id;
      if (kind !== 'panel' || tabId === undefined) return port.disconnect();
      let set = ports.get(tabId);
      if (!set) ports.set(tabId, (set = new Set()));
      set.add(port);
      port.onDisconnect.addListener(() => ports.get(tabId)?.delete(port));
      greet(port, tabId);
    },

    redeem(key: string, sender: Runtime.MessageSender): boolean {
      const ok = registry.redeem(key, sender);
      if (ok) void persist();
      return ok;
    },

    /** The tab loaded a new document (not a same-document route change). */
    navigated(tabId: number, url: string) {
      const base = url.split('#')[0];
      if (lastUrl.get(tabId) !== undefined && lastUrl.get(tabId) !== base) hub.forgetTab(tabId);
      lastUrl.set(tabId, base as string);
    },
    forgetTab(tabId: number) {
      const hold = held.get(tabId);
      pages.forget(tabId);
      registry.forgetTab(tabId);
      watching.delete(tabId);
      lastShown.delete(tabId);
      lastUnread.delete(tabId);
      void persist();
      // A report held for the bootstrap's dock (`earlyDock`) goes on now, with what the top frame shows.
      hold?.release();
    },

    /** After a restart of the service worker: the registered panels and the tabs' pages. */
    async restore(): Promise<void> {
      const all = (await browser.storage.session?.get(SESSION_KEY).catch(() => ({}))) as
        | Record<string, unknown>
        | undefined;
      const saved = all?.[SESSION_KEY] as
        | {
            panels?: Record<string, { frameId: number; documentId?: string }>;
            pages?: Record<string, Record<string, PageReport>>;
          }
        | undefined;
      if (saved?.panels) registry.restore(saved.panels);
      if (saved?.pages) pages.restore(saved.pages);
    },
  };
  return hub;
}

export type PanelHub = ReturnType<typeof createPanelHub>;

/** A stored item's value, read once and then kept as it changes (a watch). */
function cachedItem<T>(item: { get(): Promise<T>; watch(cb: (next: T) => void): unknown }): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (!value) {
      value = item.get();
      item.watch((next) => {
        value = Promise.resolve(next);
      });
    }
    return value;
  };
}
