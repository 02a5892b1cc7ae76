/**
 * Which panel documents the background trusts, and who may send what.
 *
 * The panel is `panel.html`, an extension page. It is web-accessible to our
 * hosts (so a dock can frame it), which means any page on those hosts could
 * frame it too. So a panel document is trusted only after it proves it is the
 * one our own dock framed:
 *
 * Invariants (guarded by test/unit/background/panels.test.ts and test/e2e/hostile.spec.ts):
 * - a key is 128 random bits, issued by the background for one tab when it asks
 *   that tab's agent to put up a dock; it lives in the background and the agent's
 *   closed shadow root only, is good once, and for 60 seconds;
 * - a document is registered as the tab's panel only when it is our `panel.html`
 *   (the browser sets `sender.url`: a content script cannot claim it), in that
 *   same tab, and presents that tab's unused key; registering a new panel drops
 *   the previous one;
 * - credentials, checklist changes, CSV verdicts and page actions are accepted
 *   only from the registered panel of the tab (frame and document), or from the
 *   browser's own side panel / extension pages where the type allows it; content
 *   scripts may only report pages and push what their page shows. Each feature
 *   lists the senders of its types (lib/features/<feature>/protocol.ts,
 *   assembled as `messageSenders` in lib/messaging/protocol.ts).
 */
import type { Runtime } from 'webextension-polyfill';
import { type MessageType, messageSenders } from '../messaging/protocol';
import type { SenderKind } from '../messaging/senders';

export const PANEL_PATH = '/panel.html';
const KEY_TTL_MS = 60_000;

export interface PanelRecord {
  frameId: number;
  documentId?: string;
}

export type { SenderKind };

/** What each kind of sender may send: the kinds each feature's protocol lists for the type, no other. */
export function mayAccept(kind: SenderKind, type: MessageType): boolean {
  const senders: readonly SenderKind[] | undefined = Object.hasOwn(messageSenders, type)
    ? messageSenders[type]
    : undefined;
  return senders?.includes(kind) ?? false;
}

export interface PanelRegistry {
  /** A fresh one-time key for a dock in this tab. */
  issueKey(tabId: number): string;
  /** The sender presents a key: registers it as the tab's panel when the key is that tab's and unused. */
  redeem(key: string, sender: Runtime.MessageSender): boolean;
  kindOf(sender: Runtime.MessageSender, isOurHost: (url: string | undefined) => boolean): SenderKind;
  panelOf(tabId: number): PanelRecord | undefined;
  /** The tab's page went away: its panel and keys too. */
  forgetTab(tabId: number): void;
  /** The registered panels, to keep across a restart of the service worker (storage.session). */
  records(): Record<string, PanelRecord>;
  restore(records: Record<string, PanelRecord>): void;
}

/**
 * `scheme://host` of a URL, or null when it has no host. Not `URL.origin`: the URL standard gives
 * extension schemes (and file:) an opaque origin, the string 'null' (Node and jsdom do so; Chrome
 * and Firefox special-case their own extension schemes). Compared by `.origin`, every other
 * extension's pages and file: pages would count as ours wherever that special case is missing.
 */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

const randomKey = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

/** `extensionOrigin`: the extension's origin or base URL (`runtime.getURL('/')`). */
export function createPanelRegistry(extensionOrigin: string, now: () => number = Date.now): PanelRegistry {
  const keys = new Map<string, { tabId: number; until: number }>();
  const panels = new Map<number, PanelRecord>();
  const ours = originOf(extensionOrigin);

  const isExtensionUrl = (url: string | undefined) => ours !== null && originOf(url) === ours;
  const isPanelUrl = (url: string | undefined) =>
    isExtensionUrl(url) && new URL(url as string).pathname === PANEL_PATH;

  return {
    issueKey(tabId) {
      const t = now();
      for (const [k, v] of keys) if (v.until <= t) keys.delete(k);
      const key = randomKey();
      keys.set(key, { tabId, until: t + KEY_TTL_MS });
      return key;
    },
    redeem(key, sender) {
      const entry = keys.get(key);
      const tabId = sender.tab?.id;
      if (!entry || tabId === undefined || !isPanelUrl(sender.url) || sender.frameId === undefined)
        return false;
      keys.delete(key);
      if (entry.tabId !== tabId || entry.until <= now()) return false;
      const documentId = (sender as { documentId?: string }).documentId;
      panels.set(tabId, { frameId: sender.frameId, ...(documentId ? { documentId } : {}) });
      return true;
    },
    kindOf(sender, isOurHost) {
      if (isPanelUrl(sender.url)) {
        if (sender.tab === undefined) return 'side-panel';
        const record = panels.get(sender.tab.id ?? -1);
        const documentId = (sender as { documentId?: string }).documentId;
        const same =
          record !== undefined &&
          record.frameId === sender.frameId &&
          (record.documentId === undefined || record.documentId === documentId);
        return same ? 'panel' : 'stranger';
      }
      if (isExtensionUrl(sender.url)) return 'extension-page';
      if (sender.tab !== undefined && isOurHost(sender.url)) return 'content';
      return 'stranger';
    },
    panelOf: (tabId) => panels.get(tabId),
    forgetTab(tabId) {
      panels.delete(tabId);
      for (const [k, v] of keys) if (v.tabId === tabId) keys.delete(k);
    },
    records: () => Object.fromEntries([...panels].map(([tab, r]) => [String(tab), r])),
    restore(records) {
      for (const [tab, r] of Object.entries(records)) {
        const tabId = Number(tab);
        if (Number.isInteger(tabId) && !panels.has(tabId) && Number.isInteger(r?.frameId)) {
          panels.set(tabId, {
            frameId: r.frameId,
            ...(typeof r.documentId === 'string' ? { documentId: r.documentId } : {}),
          });
        }
      }
    },
  };
}
