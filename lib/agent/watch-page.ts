/**
 * The agent watches the page its frame shows and pushes what changed: readings
 * for the checklist (instead of the panel polling), and installs the app's
 * guards of that page (User Management's CSV dialog, Invite Users and removal
 * guards, in the Sales app's agent: ./sales-guards.ts).
 *
 * Invariant: what is sent is what the page shows; nothing from the page is
 * trusted to decide for the user.
 */
import { keepSeen, type PageReading } from '../checklist/detections';
import { observeRendered } from '../dom/observe';
import type { Payload } from '../messaging/protocol';
import { pushToBackground as send } from '../messaging/send';
import type { KnownPageId } from '../pages/types';
import { appGuards } from './app';
import { clearHighlight } from './highlight';
import { readPageSliced } from './read-page';
import { readingsMayStart } from './reading-gate';

const SETTLE_MS = 250;
const RETRY_MS = 1000;
const MAX_RETRIES = 5;

interface Watch {
  page: KnownPageId;
  stop(): void;
}

let current: Watch | null = null;

export function watchPage(page: KnownPageId | null, doc: Document = document): void {
  if (current?.page === page) return;
  // Another page (or none): an outline drawn for the old one no longer points at anything useful.
  clearHighlight();
  current?.stop();
  current = null;
  if (!page) return;
  // The app's own guards on that page (User Management's, in the Sales app's agent: ./sales-guards.ts).
  const stops: Array<() => void> = [startReadings(page, doc), ...appGuards(page, doc)];
  current = {
    page,
    stop: () => {
      for (const stop of stops) stop();
    },
  };
}

/**
 * Readings: one now, then after each burst of changes has settled; sent only
 * when they differ from what the background took. Positive facts seen during
 * this visit are kept (keepSeen: a "Saved. Marketo is connected" that goes
 * away is still a fact), and a reading the background did not take (it may
 * not know yet which frame shows the page) is sent again a little later.
 */
function startReadings(page: KnownPageId, doc: Document): () => void {
  let taken = '';
  let seen: PageReading | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let run = 0;
  let stopped = false;
  const schedule = (ms: number) => {
    if (timer === undefined && !stopped) timer = setTimeout(() => void push(), ms);
  };
  const push = async () => {
    timer = undefined;
    const mine = ++run;
    // Not while the panel of a dock starting in this frame is not shown yet (./reading-gate.ts).
    await readingsMayStart();
    if (stopped || mine !== run) return;
    let fresh: PageReading;
    try {
      observer.refresh(); // components rendered since: watch their shadow roots too
      // In pieces, giving the host's main thread back between them.
      fresh = await readPageSliced(page, doc);
    } catch {
      return; // a page built differently: no reading, no crash
    }
    if (stopped || mine !== run) return; // stopped, or a newer reading started meanwhile
    // A fact the host showed for a moment (a "Saved" message) is kept once seen.
    const reading = keepSeen(seen, fresh);
    seen = reading;
    const json = JSON.stringify(reading);
    if (json === taken) return;
    void send('agent:reading', { page, reading: reading as Payload<'agent:reading'>['reading'] }).then(
      (res) => {
        if ((res as { ok?: boolean } | undefined)?.ok) {
          taken = json;
          retries = 0;
        } else if (retries < MAX_RETRIES) {
          // The background may not know yet which frame shows the page: try again shortly.
          retries++;
          schedule(RETRY_MS);
        }
      },
    );
  };
  // The document and every open shadow root: a component re-renders inside its own root.
  const observer = observeRendered(
    doc,
    { childList: true, subtree: true, characterData: true, attributes: true },
    () => schedule(SETTLE_MS),
  );
  void push();
  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
