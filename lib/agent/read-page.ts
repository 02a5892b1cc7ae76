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

type Reading<P extends KnownPageId> = Extract<PageReading, { page: P }>;
/** One part of a page's reading: each walks the document on its own. */
type Piece<P extends KnownPageId> = (doc: Document) => Partial<Reading<P>>;

/**
 * The pages whose reading walks the document several times, in pieces: the
 * agent yields to the host between them (readPageSliced), so no one task of
 * ours on the host's main thread does them all (npm run bench:host: reading
 * Actions Config at once was the agent's longest task after its evaluation).
 */
const PIECES: { [P in KnownPageId]?: Array<Piece<P>> } = {
  'marketo-actions-config': [
    (doc) => {
      const card = findIntegrationCard(doc);
      const field = card ? findField(card, CLIENT_ID) : null;
      return { credentialsShown: card ? !!field && isClientId(cleanValue(field.value)) : undefined };
    },
    (doc) => {
      const sync = value(readSyncStatus(doc));
      return sync ? { sync: { state: sync.state } } : {};
    },
    (doc) => ({ provisioning: value(readProvisioning(doc)) }),
  ],
  'sales-user-management': [
    (doc) => {
      const confirmation = value(readInviteConfirmation(doc));
      if (!confirmation) return {};
      const inCsv = value(findCsvDialog(doc))?.stage === 'done';
      return inCsv ? { csvConfirmation: confirmation } : { inviteConfirmation: confirmation };
    },
    (doc) => ({ total: value(readUserManagement(doc))?.total }),
  ],
};

/** Gives the host's main thread back between two pieces of work (a task boundary). */
export type Pause = () => Promise<void>;
export const yieldToHost: Pause = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * The same reading as readPage, with the host's main thread given back between
 * pieces. The page may change between two pieces: the watcher reads again once
 * the changes settle (lib/agent/watch-page.ts), so the next reading has it.
 */
export async function readPageSliced(
  page: KnownPageId,
  doc: Document = document,
  pause: Pause = yieldToHost,
): Promise<PageReading> {
  const pieces = PIECES[page] as Array<Piece<KnownPageId>> | undefined;
  if (!pieces) return readPage(page, doc);
  const reading = { page } as PageReading;
  for (const [i, piece] of pieces.entries()) {
    if (i > 0) await pause();
    // Each piece looks for open shadow roots once (the page may have changed since the last piece).
    Object.assign(
      reading,
      withShadowScan(() => piece(doc)),
    );
  }
  return reading;
}

export function readPage(page: KnownPageId, doc: Document = document): PageReading {
  // One look for open shadow roots for all the readers below.
  return withShadowScan(() => readNow(page, doc));
}

function readNow(page: KnownPageId, doc: Document): PageReading {
  switch (page) {
    case 'marketo-actions-config':
    case 'sales-user-management': {
      const pieces = PIECES[page] as Array<Piece<KnownPageId>>;
      return Object.assign({ page } as PageReading, ...pieces.map((piece) => piece(doc)));
    }
    case 'sales-salesforce-settings':
      return { page, salesforce: value(readSalesforceConnection(doc)) };
    case 'sales-marketo-settings':
      return { page, marketo: value(readMarketoConnection(doc)) };
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
