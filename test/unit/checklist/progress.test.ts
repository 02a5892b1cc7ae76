import { describe, expect, it } from 'vitest';
import {
  activeInstance,
  applyDetection,
  applyDetections,
  clearOverride,
  counts,
  emptyStore,
  ensureInstance,
  instanceKey,
  isUsableIdentity,
  mergeStores,
  type ProgressStore,
  remainingSteps,
  removeInstance,
  resetInstance,
  setActive,
  setLabel,
  setStatus,
  setSubstepStatus,
  viewState,
} from '../../../lib/checklist/progress';
import { STEP_IDS, type StepId } from '../../../lib/checklist/steps';
import { deepFreeze, detection, T0 } from './helpers';

const PROD = { munchkinId: '123-ABC-456', sandbox: false } as const;
const SANDBOX = { munchkinId: '123-ABC-456', sandbox: true } as const;
const KEY = 'munchkin:123-ABC-456';

function withInstance(): ProgressStore {
  return deepFreeze(ensureInstance(emptyStore(), PROD, T0));
}

const invited = detection('set-up-marketo-sales-account', 'first-admin-invited', 'marketo-actions-config', {
  detail: 'first.admin@acme.com',
});

describe('instance keys', () => {
  it('key by Munchkin ID, else by host, and keep sandboxes apart from prod', () => {
    expect(instanceKey(PROD)).toBe(KEY);
    expect(instanceKey(SANDBOX)).toBe('munchkin:123-ABC-456@sandbox');
    expect(instanceKey({ host: 'App-AB12', sandbox: false })).toBe('host:app-ab12');
    expect(instanceKey({ host: 'app-ab12', sandbox: true })).toBe('host:app-ab12@sandbox');
    // The Munchkin ID wins over the host; case and spaces do not matter.
    expect(instanceKey({ munchkinId: ' 123-abc-456 ', host: 'app-ab12', sandbox: false })).toBe(KEY);
  });

  it('refuse an identity with neither a valid Munchkin ID nor a host', () => {
    expect(isUsableIdentity({ munchkinId: 'not-an-id', sandbox: false })).toBe(false);
    expect(() => instanceKey({ sandbox: false })).toThrow(TypeError);
    const store = emptyStore();
    expect(ensureInstance(store, { munchkinId: '', host: ' ', sandbox: false })).toBe(store);
  });
});

