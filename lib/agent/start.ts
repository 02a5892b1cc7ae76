/**
 * The agent: the one piece of the extension that touches a host page after
 * recognition. Loaded on demand into the frame that shows a page (and into
 * the top frame for the dock), it reads, fills, outlines, guards and counts
 * users, in its own frame. It answers only our background; the page cannot
 * message it at all. "Report this page" is not here: its sanitiser is a script
 * of its own, injected only when the user asks (entrypoints/report.ts).
 */
import { browser } from 'wxt/browser';
import { agentSchemas } from '../messaging/agent-protocol';
import { type Handlers, routeMessageWith } from '../messaging/receive';
import { type AgentApp, agentLocator, runApp } from './app';
import { hasAgent, markAgent } from './flag';
import { clearHighlight, highlightElement } from './highlight';
import { currentDock, placeDockNow, putUpDock, stayDock } from './panel-dock';
import { readPageSliced } from './read-page';
import { dockVisibility } from './visible';
import { warmUpFirstMessage } from './warm-up';
import { watchPage } from './watch-page';

/** The page and the dock here, in every app's agent; each app adds its features' handlers (./apps/). */
export const coreHandlers: Handlers = {
  'agent:read-page': ({ page }) => readPageSliced(page, document),
  'agent:highlight': ({ target, label }) => {
    const locate = agentLocator(target);
    if (!locate) return { ok: false, reason: 'not-found' };
    const el = locate(document);
    if (!el.found) return { ok: false, reason: el.reason };
    // Never outline empty space: an element with no visible box is as good as not found.
    return highlightElement(el.value, label) ? { ok: true } : { ok: false, reason: 'not-visible' };
  },
  'agent:unhighlight': () => ({ ok: clearHighlight() }),
  'agent:dock': async (req) => ({ ok: true, mounted: await putUpDock(req, document) }),
  'agent:dock-stay': () => ({ ok: stayDock() }),
  'agent:focus-panel': () => {
    const dock = currentDock();
    dock?.focus();
    placeDockNow();
    return { ok: !!dock };
  },
  'agent:dock-visible': () => {
    const v = dockVisibility(document, currentDock());
    return v.visible ? { visible: true } : { visible: false, why: v.why };
  },
  'agent:watch': ({ page }) => {
    watchPage(page, document);
    return { ok: true };
  },
};

export function startAgent(app: AgentApp): void {
  if (hasAgent()) return;
  markAgent();
  runApp(app);
  const handlers: Handlers = { ...coreHandlers, ...app.handlers };
  browser.runtime.onMessage.addListener((message, sender) =>
    routeMessageWith(
      agentSchemas,
      handlers,
      // Only the background (no tab) may drive the agent; pages cannot message us at all.
      { extensionId: browser.runtime.id, accept: (_type, s) => s.tab === undefined },
      message,
      sender,
    ),
  );
  // The first message's check, done ahead in short tasks of their own (./warm-up.ts): the dock's in
  // the top frame, the watch's in a framed page. Samples only, made up here.
  warmUpFirstMessage(window.top === window, app.app);
}
