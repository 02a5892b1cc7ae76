import { browser } from 'wxt/browser';
import type { PageReport } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { APPS } from '../pages/registry';
import { type Bridge, getBridge, notifyBridge } from './bridge';
import { recognise, sameReport } from './recognise';
import { watchPage } from './watch';

export function startBootstrap(signal: AbortSignal): void {
  const isTop = window === window.top;
  let last: PageReport | undefined;
  const bridge = isTop ? getBridge() : undefined;
  let loadRequested = false;

  const loadPanel = (reason: 'recognised' | 'toolbar') => {
    if (loadRequested || bridge?.panel) return;
    loadRequested = true;
    sendToBackground('panel:load', { reason }).catch(() => {
      loadRequested = false;
    });
  };
  const maybeLoad = (b: Bridge) => {
    const recognised = b.top.page !== 'unknown' || [...b.frames.values()].some((r) => r.page !== 'unknown');
    if (recognised) loadPanel('recognised');
  };

  watchPage({
    signal,
    check(url) {
      const report = recognise(url, document, APPS);
      if (sameReport(last, report)) return;
      const wasKnown = last !== undefined;
      last = report;
      if (bridge) {
        bridge.top = report;
        notifyBridge(bridge);
        maybeLoad(bridge);
      } else if (report.app !== null || wasKnown) {
        // Sub-frame: feed the top-level panel through the background.
        sendToBackground('page:report', report).catch(() => {});
      }
    },
  });

  if (!bridge) return;
  const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    // Hand-checked (no zod in the bootstrap): only our background may talk to us.
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const { type, payload } = message as { type?: unknown; payload?: Record<string, unknown> };
    if (type === 'panel:toggle') {
      if (bridge.top.app === null) return Promise.resolve({ handled: false });
      if (bridge.panel) bridge.panel.toggle();
      else {
        bridge.openRequested = true;
        loadPanel('toolbar');
      }
      return Promise.resolve({ handled: true });
    }
    if (type === 'panel:frame-report' && payload && typeof payload.frameId === 'number') {
      const report = payload.report as PageReport;
      if (typeof report?.page !== 'string') return undefined;
      bridge.frames.set(payload.frameId, report);
      notifyBridge(bridge);
      maybeLoad(bridge);
      return Promise.resolve({ ok: true });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
}