describe('instances', () => {
  it('are created, activated, and kept side by side', () => {
    let store = ensureInstance(emptyStore(), PROD, T0);
    store = ensureInstance(store, SANDBOX, T0 + 1);
    expect(Object.keys(store.instances).sort()).toEqual([KEY, `${KEY}@sandbox`]);
    expect(store.active).toBe(`${KEY}@sandbox`);
    expect(activeInstance(store)?.sandbox).toBe(true);
    store = setActive(store, KEY);
    expect(store.active).toBe(KEY);
    // Already there and active: nothing to write.
    expect(ensureInstance(store, PROD, T0 + 2)).toBe(store);
  });

  it('keep prod and sandbox progress apart', () => {
    let store = ensureInstance(ensureInstance(emptyStore(), SANDBOX, T0), PROD, T0);
    store = applyDetection(store, KEY, invited, T0);
    expect(viewState(store.instances[KEY], 'set-up-marketo-sales-account').state).toBe('detected');
    expect(viewState(store.instances[`${KEY}@sandbox`], 'set-up-marketo-sales-account').state).not.toBe(
      'detected',
    );
  });

  it('merge the host-keyed progress into the Munchkin-keyed instance once the Munchkin ID is known', () => {
    const byHost = { host: 'app-ab12', sandbox: false } as const;
    let store = ensureInstance(emptyStore(), byHost, T0);
    store = applyDetection(store, 'host:app-ab12', invited, T0);
    store = setStatus(store, 'host:app-ab12', 'prerequisites', 'done', T0);
    store = deepFreeze(store);

    const next = ensureInstance(store, { ...PROD, host: 'app-ab12' }, T0 + 5);
    expect(Object.keys(next.instances)).toEqual([KEY]);
    expect(next.active).toBe(KEY);
    const inst = next.instances[KEY]!;
    expect(inst).toMatchObject({ key: KEY, munchkinId: '123-ABC-456', host: 'app-ab12', sandbox: false });
    expect(inst.originalUser).toBe('first.admin@acme.com');
    expect(viewState(inst, 'set-up-marketo-sales-account').state).toBe('detected');
    expect(viewState(inst, 'prerequisites')).toMatchObject({ state: 'done', userOverride: true });
  });

  it('open the Munchkin-keyed instance from its host alone once the two were linked anywhere', () => {
    // The Munchkin ID was read on an engage-ab/experience page or the card, with the host.
    let store = ensureInstance(emptyStore(), { ...PROD, host: 'app-ab12' }, T0);
    store = setStatus(store, KEY, 'prerequisites', 'done', T0);
    store = ensureInstance(store, { munchkinId: '987-ZYX-654', sandbox: false }, T0 + 1);
    expect(store.active).toBe('munchkin:987-ZYX-654');
    // Back on a classic app-ab12 page that shows no ID: the same instance, not a new host-keyed one.
    const next = ensureInstance(deepFreeze(store), { host: 'APP-AB12', sandbox: false }, T0 + 2);
    expect(next.active).toBe(KEY);
    expect(Object.keys(next.instances).sort()).toEqual([KEY, 'munchkin:987-ZYX-654']);
    expect(viewState(next.instances[KEY]!, 'prerequisites').state).toBe('done');
  });

  it('keep a sandbox on the same host apart, and take the host’s latest link', () => {
    let store = ensureInstance(emptyStore(), { ...PROD, host: 'app-ab12' }, T0);
    store = ensureInstance(store, { host: 'app-ab12', sandbox: true }, T0 + 1);
    expect(store.active).toBe('host:app-ab12@sandbox');
    store = ensureInstance(store, { munchkinId: '555-SBX-555', host: 'app-ab12', sandbox: false }, T0 + 2);
    expect(ensureInstance(store, { host: 'app-ab12', sandbox: false }, T0 + 3).active).toBe(
      'munchkin:555-SBX-555',
    );
    expect(ensureInstance(store, { host: 'app-ab12', sandbox: true }, T0 + 3).active).toBe(
      'host:app-ab12@sandbox',
    );
  });

  it('merge into an existing Munchkin-keyed instance: the user’s word, then the further status wins', () => {
    let store = ensureInstance(emptyStore(), PROD, T0);
    store = setStatus(store, KEY, 'initiate-data-sync', 'todo', T0);
    store = applyDetection(
      store,
      KEY,
      detection('install-upgrade-msi-package', 'msi-package-installed', 'salesforce-installed-packages'),
      T0,
    );
    store = ensureInstance(store, { host: 'app-ab12', sandbox: false }, T0 + 1);
    store = applyDetection(
      store,
      'host:app-ab12',
      detection('initiate-data-sync', 'sync-started', 'marketo-actions-config'),
      T0 + 1,
    );
    store = setStatus(store, 'host:app-ab12', 'install-upgrade-msi-package', 'in-progress', T0 + 1);
    store = setStatus(store, 'host:app-ab12', 'connect-marketo-to-your-sales-apps-account', 'done', T0 + 1);

    const inst = ensureInstance(store, { ...PROD, host: 'app-ab12' }, T0 + 2).instances[KEY]!;
    // Munchkin side: the user said todo (override) → wins over the host side's detection.
    expect(inst.steps['initiate-data-sync']).toMatchObject({ status: 'todo', userOverride: true });
    // Host side: the user said in progress → wins over a detection.
    expect(inst.steps['install-upgrade-msi-package']).toMatchObject({
      status: 'in-progress',
      userOverride: true,
    });
    // Only on the host side: taken over.
    expect(inst.steps['connect-marketo-to-your-sales-apps-account']?.status).toBe('done');
  });

  it('get a label', () => {
    const store = setLabel(withInstance(), KEY, '  Acme production ', T0);
    expect(store.instances[KEY]?.label).toBe('Acme production');
    expect(setLabel(store, KEY, '', T0).instances[KEY]).not.toHaveProperty('label');
  });
});

