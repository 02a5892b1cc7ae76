/** Where each "show me" target is found, through the page adapters. */
import type { HighlightTarget } from '../messaging/protocol';
import {
  locateProvisioningCard,
  locateSendInvite,
  locateStartSync,
  locateSyncButton,
} from '../pages/marketo/locators';
import { findSetupTab } from '../pages/sales/credentials';
import {
  locateActionsMenu,
  locateConnectionsTab,
  locateMarketoConnect,
  locateSalesforceConnect,
  locateSave,
} from '../pages/sales/locators';
import { locateEnableMsiActions } from '../pages/salesforce/msi-config';
import { locateInstalledPackagesTable } from '../pages/salesforce/packages';
import { locateNewRemoteSite } from '../pages/salesforce/remote-sites';
import { type Found, found } from '../pages/types';

export const TARGETS: Record<HighlightTarget, (doc: Document) => Found<Element>> = {
  'marketo-provisioning-card': locateProvisioningCard,
  'marketo-send-invite': locateSendInvite,
  'sales-marketo-setup-tab': (doc) => {
    const tab = findSetupTab(doc);
    return tab.found ? found(tab.value.tab) : tab;
  },
  'sales-marketo-save': locateSave,
  'sales-marketo-connect': locateMarketoConnect,
  'marketo-sync': locateSyncButton,
  'marketo-start-sync': locateStartSync,
  // The Connect button sits on the Connections & Customizations tab: point at the tab until it is open.
  'sales-salesforce-connect': (doc) => {
    const connect = locateSalesforceConnect(doc);
    return connect.found ? connect : locateConnectionsTab(doc);
  },
  'sales-actions-menu': locateActionsMenu,
  'salesforce-packages-table': locateInstalledPackagesTable,
  'salesforce-new-remote-site': locateNewRemoteSite,
  'salesforce-enable-msi': locateEnableMsiActions,
};
