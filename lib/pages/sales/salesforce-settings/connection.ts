/**
 * Connection state on Admin Settings › Salesforce: read from the visible
 * controls (Disconnect vs Connect) and status texts, in any language.
 */
import { flatClosest, flatParent } from '../../../dom/shadow';
import { isHidden, textNodesOf } from '../../../dom/text';
import { type Found, found, notFound } from '../../types';
import { statusText } from '../connection';
import { action, EMAIL_RE, selectedTabPanel, spacedText } from '../find';
import { salesLabels } from '../labels';

export interface SalesforceConnection {
  connected: boolean;
  /** The Salesforce login shown ("Connected as admin@acme.com"), when shown. */
  account?: string;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CONNECTED_AS = new RegExp(
  `(?:${salesLabels('connectedAs').map(escapeRe).join('|')})\\s*:?\\s*(${EMAIL_RE.source})`,
  'iu',
);

/** "Connected as x@y" anywhere in `root`'s visible text nodes. */
function connectedAs(root: ParentNode): string | undefined {
  for (const node of textNodesOf(root)) {
    const parent = node.parentElement;
    if (!parent || isHidden(parent)) continue;
    // The text may be split over inline elements ("Connected as <b>x@y</b>").
    const block = flatClosest(parent, 'p, div, li, td, dd, span, section') ?? parent;
    const match = CONNECTED_AS.exec(spacedText(block));
    if (match) return match[1];
  }
  return undefined;
}

/** An email shown near an element (its container up to 3 levels). */
function emailNear(el: Element): string | undefined {
  let cur: Element | null = el;
  for (let i = 0; i < 3 && cur; i++) {
    cur = flatParent(cur);
    const match = cur ? EMAIL_RE.exec(spacedText(cur)) : null;
    if (match) return match[0];
  }
  return undefined;
}

/**
 * Salesforce › Connections & Customizations: connected when "Connected as …"
 * or a Disconnect control is shown, not connected when Connect is offered.
 * Reads the Connections & Customizations panel when it is the selected tab.
 */
export function readSalesforceConnection(doc: Document): Found<SalesforceConnection> {
  const root: ParentNode = selectedTabPanel(doc, 'connectionsTab') ?? doc;
  const account = connectedAs(root);
  if (account) return found({ connected: true, account });
  const disconnect = action(root, 'disconnect');
  if (disconnect) {
    const near = emailNear(disconnect);
    return found(near ? { connected: true, account: near } : { connected: true });
  }
  if (action(root, 'salesforceConnect')) return found({ connected: false });
  const status = statusText(root);
  if (status !== undefined) return found({ connected: status });
  return notFound(action(doc, 'connectionsTab') ? 'connections-tab-not-selected' : 'no-connection-controls');
}