describe('detections and overrides', () => {
  it('mark a step detected with its evidence (URL reduced to origin and path)', () => {
    const store = applyDetection(
      withInstance(),
      KEY,
      detection('install-upgrade-msi-package', 'msi-package-installed', 'salesforce-installed-packages', {
        detail: '1.4358.6',
        url: 'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home?x=1#frag',
      }),
      T0,
    );
    expect(store.instances[KEY]?.steps['install-upgrade-msi-package']).toEqual({
      status: 'detected',
      evidence: {
        what: 'msi-package-installed',
        detail: '1.4358.6',
        page: 'salesforce-installed-packages',
        url: 'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home',
        at: T0,
      },
      updatedAt: T0,
    });
  });

  it('never change a step the user set, until the override is cleared', () => {
    let store = setStatus(withInstance(), KEY, 'set-up-marketo-sales-account', 'todo', T0);
    const after = applyDetection(store, KEY, invited, T0 + 1);
    expect(after.instances[KEY]?.steps['set-up-marketo-sales-account']).toMatchObject({
      status: 'todo',
      userOverride: true,
    });
    // The original user is a fact about the instance, recorded anyway.
    expect(after.instances[KEY]?.originalUser).toBe('first.admin@acme.com');

    store = clearOverride(after, KEY, 'set-up-marketo-sales-account', T0 + 2);
    // No evidence was recorded while overridden: back to todo (shown blocked: prerequisites are open).
    expect(viewState(store.instances[KEY], 'set-up-marketo-sales-account')).toMatchObject({
      status: 'todo',
      state: 'blocked',
      userOverride: false,
    });
    store = applyDetection(store, KEY, invited, T0 + 3);
    expect(viewState(store.instances[KEY], 'set-up-marketo-sales-account')).toMatchObject({
      state: 'detected',
      userOverride: false,
    });
  });

  it('let the user override a detection, keeping its evidence; clearing goes back to detected', () => {
    let store = applyDetection(withInstance(), KEY, invited, T0);
    store = setStatus(store, KEY, 'set-up-marketo-sales-account', 'in-progress', T0 + 1);
    const rec = store.instances[KEY]?.steps['set-up-marketo-sales-account'];
    expect(rec).toMatchObject({ status: 'in-progress', userOverride: true });
    expect(rec?.evidence?.what).toBe('first-admin-invited');
    store = clearOverride(store, KEY, 'set-up-marketo-sales-account', T0 + 2);
    expect(store.instances[KEY]?.steps['set-up-marketo-sales-account']).toMatchObject({ status: 'detected' });
    expect(store.instances[KEY]?.steps['set-up-marketo-sales-account']).not.toHaveProperty('userOverride');
  });

  it('never downgrade done', () => {
    const store = setStatus(withInstance(), KEY, 'initiate-data-sync', 'done', T0);
    const after = applyDetection(
      store,
      KEY,
      detection('initiate-data-sync', 'sync-started', 'marketo-actions-config'),
      T0 + 1,
    );
    expect(after).toBe(store);
  });

  it('do not rewrite the store when the same thing is seen again', () => {
    const once = applyDetection(withInstance(), KEY, invited, T0);
    expect(
      applyDetection(
        once,
        KEY,
        { ...invited, evidence: { ...invited.evidence, at: T0 + 60_000 } },
        T0 + 60_000,
      ),
    ).toBe(once);
    // Something new about the same step is recorded.
    const sync = applyDetection(
      once,
      KEY,
      detection('initiate-data-sync', 'sync-started', 'marketo-actions-config'),
      T0,
    );
    const completed = applyDetection(
      sync,
      KEY,
      detection('initiate-data-sync', 'sync-completed', 'marketo-actions-config'),
      T0 + 1,
    );
    expect(completed.instances[KEY]?.steps['initiate-data-sync']?.evidence?.what).toBe('sync-completed');
  });

  it('ignore detections for an unknown instance (nothing active yet)', () => {
    const store = withInstance();
    expect(applyDetection(store, undefined, invited)).toBe(store);
    expect(applyDetection(store, 'munchkin:999-XXX-999', invited)).toBe(store);
  });

  it('never keep a secret-looking evidence detail', () => {
    const store = applyDetection(
      withInstance(),
      KEY,
      detection(
        'connect-marketo-sales-account-to-salesforce',
        'salesforce-connected',
        'sales-salesforce-settings',
        {
          detail: 'key 9f8e7d6c5b4a39281706f5e4d3c2b1a0 id 0a1b2c3d-4e5f-6789-abcd-ef0123456789',
        },
      ),
      T0,
    );
    const detail =
      store.instances[KEY]?.steps['connect-marketo-sales-account-to-salesforce']?.evidence?.detail;
    expect(detail).toBe('key [hidden] id [hidden]');
  });

  it('record sub-step detections and complete step 7 once both parts are seen', () => {
    const sites = detection(
      'configure-msi-actions-in-salesforce',
      'remote-sites-present',
      'salesforce-remote-sites',
      {},
      'remote-sites',
    );
    const enabled = detection(
      'configure-msi-actions-in-salesforce',
      'msi-actions-enabled',
      'salesforce-msi-config',
      {},
      'enable-msi-actions',
    );
    let store = applyDetection(withInstance(), KEY, sites, T0);
    let rec = store.instances[KEY]?.steps['configure-msi-actions-in-salesforce'];
    expect(rec?.status).toBe('in-progress');
    expect(rec?.substeps?.['remote-sites']?.status).toBe('detected');
    store = applyDetection(store, KEY, enabled, T0 + 1);
    rec = store.instances[KEY]?.steps['configure-msi-actions-in-salesforce'];
    expect(rec?.status).toBe('detected');
    expect(rec?.evidence).toMatchObject({ what: 'msi-actions-configured', page: 'salesforce-msi-config' });
  });

  it('ignore a sub-step that is not part of the step', () => {
    const store = withInstance();
    expect(
      applyDetection(
        store,
        KEY,
        detection('initiate-data-sync', 'sync-preview', 'marketo-actions-config', {}, 'remote-sites'),
        T0,
      ),
    ).toBe(store);
  });

  it('let the user tick sub-steps; ticking one moves a to-do step to in progress', () => {
    let store = setSubstepStatus(withInstance(), KEY, 'prerequisites', 'msi-enabled', 'done', T0);
    expect(store.instances[KEY]?.steps.prerequisites).toMatchObject({ status: 'in-progress' });
    store = setSubstepStatus(store, KEY, 'prerequisites', 'crm-sync', 'done', T0);
    expect(store.instances[KEY]?.steps.prerequisites?.substeps).toMatchObject({
      'msi-enabled': { status: 'done', userOverride: true },
      'crm-sync': { status: 'done', userOverride: true },
    });
  });

  it('apply several detections in order', () => {
    const store = applyDetections(
      withInstance(),
      KEY,
      [
        detection('initiate-data-sync', 'sync-started', 'marketo-actions-config', {}, 'start-sync'),
        detection('initiate-data-sync', 'sync-started', 'marketo-actions-config'),
      ],
      T0,
    );
    expect(store.instances[KEY]?.steps['initiate-data-sync']).toMatchObject({ status: 'detected' });
  });
});

