/**
 * "Next on this page": the one action the page the admin is on is for, from
 * what the checklist knows (done, detected) and what the page shows (the CSV
 * dialog open). When nothing is left here, the next step elsewhere. Pure: the
 * panel renders it (components/panel/NextOnPage.tsx).
 */
import {
  type InstanceProgress,
  invitesComplete,
  isStepComplete,
  remainingSteps,
} from '../checklist/progress';
import { type StepId, stepDef } from '../checklist/steps';
import type { HighlightTarget } from '../messaging/protocol';
import { showMeTarget } from '../pages/catalogue';
import type { KnownPageId, PageId } from '../pages/types';
import type { SectionId } from './sections';

export type NextActionId =
  | 'send-invite'
  | 'send-credentials'
  | 'start-sync'
  | 'connect-salesforce'
  | 'fill-credentials'
  | 'check-csv'
  | 'check-csv-dialog'
  | 'install-package'
  | 'remote-site'
  | 'enable-msi';

/** What the card's button does: bring a section of the panel forward, or outline the host's control. */
export type NextFocus = { section: SectionId } | { target: HighlightTarget };

export type NextOnPage =
  | { kind: 'here'; action: NextActionId; step: StepId; focus: NextFocus }
  | { kind: 'elsewhere'; step: StepId; page: KnownPageId | null }
  | { kind: 'all-done' };

export interface NextContext {
  page: PageId;
  instance: InstanceProgress | undefined;
  /** A file was chosen in the host's "Invite Users via CSV" dialog (the agent's guard holds or released Next). */
  csvDialog?: boolean;
}

interface Candidate {
  action: NextActionId;
  step: StepId;
  /** 'show-me': the control the page's "show me" points at for the step (lib/pages/<app>/<page>/about.ts). */
  focus: NextFocus | 'show-me';
  /** Still to do (by default: the step is neither done nor detected). */
  open?(ctx: NextContext): boolean;
}

/** Per page, the actions it is for, in the order the guide takes them. */
const ON_PAGE: Record<KnownPageId, readonly Candidate[]> = {
  'marketo-actions-config': [
    { action: 'send-invite', step: 'set-up-marketo-sales-account', focus: 'show-me' },
    {
      action: 'send-credentials',
      step: 'connect-marketo-to-your-sales-apps-account',
      focus: { section: 'credentials' },
    },
    { action: 'start-sync', step: 'initiate-data-sync', focus: 'show-me' },
  ],
  'sales-salesforce-settings': [
    {
      action: 'connect-salesforce',
      step: 'connect-marketo-sales-account-to-salesforce',
      focus: 'show-me',
    },
  ],
  'sales-marketo-settings': [
    {
      action: 'fill-credentials',
      step: 'connect-marketo-to-your-sales-apps-account',
      focus: { section: 'credentials' },
    },
  ],
  'sales-user-management': [
    {
      action: 'check-csv-dialog',
      step: 'invite-users-via-csv-to-msi-actions',
      focus: { section: 'csv' },
      // The file is checked in the dialog whatever the checklist says: a second batch is as welcome.
      open: (ctx) => !!ctx.csvDialog,
    },
    {
      action: 'check-csv',
      step: 'invite-users-via-csv-to-msi-actions',
      focus: { section: 'csv' },
      open: (ctx) => !invitesComplete(ctx.instance),
    },
  ],
  'salesforce-installed-packages': [
    {
      action: 'install-package',
      step: 'install-upgrade-msi-package',
      focus: 'show-me',
    },
  ],
  'salesforce-remote-sites': [
    {
      action: 'remote-site',
      step: 'configure-msi-actions-in-salesforce',
      focus: 'show-me',
    },
  ],
  'salesforce-msi-config': [
    {
      action: 'enable-msi',
      step: 'configure-msi-actions-in-salesforce',
      focus: 'show-me',
    },
  ],
};

export function nextOnPage(ctx: NextContext): NextOnPage {
  if (ctx.page !== 'unknown') {
    for (const c of ON_PAGE[ctx.page]) {
      const open = c.open ? c.open(ctx) : !isStepComplete(ctx.instance, c.step);
      if (!open) continue;
      const target = c.focus === 'show-me' ? showMeTarget(c.step, ctx.page) : undefined;
      const focus: NextFocus =
        c.focus !== 'show-me' ? c.focus : target ? { target } : { section: 'checklist' };
      return { kind: 'here', action: c.action, step: c.step, focus };
    }
  }
  // Nothing (more) here: the first step left, on the page where it happens.
  const left = remainingSteps(ctx.instance, 'all');
  const elsewhere = left.find((s) => stepDef(s).pages.length > 0) ?? left[0];
  if (!elsewhere) return { kind: 'all-done' };
  return { kind: 'elsewhere', step: elsewhere, page: stepDef(elsewhere).pages[0] ?? null };
}
