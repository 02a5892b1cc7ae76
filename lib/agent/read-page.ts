/**
 * Reads the state the checklist cares about from the page this frame shows,
 * through the page adapters, as plain data (lib/checklist/detections.ts turns
 * it into detections). Never reveals anything: the Client ID is only checked
 * for presence, the secret is not read at all.
 */
import { type PageReading, foundValue as value } from '../checklist/detections';
import { withShadowScan } from '../dom/shadow';
import { findIntegrationCard, readProvisioning, readSyncStatus } from '../pages/marketo/actions-config';
import { findField } from '../pages/marketo/cards';
import { CLIENT_ID } from '../pages/marketo/labels';
import { cleanValue, isClientId } from '../pages/marketo/shapes';
import { readMarketoConnection, readSalesforceConnection } from '../pages/sales/connection';
import { findCsvDialog, readInviteConfirmation } from '../pages/sales/invite';
import { readUserManagement } from '../pages/sales/users';
import { readMsiConfig } from '../pages/salesforce/msi-config';
import { findMsiPackage, readInstalledPackages } from '../pages/salesforce/packages';
import { readAdobeRemoteSites } from '../pages/salesforce/remote-sites';
import type { KnownPageId } from '../pages/types';

export function readPage(page: KnownPageId, doc: Document = document): PageReading {
  // One look for open shadow roots for all the readers below.
  return withShadowScan(() => readNow(page, doc));
}

function readNow(page: KnownPageId, doc: Document): PageReading {
  switch (page) {
    case 'marketo-actions-config': {
      const card = findIntegrationCard(doc);
      const field = card ? findField(card, CLIENT_ID) : null;
      const sync = value(readSyncStatus(doc));
      return {
        page,
        provisioning: value(readProvisioning(doc)),
        credentialsShown: card ? !!field && isClientId(cleanValue(field.value)) : undefined,
        ...(sync ? { sync: { state: sync.state } } : {}),
      };
    }
    case 'sales-salesforce-settings':
      return { page, salesforce: value(readSalesforceConnection(doc)) };
    case 'sales-marketo-settings':
      return { page, marketo: value(readMarketoConnection(doc)) };
    case 'sales-user-management': {
      const confirmation = value(readInviteConfirmation(doc));
      const csv = value(findCsvDialog(doc));
      const inCsv = csv?.stage === 'done';
      return {
        page,
        ...(confirmation && inCsv ? { csvConfirmation: confirmation } : {}),
        ...(confirmation && !inCsv ? { inviteConfirmation: confirmation } : {}),
        total: value(readUserManagement(doc))?.total,
      };
    }
    case 'salesforce-installed-packages': {
      const list = readInstalledPackages(doc);
      if (!list.found) return { page };
      const msi = value(findMsiPackage(doc));
      return { page, msiPackage: msi ? { version: msi.version } : null };
    }
    case 'salesforce-remote-sites':
      return { page, adobeSites: value(readAdobeRemoteSites(doc)) };
    case 'salesforce-msi-config':
      return { page, enableMsiActions: value(readMsiConfig(doc))?.enableMsiActions };
  }
}
