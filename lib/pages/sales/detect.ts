/**
 * The Sales app pages the bootstrap recognises: each page's recogniser lives
 * in its page folder (lib/pages/sales/<page>/recognise.ts); this lists them in
 * the order they are tried. Recognition only: no readers here.
 */
import type { PageAdapter } from '../types';
import { salesMarketoSettings } from './marketo-settings/recognise';
import { salesSalesforceSettings } from './salesforce-settings/recognise';
import { salesUserManagement } from './user-management/recognise';

export { salesMarketoSettings, salesSalesforceSettings, salesUserManagement };

export const salesAdapters: PageAdapter[] = [
  salesSalesforceSettings,
  salesMarketoSettings,
  salesUserManagement,
];
