/**
 * Records indexed by keys that come from storage, an imported file or a message.
 * Invariant: such a key never reaches Object.prototype. `own(record, key)` reads
 * only the record's own entry (`'constructor'`, `'toString'` or `'__proto__'`
 * give undefined unless the record really has that own key), and imports and
 * stored data that name `__proto__`, `constructor` or `prototype` anywhere are
 * refused before they are parsed into objects (a zod record would assign a
 * `__proto__` key as the prototype). Attacker tests:
 * test/unit/checklist/hostile-import.test.ts.
 */

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The record's own entry for `key`, or undefined. */
export function own<V>(
  record: Readonly<Partial<Record<string, V>>> | undefined,
  key: string | undefined,
): V | undefined {
  return record !== undefined && key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The path of the first key in parsed JSON that is a forbidden name, or null. Walks with its own stack: a file
 * nested thousands of levels deep cannot overflow it.
 */
export function forbiddenKeyPath(json: unknown): string[] | null {
  // Each entry links to its parent instead of copying the path: a deeply nested file (the import
  // allows 1 MB, half a million levels) costs linear time, not a path copy per level.
  interface Entry {
    value: unknown;
    key: string;
    parent: Entry | null;
  }
  const pathOf = (entry: Entry | null, last: string) => {
    const path = [last];
    for (let e = entry; e?.parent; e = e.parent) path.push(e.key);
    return path.reverse();
  };
  const stack: Entry[] = [{ value: json, key: '', parent: null }];
  while (stack.length) {
    const entry = stack.pop() as Entry;
    const { value } = entry;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return pathOf(entry, key);
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: entry });
    }
  }
  return null;
}
