import { useEffect, useState } from 'react';
import { removalCaution } from '@/lib/checklist/cautions';
import { activeInstance, counts, emptyStore, type ProgressStore } from '@/lib/checklist/progress';
import { installRemovalGuard, type RemovalAttempt } from '@/lib/guard/removal';
import type { PageReport } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/send';
import { progressItem } from '@/lib/storage/progress';

const REFRESH_MS = 2500;

/**
 * The checklist's side of the panel: the stored progress (watched), page
 * detections on the recognised page (asked of the background every few seconds,
 * since these apps change without navigation), the toolbar badge, and the
 * removal guard on User Management.
 */
export function useChecklist(report: PageReport & { frameId: number }) {
  const [store, setStore] = useState<ProgressStore>(emptyStore);
  const [unread, setUnread] = useState<string[]>([]);
  const [attempt, setAttempt] = useState<RemovalAttempt | null>(null);
  const storeRef = useLatest(store);

  useEffect(() => {
    void progressItem.get().then(setStore);
    return progressItem.watch(setStore);
  }, []);

  const { page, frameId, app, munchkinId, instanceHost } = report;
  useEffect(() => {
    if (page === 'unknown') return;
    const identity =
      app === 'marketo' && (munchkinId || instanceHost)
        ? {
            ...(munchkinId ? { munchkinId } : {}),
            ...(instanceHost ? { host: instanceHost } : {}),
            sandbox: false,
          }
        : undefined;
    let stopped = false;
    const refresh = async () => {
      const res = await sendToBackground('checklist:refresh', {
        frameId,
        page,
        ...(identity ? { identity } : {}),
      }).catch(() => null);
      // Same list: keep the same array, so the panel does not re-render every few seconds.
      if (!stopped && res) setUnread((prev) => (prev.join() === res.unread.join() ? prev : res.unread));
    };
    void refresh();
    const id = setInterval(refresh, REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(id);
    };
  }, [page, frameId, app, munchkinId, instanceHost]);

  const instance = activeInstance(store);
  const { done, total } = counts(instance);
  const badge = instance ? `${done}/${total}` : '';
  useEffect(() => {
    void sendToBackground('checklist:badge', { text: page === 'unknown' ? '' : badge }).catch(() => {});
  }, [badge, page]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: storeRef is a stable ref read at click time.
  useEffect(() => {
    if (page !== 'sales-user-management' || frameId !== 0) return;
    return installRemovalGuard(document, {
      shouldGuard: () => {
        const instance = activeInstance(storeRef.current);
        // Asking about the original user's own email tells whether a caution applies and who that is.
        const caution = removalCaution(instance, { email: instance?.originalUser ?? '' });
        return caution ? { originalUser: caution.originalUser } : null;
      },
      onAttempt: setAttempt,
    });
  }, [page, frameId]);

  return { store, unread, instance, done, total, attempt, clearAttempt: () => setAttempt(null) };
}

function useLatest<T>(value: T) {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}
