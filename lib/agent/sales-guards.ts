/**
 * User Management's guards, in the Sales app's agent only (lib/agent/apps/sales.ts): the CSV
 * dialog guard, the Invite Users field guard and the removal guard hold the host's controls in
 * the frame that shows them (any frame of the tab); the decisions come from the panel through
 * the background (lib/features/csv/agent.ts hands them here). The page watcher installs them
 * while it watches User Management (./watch-page.ts).
 *
 * Invariant: nothing from the page is trusted to decide for the user (a file chosen in the dialog
 * is checked in the panel document, not here; a removal goes through only after the panel's answer).
 */
import { storage } from 'wxt/utils/storage';
import { removalCaution } from '../checklist/cautions';
import { type RemovalFacts, removalFacts } from '../checklist/removal-facts';
import { PROGRESS_STORAGE_KEY } from '../checklist/schema';
import { type CsvDialogGuard, guardCsvDialog, guardInviteBox, type InviteGuard } from '../csv-dialog';
import { installRemovalGuard, type RemovalAttempt } from '../guard/removal';
import { HOLD_TEXTS } from '../i18n/messages/hold';
import { localeOf } from '../i18n/ui-locale';
import { MAX_FILE_BYTES } from '../messaging/agent-protocol';
import { base64ToBytes, bytesToBase64Async } from '../messaging/bytes';
import type { ReplaceResult, UsersContext } from '../messaging/protocol';
import { pushToBackground as send } from '../messaging/send';
import { ownBytes } from '../own-bytes';
import { readUserManagement } from '../pages/sales/user-management/users';
import type { KnownPageId } from '../pages/types';
import { settingsItem } from '../storage/items';

let csvGuard: CsvDialogGuard | null = null;
let csvSeq = 0;
let inviteGuard: InviteGuard | null = null;
let inviteSeq = 0;
const attempts = new Map<number, RemovalAttempt>();
let attemptSeq = 0;

/** The guards of a watched page: User Management's three; none elsewhere. */
export function userManagementGuards(page: KnownPageId, doc: Document): Array<() => void> {
  if (page !== 'sales-user-management') return [];
  return [startCsvGuard(doc), startInviteGuard(doc), startRemovalGuard(doc)];
}

/** A hold label in the user's language: English until the stored language has been read. */
function holdLabel(key: 'csvHoldChecking' | 'csvInviteHoldChecking'): () => string {
  let text = HOLD_TEXTS.en[key];
  void settingsItem.get().then(({ locale }) => {
    text = HOLD_TEXTS[localeOf(locale)][key];
  });
  return () => text;
}

function startCsvGuard(doc: Document): () => void {
  const checking = holdLabel('csvHoldChecking');
  const guard = guardCsvDialog(doc, {
    get checkingLabel() {
      return checking();
    },
    onState: (state) => void send('agent:csv-state', { state }),
    onFile: (file, swapped) => {
      const seq = ++csvSeq;
      void fileMessage(file).then((msg) => {
        if (seq === csvSeq) void send('agent:csv-file', { seq, ...msg, ...(swapped ? { swapped } : {}) });
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

/**
 * The chosen file, for the panel to check in its own document, off this page's main thread (bytes
 * copied into our own array first, encoded in steps that yield to the page).
 */
async function fileMessage(file: File): Promise<{ name: string; size: number; base64: string }> {
  if (file.size > MAX_FILE_BYTES) return { name: file.name, size: file.size, base64: '' };
  try {
    return {
      name: file.name,
      size: file.size,
      base64: await bytesToBase64Async(ownBytes(await file.arrayBuffer())),
    };
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

/**
 * Swaps the fixed file in, only if the dialog still holds file `seq` (the one the panel made it
 * from): a file chosen meanwhile is never replaced by a fix of another one.
 */
export function csvReplace(seq: number, name: string, base64: string): ReplaceResult {
  if (!csvGuard) return 'no-dialog';
  if (seq !== csvSeq) return 'stale';
  return csvGuard.replaceFile(new File([base64ToBytes(base64) as BlobPart], name, { type: 'text/csv' }));
}

/** The addresses typed into Invite Users go to the panel to be checked by the CSV rules. */
function startInviteGuard(doc: Document): () => void {
  const checking = holdLabel('csvInviteHoldChecking');
  const guard = guardInviteBox(doc, {
    get checkingLabel() {
      return checking();
    },
    onText: (text) => {
      const seq = ++inviteSeq;
      void send('agent:invite-text', { seq, text });
    },
  });
  inviteGuard = guard;
  return () => {
    guard.dispose();
    if (inviteGuard === guard) inviteGuard = null;
  };
}

/** The panel's verdict on the addresses typed `seq` (an older verdict is dropped). */
export function inviteVerdict(seq: number, action: 'hold' | 'release', label?: string): boolean {
  if (!inviteGuard || seq !== inviteSeq) return false;
  if (action === 'hold') inviteGuard.hold(label ?? '');
  else inviteGuard.release();
  return true;
}

function startRemovalGuard(doc: Document): () => void {
  // Two facts of the active instance, read from the raw stored value: no zod schema built nor the
  // whole store parsed on the host's main thread (lib/checklist/removal-facts.ts).
  let facts: RemovalFacts | undefined;
  void storage.getItem(PROGRESS_STORAGE_KEY).then((raw) => {
    facts = removalFacts(raw);
  });
  const unwatch = storage.watch(PROGRESS_STORAGE_KEY, (raw) => {
    facts = removalFacts(raw);
  });
  const uninstall = installRemovalGuard(doc, {
    shouldGuard: () => {
      const caution = removalCaution(facts, { email: facts?.originalUser ?? '' });
      return caution ? { originalUser: caution.originalUser } : null;
    },
    onAttempt: (attempt) => {
      const id = ++attemptSeq;
      attempts.set(id, attempt);
      const caution = removalCaution(facts, { email: facts?.originalUser ?? '' });
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
