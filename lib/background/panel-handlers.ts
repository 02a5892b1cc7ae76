/**
 * Background handlers of the page and panel plumbing: page reports, the
 * panel's hello, the dock, and "show me". Each feature's handlers are in its
 * folder (lib/features/<feature>/background.ts). Who may send each is decided
 * before any of these run (lib/background/panels.ts `mayAccept`).
 */
import type { Runtime } from 'webextension-polyfill';
import type { Handlers } from '../messaging/receive';
import { callAgent, frameReported } from './frames';
import type { PanelHub } from './panel-hub';

export function createPanelHandlers(hub: PanelHub): Handlers {
  const tab = (sender: Runtime.MessageSender) => hub.tabOf(sender);
  return {
    'page:report': async ({ agent, dock, ...report }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return { ok: true };
      // Whether the frame runs an agent is about our scripts, not the page: kept apart (./frames.ts).
      frameReported(tabId, sender.frameId, agent);
      // The top frame's bootstrap put the dock up: its key, in the answer (./panel-hub.ts `earlyDock`).
      const key = dock && sender.frameId === 0 ? hub.earlyDock(tabId, report) : undefined;
      if (key) return { ok: true, key };
      await hub.report(tabId, sender.frameId, report);
      return { ok: true };
    },
    'panel:hello': ({ key }, sender) => {
      const ok = hub.redeem(key, sender);
      return ok ? { ok, tabId: sender.tab?.id as number } : { ok };
    },
    'dock:shown': (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return { ok: false };
      return { ok: hub.dockShown(tabId) };
    },
    'agent:dock-lost': async (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0 || !hub.tabsShowing().includes(tabId))
        return { ok: false };
      await hub.putUpDock(tabId, false).catch(() => {});
      return { ok: true };
    },
    'page:highlight': async ({ frameId, target, label }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false, reason: 'no-tab' };
      return callAgent(tabId, frameId, 'agent:highlight', { target, label });
    },
    'dock:stay': async (_payload, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false };
      // The dock lives in the top frame.
      return callAgent(tabId, 0, 'agent:dock-stay', {});
    },
    'page:unhighlight': async ({ frameId }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false };
      return callAgent(tabId, frameId, 'agent:unhighlight', {});
    },
  };
}