describe('reset and remove, with undo', () => {
  it('reset clears one instance only and undo brings it back', () => {
    let store = ensureInstance(emptyStore(), SANDBOX, T0);
    store = applyDetection(store, `${KEY}@sandbox`, invited, T0);
    store = ensureInstance(store, PROD, T0);
    store = applyDetection(store, KEY, invited, T0);
    store = setLabel(store, KEY, 'Acme', T0);
    store = deepFreeze(store);

    const { store: reset, previous, undo } = resetInstance(store, KEY, T0 + 1);
    expect(reset.instances[KEY]).toMatchObject({ key: KEY, label: 'Acme', steps: {} });
    expect(reset.instances[KEY]).not.toHaveProperty('originalUser');
    expect(reset.active).toBe(KEY);
    expect(reset.instances[`${KEY}@sandbox`]).toBe(store.instances[`${KEY}@sandbox`]);
    expect(previous).toBe(store.instances[KEY]);
    // Meanwhile another instance changed: undo keeps that change.
    const meanwhile = setStatus(reset, `${KEY}@sandbox`, 'prerequisites', 'done', T0 + 2);
    const undone = undo(meanwhile);
    expect(undone.instances[KEY]).toEqual(store.instances[KEY]);
    expect(undone.instances[`${KEY}@sandbox`]?.steps.prerequisites?.status).toBe('done');
  });

  it('remove drops the instance, activates the most recent other one, and undo restores both', () => {
    let store = ensureInstance(emptyStore(), SANDBOX, T0);
    store = ensureInstance(store, PROD, T0 + 1);
    const { store: removed, undo } = removeInstance(store, KEY);
    expect(Object.keys(removed.instances)).toEqual([`${KEY}@sandbox`]);
    expect(removed.active).toBe(`${KEY}@sandbox`);
    const back = undo(removed);
    expect(back.active).toBe(KEY);
    expect(back.instances[KEY]).toEqual(store.instances[KEY]);
  });

  it('resetting an unknown instance changes nothing', () => {
    const store = withInstance();
    const result = resetInstance(store, 'host:nowhere');
    expect(result.store).toBe(store);
    expect(result.undo(store)).toBe(store);
  });
});

