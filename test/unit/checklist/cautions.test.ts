import { describe, expect, it } from 'vitest';
import {
  CAUTION_IDS,
  CAUTIONS,
  pageCautions,
  removalCaution,
  stepCautions,
  syncStarted,
} from '../../../lib/checklist/cautions';
import {
  applyDetection,
  emptyStore,
  ensureInstance,
  type InstanceProgress,
  setStatus,
} from '../../../lib/checklist/progress';
import { LOCALES } from '../../../lib/i18n/locales';
import { CHECKLIST_TEXTS } from '../../../lib/i18n/messages/checklist';
import { detection, T0 } from './helpers';

const KEY = 'munchkin:123-ABC-456';
const base = () => ensureInstance(emptyStore(), { munchkinId: '123-ABC-456', sandbox: false }, T0);
const invited = (who: string) =>
  detection('set-up-marketo-sales-account', 'first-admin-invited', 'marketo-actions-config', { detail: who });
const syncing = detection('initiate-data-sync', 'sync-started', 'marketo-actions-config');

function instance(opts: {
  invitee?: string;
  sync?: 'detected' | 'in-progress' | 'done' | 'none';
}): InstanceProgress {
  let store = base();
  if (opts.invitee) store = applyDetection(store, KEY, invited(opts.invitee), T0);
  if (opts.sync === 'detected') store = applyDetection(store, KEY, syncing, T0);
  if (opts.sync === 'in-progress' || opts.sync === 'done')
    store = setStatus(store, KEY, 'initiate-data-sync', opts.sync, T0);
  return store.instances[KEY]!;
}

describe('removing the original user after the sync (guide §Initiate Data Sync)', () => {
  it.each(['detected', 'in-progress', 'done'] as const)(
    'warns once the sync is %s and the user is the first invitee',
    (sync) => {
      const inst = instance({ invitee: 'First.Admin@Acme.com', sync });
      expect(syncStarted(inst)).toBe(true);
      expect(removalCaution(inst, { email: ' first.admin@acme.com ' })).toEqual({
        caution: 'keep-original-user',
        originalUser: 'First.Admin@Acme.com',
      });
    },
  );

  it('says nothing for another user, or before the sync started', () => {
    expect(
      removalCaution(instance({ invitee: 'first.admin@acme.com', sync: 'detected' }), {
        email: 'rep@acme.com',
      }),
    ).toBeNull();
    expect(
      removalCaution(instance({ invitee: 'first.admin@acme.com', sync: 'none' }), {
        email: 'first.admin@acme.com',
      }),
    ).toBeNull();
    expect(removalCaution(undefined, { email: 'first.admin@acme.com' })).toBeNull();
  });

  it('asks to check when the original user is unknown or only known by name', () => {
    expect(removalCaution(instance({ sync: 'detected' }), { email: 'anyone@acme.com' })).toEqual({
      caution: 'keep-original-user-check',
    });
    expect(
      removalCaution(instance({ invitee: 'Ada Admin', sync: 'detected' }), { email: 'anyone@acme.com' }),
    ).toEqual({
      caution: 'keep-original-user-check',
      originalUser: 'Ada Admin',
    });
  });

  it('uses the original user read from the page when the caller knows it', () => {
    const inst = instance({ sync: 'detected' });
    expect(
      removalCaution(inst, { email: 'boss@acme.com', originalUserEmail: 'BOSS@acme.com' })?.caution,
    ).toBe('keep-original-user');
    expect(removalCaution(inst, { email: 'rep@acme.com', originalUserEmail: 'boss@acme.com' })).toBeNull();
  });

  it('keeps the first invitee when a later detection names someone else', () => {
    let store = applyDetection(base(), KEY, invited('first@acme.com'), T0);
    store = applyDetection(store, KEY, invited('second@acme.com'), T0 + 1);
    store = applyDetection(store, KEY, syncing, T0 + 2);
    expect(removalCaution(store.instances[KEY], { email: 'first@acme.com' })?.caution).toBe(
      'keep-original-user',
    );
  });
});

describe('cautions per page and step', () => {
  it('shows the guide’s warning on the MSI config page, always', () => {
    expect(pageCautions(undefined, 'salesforce-msi-config')).toEqual(['enable-msi-actions-only-if-used']);
    expect(stepCautions('configure-msi-actions-in-salesforce')).toEqual(['enable-msi-actions-only-if-used']);
  });

  it('explains missing credentials on Actions Config until step 1 is complete', () => {
    expect(pageCautions(instance({}), 'marketo-actions-config')).toEqual(['credentials-after-first-invite']);
    expect(pageCautions(instance({ invitee: 'a@acme.com' }), 'marketo-actions-config')).toEqual([]);
  });

  it('warns on User Management once the sync has started', () => {
    expect(pageCautions(instance({ invitee: 'a@acme.com' }), 'sales-user-management')).toEqual([]);
    expect(
      pageCautions(instance({ invitee: 'a@acme.com', sync: 'detected' }), 'sales-user-management'),
    ).toEqual(['keep-original-user']);
    expect(stepCautions('initiate-data-sync')).toEqual(['keep-original-user']);
  });

  it.each(LOCALES)('has a text for every caution in %s', (locale) => {
    for (const id of CAUTION_IDS) {
      expect(CAUTIONS[id].id).toBe(id);
      expect(CHECKLIST_TEXTS[locale].cautions[id].length).toBeGreaterThan(40);
    }
  });
});
