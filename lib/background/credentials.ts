/**
 * Background side of one-click credentials. The values live only in the vault
 * (storage.session, trusted contexts); they go to a frame only after that
 * frame's own URL is the Sales app and its agent recognised the Marketo
 * settings page.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { createVault } from '../credentials/vault';
import type { Handlers } from '../messaging/receive';
import { isExperienceMarketoRoute, isMarketoUrl } from '../pages/marketo/url';
import { isSalesUrl } from '../pages/sales/url';
import { settingsItem } from '../storage/items';
import { callAgent, frameUrl, tabOf } from './frames';

export const vault = createVault({ area: browser.storage.session });

const senderUrl = (sender: Runtime.MessageSender) => {
  try {
    return new URL(sender.url ?? '');
  } catch {
    return null;
  }
};
const onMarketo = (url: URL | null) => !!url && (isMarketoUrl(url) || isExperienceMarketoRoute(url));

export const credentialHandlers: Handlers = {
  'credentials:read': async ({ frameId }, sender) => {
    const tabId = tabOf(sender);
    if (tabId === undefined) return { ok: false, reason: 'no-tab' };
    const url = await frameUrl(tabId, frameId);
    if (!url || !isMarketoUrl(url)) return { ok: false, reason: 'not-marketo' };
    return callAgent(tabId, frameId, 'agent:read-credentials', {});
  },
  'credentials:carry': async ({ source, ...values }, sender) => {
    // Only the panel of a Marketo page (where the values are shown) may hand them over.
    if (!onMarketo(senderUrl(sender))) return vault.status();
    const { carryMinutes } = await settingsItem.get();
    return vault.carry({ ...values, source }, carryMinutes * 60_000);
  },
  'credentials:status': () => vault.status(),
  'credentials:forget': async () => {
    await vault.forget();
    return vault.status();
  },
  'credentials:keep': ({ keep }) => vault.setKeepUntilExpiry(keep),
  'credentials:reveal': async () => {
    const carried = await vault.read();
    return carried ? { secret: carried.clientSecret } : {};
  },
  'credentials:fill-preview': async ({ frameId }, sender) => {
    const tabId = tabOf(sender);
    if (tabId === undefined) return { ok: false, reason: 'no-tab' };
    const url = await frameUrl(tabId, frameId);
    if (!url || !isSalesUrl(url)) return { ok: false, reason: 'not-sales-app' };
    return callAgent(tabId, frameId, 'agent:fill-preview', {});
  },
  'credentials:fill': async ({ frameId }, sender) => {
    const tabId = tabOf(sender);
    if (tabId === undefined) return { ok: false, reason: 'no-tab' };
    const carried = await vault.read();
    if (!carried) return { ok: false, reason: 'nothing-carried' };
    const url = await frameUrl(tabId, frameId);
    if (!url || !isSalesUrl(url)) return { ok: false, reason: 'not-sales-app' };
    // The agent must recognise the Marketo settings page before any value leaves the vault.
    const preview = await callAgent(tabId, frameId, 'agent:fill-preview', {});
    if (!preview.ok) return { ok: false, reason: preview.reason };
    const { clientId, clientSecret, munchkinId } = carried;
    const result = await callAgent(tabId, frameId, 'agent:fill', {
      values: { clientId, clientSecret, ...(munchkinId ? { munchkinId } : {}) },
    });
    if (!result.ok) return result;
    return { ...result, forgotten: await vault.afterConfirmedFill() };
  },
  'page:highlight': async ({ frameId, target, label }, sender) => {
    const tabId = tabOf(sender);
    if (tabId === undefined) return { ok: false, reason: 'no-tab' };
    return callAgent(tabId, frameId, 'agent:highlight', { target, label });
  },
};