describe('blocked rules', () => {
  const inst = (store: ProgressStore) => store.instances[KEY];

  it('block every step that waits for an incomplete prerequisite, with the reason', () => {
    const store = withInstance();
    const states = Object.fromEntries(STEP_IDS.map((s) => [s, viewState(inst(store), s).state]));
    expect(states).toEqual({
      prerequisites: 'todo',
      'set-up-marketo-sales-account': 'blocked',
      'connect-marketo-sales-account-to-salesforce': 'blocked',
      'connect-marketo-to-your-sales-apps-account': 'blocked',
      'initiate-data-sync': 'blocked',
      'invite-individual-users-to-msi-actions': 'blocked',
      'invite-users-via-csv-to-msi-actions': 'blocked',
      'install-upgrade-msi-package': 'todo',
      'configure-msi-actions-in-salesforce': 'blocked',
    });
    expect(viewState(inst(store), 'configure-msi-actions-in-salesforce')).toMatchObject({
      blockedBy: ['install-upgrade-msi-package'],
      reasonKey: 'needs-package',
    });
    expect(viewState(inst(store), 'initiate-data-sync')).toMatchObject({
      blockedBy: ['set-up-marketo-sales-account', 'connect-marketo-to-your-sales-apps-account'],
      reasonKey: 'needs-first-admin',
    });
  });

  it('unblock as prerequisites are done or detected; the sync waits for the Marketo connection', () => {
    let store = setStatus(withInstance(), KEY, 'prerequisites', 'done', T0);
    store = applyDetection(store, KEY, invited, T0);
    expect(viewState(inst(store), 'connect-marketo-to-your-sales-apps-account').state).toBe('todo');
    expect(viewState(inst(store), 'invite-users-via-csv-to-msi-actions').state).toBe('todo');
    expect(viewState(inst(store), 'initiate-data-sync')).toMatchObject({
      state: 'blocked',
      blockedBy: ['connect-marketo-to-your-sales-apps-account'],
      reasonKey: 'needs-marketo-connection',
    });
  });

  it('an in-progress step is shown in progress, not blocked: order is advice, not a lock', () => {
    const store = setStatus(withInstance(), KEY, 'configure-msi-actions-in-salesforce', 'in-progress', T0);
    const view = viewState(inst(store), 'configure-msi-actions-in-salesforce');
    expect(view).toMatchObject({ state: 'in-progress', status: 'in-progress' });
    expect(view).not.toHaveProperty('blockedBy');
  });

  it('a later step complete proves the earlier ones possible: nothing after it waits for them', () => {
    // Step 3 seen done (Marketo connected in the Sales app): the Sales account exists, so
    // steps 2 and 5 no longer wait for step 1, nor step 1 for the unticked prerequisites.
    const store = applyDetection(
      withInstance(),
      KEY,
      detection('connect-marketo-to-your-sales-apps-account', 'marketo-connected', 'sales-marketo-settings'),
      T0,
    );
    const states = Object.fromEntries(STEP_IDS.map((s) => [s, viewState(inst(store), s).state]));
    expect(states).toEqual({
      prerequisites: 'todo',
      'set-up-marketo-sales-account': 'todo',
      'connect-marketo-sales-account-to-salesforce': 'todo',
      'connect-marketo-to-your-sales-apps-account': 'detected',
      'initiate-data-sync': 'todo',
      'invite-individual-users-to-msi-actions': 'todo',
      'invite-users-via-csv-to-msi-actions': 'todo',
      'install-upgrade-msi-package': 'todo',
      'configure-msi-actions-in-salesforce': 'blocked',
    });
  });

  it('once one invite way is complete, the other is shown as not needed', () => {
    const store = setStatus(withInstance(), KEY, 'invite-users-via-csv-to-msi-actions', 'done', T0);
    expect(viewState(inst(store), 'invite-individual-users-to-msi-actions').state).toBe('not-needed');
    expect(viewState(inst(store), 'invite-users-via-csv-to-msi-actions').state).toBe('done');
  });

  it.each(['done', 'detected'] as const)('a %s step is never blocked', (how) => {
    let store = withInstance();
    store =
      how === 'done'
        ? setStatus(store, KEY, 'initiate-data-sync', 'done', T0)
        : applyDetection(
            store,
            KEY,
            detection('initiate-data-sync', 'sync-completed', 'marketo-actions-config'),
            T0,
          );
    const view = viewState(inst(store), 'initiate-data-sync');
    expect(view.state).toBe(how);
    expect(view).not.toHaveProperty('blockedBy');
  });

  it('without any instance, only steps without prerequisites are open', () => {
    expect(viewState(undefined, 'prerequisites').state).toBe('todo');
    expect(viewState(undefined, 'install-upgrade-msi-package').state).toBe('todo');
    expect(viewState(undefined, 'initiate-data-sync').state).toBe('blocked');
  });
});

