/**
 * "Next on this page" (lib/panel/next-action.ts) and which sections apply where
 * (lib/panel/sections.ts): what the admin is told to do first on each page.
 */
import { describe, expect, it } from 'vitest';
import type { InstanceProgress, StepRecord } from '@/lib/checklist/progress';
import type { StepId } from '@/lib/checklist/steps';
import { nextOnPage } from '@/lib/panel/next-action';
import { sectionsFor } from '@/lib/panel/sections';

const done = (...steps: StepId[]): InstanceProgress => ({
  key: 'mid:123-abc-456',
  munchkinId: '123-ABC-456',
  sandbox: false,
  steps: Object.fromEntries(
    steps.map((s) => [s, { status: 'detected', updatedAt: 1 } satisfies StepRecord]),
  ) as InstanceProgress['steps'],
  createdAt: 1,
  updatedAt: 1,
});
const ALL: StepId[] = [
  'prerequisites',
  'set-up-marketo-sales-account',
  'connect-marketo-sales-account-to-salesforce',
  'connect-marketo-to-your-sales-apps-account',
  'initiate-data-sync',
  'invite-users-via-csv-to-msi-actions',
  'install-upgrade-msi-package',
  'configure-msi-actions-in-salesforce',
];

describe('next on this page', () => {
  it('Actions Config: send the invite first, then send the credentials, then start the sync', () => {
    const page = 'marketo-actions-config';
    expect(nextOnPage({ page, instance: undefined })).toMatchObject({
      kind: 'here',
      action: 'send-invite',
      focus: { target: 'marketo-send-invite' },
    });
    expect(nextOnPage({ page, instance: done('set-up-marketo-sales-account') })).toMatchObject({
      kind: 'here',
      action: 'send-credentials',
      focus: { section: 'credentials' },
    });
    expect(
      nextOnPage({
        page,
        instance: done('set-up-marketo-sales-account', 'connect-marketo-to-your-sales-apps-account'),
      }),
    ).toMatchObject({ kind: 'here', action: 'start-sync', focus: { target: 'marketo-sync' } });
  });

  it("the Sales app's Marketo page: fill the credentials, until Marketo is connected", () => {
    const page = 'sales-marketo-settings';
    expect(nextOnPage({ page, instance: done('set-up-marketo-sales-account') })).toMatchObject({
      kind: 'here',
      action: 'fill-credentials',
      focus: { section: 'credentials' },
    });
    const after = nextOnPage({
      page,
      instance: done(
        'prerequisites',
        'set-up-marketo-sales-account',
        'connect-marketo-to-your-sales-apps-account',
      ),
    });
    // Nothing left here: the next step, where it happens (step 2 on the Salesforce settings).
    expect(after).toEqual({
      kind: 'elsewhere',
      step: 'connect-marketo-sales-account-to-salesforce',
      page: 'sales-salesforce-settings',
    });
  });

  it('User Management: check the file; in the CSV dialog, check the file there even after an earlier batch', () => {
    const page = 'sales-user-management';
    expect(nextOnPage({ page, instance: undefined })).toMatchObject({
      action: 'check-csv',
      focus: { section: 'csv' },
    });
    expect(nextOnPage({ page, instance: undefined, csvDialog: true })).toMatchObject({
      action: 'check-csv-dialog',
    });
    const invited = done('invite-users-via-csv-to-msi-actions');
    expect(nextOnPage({ page, instance: invited, csvDialog: true })).toMatchObject({
      action: 'check-csv-dialog',
    });
    expect(nextOnPage({ page, instance: invited })).toMatchObject({ kind: 'elsewhere' });
  });

  it('Salesforce: the package, then the remote site and the MSI settings', () => {
    expect(nextOnPage({ page: 'salesforce-installed-packages', instance: undefined })).toMatchObject({
      action: 'install-package',
      focus: { target: 'salesforce-packages-table' },
    });
    expect(nextOnPage({ page: 'salesforce-remote-sites', instance: undefined })).toMatchObject({
      action: 'remote-site',
      focus: { target: 'salesforce-new-remote-site' },
    });
    expect(nextOnPage({ page: 'salesforce-msi-config', instance: undefined })).toMatchObject({
      action: 'enable-msi',
    });
    expect(
      nextOnPage({ page: 'salesforce-installed-packages', instance: done('install-upgrade-msi-package') }),
    ).toMatchObject({ kind: 'elsewhere' });
  });

  it('a page not recognised points at the first step left; all done says so', () => {
    expect(nextOnPage({ page: 'unknown', instance: done('prerequisites') })).toEqual({
      kind: 'elsewhere',
      step: 'set-up-marketo-sales-account',
      page: 'marketo-actions-config',
    });
    expect(nextOnPage({ page: 'unknown', instance: done(...ALL) })).toEqual({ kind: 'all-done' });
    expect(nextOnPage({ page: 'salesforce-msi-config', instance: done(...ALL) })).toEqual({
      kind: 'all-done',
    });
  });
});

describe('sections that apply', () => {
  it('shows no credentials and no CSV check on Salesforce pages', () => {
    expect(sectionsFor({ app: 'salesforce', page: 'salesforce-remote-sites' })).toEqual(['checklist']);
  });
  it('keeps the credentials and the CSV check on Marketo and in the Sales app', () => {
    expect(sectionsFor({ app: 'marketo', page: 'marketo-actions-config' })).toEqual([
      'checklist',
      'credentials',
      'csv',
    ]);
    expect(sectionsFor({ app: 'sales', page: 'sales-user-management' })).toEqual([
      'checklist',
      'credentials',
      'csv',
    ]);
    expect(sectionsFor({ app: null, page: 'unknown' })).toEqual(['checklist', 'credentials', 'csv']);
  });
});
