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
import { PAGE_PROVES, type StepId, type SubstepId } from './steps';

/** The evidence of a step proved by the page being shown at all (steps.ts PAGE_PROVES). */
const PROOF_CODES: Partial<Record<StepId, EvidenceCode>> = {
  'set-up-marketo-sales-account': 'sales-account-open',
  'install-upgrade-msi-package': 'msi-config-open',
};

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

/** Detections from one page read: what the page shows, and what its being shown at all proves. */
export function detectionsFrom(reading: PageReading, ctx: ReadingContext): Detection[] {
  const d = make(reading, ctx);
  const proved = PAGE_PROVES[reading.page];
  const code = proved ? PROOF_CODES[proved] : undefined;
  const proof = proved && code ? [d(proved, code)] : [];
  return [...proof, ...shownState(reading, d)];
}

function shownState(reading: PageReading, d: ReturnType<typeof make>): Detection[] {
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

/**
 * The reading to send after `next`, keeping the positive facts `seen` earlier
 * on the same page visit: a confirmation or a "connected" status the host
 * shows for a moment ("Saved. Marketo is connected", an invitation toast) is
 * still a fact once it has gone. Negative states never erase a positive one
 * (detections are positive only, progress.ts), so a reading only grows.
 */
export function keepSeen(seen: PageReading | undefined, next: PageReading): PageReading {
  if (!seen || seen.page !== next.page) return next;
  switch (next.page) {
    case 'sales-salesforce-settings': {
      const before = (seen as typeof next).salesforce;
      return before?.connected && !next.salesforce?.connected ? { ...next, salesforce: before } : next;
    }
    case 'sales-marketo-settings': {
      const before = (seen as typeof next).marketo;
      return before?.connected && !next.marketo?.connected ? { ...next, marketo: before } : next;
    }
    case 'sales-user-management': {
      const before = seen as typeof next;
      return {
        ...next,
        ...(!next.inviteConfirmation && before.inviteConfirmation
          ? { inviteConfirmation: before.inviteConfirmation }
          : {}),
        ...(!next.csvConfirmation && before.csvConfirmation
          ? { csvConfirmation: before.csvConfirmation }
          : {}),
      };
    }
    case 'marketo-actions-config': {
      const before = seen as typeof next;
      const rank = { 'not-started': 0, preview: 1, 'in-progress': 2, completed: 3 } as const;
      const sync =
        before.sync && (!next.sync || rank[before.sync.state] > rank[next.sync.state])
          ? before.sync
          : next.sync;
      const provisioning =
        before.provisioning?.invited && !next.provisioning?.invited ? before.provisioning : next.provisioning;
      return {
        ...next,
        ...(provisioning ? { provisioning } : {}),
        ...(before.credentialsShown && !next.credentialsShown ? { credentialsShown: true } : {}),
        ...(sync ? { sync } : {}),
      };
    }
    case 'salesforce-installed-packages': {
      const before = (seen as typeof next).msiPackage;
      return before && !next.msiPackage ? { ...next, msiPackage: before } : next;
    }
    case 'salesforce-remote-sites': {
      const before = (seen as typeof next).adobeSites;
      const now = next.adobeSites;
      if (!before) return next;
      return {
        ...next,
        adobeSites: {
          ims: before.ims || !!now?.ims,
          salesConnect: before.salesConnect || !!now?.salesConnect,
        },
      };
    }
    case 'salesforce-msi-config':
      return (seen as typeof next).enableMsiActions === true ? { ...next, enableMsiActions: true } : next;
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
