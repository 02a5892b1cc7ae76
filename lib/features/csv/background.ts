/**
 * Background side of the CSV feature: the CSV dialog's guard, the Invite Users
 * guard, the removal caution and User Management's user count. What an agent
 * reports goes to the tab's panels through the hub; the panel's verdicts go to
 * the agent of the frame it names. Who may send each type is decided before
 * any of these run (./protocol.ts `csvSenders`, lib/background/panels.ts
 * `mayAccept`). The check itself is lib/csv/, the page side lib/csv-dialog/ and ./agent.ts.
 */
import type { Runtime } from 'webextension-polyfill';
import { callAgent } from '../../background/frames';
import type { PanelHub } from '../../background/panel-hub';
import type { FeatureHandlers } from '../../messaging/receive';
import type { csvMessages } from './protocol';

export function createCsvHandlers(hub: PanelHub): FeatureHandlers<typeof csvMessages> {
  const tab = (sender: Runtime.MessageSender) => hub.tabOf(sender);
  return {
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
    'agent:removal': async ({ id, originalUser }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return { ok: false };
      // The caution takes the focus: bring the keyboard into the dock's frame (top frame agent)
      // BEFORE the panel shows the caution and focuses its safe answer. When the click was in a
      // sub-frame (a Sales page framed by Salesforce), the focus is in that other frame: the
      // panel's own focus() done first did not hold once the dock's frame was focused after it.
      await callAgent(tabId, 0, 'agent:focus-panel', {}).catch(() => {});
      hub.push(tabId, {
        kind: 'removal',
        frameId: sender.frameId,
        id,
        ...(originalUser ? { originalUser } : {}),
      });
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
  };
}
