/**
 * The background is the single writer of checklist progress (storage.local,
 * versioned and validated): detections from any tab and the user's changes go
 * through one queue, so two tabs never overwrite each other's updates.
 * (Its messages and who may send them: ./protocol.ts; the model: lib/checklist/.)
 */
import { browser } from 'wxt/browser';
import type { PanelHub } from '../../background/panel-hub';
import type { ShownPage } from '../../background/tab-pages';
import { detectionsFrom, type PageReading, unreadSteps } from '../../checklist/detections';
import {
  activeInstance,
  applyDetections,
  clearOverride,
  counts,
  ensureInstance,
  isUsableIdentity,
  mergeStores,
  type ProgressStore,
  resetInstance,
  restoreInstance,
  setActive,
  setStatus,
} from '../../checklist/progress';
import { importProgress, progressStoreSchema } from '../../checklist/schema';
import { isStepId } from '../../checklist/steps';
import type { FeatureHandlers } from '../../messaging/receive';
import { own } from '../../own';
import { progressItem } from '../../storage/progress';
import type { checklistMessages } from './protocol';

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

/** The identity of the Marketo instance a page shows (from what its frame reported). */
function identityOf(shown: ShownPage) {
  if (shown.app !== 'marketo' || !(shown.munchkinId || shown.instanceHost)) return undefined;
  return {
    ...(shown.munchkinId ? { munchkinId: shown.munchkinId } : {}),
    ...(shown.instanceHost ? { host: shown.instanceHost } : {}),
    sandbox: false,
  };
}

/** The toolbar badge of every tab that shows a page of the guide: "done/total" of the active instance. */
export async function refreshBadges(hub: PanelHub, store?: ProgressStore): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const instance = activeInstance(store ?? (await progressItem.get()));
  const { done, total } = counts(instance);
  const text = instance ? `${done}/${total}` : '';
  for (const tabId of hub.tabsShowing()) {
    await action.setBadgeText({ tabId, text }).catch(() => {});
    await action.setBadgeBackgroundColor?.({ tabId, color: '#1463c8' })?.catch?.(() => {});
  }
}

/**
 * A Munchkin ID the agent read on a Marketo page (the Integration Information
 * card, with the credentials): the tab's instance host and that ID are one
 * instance from now on (lib/checklist/progress.ts `ensureInstance`).
 */
export async function linkInstance(hub: PanelHub, tabId: number, munchkinId: string): Promise<void> {
  await updateInstance(hub, identityOf({ ...hub.shown(tabId), munchkinId }));
}

/**
 * The instance a page shows is the active one from now on (created or linked, `ensureInstance`),
 * then `also` changes the store (detections); the badges follow. An identity too thin to name an
 * instance changes nothing but what `also` does (and nothing at all without it).
 */
async function updateInstance(
  hub: PanelHub,
  identity: ReturnType<typeof identityOf>,
  also?: (store: ProgressStore) => ProgressStore,
): Promise<void> {
  const usable = identity && isUsableIdentity(identity) ? identity : undefined;
  if (!usable && !also) return;
  const store = await updateProgress((store) => {
    const linked = usable ? ensureInstance(store, usable) : store;
    const next = also ? also(linked) : linked;
    return { store: next, result: next };
  });
  await refreshBadges(hub, store);
}

export function createChecklistHandlers(hub: PanelHub): FeatureHandlers<typeof checklistMessages> {
  return {
    /** The agent watching a page pushed what it shows now: detections go into the active instance. */
    'agent:reading': async ({ page, reading }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      const shown = hub.shown(tabId);
      // Only the frame that shows the page speaks for it.
      if (shown.frameId !== sender.frameId || shown.page !== page) return { ok: false };
      const typed = reading as PageReading;
      let url: URL | null = null;
      try {
        url = new URL(sender.url ?? '');
      } catch {}
      const detections = detectionsFrom(typed, {
        url: url ? url.origin + url.pathname : undefined,
        at: Date.now(),
      });
      hub.setUnread(tabId, unreadSteps(typed));
      await updateInstance(hub, identityOf(shown), (store) => {
        const active = activeInstance(store);
        return active ? applyDetections(store, active.key, detections) : store;
      });
      return { ok: true };
    },
    'checklist:set-status': ({ key, step, status }) =>
      updateProgress<{ ok: boolean }>((store) => {
        if (!isStepId(step) || !own(store.instances, key)) return { store, result: { ok: false } };
        const next =
          status === 'clear' ? clearOverride(store, key, step) : setStatus(store, key, step, status);
        return { store: next, result: { ok: true } };
      }),
    'checklist:set-active': ({ key }) =>
      updateProgress<{ ok: boolean }>((store) =>
        own(store.instances, key)
          ? { store: setActive(store, key), result: { ok: true } }
          : { store, result: { ok: false } },
      ),
    'checklist:reset': ({ key }) =>
      updateProgress<{ ok: boolean; previous?: string }>((store) => {
        if (!own(store.instances, key)) return { store, result: { ok: false } };
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
  };
}
