import { afterEach, describe, expect, it } from 'vitest';
import {
  detectionsFrom,
  foundValue,
  keepSeen,
  type PageReading,
  unreadSteps,
} from '../../../lib/checklist/detections';
import { PROOF_EVIDENCE } from '../../../lib/checklist/evidence';
import { applyDetections, emptyStore, ensureInstance, viewState } from '../../../lib/checklist/progress';
import {
  readCredentials,
  readProvisioning,
  readSyncStatus,
} from '../../../lib/pages/marketo/actions-config/readers';
import type { MarketoConnection } from '../../../lib/pages/sales/marketo-settings/connection';
import type { SalesforceConnection } from '../../../lib/pages/sales/salesforce-settings/connection';
import type { InviteConfirmation } from '../../../lib/pages/sales/user-management/invite';
import type { UserManagement } from '../../../lib/pages/sales/user-management/users';
import { findMsiPackage } from '../../../lib/pages/salesforce/installed-packages/readers';
import { readMsiConfig } from '../../../lib/pages/salesforce/msi-config/readers';
import { readAdobeRemoteSites } from '../../../lib/pages/salesforce/remote-sites/readers';
import type { DemoDom } from '../../helpers/demo-dom';
import { demoStore, openDemo } from '../pages/marketo/demo';
import { openPage, PAGES } from '../pages/salesforce/demo';
import { T0 } from './helpers';

const ctx = { url: 'https://app-ab12.marketo.com/?munchkinId=123-ABC-456#AD0SI2', at: T0 };
/** Detections of what the page shows (not of its being there at all: see "pages that prove a step"). */
const shown = (reading: PageReading) =>
  detectionsFrom(reading, ctx).filter((d) => !PROOF_EVIDENCE.includes(d.evidence.what));
/** step (/substep) → evidence code [detail] of each detection. */
const summary = (reading: PageReading) =>
  shown(reading).map(
    (d) =>
      `${d.step}${d.substep ? `/${d.substep}` : ''} ${d.evidence.what}${d.evidence.detail ? ` [${d.evidence.detail}]` : ''}`,
  );

