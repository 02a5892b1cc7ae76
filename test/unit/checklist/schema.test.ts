import { describe, expect, it } from 'vitest';
import {
  applyDetection,
  emptyStore,
  ensureInstance,
  type ProgressStore,
  STORE_VERSION,
  setStatus,
} from '../../../lib/checklist/progress';
import {
  EXPORT_FORMAT,
  exportProgress,
  importProgress,
  MAX_IMPORT_BYTES,
  migrateStore,
  PROGRESS_STORAGE_KEY,
  progressItemOptions,
  progressStoreSchema,
} from '../../../lib/checklist/schema';
import { importErrorMessage } from '../../../lib/checklist/texts';
import { CHECKLIST_TEXTS } from '../../../lib/i18n/messages/checklist';
import { defineValidatedItem } from '../../../lib/storage/validated';
import { detection, T0 } from './helpers';

const KEY = 'munchkin:123-ABC-456';

function sample(): ProgressStore {
  let store = ensureInstance(
    emptyStore(),
    { munchkinId: '123-ABC-456', host: 'app-ab12', sandbox: false, label: 'Acme' },
    T0,
  );
  store = ensureInstance(store, { host: 'app-sj01', sandbox: true }, T0);
  store = setStatus(store, KEY, 'prerequisites', 'done', T0);
  store = applyDetection(
    store,
    KEY,
    detection('set-up-marketo-sales-account', 'first-admin-invited', 'marketo-actions-config', {
      detail: 'ada@acme.com',
      url: 'https://app-ab12.marketo.com/',
    }),
    T0,
  );
  store = applyDetection(
    store,
    KEY,
    detection(
      'configure-msi-actions-in-salesforce',
      'remote-sites-present',
      'salesforce-remote-sites',
      {},
      'remote-sites',
    ),
    T0,
  );
  return { ...store, active: KEY };
}

const file = (patch: Record<string, unknown> = {}, store: unknown = sample()) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    version: 1,
    guideVersion: 'EN 09a656c',
    exportedAt: T0,
    store,
    ...patch,
  });

/** The sample store with one value replaced at a path. */
function withValue(path: (string | number)[], value: unknown): unknown {
  const store = structuredClone(sample()) as unknown as Record<string, unknown>;
  let cur = store as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string | number, unknown>;
  cur[path.at(-1)!] = value;
  return store;
}

