/** "Show me" locators of Admin Settings › Salesforce (guide §1.2), in open shadow roots too. */
import type { Found } from '../../types';
import { action, fromElement, selectedTabPanel } from '../find';

/** Salesforce page: the Connections & Customizations tab. */
export const locateConnectionsTab = (doc: Document): Found<HTMLElement> =>
  fromElement(action(doc, 'connectionsTab'), 'no-connections-tab');

/** Salesforce page: Connect (inside Connections & Customizations when that tab is open). */
export function locateSalesforceConnect(doc: Document): Found<HTMLElement> {
  const panel = selectedTabPanel(doc, 'connectionsTab');
  return fromElement(action(panel ?? doc, 'salesforceConnect'), 'no-connect-button');
}
