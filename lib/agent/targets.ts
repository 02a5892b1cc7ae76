/** Where each "show me" target is found, through the page adapters. */
import type { HighlightTarget } from '../messaging/protocol';
import { locateProvisioningCard, locateSendInvite } from '../pages/marketo/locators';
import { findSetupTab } from '../pages/sales/credentials';
import { locateMarketoConnect, locateSave } from '../pages/sales/locators';
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
};
