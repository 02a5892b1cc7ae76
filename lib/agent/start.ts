/**
 * The agent: page-side handlers (readers, fill, "show me") loaded on demand
 * into the frame that shows a page. It answers only our background.
 */
import { browser } from 'wxt/browser';
import { agentSchemas } from '../messaging/agent-protocol';
import { type Handlers, routeMessageWith } from '../messaging/receive';
import { fillHere, fillPreviewHere, readCredentialsHere } from './credentials';
import { highlightElement } from './highlight';
import { readPage } from './read-page';
import { TARGETS } from './targets';

export const agentHandlers: Handlers = {
  'agent:read-credentials': () => readCredentialsHere(document),
  'agent:fill-preview': () => fillPreviewHere(document),
  'agent:fill': ({ values }) => fillHere(values, document),
  'agent:read-page': ({ page }) => readPage(page, document),
  'agent:highlight': ({ target, label }) => {
    const el = TARGETS[target](document);
    if (!el.found) return { ok: false, reason: el.reason };
    highlightElement(el.value, label);
    return { ok: true };
  },
};

const FLAG = '__msiActionsAgent';

export function startAgent(): void {
  const g = globalThis as typeof globalThis & { [FLAG]?: boolean };
  if (g[FLAG]) return;
  g[FLAG] = true;
  browser.runtime.onMessage.addListener((message, sender) =>
    routeMessageWith(
      agentSchemas,
      agentHandlers,
      // Only the background (no tab) may drive the agent; pages cannot message us at all.
      { extensionId: browser.runtime.id, accept: (_type, s) => s.tab === undefined },
      message,
      sender,
    ),
  );
}
