/**
 * Background side of one-click credentials (its messages and who may send
 * them: ./protocol.ts; the page side: ./agent.ts; the vault: lib/credentials/).
 *
 * Invariants (test/unit/background/credentials.test.ts, test/e2e/hostile.spec.ts):
 * - the vault is filled only from what the Marketo agent reads itself, at the moment
 *   of "Send": never from a value a panel, page or content script hands over;
 * - the panel learns where the values come from and their last four characters;
 *   a whole value goes to it only on an explicit copy or reveal, and only while its
 *   dock is really visible (not covered, transparent or shrunk: `dockVisible`);
 * - values go only to the agent of a frame whose own URL, read in that frame, is the
 *   Sales app (https://toutapp.com or www) at the Marketo settings route
 *   (`isCredentialsTargetUrl`), and only after that agent recognised the Set Up form;
 * - a fill into a Sales account that shows another (or an unconfirmed) Marketo
 *   instance than the values were read on happens only with the admin's
 *   confirmation naming that account's Munchkin ID: checked here against the
 *   agent's own reading, not only by the panel's disabled button;
 * - the time limit holds across restarts of the service worker: every read checks the
 *   deadline (lib/credentials/vault.ts) and the worker wipes expired values when it starts.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { callAgent, frameUrl } from '../../background/frames';
import type { PanelHub } from '../../background/panel-hub';
import { instanceMatch } from '../../credentials/instance-match';
import { createVault } from '../../credentials/vault';
import type { FeatureHandlers } from '../../messaging/receive';
import { isMarketoUrl } from '../../pages/marketo/url';
import { isCredentialsTargetUrl } from '../../pages/sales/url';
import { settingsItem } from '../../storage/items';
import { linkInstance } from '../checklist/background';
import type { credentialsMessages } from './protocol';

export const vault = createVault({ area: browser.storage.session });

const tail = (value: string) => value.slice(-4);

export function createCredentialHandlers(hub: PanelHub): FeatureHandlers<typeof credentialsMessages> {
  const tab = (sender: Runtime.MessageSender) => hub.tabOf(sender);
  /** The agent's own read of Actions Config in that frame, after checking the frame's URL is Marketo. */
  const readAt = async (tabId: number, frameId: number) => {
    const url = await frameUrl(tabId, frameId);
    if (!url || !isMarketoUrl(url)) return { ok: false as const, reason: 'not-marketo' };
    return callAgent(tabId, frameId, 'agent:read-credentials', {});
  };
  void vault.read(); // a worker woken after the deadline wipes the values at once

  return {
    'credentials:read': async ({ frameId }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false, reason: 'no-tab' };
      const res = await readAt(tabId, frameId);
      if (!res.ok) return res;
      const { clientId, clientSecret, munchkinId } = res.values;
      if (munchkinId) await linkInstance(hub, tabId, munchkinId);
      return {
        ok: true,
        ...(munchkinId ? { munchkinId } : {}),
        clientIdTail: tail(clientId),
        secretTail: tail(clientSecret),
        secretWasMasked: res.secretWasMasked,
      };
    },
    'credentials:carry': async ({ frameId }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined || !(await hub.dockVisible(sender))) return vault.status();
      const res = await readAt(tabId, frameId);
      if (!res.ok) return vault.status();
      const shown = hub.shown(tabId);
      const source = res.values.munchkinId ?? shown.munchkinId ?? shown.instanceHost;
      const { carryMinutes } = await settingsItem.get();
      return vault.carry({ ...res.values, ...(source ? { source } : {}) }, carryMinutes * 60_000);
    },
    'credentials:copy': async ({ frameId, field, from }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { reason: 'no-tab' };
      if (!(await hub.dockVisible(sender))) return { reason: 'not-visible' };
      if (from === 'carried') {
        const carried = await vault.read();
        return carried ? { value: carried[field] } : { reason: 'nothing-carried' };
      }
      const res = await readAt(tabId, frameId);
      return res.ok ? { value: res.values[field] } : { reason: res.reason };
    },
    'credentials:status': () => vault.status(),
    'credentials:forget': async () => {
      await vault.forget();
      return vault.status();
    },
    'credentials:keep': async ({ keep }, sender) => {
      if (keep && !(await hub.dockVisible(sender))) return vault.status();
      return vault.setKeepUntilExpiry(keep);
    },
    'credentials:reveal': async (_payload, sender) => {
      if (!(await hub.dockVisible(sender))) return { reason: 'not-visible' };
      const carried = await vault.read();
      return carried ? { secret: carried.clientSecret } : {};
    },
    'credentials:fill-preview': async ({ frameId }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false, reason: 'no-tab' };
      const url = await frameUrl(tabId, frameId);
      if (!url || !isCredentialsTargetUrl(url)) return { ok: false, reason: 'not-sales-app' };
      return callAgent(tabId, frameId, 'agent:fill-preview', {});
    },
    'credentials:fill': async ({ frameId, confirmedPageId }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false, reason: 'no-tab' };
      if (!(await hub.dockVisible(sender))) return { ok: false, reason: 'not-visible' };
      const carried = await vault.read();
      if (!carried) return { ok: false, reason: 'nothing-carried' };
      const url = await frameUrl(tabId, frameId);
      if (!url || !isCredentialsTargetUrl(url)) return { ok: false, reason: 'not-sales-app' };
      // The agent must recognise the Marketo settings page before any value leaves the vault.
      const preview = await callAgent(tabId, frameId, 'agent:fill-preview', {});
      if (!preview.ok) return { ok: false, reason: preview.reason };
      const match = instanceMatch(carried.munchkinId, carried.source, preview.pageMunchkinId);
      if (
        (match.kind === 'different' || match.kind === 'unconfirmed') &&
        confirmedPageId?.trim().toUpperCase() !== match.page
      )
        return { ok: false, reason: 'instance-unconfirmed' };
      const { clientId, clientSecret, munchkinId } = carried;
      const result = await callAgent(tabId, frameId, 'agent:fill', {
        values: { clientId, clientSecret, ...(munchkinId ? { munchkinId } : {}) },
      });
      if (!result.ok) return result;
      return { ...result, forgotten: await vault.afterConfirmedFill() };
    },
  };
}
