/**
 * Connection state on Admin Settings › Marketo: read from the visible controls
 * (Disconnect vs Connect) and status texts, in any language.
 */
import { type Found, found, notFound } from '../../types';
import { statusText } from '../connection';
import { action } from '../find';

export interface MarketoConnection {
  connected: boolean;
}

/**
 * Marketo: connected when a Disconnect control or a "Connected" status is
 * shown, not connected when "connect" is offered or the status says so.
 */
export function readMarketoConnection(doc: Document): Found<MarketoConnection> {
  if (action(doc, 'disconnect')) return found({ connected: true });
  if (action(doc, 'marketoConnect')) return found({ connected: false });
  const status = statusText(doc);
  if (status !== undefined) return found({ connected: status });
  return notFound('no-connection-controls');
}
