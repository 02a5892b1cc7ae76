/**
 * What the connection readers of Admin Settings › Salesforce and › Marketo
 * share (each page's reader is in its folder, <page>/connection.ts): the
 * status text, in any language.
 */
import { findByText } from '../../dom/text';
import { salesLabels } from './labels';

export function statusText(root: ParentNode): boolean | undefined {
  if (findByText(root, salesLabels('notConnected'), { limit: 1 }).length) return false;
  if (findByText(root, salesLabels('connected'), { limit: 1 }).length) return true;
  return undefined;
}
