/**
 * Typed, versioned storage items (WXT `storage.defineItem` with numbered
 * migrations) that are also validated when read: data that does not match its
 * schema (hand-edited, written by a buggy build, truncated) falls back to the
 * default, is reported through `onCorrupt`, and never crashes the panel.
 */
import { storage } from 'wxt/utils/storage';
import type { Checker } from '../zod-mini';
import { storedKeys } from './stored-keys';

type StorageKey = `local:${string}` | `session:${string}` | `sync:${string}`;

export interface ValidatedItem<T> {
  readonly key: string;
  get(): Promise<T>;
  /**
   * The value from what storage holds under the key and its metadata (`<key>$`, WXT's), checked as
   * `get` checks it; undefined when the stored version is behind the item's (its migrations must run:
   * `get`). For `getItemsFrom`.
   */
  fromStored(raw: unknown, meta: unknown): T | undefined;
  set(value: T): Promise<void>;
  watch(cb: (value: T) => void): () => void;
}

export interface ValidatedItemOptions<T> {
  /** A zod/mini schema, or one built on first use (lib/zod-mini.ts lazySchema). */
  schema: Checker<T>;
  fallback: T;
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
  onCorrupt?: (key: string, problem: string) => void;
}

export function defineValidatedItem<T>(key: StorageKey, options: ValidatedItemOptions<T>): ValidatedItem<T> {
  // WXT's item is made on first use: making it reads storage (its migrations), and the agent that
  // imports these items evaluates in the host page, where most of them are never read.
  let wxtItem: ReturnType<typeof defineWxtItem> | undefined;
  const defineWxtItem = () =>
    storage.defineItem<unknown>(key, {
      fallback: options.fallback,
      version: options.version,
      migrations: options.migrations,
    });
  const item = () => {
    wxtItem ??= defineWxtItem();
    return wxtItem;
  };
  const check = (raw: unknown): T => {
    const parsed = options.schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    options.onCorrupt?.(key, parsed.error.issues[0]?.message ?? 'invalid');
    return options.fallback;
  };
  return {
    key,
    fromStored(raw, meta) {
      if (raw === undefined || raw === null) return options.fallback;
      const v = (meta as { v?: unknown } | null | undefined)?.v ?? 1;
      return v === options.version ? check(raw) : undefined;
    },
    async get() {
      try {
        return check(await item().getValue());
      } catch (error) {
        options.onCorrupt?.(key, error instanceof Error ? error.message : 'unreadable');
        return options.fallback;
      }
    },
    async set(value) {
      await item().setValue(options.schema.parse(value));
    },
    watch(cb) {
      return item().watch((value) => cb(check(value ?? options.fallback)));
    },
  };
}

type Values<T extends readonly ValidatedItem<unknown>[]> = {
  [K in keyof T]: T[K] extends ValidatedItem<infer V> ? V : never;
};

/**
 * Several items of storage.local from one read of it (the panel's first render waits for its
 * settings: WXT's versioned item reads its value and its metadata one after the other). `read`
 * gets the keys to read (`storedKeys`); the panel document starts that read in its first script
 * (lib/panel/early-stored.ts). Each value is checked as `get` checks it; an item stored at an older
 * version is read through `get`, which runs its migrations first.
 */
export async function getItemsFrom<const T extends readonly ValidatedItem<unknown>[]>(
  read: (keys: string[]) => Promise<Record<string, unknown> | undefined>,
  ...items: T
): Promise<Values<T>> {
  const names = items.map((item) => {
    if (!item.key.startsWith('local:'))
      throw new Error(`getItemsFrom reads storage.local only, not ${item.key}`);
    return item.key.slice('local:'.length);
  });
  const stored = await read(storedKeys(names)).catch(() => undefined);
  const values = await Promise.all(
    items.map((item, i) => {
      const name = names[i] as string;
      const value = stored ? item.fromStored(stored[name], stored[`${name}$`]) : undefined;
      return value === undefined ? item.get() : value;
    }),
  );
  return values as Values<T>;
}
