import { browser } from 'wxt/browser';
import { HOST_MATCHES } from '../hosts';
import type { Handlers } from '../messaging/receive';
import { routeMessage } from '../messaging/route';
import { checklistHandlers } from './checklist';
import { credentialHandlers } from './credentials';
import { loadPanelIntoTab, relayFrameReport, toolbarInTab } from './inject';

/** Only content scripts on our hosts may send us page messages. */
export function isOurHost(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  return HOST_MATCHES.some((pattern) => {
    const host = pattern.slice('https://'.length, pattern.indexOf('/', 'https://'.length));
    return host.startsWith('*.')
      ? parsed.hostname.endsWith(host.slice(1)) && parsed.hostname.length > host.length - 1
      : parsed.hostname === host;
  });
}

export const backgroundHandlers: Handlers = {
  ...credentialHandlers,
  ...checklistHandlers,
  'page:report': async (report, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.frameId !== undefined && sender.frameId > 0) {
      await relayFrameReport(tabId, sender.frameId, report);
    }
    return { ok: true };
  },
  'panel:load': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return { ok: false, error: 'top-frame-only' };
    try {
      await loadPanelIntoTab(tabId);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'inject-failed' };
    }
  },
};

export function startBackground(): void {
  browser.runtime.onMessage.addListener((message, sender) =>
    routeMessage(
      backgroundHandlers,
      {
        extensionId: browser.runtime.id,
        // Content scripts of our hosts only, and only from the top frame for panel requests.
        accept: (type, s) =>
          s.tab !== undefined && isOurHost(s.url) && (type === 'page:report' || s.frameId === 0),
      },
      message,
      sender,
    ),
  );
  const action = browser.action ?? browser.browserAction;
  const onToolbar = async (tab: { id?: number }) => {
    if (tab.id === undefined) return;
    const outcome = await toolbarInTab(tab.id);
    if (outcome === 'load') await loadPanelIntoTab(tab.id).catch(() => {});
    // Not one of our pages (no bootstrap, or nothing recognised): open the CSV check page instead.
    else if (outcome !== 'toggled')
      await browser.tabs.create({ url: browser.runtime.getURL('/checker.html') });
  };
  action.onClicked.addListener((tab) => void onToolbar(tab));
  // What the toolbar button does, for the end-to-end tests (Playwright cannot press the toolbar).
  Object.assign(globalThis, { msiActionsToolbar: onToolbar });
}
