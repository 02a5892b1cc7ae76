/**
 * The bootstrap: the only code that runs on every matched page, in every frame.
 * It recognises the page as soon as it can and whenever it may have changed (./watch.ts); in the top frame
 * it keeps the bridge current and has the panel loaded once a page of the guide
 * is recognised (here or in a sub-frame). Each app has its own bundle
 * (entrypoints/boot-<app>.ts), built as an unlisted script and declared as a
 * content script in wxt.config.ts: no React, no zod, no webextension-polyfill,
 * no WXT content-script context, and no extension API touched until there is
 * something to send (./runtime.ts). Each of those cost more than the
 * recognition itself on every page (`npm run bench:host`).
 */
import type { PageReport } from '../messaging/protocol';
import { PAGE_IDS } from '../pages/types';
import { type Bridge, getBridge, notifyBridge, type ToolbarOutcome } from './bridge';
import { type AppRecogniser, recognise, sameReport } from './recognise';
import { ContextInvalidated, sendFromBootstrap } from './runtime';
import { watchPage } from './watch';

/** Starts the bootstrap in this frame; returns the function that stops it. */
export function startBootstrap(apps: readonly AppRecogniser[], doc: Document = document): () => void {
  const win = doc.defaultView ?? window;
  const isTop = win === win.top;
  const bridge = isTop ? getBridge() : undefined;
  let last: PageReport | undefined;
  let loadRequested = false;
  let stopped = false;
  let stopWatching = () => {};
  const stop = () => {
    stopped = true;
    stopWatching();
    if (bridge) {
      bridge.toolbar = undefined;
      bridge.frameReport = undefined;
    }
  };
  // A copy left behind by an extension reload or update stops at its first message.
  const send: typeof sendFromBootstrap = (type, payload) =>
    sendFromBootstrap(type, payload).catch((error: unknown) => {
      if (error instanceof ContextInvalidated) stop();
      throw error;
    });

  const loadPanel = () => {
    if (loadRequested || bridge?.panel) return;
    loadRequested = true;
    send('panel:load', { reason: 'recognised' }).catch(() => {
      loadRequested = false;
    });
  };
  const maybeLoad = (b: Bridge) => {
    const recognised = b.top.page !== 'unknown' || [...b.frames.values()].some((r) => r.page !== 'unknown');
    if (recognised) loadPanel();
  };

  const check = (url: URL) => {
    const report = recognise(url, doc, apps);
    if (sameReport(last, report)) return;
    const wasKnown = last !== undefined;
    last = report;
    if (bridge) {
      bridge.top = report;
      notifyBridge(bridge);
      maybeLoad(bridge);
    } else if (report.app !== null || wasKnown) {
      // Sub-frame: feed the top-level panel through the background.
      send('page:report', report).catch(() => {});
    }
  };
  stopWatching = watchPage({ win, check });

  if (!bridge) return stop;
  bridge.toolbar = (): ToolbarOutcome => {
    // Pressed before the first check (it runs once the page's current task is over).
    if (last === undefined && !stopped) check(new URL(win.location.href));
    if (stopped || bridge.top.app === null) return 'ignored';
    if (bridge.panel) {
      bridge.panel.toggle();
      return 'toggled';
    }
    // The background loads the panel; it opens expanded.
    bridge.openRequested = true;
    loadRequested = true;
    return 'load';
  };
  bridge.frameReport = (frameId, report) => {
    if (stopped || !Number.isInteger(frameId) || !isPageReport(report)) return;
    bridge.frames.set(frameId, report);
    notifyBridge(bridge);
    maybeLoad(bridge);
  };
  return stop;
}

/** Hand-checked (no zod in the bootstrap): the background relays what a sub-frame sent, validated there too. */
function isPageReport(x: unknown): x is PageReport {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
  return (
    (r.app === null || r.app === 'marketo' || r.app === 'sales' || r.app === 'salesforce') &&
    (r.page === 'unknown' || (PAGE_IDS as readonly unknown[]).includes(r.page)) &&
    optionalString(r.munchkinId) &&
    optionalString(r.instanceHost)
  );
}
