/**
 * Background handlers between the panel and the agents: page reports, the
 * panel's hello, the CSV dialog, the removal caution, "show me" and "Report
 * this page" (its own script, ./report.ts). Who may send each is decided before any of these run
 * (lib/background/panels.ts `mayAccept`).
 */
import type { Runtime } from 'webextension-polyfill';
import type { Handlers } from '../messaging/receive';
import { callAgent } from './frames';
import type { PanelHub } from './panel-hub';
import { snapshotFrame } from './report';

export function createPanelHandlers(hub: PanelHub): Handlers {
  const tab = (sender: Runtime.MessageSender) => hub.tabOf(sender);
  return {
    'page:report': async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined && sender.frameId !== undefined)
        await hub.report(tabId, sender.frameId, report);
      return { ok: true };
    },
    'panel:hello': ({ key }, sender) => {
      const ok = hub.redeem(key, sender);
      return ok ? { ok, tabId: sender.tab?.id as number } : { ok };
    },
    'agent:dock-lost': async (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0 || !hub.tabsShowing().includes(tabId))
        return { ok: false };
      await hub.putUpDock(tabId, false).catch(() => {});
      return { ok: true };
    },
    'agent:csv-file': (file, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return { ok: false };
      hub.push(tabId, { kind: 'csv-file', frameId: sender.frameId, ...file });
      return { ok: true };
    },
    'agent:csv-state': ({ state }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return { ok: false };
      hub.push(tabId, { kind: 'csv-state', frameId: sender.frameId, state });
      return { ok: true };
    },
    'agent:invite-text': ({ seq, text }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return { ok: false };
      hub.push(tabId, { kind: 'invite-text', frameId: sender.frameId, seq, text });
      return { ok: true };
    },
    'invite:verdict': async ({ frameId, ...verdict }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false };
      return callAgent(tabId, frameId, 'agent:invite-verdict', verdict);
    },
    'agent:removal': ({ id, originalUser }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return { ok: false };
      hub.push(tabId, {
        kind: 'removal',
        frameId: sender.frameId,
        id,
        ...(originalUser ? { originalUser } : {}),
      });
      // The caution takes the focus: bring the keyboard into the dock's frame first (top frame agent).
      void callAgent(tabId, 0, 'agent:focus-panel', {}).catch(() => {});
      return { ok: true };
    },
    'csv:verdict': async ({ frameId, ...verdict }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false };
      return callAgent(tabId, frameId, 'agent:csv-verdict', verdict);
    },
    'csv:replace': async ({ frameId, ...file }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { result: 'no-dialog' };
      return callAgent(tabId, frameId, 'agent:csv-replace', file);
    },
    'csv:users': async ({ frameId }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return {};
      return callAgent(tabId, frameId, 'agent:users', {});
    },
    'removal:decide': async ({ frameId, id, proceed }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false };
      return callAgent(tabId, frameId, 'agent:removal-decide', { id, proceed });
    },
    'report:snapshot': async ({ frameId }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false };
      return snapshotFrame(tabId, frameId);
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
