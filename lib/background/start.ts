import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { FOCUS_PANEL_COMMAND } from '../commands';
import { VAULT_KEY } from '../credentials/vault';
import { createChecklistHandlers, refreshBadges } from '../features/checklist/background';
import { createCredentialHandlers, vault } from '../features/credentials/background';
import { createCsvHandlers } from '../features/csv/background';
import { createReportHandlers } from '../features/report/background';
import { appOfUrl } from '../hosts';
import type { MessageType } from '../messaging/protocol';
import type { Handlers } from '../messaging/receive';
import { routeMessage } from '../messaging/route';
import { type Settings, settingsItem } from '../storage/items';
import { progressItem } from '../storage/progress';
import { callAgent, forgetFrames, setReportedApps } from './frames';
import { toolbarInTab, topOfTab } from './inject';
import { createPanelHandlers } from './panel-handlers';
import { createPanelHub } from './panel-hub';
import { createPanelRegistry } from './panels';
import { createTabPages } from './tab-pages';

/** Only content scripts on our hosts may send us page messages. */
export const isOurHost = (url: string | undefined): boolean => appOfUrl(url) !== null;

/** The background's state: which page each tab shows, which panel documents are ours, their ports. */
export function createBackground(panelPlace: () => 'page' | 'side' = () => 'page') {
  const registry = createPanelRegistry(browser.runtime.getURL('/'));
  const pages = createTabPages();
  // A frame gets the agent of the app its bootstrap reported (./frames.ts).
  setReportedApps((tabId, frameId) => pages.appOf(tabId, frameId));
  const hub = createPanelHub({ registry, pages, callAgent, isOurHost, panelPlace, topOfTab });
  // The page and panel plumbing, then each feature's handlers (lib/features/<feature>/background.ts).
  const handlers: Handlers = {
    ...createPanelHandlers(hub),
    ...createCredentialHandlers(hub),
    ...createChecklistHandlers(hub),
    ...createCsvHandlers(hub),
    ...createReportHandlers(hub),
  };
  const accept = (type: MessageType, sender: Runtime.MessageSender) => hub.accepts(type, sender);
  return { registry, pages, hub, handlers, accept };
}

export type Background = ReturnType<typeof createBackground>;

/** The browsers' own side panel APIs, which the polyfill does not type. */
interface SidePanelApis {
  chromeSidePanel?: { setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}
const sidePanelApis = (): SidePanelApis => {
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: SidePanelApis['chromeSidePanel'] };
    browser?: { sidebarAction?: SidePanelApis['sidebarAction'] };
  };
  return { chromeSidePanel: g.chrome?.sidePanel, sidebarAction: g.browser?.sidebarAction };
};

export function startBackground(): Background {
  // Read synchronously when the toolbar is pressed (Firefox opens its sidebar only within that gesture).
  let place: 'page' | 'side' = 'page';
  const bg = createBackground(() => place);
  const side = sidePanelApis();
  const applyPlace = (settings: Settings) => {
    place = settings.panelPlace;
    // Chrome opens its side panel itself on a toolbar press when the user chose it.
    // A browser (or a test double) without it throws, at once or later: the toolbar handler stays the fallback.
    const setBehavior = async () =>
      side.chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: place === 'side' });
    void setBehavior().catch(() => {});
  };
  void settingsItem.get().then(applyPlace);
  settingsItem.watch(applyPlace);

  // The side panel follows the active tab of the focused window.
  const followActive = async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
    bg.hub.setSidePanelTab(tab?.id);
  };
  browser.tabs.onActivated.addListener(({ tabId }) => bg.hub.setSidePanelTab(tabId));
  browser.windows?.onFocusChanged.addListener(() => void followActive());
  void followActive();
  browser.runtime.onMessage.addListener((message, sender) =>
    routeMessage(bg.handlers, { extensionId: browser.runtime.id, accept: bg.accept }, message, sender),
  );
  browser.runtime.onConnect.addListener((port) => bg.hub.connect(port));
  void bg.hub.restore();

  // A new document in the tab's top frame: what its frames showed, and its panel, are gone.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    // A reload (no URL in the change) or a load of another address; a route change by hash is not one.
    if (change.url === undefined) bg.hub.forgetTab(tabId);
    else bg.hub.navigated(tabId, change.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    bg.hub.forgetTab(tabId);
    forgetFrames(tabId);
  });

  const action = browser.action ?? browser.browserAction;
  const onToolbar = async (tab: { id?: number }) => {
    if (tab.id === undefined) return;
    if (place === 'side' && side.sidebarAction) {
      // Firefox: before any await, or the sidebar refuses to open.
      void side.sidebarAction.open().catch(() => {});
      return;
    }
    const outcome = await toolbarInTab(tab.id);
    if (outcome === 'toggled') return;
    if (outcome === 'load' || bg.pages.recognised(tab.id)) {
      // An app's page that is not one of the guide: its instance, which its bootstrap did not report.
      await bg.hub.learnTop(tab.id);
      await bg.hub.putUpDock(tab.id, true).catch(() => {});
      return;
    }
    // Not one of our pages (no bootstrap, or nothing recognised): open the CSV check page instead.
    await browser.tabs.create({ url: browser.runtime.getURL('/checker.html') });
  };
  action.onClicked.addListener((tab) => void onToolbar(tab));
  // The keyboard shortcut (manifest `commands`): open the panel of the active tab and put the focus in it.
  const onFocusShortcut = async (tabId?: number) => {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined || !bg.pages.recognised(id)) return;
    if (place === 'page') {
      await bg.hub.putUpDock(id, true).catch(() => {});
      await callAgent(id, 0, 'agent:focus-panel', {}).catch(() => {});
    }
    bg.hub.push(id, { kind: 'focus' });
  };
  try {
    browser.commands?.onCommand.addListener((command, tab) => {
      if (command === FOCUS_PANEL_COMMAND) void onFocusShortcut(tab?.id);
    });
  } catch {
    // A browser without the commands API (or a test double): no shortcut, everything else works.
  }
  // Every panel shows the same carry (sent, forgotten or expired in any tab).
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && VAULT_KEY in changes)
      void vault.status().then((status) => bg.hub.broadcast({ kind: 'carry', status }));
  });
  void refreshBadges(bg.hub);
  progressItem.watch((store) => void refreshBadges(bg.hub, store));
  // What the toolbar button does, for the end-to-end tests (Playwright cannot press the toolbar).
  Object.assign(globalThis, { msiActionsToolbar: onToolbar, msiActionsFocusShortcut: onFocusShortcut });
  return bg;
}
