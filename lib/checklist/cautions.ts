/**
 * The guide's cautions as data: which one applies on which page and when. The
 * texts are in texts.cautions (same ids). The panel decides how to show them
 * (inline note, interception dialog); these functions only say "applies".
 */
import type { KnownPageId } from '../pages/types';
import { type InstanceProgress, isStepComplete, stepStatus } from './progress';
import type { StepId } from './steps';

export const CAUTION_IDS = [
  /** Guide §Initiate Data Sync: never remove the original user once the sync has started. */
  'keep-original-user',
  /** Same caution when we cannot tell who the original user is. */
  'keep-original-user-check',
  /** Salesforce config tab doc: "Do not select Enable MSI Actions unless you're using Sales Insight Actions". */
  'enable-msi-actions-only-if-used',
  /** Guide §Set up: the Client ID and Secret appear only after the first user is invited. */
  'credentials-after-first-invite',
] as const;
export type CautionId = (typeof CAUTION_IDS)[number];

export interface CautionDef {
  id: CautionId;
  level: 'warning' | 'info';
  step: StepId;
  /** Pages where the caution belongs. */
  pages: readonly KnownPageId[];
}

export const CAUTIONS: Record<CautionId, CautionDef> = {
  'keep-original-user': {
    id: 'keep-original-user',
    level: 'warning',
    step: 'initiate-data-sync',
    pages: ['sales-user-management', 'marketo-actions-config'],
  },
  'keep-original-user-check': {
    id: 'keep-original-user-check',
    level: 'warning',
    step: 'initiate-data-sync',
    pages: ['sales-user-management'],
  },
  'enable-msi-actions-only-if-used': {
    id: 'enable-msi-actions-only-if-used',
    level: 'warning',
    step: 'configure-msi-actions-in-salesforce',
    pages: ['salesforce-msi-config'],
  },
  'credentials-after-first-invite': {
    id: 'credentials-after-first-invite',
    level: 'info',
    step: 'set-up-marketo-sales-account',
    pages: ['marketo-actions-config', 'sales-marketo-settings'],
  },
};

/** Cautions shown with a step in the checklist (always, as the guide prints them). */
export function stepCautions(step: StepId): CautionId[] {
  return (
    ['keep-original-user', 'enable-msi-actions-only-if-used', 'credentials-after-first-invite'] as const
  ).filter((id) => CAUTIONS[id].step === step);
}

/** Has the data sync started (initiate-data-sync in progress, done or detected)? */
export function syncStarted(instance: Pick<InstanceProgress, 'steps'> | undefined): boolean {
  const status = stepStatus(instance, 'initiate-data-sync');
  return status === 'in-progress' || status === 'done' || status === 'detected';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const normEmail = (value: string) => value.trim().toLowerCase();

export interface RemovalCaution {
  caution: 'keep-original-user' | 'keep-original-user-check';
  /** The original user as known (email or name), for the text's {user} placeholder. */
  originalUser?: string;
}

/**
 * Before a user is removed or deactivated on User Management: once the sync
 * has started, removing the original user (the first invitee) gets the guide's
 * caution. When the original user is not known as an email (never seen, or
 * only a name was shown), the caution asks to check instead of staying quiet.
 * `originalUserEmail` (e.g. read from the page) wins over the recorded one.
 * Null: no caution applies.
 */
export function removalCaution(
  instance: Pick<InstanceProgress, 'steps' | 'originalUser'> | undefined,
  target: { email: string; originalUserEmail?: string },
): RemovalCaution | null {
  if (!syncStarted(instance)) return null;
  const known = target.originalUserEmail?.trim() || instance?.originalUser;
  if (known && EMAIL.test(known.trim())) {
    return normEmail(known) === normEmail(target.email)
      ? { caution: 'keep-original-user', originalUser: known }
      : null;
  }
  return known
    ? { caution: 'keep-original-user-check', originalUser: known }
    : { caution: 'keep-original-user-check' };
}

/** Cautions that apply on a page now, for the instance's progress. */
export function pageCautions(instance: InstanceProgress | undefined, page: KnownPageId): CautionId[] {
  const out: CautionId[] = [];
  if (page === 'marketo-actions-config' && !isStepComplete(instance, 'set-up-marketo-sales-account')) {
    out.push('credentials-after-first-invite');
  }
  if (page === 'sales-marketo-settings' && !isStepComplete(instance, 'set-up-marketo-sales-account')) {
    out.push('credentials-after-first-invite');
  }
  if ((page === 'sales-user-management' || page === 'marketo-actions-config') && syncStarted(instance)) {
    out.push('keep-original-user');
  }
  if (page === 'salesforce-msi-config') out.push('enable-msi-actions-only-if-used');
  return out;
}