describe('detections from each page', () => {
  it.each<[string, PageReading, string[]]>([
    [
      'provisioning card: first admin invited',
      { page: 'marketo-actions-config', provisioning: { invited: true, invitee: 'ada@acme.com' } },
      [
        'set-up-marketo-sales-account/send-invite first-admin-invited [ada@acme.com]',
        'set-up-marketo-sales-account first-admin-invited [ada@acme.com]',
      ],
    ],
    [
      'Integration Information card: Client ID shown',
      { page: 'marketo-actions-config', provisioning: { invited: false }, credentialsShown: true },
      [
        'set-up-marketo-sales-account/credentials-shown client-id-shown',
        'set-up-marketo-sales-account client-id-shown',
      ],
    ],
    [
      'nothing invited yet',
      { page: 'marketo-actions-config', provisioning: { invited: false }, credentialsShown: false },
      [],
    ],
    [
      'Action Field Sync: preview only (not started)',
      { page: 'marketo-actions-config', sync: { state: 'preview' } },
      ['initiate-data-sync/click-sync sync-preview'],
    ],
    [
      'Action Field Sync: in progress',
      { page: 'marketo-actions-config', sync: { state: 'in-progress' } },
      ['initiate-data-sync/start-sync sync-started', 'initiate-data-sync sync-started'],
    ],
    [
      'Action Field Sync: completed',
      { page: 'marketo-actions-config', sync: { state: 'completed' } },
      ['initiate-data-sync/start-sync sync-completed', 'initiate-data-sync sync-completed'],
    ],
    [
      'Action Field Sync: not started',
      { page: 'marketo-actions-config', sync: { state: 'not-started' } },
      [],
    ],
    [
      'Sales app: Salesforce connected',
      { page: 'sales-salesforce-settings', salesforce: { connected: true, account: 'admin@acme.com' } },
      ['connect-marketo-sales-account-to-salesforce salesforce-connected [admin@acme.com]'],
    ],
    [
      'Sales app: Salesforce not connected',
      { page: 'sales-salesforce-settings', salesforce: { connected: false } },
      [],
    ],
    [
      'Sales app: Marketo connected',
      { page: 'sales-marketo-settings', marketo: { connected: true } },
      ['connect-marketo-to-your-sales-apps-account marketo-connected'],
    ],
    [
      'Sales app: Marketo not connected',
      { page: 'sales-marketo-settings', marketo: { connected: false } },
      [],
    ],
    [
      'User Management: invitation confirmed',
      {
        page: 'sales-user-management',
        inviteConfirmation: { text: '3 invitations sent', count: 3 },
        total: 4,
      },
      [
        'invite-individual-users-to-msi-actions/enter-emails invite-confirmed [3]',
        'invite-individual-users-to-msi-actions invite-confirmed [3]',
      ],
    ],
    [
      'User Management: CSV invitation confirmed',
      { page: 'sales-user-management', csvConfirmation: { text: 'Invitations sent' } },
      [
        'invite-users-via-csv-to-msi-actions/confirm-mapping csv-invite-confirmed',
        'invite-users-via-csv-to-msi-actions csv-invite-confirmed',
      ],
    ],
    [
      'User Management: more users than the original one',
      { page: 'sales-user-management', total: 12 },
      ['invite-individual-users-to-msi-actions users-listed [12]'],
    ],
    ['User Management: only the original user', { page: 'sales-user-management', total: 1 }, []],
    [
      'Installed Packages: MSI listed with its version',
      { page: 'salesforce-installed-packages', msiPackage: { version: '1.4358.6' } },
      [
        'install-upgrade-msi-package/verify-installed msi-package-installed [1.4358.6]',
        'install-upgrade-msi-package msi-package-installed [1.4358.6]',
      ],
    ],
    ['Installed Packages: MSI not listed', { page: 'salesforce-installed-packages', msiPackage: null }, []],
    [
      'Remote Site Settings: both Adobe sites',
      { page: 'salesforce-remote-sites', adobeSites: { ims: true, salesConnect: true } },
      ['configure-msi-actions-in-salesforce/remote-sites remote-sites-present'],
    ],
    [
      'Remote Site Settings: one site only',
      { page: 'salesforce-remote-sites', adobeSites: { ims: true, salesConnect: false } },
      [],
    ],
    [
      'MSI config: Enable MSI Actions checked',
      { page: 'salesforce-msi-config', enableMsiActions: true },
      ['configure-msi-actions-in-salesforce/enable-msi-actions msi-actions-enabled'],
    ],
    ['MSI config: not checked', { page: 'salesforce-msi-config', enableMsiActions: false }, []],
  ])('%s', (_name, reading, expected) => {
    expect(summary(reading)).toEqual(expected);
    // A Marketo reading without one card's state leaves that card's step unread.
    const unread = [
      ...(reading.page === 'marketo-actions-config' &&
      !reading.provisioning &&
      reading.credentialsShown === undefined
        ? ['set-up-marketo-sales-account']
        : []),
      ...(reading.page === 'marketo-actions-config' && !reading.sync ? ['initiate-data-sync'] : []),
    ];
    expect(unreadSteps(reading)).toEqual(unread);
  });

  it('carry the page, the time and the URL (origin and path once stored)', () => {
    const [d] = shown({ page: 'sales-marketo-settings', marketo: { connected: true } });
    expect(d?.evidence).toEqual({
      what: 'marketo-connected',
      page: 'sales-marketo-settings',
      url: ctx.url,
      at: T0,
    });
    let store = ensureInstance(emptyStore(), { munchkinId: '123-ABC-456', sandbox: false }, T0);
    store = applyDetections(store, store.active, d ? [d] : [], T0);
    expect(
      store.instances[store.active!]?.steps['connect-marketo-to-your-sales-apps-account']?.evidence?.url,
    ).toBe('https://app-ab12.marketo.com/');
  });
});

describe('what cannot be read stays manual', () => {
  it.each<[PageReading, string[]]>([
    [{ page: 'marketo-actions-config' }, ['set-up-marketo-sales-account', 'initiate-data-sync']],
    [{ page: 'marketo-actions-config', credentialsShown: false }, ['initiate-data-sync']],
    [{ page: 'sales-salesforce-settings' }, ['connect-marketo-sales-account-to-salesforce']],
    [{ page: 'sales-marketo-settings' }, ['connect-marketo-to-your-sales-apps-account']],
    [
      { page: 'sales-user-management' },
      ['invite-individual-users-to-msi-actions', 'invite-users-via-csv-to-msi-actions'],
    ],
    [{ page: 'salesforce-installed-packages' }, ['install-upgrade-msi-package']],
    [{ page: 'salesforce-remote-sites' }, ['configure-msi-actions-in-salesforce']],
    [{ page: 'salesforce-msi-config' }, ['configure-msi-actions-in-salesforce']],
  ])('%o → no detection, unread %o', (reading, unread) => {
    expect(shown(reading)).toEqual([]);
    expect(unreadSteps(reading)).toEqual(unread);
  });
});

