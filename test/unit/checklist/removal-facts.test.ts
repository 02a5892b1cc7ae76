import { describe, expect, it } from 'vitest';
import { removalCaution } from '@/lib/checklist/cautions';
import { removalFacts } from '@/lib/checklist/removal-facts';

const KEY = '123-ABC-456';
const store = (instance: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  version: 1,
  active: KEY,
  instances: {
    [KEY]: { key: KEY, munchkinId: KEY, sandbox: false, createdAt: 1, updatedAt: 1, steps: {}, ...instance },
  },
  ...extra,
});

describe('removalFacts: what the removal guard reads from the raw stored progress', () => {
  it('sync started and an original user: the guard names that user', () => {
    const facts = removalFacts(
      store({
        originalUser: 'ana.lopez@acme-demo.com',
        steps: { 'initiate-data-sync': { status: 'in-progress', updatedAt: 5 } },
      }),
    );
    expect(removalCaution(facts, { email: facts?.originalUser ?? '' })).toEqual({
      caution: 'keep-original-user',
      originalUser: 'ana.lopez@acme-demo.com',
    });
  });

  it('sync not started: no guard', () => {
    const facts = removalFacts(store({ originalUser: 'ana@acme.com', steps: {} }));
    expect(removalCaution(facts, { email: 'ana@acme.com' })).toBeNull();
  });

  it('sync started without a known user: the guard asks to check', () => {
    const facts = removalFacts(store({ steps: { 'initiate-data-sync': { status: 'done', updatedAt: 5 } } }));
    expect(removalCaution(facts, { email: '' })).toEqual({ caution: 'keep-original-user-check' });
  });

  it('nothing stored, another version, no active instance or a status we do not know: no guard', () => {
    const synced = { steps: { 'initiate-data-sync': { status: 'done', updatedAt: 5 } } };
    for (const raw of [
      null,
      undefined,
      'text',
      { ...store(synced), version: 2 },
      store(synced, { active: undefined }),
      store(synced, { active: 'constructor' }),
      store({ steps: { 'initiate-data-sync': { status: 'finished', updatedAt: 5 } } }),
    ]) {
      const facts = removalFacts(raw);
      expect(removalCaution(facts, { email: '' })).toBeNull();
    }
  });

  it('an original user that is not text or too long is not used', () => {
    const synced = { 'initiate-data-sync': { status: 'done', updatedAt: 5 } };
    expect(removalFacts(store({ originalUser: 42, steps: synced }))?.originalUser).toBeUndefined();
    expect(
      removalFacts(store({ originalUser: 'a'.repeat(255), steps: synced }))?.originalUser,
    ).toBeUndefined();
  });
});
