/**
 * Carried credentials, background only. Kept in `storage.session` (memory,
 * trusted contexts only: the default access level, which content scripts
 * cannot read), with a time limit, a one-shot rule after a confirmed fill, and
 * "forget now". Never in storage.local/sync, logs, URLs or page-visible DOM.
 */
import type { CarryStatus } from '../messaging/protocol';

export type { CarryStatus };

export interface CredentialValues {
  clientId: string;
  clientSecret: string;
  munchkinId?: string;
}

export interface Carried extends CredentialValues {
  /** Where the values were read (instance label, e.g. the Munchkin ID or pod). */
  source?: string;
  carriedAt: number;
  expiresAt: number;
  keepUntilExpiry: boolean;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const VAULT_KEY = 'carriedCredentials';
export const tail = (value: string, n = 4) => value.slice(-n);

export interface VaultOptions {
  area: SessionArea;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export function createVault(options: VaultOptions) {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let timer: unknown;

  const forget = async () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    await options.area.remove(VAULT_KEY);
  };

  /** The carried values, or null when none or expired (expired ones are wiped on the spot). */
  const read = async (): Promise<Carried | null> => {
    const raw = (await options.area.get(VAULT_KEY))[VAULT_KEY] as Carried | undefined;
    if (!raw) return null;
    if (typeof raw.expiresAt !== 'number' || raw.expiresAt <= now()) {
      await forget();
      return null;
    }
    return raw;
  };

  const schedule = (expiresAt: number) => {
    if (timer !== undefined) clearTimer(timer);
    timer = setTimer(
      () => {
        void read();
      },
      Math.max(0, expiresAt - now()) + 5,
    );
  };

  const status = async (): Promise<CarryStatus> => {
    const carried = await read();
    if (!carried) return { state: 'none' };
    return {
      state: 'carried',
      munchkinId: carried.munchkinId,
      source: carried.source,
      clientIdTail: tail(carried.clientId),
      secretTail: tail(carried.clientSecret),
      carriedAt: carried.carriedAt,
      expiresAt: carried.expiresAt,
      keepUntilExpiry: carried.keepUntilExpiry,
    };
  };

  return {
    async carry(values: CredentialValues & { source?: string }, ttlMs: number): Promise<CarryStatus> {
      const carriedAt = now();
      const carried: Carried = { ...values, carriedAt, expiresAt: carriedAt + ttlMs, keepUntilExpiry: false };
      await options.area.set({ [VAULT_KEY]: carried });
      schedule(carried.expiresAt);
      return status();
    },
    status,
    read,
    forget,
    async setKeepUntilExpiry(keep: boolean): Promise<CarryStatus> {
      const carried = await read();
      if (carried) await options.area.set({ [VAULT_KEY]: { ...carried, keepUntilExpiry: keep } });
      return status();
    },
    /** After a confirmed fill: forget, unless the user chose to keep the values until the timer ends. */
    async afterConfirmedFill(): Promise<boolean> {
      const carried = await read();
      if (!carried || carried.keepUntilExpiry) return false;
      await forget();
      return true;
    },
  };
}

export type Vault = ReturnType<typeof createVault>;
