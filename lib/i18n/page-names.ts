import type { PageId } from '../pages/types';
import type { MessageKey } from './messages/en';

/** The catalogue key of each page's name ("Admin › Sales Insight › Actions Config"). */
export const PAGE_NAMES: Record<PageId, MessageKey> = {
  'marketo-actions-config': 'pageMarketoActionsConfig',
  'sales-salesforce-settings': 'pageSalesSalesforceSettings',
  'sales-marketo-settings': 'pageSalesMarketoSettings',
  'sales-user-management': 'pageSalesUserManagement',
  'salesforce-installed-packages': 'pageSalesforceInstalledPackages',
  'salesforce-remote-sites': 'pageSalesforceRemoteSites',
  'salesforce-msi-config': 'pageSalesforceMsiConfig',
  unknown: 'pageUnknown',
};