describe('the readers’ results fit the readings', () => {
  it('type-checks the adapter result types against the reading fields', () => {
    // Compile-time: if an adapter changes its result shape, this stops compiling.
    const sf: SalesforceConnection = { connected: true, account: 'a@b.co' };
    const mk: MarketoConnection = { connected: false };
    const um: UserManagement = { total: 3, visibleUsers: [] };
    const confirmation: InviteConfirmation = { text: '2 invitations sent', count: 2 };
    const readings: PageReading[] = [
      { page: 'sales-salesforce-settings', salesforce: sf },
      { page: 'sales-marketo-settings', marketo: mk },
      { page: 'sales-user-management', inviteConfirmation: confirmation, total: um.total },
    ];
    expect(readings.flatMap((r) => shown(r)).map((d) => d.step)).toEqual([
      'connect-marketo-sales-account-to-salesforce',
      'invite-individual-users-to-msi-actions',
      'invite-individual-users-to-msi-actions',
    ]);
  });

  it('foundValue turns "not found" into undefined', () => {
    expect(foundValue({ found: true, value: { ims: true, salesConnect: false } })).toEqual({
      ims: true,
      salesConnect: false,
    });
    expect(foundValue({ found: false, reason: 'no-table' } as const)).toBeUndefined();
  });
});

describe('end to end with the real readers on the demo apps', () => {
  let demo: DemoDom | undefined;
  afterEach(() => {
    demo?.close();
    demo = undefined;
  });

  it('Marketo Actions Config (French UI, synced): step 1 and the data sync detected, original user recorded', async () => {
    demo = await openDemo({ lang: 'fr', state: 'synced' });
    const doc = demo.document;
    const reading: PageReading = {
      page: 'marketo-actions-config',
      provisioning: foundValue(readProvisioning(doc)),
      credentialsShown: (await readCredentials(doc, { revealTimeoutMs: 500 })).found,
      sync: foundValue(readSyncStatus(doc)),
    };
    let store = ensureInstance(emptyStore(), { munchkinId: '123-ABC-456', sandbox: false }, T0);
    store = applyDetections(store, store.active, detectionsFrom(reading, { url: doc.URL, at: T0 }), T0);
    const inst = store.instances[store.active!];
    expect(viewState(inst, 'set-up-marketo-sales-account').state).toBe('detected');
    expect(viewState(inst, 'initiate-data-sync')).toMatchObject({
      state: 'detected',
      evidence: { what: 'sync-completed' },
    });
    const invitee = demoStore(demo).invitee;
    expect(invitee).not.toBeNull();
    expect([invitee?.email, invitee?.name]).toContain(inst?.originalUser);
    // Nothing of the credentials went into the progress.
    const secret = demoStore(demo).credentials?.clientSecret ?? 'none';
    expect(JSON.stringify(store)).not.toContain(secret);
  });

  it('Salesforce (configured org): package, remote sites and Enable MSI Actions → steps 6 and 7 detected', async () => {
    let store = ensureInstance(emptyStore(), { munchkinId: '123-ABC-456', sandbox: false }, T0);
    const read = async (url: string, reading: (doc: Document) => PageReading) => {
      demo = await openPage(url, { state: 'configured' });
      store = applyDetections(
        store,
        store.active,
        detectionsFrom(reading(demo.document), { url, at: T0 }),
        T0,
      );
      demo.close();
      demo = undefined;
    };
    await read(PAGES.lightningPackages, (doc) => {
      const msi = findMsiPackage(doc);
      return {
        page: 'salesforce-installed-packages',
        msiPackage: msi.found ? { version: msi.value.version } : null,
      };
    });
    await read(PAGES.lightningSites, (doc) => ({
      page: 'salesforce-remote-sites',
      adobeSites: foundValue(readAdobeRemoteSites(doc)),
    }));
    const inst = () => store.instances[store.active!];
    expect(viewState(inst(), 'configure-msi-actions-in-salesforce').status).toBe('in-progress');
    await read(PAGES.msiPage, (doc) => ({
      page: 'salesforce-msi-config',
      enableMsiActions: foundValue(readMsiConfig(doc))?.enableMsiActions,
    }));
    expect(viewState(inst(), 'install-upgrade-msi-package')).toMatchObject({
      state: 'detected',
      evidence: { what: 'msi-package-installed', detail: '1.4358.6' },
    });
    expect(viewState(inst(), 'configure-msi-actions-in-salesforce')).toMatchObject({
      state: 'detected',
      evidence: { what: 'msi-actions-configured' },
    });
  });
});

