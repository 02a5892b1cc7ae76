import { useEffect, useState } from 'react';
import type { ShownPage } from '@/lib/background/tab-pages';
import type { PanelChannel } from '@/lib/panel/channel';
import type { PanelEvent } from '@/lib/panel/events';

/** The page the panel shows, as the background pushes it. */
export function useShownPage(channel: PanelChannel): ShownPage {
  const [page, setPage] = useState(channel.page);
  useEffect(() => {
    const unsubscribe = channel.subscribe((e) => {
      if (e.kind === 'page') setPage(e.page);
    });
    // What arrived between the first render and this subscription.
    setPage(channel.page);
    return unsubscribe;
  }, [channel]);
  return page;
}

/** Calls `on` for each pushed event of one kind (latest handler, no resubscription). */
export function useChannelEvent<K extends PanelEvent['kind']>(
  channel: PanelChannel,
  kind: K,
  on: (event: Extract<PanelEvent, { kind: K }>) => void,
): void {
  const [ref] = useState(() => ({ current: on }));
  ref.current = on;
  useEffect(
    () =>
      channel.subscribe((e) => {
        if (e.kind === kind) ref.current(e as Extract<PanelEvent, { kind: K }>);
      }),
    [channel, kind, ref],
  );
}
