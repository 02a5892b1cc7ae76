/**
 * Imported and stored progress as an attacker writes it: names of
 * Object.prototype's members as instance ids, as the active instance, as step
 * and sub-step ids, deep in evidence. Each must be refused with a sentence in
 * the user's language and leave nothing behind; none may make counting throw.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeInstance, counts, emptyStore, type ProgressStore, setActive } from '@/lib/checklist/progress';
import { EXPORT_FORMAT, importProgress, progressStoreSchema } from '@/lib/checklist/schema';
import { importErrorMessage } from '@/lib/checklist/texts';
import { LOCALES } from '@/lib/i18n/locales';
import { CHECKLIST_TEXTS } from '@/lib/i18n/messages/checklist';
import { own } from '@/lib/own';
import { progressItem } from '@/lib/storage/progress';

const KEY = 'munchkin:123-ABC-456';
const instance = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  munchkinId: '123-ABC-456',
  sandbox: false,
  steps: {},
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});
/** An export file around a store written as raw JSON text (so `__proto__` stays an own key, as JSON.parse makes it). */
const file = (store: string) =>
  `{"format":"${EXPORT_FORMAT}","version":1,"guideVersion":"x","store":${store}}`;
const json = (v: unknown) => JSON.stringify(v);

const NAMES = ['__proto__', 'constructor', 'prototype'] as const;

const HOSTILE: Array<[string, string]> = [
  [
    'the issue’s file: __proto__ as the active instance and as an instance id',
    file(`{"version":1,"active":"__proto__","instances":{"__proto__":${json(instance('__proto__'))}}}`),
  ],
  ...NAMES.flatMap(
    (name): Array<[string, string]> => [
      [`${name} as an instance id`, file(`{"version":1,"instances":{"${name}":${json(instance(name))}}}`)],
      [`${name} as the active instance`, file(`{"version":1,"active":"${name}","instances":{}}`)],
      [
        `${name} as the active instance beside a real one`,
        file(`{"version":1,"active":"${name}","instances":{"${KEY}":${json(instance(KEY))}}}`),
      ],
      [
        `${name} as a step id`,
        file(
          `{"version":1,"instances":{"${KEY}":${json(instance(KEY)).replace('"steps":{}', `"steps":{"${name}":{"status":"done","updatedAt":0}}`)}}}`,
        ),
      ],
      [
        `${name} at the top of the file`,
        `{"${name}":{"polluted":true},"format":"${EXPORT_FORMAT}","version":1,"store":{"version":1,"instances":{}}}`,
      ],
    ],
  ),
  ['toString as the active instance', file('{"version":1,"active":"toString","instances":{}}')],
  ['hasOwnProperty as the active instance', file('{"version":1,"active":"hasOwnProperty","instances":{}}')],
];

afterEach(() => {
  // Nothing may have been written onto Object.prototype by any case.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).status).toBeUndefined();
  expect(({} as Record<string, unknown>).key).toBeUndefined();
});

describe('a hostile progress file', () => {
  it.each(HOSTILE)('is refused: %s', (_name, text) => {
    const result = importProgress(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const locale of LOCALES) {
      const message = importErrorMessage(CHECKLIST_TEXTS[locale], result.error);
      // A sentence in the user's language, with its parameters filled in and no internal code.
      expect(message).not.toMatch(/\{\w+\}/);
      expect(message).not.toContain(result.error.code);
      expect(message.length).toBeGreaterThan(30);
    }
  });

  it('names the reserved name and where it is, in the user’s language', () => {
    const result = importProgress(HOSTILE[0]![1]);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'forbidden-key', params: { name: '__proto__' } },
    });
    if (result.ok) return;
    expect(importErrorMessage(CHECKLIST_TEXTS.en, result.error)).toBe(
      'The file uses “__proto__” as a name (at store.instances.__proto__), which no Marketo instance or checklist step has: it was altered or is not an export of this extension. Export the progress again and import that file. Nothing was changed.',
    );
    expect(importErrorMessage(CHECKLIST_TEXTS.de, result.error)).toContain('„__proto__“');
    expect(importErrorMessage(CHECKLIST_TEXTS.ja, result.error)).toContain('「__proto__」');
  });

  it('is refused even nested thousands of levels deep, without overflowing the stack', () => {
    const deep = `${'['.repeat(20_000)}{"__proto__":1}${']'.repeat(20_000)}`;
    expect(importProgress(file(`{"version":1,"instances":{},"x":${deep}}`))).toMatchObject({
      ok: false,
      error: { code: 'forbidden-key' },
    });
  });
});

describe('stored progress that names Object.prototype’s members', () => {
  it('is not valid, so reading it falls back to an empty store', async () => {
    for (const [name, text] of HOSTILE) {
      if (name.includes('top of the file')) continue;
      const store = JSON.parse(text).store;
      expect(progressStoreSchema.safeParse(store).success).toBe(false);
    }
    await fakeBrowser.storage.local.set({
      checklistProgress: JSON.parse('{"version":1,"active":"constructor","instances":{}}'),
    });
    expect(await progressItem.get()).toEqual(emptyStore());
  });

  it('cannot make counting or lookups reach Object.prototype', () => {
    for (const active of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const store = { version: 1, active, instances: {} } as ProgressStore;
      expect(activeInstance(store)).toBeUndefined();
      expect(counts(activeInstance(store))).toEqual({ done: 0, detected: 0, total: 8 });
      expect(setActive(store, 'constructor')).toBe(store);
    }
    expect(own({}, 'constructor')).toBeUndefined();
    expect(own({ constructor: 1 } as Record<string, number>, 'constructor')).toBe(1);
  });
});
