/**
 * Pure mapping from what the page adapters read (plain data, defined here and
 * structurally compatible with the readers' results in lib/pages/**) to
 * checklist detections. Only positive, visible states produce a detection; a
 * value that could not be read (`undefined`) produces none, and
 * `unreadSteps` lists the steps whose state this page could not tell, so the
 * panel can say honestly that they stay manual.
 */
import type { Evidence, EvidenceCode } from './evidence';
import type { Detection } from './progress';
import type { StepId, SubstepId } from './steps';

/** Each field: undefined = could not be read on the page. */
export type PageReading =
  | {
      page: 'marketo-actions-config';
      /** Provisioning card: was the first admin invited, and who (email or shown name). */
      provisioning?: { invited: boolean; invitee?: string };
      /** Client ID / Client Secret shown on the Integration Information card (never pass the values). */
      credentialsShown?: boolean;
      /** Action Field Sync card. */
      sync?: { state: 'not-started' | 'preview' | 'in-progress' | 'completed' };
    }
  | { page: 'sales-salesforce-settings'; salesforce?: { connected: boolean; account?: string } }
  | { page: 'sales-marketo-settings'; marketo?: { connected: boolean } }
  | {
      page: 'sales-user-management';
      /** Confirmation after Actions › Invite Users. */
      inviteConfirmation?: { text: string; count?: number };
      /** Confirmation after Actions › Invite Users via CSV. */
      csvConfirmation?: { text: string; count?: number };
      /** The user total the page states. */
      total?: number;
    }
  | {
      page: 'salesforce-installed-packages';
      /** The MSI package row; null = the list was read and MSI is not in it. */
      msiPackage?: { version?: string } | null;
    }
  | { page: 'salesforce-remote-sites'; adobeSites?: { ims: boolean; salesConnect: boolean } }
  | { page: 'salesforce-msi-config'; enableMsiActions?: boolean };

export interface ReadingContext {
  /** The page URL (reduced to origin + path before it is stored). */
  url?: string;
  at: number;
}

type Reading<P extends PageReading['page']> = Extract<PageReading, { page: P }>;

function make(reading: PageReading, ctx: ReadingContext) {
  return (step: StepId, what: EvidenceCode, detail?: string | number, substep?: SubstepId): Detection => {
    const evidence: Evidence = {
      what,
      ...(detail !== undefined && detail !== '' ? { detail: String(detail) } : {}),
      page: reading.page,
      ...(ctx.url ? { url: ctx.url } : {}),
      at: ctx.at,
    };
    return substep ? { step, substep, evidence } : { step, evidence };
  };
}

function actionsConfig(r: Reading<'marketo-actions-config'>, d: ReturnType<typeof make>): Detection[] {
  const out: Detection[] = [];
  const step1 = 'set-up-marketo-sales-account';
  const invited = r.provisioning?.invited === true;
  if (invited) {
    out.push(d(step1, 'first-admin-invited', r.provisioning?.invitee, 'send-invite'));
    out.push(d(step1, 'first-admin-invited', r.provisioning?.invitee));
  }
  if (r.credentialsShown) {
    out.push(d(step1, 'client-id-shown', undefined, 'credentials-shown'));
    // The credentials appear only once the first user was invited.
    if (!invited) out.push(d(step1, 'client-id-shown'));
  }
  const sync = r.sync?.state;
  if (sync === 'preview') out.push(d('initiate-data-sync', 'sync-preview', undefined, 'click-sync'));
  if (sync === 'in-progress' || sync === 'completed') {
    const code = sync === 'in-progress' ? 'sync-started' : 'sync-completed';
    out.push(d('initiate-data-sync', code, undefined, 'start-sync'));
    out.push(d('initiate-data-sync', code));
  }
  return out;
}