describe('export and import', () => {
  it('round-trips the whole store, with format, version and guide version in the file', () => {
    const text = exportProgress(sample(), T0 + 1);
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({
      format: EXPORT_FORMAT,
      version: STORE_VERSION,
      guideVersion: 'EN 09a656c',
      exportedAt: T0 + 1,
    });
    const result = importProgress(text);
    expect(result).toEqual({ ok: true, store: sample(), guideVersion: 'EN 09a656c', exportedAt: T0 + 1 });
  });

  it('accepts a file with a byte-order mark (saved by an editor)', () => {
    expect(importProgress(`\uFEFF${exportProgress(sample())}`).ok).toBe(true);
  });

  it('an empty store round-trips too', () => {
    expect(importProgress(exportProgress(emptyStore()))).toMatchObject({ ok: true, store: emptyStore() });
  });

  it.each<[string, string, string, Record<string, string | number>?]>([
    ['not JSON', '{"format": ', 'bad-json'],
    ['a CSV file', 'email\nada@acme.com\n', 'bad-json'],
    ['JSON but an array', '[]', 'wrong-format'],
    ['another format', file({ format: 'something-else' }), 'wrong-format'],
    ['a bare store without the envelope', JSON.stringify(sample()), 'wrong-format'],
    ['a newer version', file({ version: 2 }), 'wrong-version', { found: '2', supported: 1 }],
    ['version 0', file({ version: 0 }), 'wrong-version', { found: '0', supported: 1 }],
    ['a version that is not a number', file({ version: '1' }), 'wrong-version', { found: '1', supported: 1 }],
    ['no store', file({ store: undefined }), 'invalid-fields'],
    [
      'an unknown step status',
      file({}, withValue(['instances', KEY, 'steps', 'prerequisites', 'status'], 'finished')),
      'invalid-fields',
    ],
    [
      'an unknown step id',
      file({}, withValue(['instances', KEY, 'steps', 'step-8'], { status: 'done', updatedAt: T0 })),
      'invalid-fields',
    ],
    [
      'an unknown evidence code',
      file(
        {},
        withValue(['instances', KEY, 'steps', 'set-up-marketo-sales-account', 'evidence', 'what'], 'guessed'),
      ),
      'invalid-fields',
    ],
    [
      'a URL with a query',
      file(
        {},
        withValue(
          ['instances', KEY, 'steps', 'set-up-marketo-sales-account', 'evidence', 'url'],
          'https://x.marketo.com/?secret=1',
        ),
      ),
      'invalid-fields',
    ],
    ['a negative time', file({}, withValue(['instances', KEY, 'createdAt'], -5)), 'invalid-fields'],
    [
      'a malformed Munchkin ID',
      file({}, withValue(['instances', KEY, 'munchkinId'], '12-AB')),
      'invalid-fields',
    ],
    [
      'a key that does not match the instance',
      file({}, withValue(['instances', KEY, 'sandbox'], true)),
      'invalid-fields',
    ],
    [
      'an active key with no instance',
      file({}, withValue(['active'], 'munchkin:999-XXX-999')),
      'invalid-fields',
    ],
    [
      'a sub-step of another step',
      file(
        {},
        withValue(['instances', KEY, 'steps', 'prerequisites', 'substeps'], {
          'remote-sites': { status: 'done', updatedAt: T0 },
        }),
      ),
      'invalid-fields',
    ],
    [
      'a too long evidence detail',
      file(
        {},
        withValue(
          ['instances', KEY, 'steps', 'set-up-marketo-sales-account', 'evidence', 'detail'],
          'x'.repeat(500),
        ),
      ),
      'invalid-fields',
    ],
  ])('refuses %s with a clear error and no store', (_name, text, code, params) => {
    const result = importProgress(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result).not.toHaveProperty('store');
    expect(result.error.code).toBe(code);
    if (params) expect(result.error.params).toEqual(params);
    // Every locale has a message for it, with its parameters filled in.
    for (const texts of Object.values(CHECKLIST_TEXTS)) {
      const message = importErrorMessage(texts, result.error);
      expect(message).not.toMatch(/\{\w+\}/);
    }
  });

  it('refuses an instance with neither a Munchkin ID nor a host (no exception)', () => {
    const store = structuredClone(sample());
    delete store.instances[KEY]!.munchkinId;
    delete store.instances[KEY]!.host;
    expect(importProgress(file({}, store))).toMatchObject({ ok: false, error: { code: 'invalid-fields' } });
  });

  it('names where an invalid value is', () => {
    const result = importProgress(
      file({}, withValue(['instances', KEY, 'steps', 'prerequisites', 'status'], 'finished')),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.params.path).toBe(`store.instances.${KEY}.steps.prerequisites.status`);
    expect(importErrorMessage(CHECKLIST_TEXTS.en, result.error)).toContain(
      `store.instances.${KEY}.steps.prerequisites.status`,
    );
  });

  it('refuses a file that is too large before parsing it', () => {
    const result = importProgress(`{"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', params: { max: 1000 } } });
  });

  it('masks a secret-looking value slipped into a hand-edited file', () => {
    const secret = 'Zq8mN3vR7tY2wK5pL9sD4fG6hJ1xC0bA';
    const text = file(
      {},
      withValue(
        ['instances', KEY, 'steps', 'set-up-marketo-sales-account', 'evidence', 'detail'],
        `s=${secret}`,
      ),
    );
    const result = importProgress(text);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('never exports a secret-looking evidence detail', () => {
    const secret = 'Zq8mN3vR7tY2wK5pL9sD4fG6hJ1xC0bA';
    const store = withValue(
      ['instances', KEY, 'steps', 'set-up-marketo-sales-account', 'evidence', 'detail'],
      secret,
    );
    expect(exportProgress(store as ProgressStore)).not.toContain(secret);
  });
});

describe('storage versioning', () => {
  it('validates what is stored', () => {
    expect(progressStoreSchema.safeParse(sample()).success).toBe(true);
    expect(progressStoreSchema.safeParse({ version: 1 }).success).toBe(false);
    expect(progressStoreSchema.safeParse({ version: 2, instances: {} }).success).toBe(false);
  });

  it('has a migration scaffold: nothing to do at the current version, no path from an unknown one', () => {
    expect(migrateStore(sample(), STORE_VERSION)).toEqual(sample());
    expect(migrateStore(sample(), 0)).toBeNull();
  });

  it('plugs into the validated storage item, surviving a reload and falling back on corrupt data', async () => {
    const problems: string[] = [];
    const item = defineValidatedItem(PROGRESS_STORAGE_KEY, {
      ...progressItemOptions,
      onCorrupt: (_k, p) => problems.push(p),
    });
    expect(await item.get()).toEqual(emptyStore());
    await item.set(sample());
    expect(await item.get()).toEqual(sample());
    await browser.storage.local.set({ checklistProgress: { version: 1, instances: { x: 1 } } });
    expect(await item.get()).toEqual(emptyStore());
    expect(problems).toHaveLength(1);
  });
});