describe('counts', () => {
  const mark = (store: ProgressStore, steps: StepId[]) =>
    steps.reduce((s, id) => setStatus(s, KEY, id, 'done', T0), store);

  it('count the prerequisites and the seven rows of the guide, done or detected', () => {
    let store = withInstance();
    expect(counts(store.instances[KEY])).toEqual({ done: 0, detected: 0, total: 8 });
    store = mark(store, [
      'prerequisites',
      'set-up-marketo-sales-account',
      'connect-marketo-sales-account-to-salesforce',
    ]);
    store = applyDetection(
      store,
      KEY,
      detection('install-upgrade-msi-package', 'msi-package-installed', 'salesforce-installed-packages'),
      T0,
    );
    store = setStatus(store, KEY, 'initiate-data-sync', 'in-progress', T0);
    expect(counts(store.instances[KEY])).toEqual({ done: 4, detected: 1, total: 8 });
  });

  it('count row 5 once, when either invite section is complete', () => {
    let store = mark(withInstance(), ['invite-users-via-csv-to-msi-actions']);
    expect(counts(store.instances[KEY]).done).toBe(1);
    store = mark(store, ['invite-individual-users-to-msi-actions']);
    expect(counts(store.instances[KEY]).done).toBe(1);
    // The other section is an alternative, not something left.
    const left = remainingSteps(
      mark(withInstance(), ['invite-users-via-csv-to-msi-actions']).instances[KEY],
      'marketo-admin',
    );
    expect(left).not.toContain('invite-individual-users-to-msi-actions');
  });

  it('all done only when nothing is left: rows 1–7 complete with the prerequisites open is not "all"', () => {
    const rows = mark(
      withInstance(),
      STEP_IDS.filter((s) => s !== 'prerequisites'),
    );
    const c = counts(rows.instances[KEY]);
    expect(c.done).toBeLessThan(c.total);
    expect(remainingSteps(rows.instances[KEY], 'all')).toEqual(['prerequisites']);
    const store = mark(withInstance(), [...STEP_IDS]);
    expect(counts(store.instances[KEY])).toEqual({ done: 8, detected: 0, total: 8 });
    expect(remainingSteps(store.instances[KEY], 'all')).toEqual([]);
  });

  it('never "all done" while a step is left, whatever is complete', () => {
    // Every subset of the steps: done === total exactly when nothing remains.
    for (let mask = 0; mask < 1 << STEP_IDS.length; mask++) {
      const steps = STEP_IDS.filter((_, i) => mask & (1 << i));
      const instance = mark(withInstance(), steps).instances[KEY];
      const { done, total } = counts(instance);
      expect(done === total).toBe(remainingSteps(instance, 'all').length === 0);
    }
  });
});

describe('merging stores (import with merge)', () => {
  it('adds new instances and merges shared ones, keeping the current active instance', () => {
    const current = ensureInstance(emptyStore(), PROD, T0);
    let incoming = ensureInstance(emptyStore(), SANDBOX, T0);
    incoming = ensureInstance(incoming, PROD, T0);
    incoming = setStatus(incoming, KEY, 'prerequisites', 'done', T0);
    const merged = mergeStores(current, incoming);
    expect(Object.keys(merged.instances).sort()).toEqual([KEY, `${KEY}@sandbox`]);
    expect(merged.active).toBe(KEY);
    expect(merged.instances[KEY]?.steps.prerequisites?.status).toBe('done');
  });
});