function userManagement(r: Reading<'sales-user-management'>, d: ReturnType<typeof make>): Detection[] {
  const out: Detection[] = [];
  const single = 'invite-individual-users-to-msi-actions';
  const csv = 'invite-users-via-csv-to-msi-actions';
  if (r.inviteConfirmation) {
    out.push(d(single, 'invite-confirmed', r.inviteConfirmation.count, 'enter-emails'));
    out.push(d(single, 'invite-confirmed', r.inviteConfirmation.count));
  }
  if (r.csvConfirmation) {
    out.push(d(csv, 'csv-invite-confirmed', r.csvConfirmation.count, 'confirm-mapping'));
    out.push(d(csv, 'csv-invite-confirmed', r.csvConfirmation.count));
  }
  // More users than the original one: someone was invited (individually or via CSV; the page does not say).
  if (!r.inviteConfirmation && !r.csvConfirmation && r.total !== undefined && r.total >= 2) {
    out.push(d(single, 'users-listed', r.total));
  }
  return out;
}

/** Detections from one page read. */
export function detectionsFrom(reading: PageReading, ctx: ReadingContext): Detection[] {
  const d = make(reading, ctx);
  switch (reading.page) {
    case 'marketo-actions-config':
      return actionsConfig(reading, d);
    case 'sales-salesforce-settings':
      return reading.salesforce?.connected
        ? [
            d(
              'connect-marketo-sales-account-to-salesforce',
              'salesforce-connected',
              reading.salesforce.account,
            ),
          ]
        : [];
    case 'sales-marketo-settings':
      return reading.marketo?.connected
        ? [d('connect-marketo-to-your-sales-apps-account', 'marketo-connected')]
        : [];
    case 'sales-user-management':
      return userManagement(reading, d);
    case 'salesforce-installed-packages':
      return reading.msiPackage
        ? [
            d(
              'install-upgrade-msi-package',
              'msi-package-installed',
              reading.msiPackage.version,
              'verify-installed',
            ),
            d('install-upgrade-msi-package', 'msi-package-installed', reading.msiPackage.version),
          ]
        : [];
    case 'salesforce-remote-sites':
      return reading.adobeSites?.ims && reading.adobeSites.salesConnect
        ? [d('configure-msi-actions-in-salesforce', 'remote-sites-present', undefined, 'remote-sites')]
        : [];
    case 'salesforce-msi-config':
      return reading.enableMsiActions === true
        ? [d('configure-msi-actions-in-salesforce', 'msi-actions-enabled', undefined, 'enable-msi-actions')]
        : [];
  }
}

/** Steps of this page whose state could not be read: they stay manual (the panel says so). */
export function unreadSteps(reading: PageReading): StepId[] {
  switch (reading.page) {
    case 'marketo-actions-config': {
      const out: StepId[] = [];
      if (reading.provisioning === undefined && reading.credentialsShown === undefined) {
        out.push('set-up-marketo-sales-account');
      }
      if (reading.sync === undefined) out.push('initiate-data-sync');
      return out;
    }
    case 'sales-salesforce-settings':
      return reading.salesforce === undefined ? ['connect-marketo-sales-account-to-salesforce'] : [];
    case 'sales-marketo-settings':
      return reading.marketo === undefined ? ['connect-marketo-to-your-sales-apps-account'] : [];
    case 'sales-user-management':
      return !reading.inviteConfirmation && !reading.csvConfirmation && reading.total === undefined
        ? ['invite-individual-users-to-msi-actions', 'invite-users-via-csv-to-msi-actions']
        : [];
    case 'salesforce-installed-packages':
      return reading.msiPackage === undefined ? ['install-upgrade-msi-package'] : [];
    case 'salesforce-remote-sites':
      return reading.adobeSites === undefined ? ['configure-msi-actions-in-salesforce'] : [];
    case 'salesforce-msi-config':
      return reading.enableMsiActions === undefined ? ['configure-msi-actions-in-salesforce'] : [];
  }
}

/** The value of a reader's `Found<T>`, or undefined ("could not read") — for building a PageReading. */
export function foundValue<T>(
  result: { found: true; value: T } | { found: false; reason?: string },
): T | undefined {
  return result.found ? result.value : undefined;
}
