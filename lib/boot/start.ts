/**
 * The bootstrap: the only code that runs on every matched page, in every frame.
 * It recognises the page as soon as it can and whenever it may have changed (./watch.ts) and
 * reports it to the background, which puts the panel's dock up in the tab's top frame once a
 * page of the guide is recognised (here or in a sub-frame). Each app has its own bundle
 * (entrypoints/boot-<app>.ts), built as an unlisted script and declared as a
 * content script in wxt.config.ts: no React, no zod, no webextension-polyfill,
 * no WXT content-script context, and no extension API touched until there is
 * something to send (./runtime.ts). Each of those cost more than the
 * recognition itself on every page (`npm run bench:host`).
 */
import { hasAgent } from '../agent/flag';
import { missedComponents, recognisedShadowRoots } from '../dom/text';
import type { PageReport } from '../messaging/protocol';
import { type Bridge, getBridge, type ToolbarOutcome } from './bridge';
import { dropEarlyDock, putUpEarlyDock } from './early-dock';
import { type AppRecogniser, recognise, sameReport } from './recognise';
import { ContextInvalidated, sendFromBootstrap } from './runtime';
import { watchPage } from './watch';

/** Starts the bootstrap in this frame; returns the function that stops it. */
export function startBootstrap(apps: readonly AppRecogniser[], doc: Document = document): () => void {
  const win = doc.defaultView ?? window;
  const isTop = win === win.top;
  const bridge = isTop ? getBridge() : undefined;
  let last: PageReport | undefined;
  let stopped = false;
  /** The dock was put up (or tried) here once: the agent keeps it from then on. */
  let docked = false;
  let stopWatching = () => {};
  const stop = () => {
    stopped = true;
    stopWatching();
    if (!bridge) return;
    bridge.toolbar = undefined;
    dropEarlyDock(bridge);
  };
  // A copy left behind by an extension reload or update stops at its first message.
  const send: typeof sendFromBootstrap = (type, payload) =>
    sendFromBootstrap(type, payload).catch((error: unknown) => {
      if (error instanceof ContextInvalidated) stop();
      throw error;
    });

  const dockThenReport = async (bridge: Bridge, report: PageReport) => {
    const dock = await putUpEarlyDock(doc, bridge, { app: report.app ?? '', page: report.page }).catch(
      () => undefined,
    );
    // A newer report went meanwhile: this one is stale; the agent gives the dock its key.
    if (last !== report || stopped) return;
    const res = await send('page:report', { ...report, agent: hasAgent(), dock: dock !== undefined });
    if (!dock || !res?.key || bridge.early !== dock) return;
    dock.setKey(res.key);
    // The agent was held for the panel's start: it may come once the panel is shown.
    await dock.shown;
    await send('dock:shown', {});
  };

  const check = (url: URL, busy = false) => {
    const report = recognise(url, doc, apps, busy);
    if (sameReport(last, report)) return;
    // The background was told of the page before this one if it was one of the guide (every such
    // report is sent), so it must hear that that page went.
    const toldKnown = last !== undefined && last.page !== 'unknown';
    last = report;
    if (bridge) bridge.top = report;
    // A frame tells the background when it shows a page of the guide, and when that page is gone;
    // the background puts the dock up in the tab's top frame once any frame recognised one
    // (lib/background/start.ts). Any other page of the apps sends nothing and wakes nothing: what
    // the top frame shows stays on the bridge, where the background reads it when it needs it
    // (the toolbar, the instance of a framed page, the browser's side panel: lib/background/inject.ts).
    const known = report.page !== 'unknown';
    // The top frame shows a page of the guide: the dock's frame starts loading now (./early-dock.ts),
    // and the report that follows says so; the background answers with the dock's key, and injects
    // the agent only once the panel is shown, so that the agent's evaluation does not share
    // the host's thread and the cores with the panel's start (`npm run bench:host`).
    if (known && bridge && !docked) {
      docked = true;
      dockThenReport(bridge, report).catch(() => {});
      return;
    }
    if (known || toldKnown) send('page:report', { ...report, agent: hasAgent() }).catch(() => {});
  };
  stopWatching = watchPage({
    win,
    check,
    roots: recognisedShadowRoots,
    settle: () => missedComponents(doc),
  });

  if (!bridge) return stop;
  bridge.toolbar = (): ToolbarOutcome => {
    // Pressed before the first check (it runs once the page's current task is over).
    if (last === undefined && !stopped) check(new URL(win.location.href));
    if (stopped) return 'ignored';
    if (bridge.panel) {
      bridge.panel.toggle();
      return 'toggled';
    }
    return bridge.top.app === null ? 'ignored' : 'load';
  };
  return stop;
}
