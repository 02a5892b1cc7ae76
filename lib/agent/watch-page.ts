/**
 * The agent watches the page its frame shows and pushes what changed: readings
 * for the checklist (instead of the panel polling), and, on User Management,
 * the CSV dialog guard and the removal guard. The guards hold the host's
 * controls here, in the frame that shows them (any frame of the tab); the
 * decisions come from the panel through the background.
 *
 * Invariant: what is sent is what the page shows; nothing from the page is
 * trusted to decide for the user (a file chosen in the dialog is checked in the
 * panel document, not here; a removal goes through only after the panel's answer).
 */
import { browser } from 'wxt/browser';
import { removalCaution } from '../checklist/cautions';
import { keepSeen, type PageReading } from '../checklist/detections';
import { activeInstance } from '../checklist/progress';
import { type CsvDialogGuard, guardCsvDialog } from '../csv-dialog';
import { installRemovalGuard, type RemovalAttempt } from '../guard/removal';
import { resolveLocale } from '../i18n/locales';
import { csvUi } from '../i18n/messages/csv';
import { MAX_FILE_BYTES } from '../messaging/agent-protocol';
import { base64ToBytes, bytesToBase64, ownBytes } from '../messaging/bytes';
import type { MessageType, Payload, ReplaceResult, UsersContext } from '../messaging/protocol';
import { readUserManagement } from '../pages/sales/users';
import type { KnownPageId } from '../pages/types';
import { settingsItem } from '../storage/items';
import { progressItem } from '../storage/progress';
import { clearHighlight } from './highlight';
import { readPage } from './read-page';

const SETTLE_MS = 250;
const RETRY_MS = 1000;
const MAX_RETRIES = 5;

const send = <T extends MessageType>(type: T, payload: Payload<T>) =>
  browser.runtime.sendMessage({ type, payload }).catch(() => undefined);

interface Watch {
  page: KnownPageId;
  stop(): void;
}

let current: Watch | null = null;
let csvGuard: CsvDialogGuard | null = null;
let csvSeq = 0;
const attempts = new Map<number, RemovalAttempt>();
let attemptSeq = 0;

export function watchPage(page: KnownPageId | null, doc: Document = document): void {
  if (current?.page === page) return;
  // Another page (or none): an outline drawn for the old one no longer points at anything useful.
  clearHighlight();
  current?.stop();
  current = null;
  if (!page) return;
  const stops: Array<() => void> = [startReadings(page, doc)];
  if (page === 'sales-user-management') stops.push(startCsvGuard(doc), startRemovalGuard(doc));
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
  let stopped = false;
  const schedule = (ms: number) => {
    if (timer === undefined && !stopped) timer = setTimeout(push, ms);
  };
  const push = () => {
    timer = undefined;
    let reading: PageReading;
    try {
      reading = keepSeen(seen, readPage(page, doc));
    } catch {
      return; // a page built differently: no reading, no crash
    }
    seen = reading;
    const json = JSON.stringify(reading);
    if (json === taken) return;
    void send('agent:reading', { page, reading: reading as Payload<'agent:reading'>['reading'] }).then(
      (res) => {
        if ((res as { ok?: boolean } | undefined)?.ok) {
          taken = json;
          retries = 0;
        } else if (retries < MAX_RETRIES) {
          retries++;
          schedule(RETRY_MS);
        }
      },
    );
  };
  const observer = new MutationObserver(() => schedule(SETTLE_MS));
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
  push();
  return () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}

async function locale() {
  const { locale } = await settingsItem.get();
  return locale === 'auto' ? resolveLocale(browser.i18n.getUILanguage()) : locale;
}

function startCsvGuard(doc: Document): () => void {
  let checking = csvUi.en.csvHoldChecking;
  void locale().then((l) => {
    checking = csvUi[l].csvHoldChecking;
  });
  const guard = guardCsvDialog(doc, {
    get checkingLabel() {
      return checking;
    },
    onState: (state) => void send('agent:csv-state', { state }),
    onFile: (file) => {
      const seq = ++csvSeq;
      void fileMessage(file).then((msg) => {
        if (seq === csvSeq) void send('agent:csv-file', { seq, ...msg });
      });
    },
    onClose: () => {
      csvSeq++;
    },
  });
  csvGuard = guard;
  return () => {
    guard.dispose();
    if (csvGuard === guard) csvGuard = null;
  };
}

/** The chosen file, for the panel to check in its own document (bytes copied into our own array first). */
async function fileMessage(file: File): Promise<{ name: string; size: number; base64: string }> {
  if (file.size > MAX_FILE_BYTES) return { name: file.name, size: file.size, base64: '' };
  try {
    return { name: file.name, size: file.size, base64: bytesToBase64(ownBytes(await file.arrayBuffer())) };
  } catch {
    return { name: file.name, size: file.size, base64: '' };
  }
}

export function csvVerdict(seq: number, action: 'hold' | 'release' | 'replay', label?: string): boolean {
  if (!csvGuard || seq !== csvSeq) return false;
  if (action === 'hold') csvGuard.hold(label ?? '');
  else csvGuard.release({ replay: action === 'replay' });
  return true;
}

export function csvReplace(name: string, base64: string): ReplaceResult {
  if (!csvGuard) return 'no-dialog';
  return csvGuard.replaceFile(new File([base64ToBytes(base64) as BlobPart], name, { type: 'text/csv' }));
}

function startRemovalGuard(doc: Document): () => void {
  let store: Awaited<ReturnType<typeof progressItem.get>> | null = null;
  void progressItem.get().then((s) => {
    store = s;
  });
  const unwatch = progressItem.watch((s) => {
    store = s;
  });
  const uninstall = installRemovalGuard(doc, {
    shouldGuard: () => {
      const instance = store ? activeInstance(store) : undefined;
      const caution = removalCaution(instance, { email: instance?.originalUser ?? '' });
      return caution ? { originalUser: caution.originalUser } : null;
    },
    onAttempt: (attempt) => {
      const id = ++attemptSeq;
      attempts.set(id, attempt);
      const instance = store ? activeInstance(store) : undefined;
      const caution = removalCaution(instance, { email: instance?.originalUser ?? '' });
      void send('agent:removal', {
        id,
        ...(caution?.originalUser ? { originalUser: caution.originalUser } : {}),
      });
    },
  });
  return () => {
    uninstall();
    unwatch();
    attempts.clear();
  };
}

export function removalDecide(id: number, proceed: boolean): boolean {
  const attempt = attempts.get(id);
  if (!attempt) return false;
  attempts.delete(id);
  if (proceed) attempt.proceed();
  return true;
}

export function usersContext(doc: Document = document): UsersContext {
  const users = readUserManagement(doc);
  if (!users.found) return {};
  const { total, visibleUsers } = users.value;
  return { seatsUsed: total ?? visibleUsers.length, existingEmails: visibleUsers.map((u) => u.email) };
}
