/**
 * The panel document's end of its port to the background (lib/background/panel-hub.ts):
 * events pushed as the page changes, kept as the latest state so a component that
 * mounts late still sees them. Reconnects when the port drops (the background's
 * service worker was stopped and started again).
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { ShownPage } from '../background/tab-pages';
import type { PanelEvent } from './events';

export const PANEL_PORT = 'msi-panel';

export interface PanelChannel {
  page: ShownPage;
  unread: string[];
  subscribe(listener: (event: PanelEvent) => void): () => void;
  close(): void;
}

const UNKNOWN: ShownPage = { app: null, page: 'unknown', frameId: 0, fromFrame: false };

/**
 * Opens the port once `accepted` resolves (the background accepted this panel document: before that
 * it would refuse the port, and a document it never accepts never connects).
 */
export function openPanelChannel(
  connect: () => Runtime.Port = () => browser.runtime.connect({ name: PANEL_PORT }),
  accepted?: Promise<unknown>,
): PanelChannel {
  const listeners = new Set<(event: PanelEvent) => void>();
  let port: Runtime.Port | null = null;
  let closed = false;
  const channel: PanelChannel = {
    page: UNKNOWN,
    unread: [],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      port?.disconnect();
    },
  };
  const open = () => {
    port = connect();
    port.onMessage.addListener((message) => {
      const event = message as PanelEvent;
      if (event.kind === 'page') channel.page = event.page;
      else if (event.kind === 'unread') channel.unread = event.unread;
      for (const l of listeners) l(event);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      if (!closed) setTimeout(open, 250);
    });
  };
  if (!accepted) open();
  else
    void accepted.then(() => {
      if (!closed) open();
    });
  return channel;
}
