/**
 * The background is the single writer of checklist progress (storage.local,
 * versioned and validated): detections from any tab and the user's changes go
 * through one queue, so two tabs never overwrite each other's updates.
 */
import { browser } from 'wxt/browser';
import { detectionsFrom, unreadSteps } from '../checklist/detections';
import {
  activeInstance,
  applyDetections,
  clearOverride,
  ensureInstance,
  isUsableIdentity,
  mergeStores,
  type ProgressStore,
  resetInstance,
  restoreInstance,
  setActive,
  setStatus,
} from '../checklist/progress';
import { importProgress, progressStoreSchema } from '../checklist/schema';
import { isStepId } from '../checklist/steps';
import type { Handlers } from '../messaging/receive';
import { progressItem } from '../storage/progress';
import { callAgent, frameUrl, tabOf } from './frames';

let queue: Promise<unknown> = Promise.resolve();
/** Read-modify-write, one at a time. Unchanged stores (same object) are not written. */
export function updateProgress<T>(
  fn: (store: ProgressStore) => { store: ProgressStore; result: T },
): Promise<T> {
  const run = queue.then(async () => {
    const before = await progressItem.get();
    const { store, result } = fn(before);
    if (store !== before) await progressItem.set(store);
    return result;
  });
  queue = run.catch(() => {});
  return run;
}

export const checklistHandlers: Handlers = {
  'checklist:refresh': async ({ frameId, page, identity }, sender) => {
    const tabId = tabOf(sender);
    if (tabId === undefined) return { ok: false, unread: [], reason: 'no-tab' };
    const url = await frameUrl(tabId, frameId);
    const reading = await callAgent(tabId, frameId, 'agent:read-page', { page });
    const detections = detectionsFrom(reading, {
      url: url ? url.origin + url.pathname : undefined,
      at: Date.now(),
    });
    const unread = unreadSteps(reading);
    return updateProgress<{ ok: boolean; unread: string[]; reason?: string }>((store) => {
      let next = identity && isUsableIdentity(identity) ? ensureInstance(store, identity) : store;
      const active = activeInstance(next);
      if (!active) return { store: next, result: { ok: false, unread, reason: 'no-instance' } };
      next = applyDetections(next, active.key, detections);
      return { store: next, result: { ok: true, unread } };
    });
  },
  'checklist:set-status': ({ key, step, status }) =>
    updateProgress<{ ok: boolean }>((store) => {
      if (!isStepId(step) || !store.instances[key]) return { store, result: { ok: false } };
      const next = status === 'clear' ? clearOverride(store, key, step) : setStatus(store, key, step, status);
      return { store: next, result: { ok: true } };
    }),
  'checklist:set-active': ({ key }) =>
    updateProgress<{ ok: boolean }>((store) =>
      store.instances[key]
        ? { store: setActive(store, key), result: { ok: true } }
        : { store, result: { ok: false } },
    ),
  'checklist:reset': ({ key }) =>
    updateProgress<{ ok: boolean; previous?: string }>((store) => {
      if (!store.instances[key]) return { store, result: { ok: false } };
      const { store: next, previous } = resetInstance(store, key);
      return {
        store: next,
        result: { ok: true, ...(previous ? { previous: JSON.stringify(previous) } : {}) },
      };
    }),
  'checklist:undo-reset': ({ previous }) =>
    updateProgress<{ ok: boolean }>((store) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(previous);
      } catch {
        return { store, result: { ok: false } };
      }
      const key = (parsed as { key?: unknown })?.key;
      const check = progressStoreSchema.safeParse({ version: 1, instances: { [String(key)]: parsed } });
      const instance = check.success ? Object.values(check.data.instances)[0] : undefined;
      if (!instance) return { store, result: { ok: false } };
      return { store: restoreInstance(store, instance), result: { ok: true } };
    }),
  'checklist:import': ({ text }) => {
    const result = importProgress(text);
    if (!result.ok) return { ok: false, code: result.error.code, params: result.error.params };
    return updateProgress((store) => ({
      store: mergeStores(store, result.store),
      result: { ok: true as const, count: Object.keys(result.store.instances).length },
    }));
  },
  'checklist:badge': async ({ text }, sender) => {
    const tabId = tabOf(sender);
    if (tabId === undefined) return { ok: false };
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text });
    await action.setBadgeBackgroundColor?.({ tabId, color: '#1463c8' });
    return { ok: true };
  },
};
