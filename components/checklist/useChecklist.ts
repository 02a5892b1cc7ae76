import { useEffect, useState } from 'react';
import type { ShownPage } from '@/lib/background/tab-pages';
import { activeInstance, counts, emptyStore, type ProgressStore } from '@/lib/checklist/progress';
import { sendToBackground } from '@/lib/messaging/send';
import type { PanelChannel } from '@/lib/panel/channel';
import { progressItem } from '@/lib/storage/progress';
import { useChannelEvent } from '../panel/usePanelChannel';

export interface RemovalAttempt {
  frameId: number;
  id: number;
  originalUser?: string;
}

/**
 * The checklist's side of the panel: the stored progress (watched), the steps the
 * page could not tell (pushed by the background as the agent watching the page
 * reads it), and the removal caution the agent raised on User Management.
 */
export function useChecklist(report: ShownPage, channel: PanelChannel) {
  const [store, setStore] = useState<ProgressStore>(emptyStore);
  const [unread, setUnread] = useState<string[]>(channel.unread);
  const [attempt, setAttempt] = useState<RemovalAttempt | null>(null);

  useEffect(() => {
    void progressItem.get().then(setStore);
    return progressItem.watch(setStore);
  }, []);
  // What arrived before this component subscribed.
  useEffect(() => setUnread(channel.unread), [channel]);
  useChannelEvent(channel, 'unread', (e) =>
    setUnread((prev) => (prev.join() === e.unread.join() ? prev : e.unread)),
  );
  useChannelEvent(channel, 'removal', ({ frameId, id, originalUser }) =>
    setAttempt({ frameId, id, ...(originalUser ? { originalUser } : {}) }),
  );
  // A new page: a caution raised on the old one no longer applies.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on page change only.
  useEffect(() => setAttempt(null), [report.page, report.frameId]);

  const instance = activeInstance(store);
  const { done, total } = counts(instance);
  const decide = (proceed: boolean) => {
    if (!attempt) return;
    void sendToBackground('removal:decide', { frameId: attempt.frameId, id: attempt.id, proceed });
    setAttempt(null);
  };
  return { store, unread, instance, done, total, attempt, decide };
}