describe('pages that prove a step by being there', () => {
  it.each([
    ['sales-salesforce-settings', 'set-up-marketo-sales-account', 'sales-account-open'],
    ['sales-marketo-settings', 'set-up-marketo-sales-account', 'sales-account-open'],
    ['sales-user-management', 'set-up-marketo-sales-account', 'sales-account-open'],
    ['salesforce-msi-config', 'install-upgrade-msi-package', 'msi-config-open'],
  ] as const)('%s proves %s, even when nothing on it can be read', (page, step, what) => {
    expect(detectionsFrom({ page } as PageReading, ctx)).toEqual([
      { step, evidence: { what, page, url: ctx.url, at: T0 } },
    ]);
  });

  it.each(['marketo-actions-config', 'salesforce-installed-packages', 'salesforce-remote-sites'] as const)(
    '%s proves nothing by itself',
    (page) => {
      expect(detectionsFrom({ page } as PageReading, ctx)).toEqual([]);
    },
  );

  it('on User Management with nothing ticked, no step the page proves possible shows blocked', () => {
    let store = ensureInstance(emptyStore(), { munchkinId: '123-ABC-456', sandbox: false }, T0);
    store = applyDetections(
      store,
      store.active,
      detectionsFrom({ page: 'sales-user-management', total: 1 }, ctx),
      T0,
    );
    const inst = store.instances[store.active!];
    expect(viewState(inst, 'set-up-marketo-sales-account')).toMatchObject({
      state: 'detected',
      evidence: { what: 'sales-account-open' },
    });
    for (const step of [
      'connect-marketo-sales-account-to-salesforce',
      'connect-marketo-to-your-sales-apps-account',
      'invite-individual-users-to-msi-actions',
      'invite-users-via-csv-to-msi-actions',
    ] as const) {
      expect(viewState(inst, step).state, step).toBe('todo');
    }
  });

  it('never replaces what a page showed about the step (the package version stays)', () => {
    let store = ensureInstance(emptyStore(), { munchkinId: '123-ABC-456', sandbox: false }, T0);
    const apply = (r: PageReading) => {
      store = applyDetections(store, store.active, detectionsFrom(r, ctx), T0);
    };
    apply({ page: 'salesforce-installed-packages', msiPackage: { version: '1.2' } });
    apply({ page: 'salesforce-msi-config' });
    expect(store.instances[store.active!]?.steps['install-upgrade-msi-package']?.evidence).toMatchObject({
      what: 'msi-package-installed',
      detail: '1.2',
    });
  });
});

describe('a fact the host shows for a moment is kept once seen (keepSeen)', () => {
  it('"Saved. Marketo is connected" then the status gone: still connected, step 3 detected', () => {
    const first: PageReading = { page: 'sales-marketo-settings', marketo: { connected: true } };
    const later = keepSeen(first, { page: 'sales-marketo-settings' });
    expect(later).toEqual(first);
    expect(summary(later)).toEqual(['connect-marketo-to-your-sales-apps-account marketo-connected']);
    // Not even a "Not connected" shown afterwards erases it (the user can still override).
    expect(keepSeen(first, { page: 'sales-marketo-settings', marketo: { connected: false } })).toEqual(first);
  });

  it('an invitation toast that disappears keeps its detection', () => {
    const toast: PageReading = {
      page: 'sales-user-management',
      inviteConfirmation: { text: '2 invitations sent', count: 2 },
      total: 1,
    };
    const after = keepSeen(toast, { page: 'sales-user-management', total: 3 });
    expect(after).toEqual({ ...toast, total: 3 });
    expect(summary(after)).toContain('invite-individual-users-to-msi-actions invite-confirmed [2]');
  });

  it('the sync never goes back, the first invitee stays, Salesforce facts stay', () => {
    expect(
      keepSeen(
        { page: 'marketo-actions-config', sync: { state: 'in-progress' }, provisioning: { invited: true } },
        { page: 'marketo-actions-config', sync: { state: 'preview' } },
      ),
    ).toEqual({
      page: 'marketo-actions-config',
      sync: { state: 'in-progress' },
      provisioning: { invited: true },
    });
    expect(
      keepSeen(
        { page: 'salesforce-remote-sites', adobeSites: { ims: true, salesConnect: false } },
        { page: 'salesforce-remote-sites', adobeSites: { ims: false, salesConnect: true } },
      ),
    ).toEqual({ page: 'salesforce-remote-sites', adobeSites: { ims: true, salesConnect: true } });
  });

  it('starts afresh on another page', () => {
    const next: PageReading = { page: 'sales-salesforce-settings' };
    expect(keepSeen({ page: 'sales-marketo-settings', marketo: { connected: true } }, next)).toBe(next);
    expect(keepSeen(undefined, next)).toBe(next);
  });
});
