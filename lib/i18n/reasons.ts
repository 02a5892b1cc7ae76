/**
 * Reason codes → sentences. `lib/` answers "not found" and failures with codes
 * (`no-form`, `masked-unrevealable`…); the panel never shows a code: it shows
 * the sentence this module picks, in the admin's language, saying what is
 * wrong and what to do (lib/i18n/messages/reasons/<locale>.ts). Each context knows the
 * codes that can reach it (typed by the unions the code comes from, so a new
 * code without a sentence does not compile); an unknown code gets the
 * context's general sentence, never itself.
 */

import type { ReplaceResult } from '../messaging/protocol';
import type { CredentialsFailure } from '../pages/marketo/actions-config/readers';
import type { CredentialFieldsReason } from '../pages/sales/marketo-settings/credentials';
import type { MessageKey } from './messages/en';

/** Where a failure is shown: reading on Actions Config, copying, filling the Set Up form, swapping the CSV dialog's file, checking a file. */
export type ReasonContext = 'read' | 'copy' | 'fill' | 'swap' | 'file';

/** Codes the background answers with before any page is asked (lib/features/credentials/background.ts). */
export type BackgroundReason =
  | 'no-tab'
  | 'not-visible'
  | 'nothing-carried'
  | 'not-marketo'
  | 'not-sales-app'
  | 'instance-unconfirmed';
/** Codes the agent's fill answers with besides the form's own (lib/features/credentials/agent-fill.ts). */
export type FillReason = CredentialFieldsReason | 'not-marketo-settings' | 'not-sales-app' | 'not-accepted';

const BACKGROUND: Record<BackgroundReason, MessageKey> = {
  'no-tab': 'reasonNoTab',
  'not-visible': 'credNotVisible',
  'nothing-carried': 'reasonNothingCarried',
  'not-marketo': 'reasonNotMarketo',
  'not-sales-app': 'reasonNotSalesSettings',
  'instance-unconfirmed': 'reasonInstanceUnconfirmed',
};

const READ: Record<CredentialsFailure, MessageKey> = {
  'no-card': 'reasonNoCard',
  'no-credentials-yet': 'credNotYet',
  'masked-unrevealable': 'reasonMaskedUnrevealable',
  'invalid-client-id': 'reasonInvalidClientId',
  'invalid-client-secret': 'reasonInvalidClientSecret',
};

const FILL: Record<FillReason, MessageKey> = {
  'no-form': 'reasonNoForm',
  'no-client-id-field': 'reasonNoClientIdField',
  'no-client-secret-field': 'reasonNoClientSecretField',
  ambiguous: 'reasonAmbiguous',
  'not-marketo-settings': 'reasonNotSalesSettings',
  'not-sales-app': 'reasonNotSalesSettings',
  'not-accepted': 'reasonNotAccepted',
};

const SWAP: Record<Exclude<ReplaceResult, 'replaced'>, MessageKey> = {
  'no-dialog': 'reasonSwapNoDialog',
  'no-file-input': 'reasonSwapNoFileInput',
  unsupported: 'reasonSwapUnsupported',
  // Another file was chosen in the dialog since the fix was made from it: the fix is not swapped in.
  stale: 'csvDialogSwapStale',
};

/** DOMException names a file read fails with (File.arrayBuffer, FileReader, streams). */
const FILE: Record<string, MessageKey> = {
  NotReadableError: 'reasonFileUnreadable',
  NotFoundError: 'reasonFileUnreadable',
  SecurityError: 'reasonFileDenied',
  NotAllowedError: 'reasonFileDenied',
};

const TABLES: Record<ReasonContext, ReadonlyArray<Readonly<Record<string, MessageKey>>>> = {
  read: [BACKGROUND, READ],
  copy: [BACKGROUND, READ],
  fill: [BACKGROUND, FILL],
  swap: [SWAP],
  file: [FILE],
};

const GENERAL: Record<ReasonContext, MessageKey> = {
  read: 'reasonReadOther',
  copy: 'reasonReadOther',
  fill: 'reasonFillOther',
  swap: 'reasonSwapUnsupported',
  file: 'reasonFileFailed',
};

/** The sentence for a failure `code` in `context`; the context's general one for a code it does not know. */
export function reasonKey(context: ReasonContext, code: string | undefined): MessageKey {
  if (code) {
    for (const table of TABLES[context]) if (Object.hasOwn(table, code)) return table[code] as MessageKey;
  }
  return GENERAL[context];
}

/** Does `context` have a sentence of its own for `code` (not the general one)? */
export const knowsReason = (context: ReasonContext, code: string): boolean =>
  TABLES[context].some((table) => Object.hasOwn(table, code));

const STORES: Record<string, MessageKey> = {
  'local:panelUi': 'storePanelUi',
  'local:settings': 'storeSettings',
  'local:checklistProgress': 'storeProgress',
};

/** What a storage item holds, in words ("your options"), for "saved data was reset". */
export const storeKey = (storageKey: string): MessageKey => STORES[storageKey] ?? 'storeOther';
