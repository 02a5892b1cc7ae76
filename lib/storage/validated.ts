/**
 * Typed, versioned storage items (WXT `storage.defineItem` with numbered
 * migrations) that are also validated when read: data that does not match its
 * schema (hand-edited, written by a buggy build, truncated) falls back to the
 * default, is reported through `onCorrupt`, and never crashes the panel.
 */
import { storage } from 'wxt/utils/storage';
import type { Checker } from '../zod-mini';

type StorageKey = `local:${string}` | `session:${string}` | `sync:${string}`;

export interface ValidatedItem<T> {
  readonly key: string;
  get(): Promise<T>;
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
