/**
 * The CSV feature's messages: the CSV dialog's guard (the file chosen, the
 * panel's verdict, the fixed file swapped in), the Invite Users guard, the
 * removal caution for the original user and User Management's user count;
 * who may send each, and the answers. Schemas are builders: the agent imports
 * this module and builds a schema only when its message arrives
 * (lib/zod-mini.ts `lazySchemas`).
 *
 * Invariant: a page cannot release a hold, swap a file in or answer the removal
 * caution: verdicts and decisions come only from the tab's registered panel or
 * the side panel; content scripts (the agent) only report what the page shows
 * (test/unit/background/panels.test.ts).
 */
import { FROM_CONTENT, FROM_PANEL, type Senders } from '../../messaging/senders';
import { frameTarget, MAX_FILE_BASE64, MAX_TYPED_CHARS } from '../../messaging/shapes';
import { z } from '../../zod-mini';

export const csvMessages = {
  /** panel → background → the frame's agent: the verdict on the file chosen in the CSV dialog. */
  'csv:verdict': () =>
    z.extend(frameTarget(), {
      seq: z.int(),
      action: z.enum(['hold', 'release', 'replay']),
      label: z.optional(z.string().check(z.maxLength(200))),
    }),
  /** panel → background → the frame's agent: swap the dialog's file `seq` for this one. */
  'csv:replace': () =>
    z.extend(frameTarget(), {
      seq: z.int(),
      name: z.string().check(z.maxLength(255)),
      base64: z.string().check(z.maxLength(MAX_FILE_BASE64)),
    }),
  /** panel → background → the frame's agent: hold Invite (errors in the typed addresses) or let it work. */
  'invite:verdict': () =>
    z.extend(frameTarget(), {
      seq: z.int(),
      action: z.enum(['hold', 'release']),
      label: z.optional(z.string().check(z.maxLength(200))),
    }),
  /** panel → background → the frame's agent: seats and users User Management shows. */
  'csv:users': frameTarget,
  /** panel → background → the frame's agent: the user's answer to the removal caution. */
  'removal:decide': () => z.extend(frameTarget(), { id: z.int(), proceed: z.boolean() }),
  /**
   * agent → background → panel: a file was chosen in the CSV dialog (base64; empty when over the
   * limit); `swapped` when it is the fixed file the panel put there (checked again all the same).
   */
  'agent:csv-file': () =>
    z.object({
      seq: z.int(),
      swapped: z.optional(z.boolean()),
      name: z.string().check(z.maxLength(255)),
      size: z.number().check(z.gte(0)),
      base64: z.string().check(z.maxLength(MAX_FILE_BASE64)),
    }),
  /** agent → background → panel: what the Invite Users field holds after a change ('' once closed). */
  'agent:invite-text': () => z.object({ seq: z.int(), text: z.string().check(z.maxLength(MAX_TYPED_CHARS)) }),
  /** agent → background → panel: the CSV dialog's guard state. */
  'agent:csv-state': () => z.object({ state: z.enum(['idle', 'checking', 'held', 'released']) }),
  /** agent → background → panel: a removal of the original user was stopped, waiting for the user. */
  'agent:removal': () =>
    z.object({ id: z.int(), originalUser: z.optional(z.string().check(z.maxLength(320))) }),
};

export const csvSenders = {
  'csv:verdict': FROM_PANEL,
  'csv:replace': FROM_PANEL,
  'invite:verdict': FROM_PANEL,
  'csv:users': FROM_PANEL,
  'removal:decide': FROM_PANEL,
  'agent:csv-file': FROM_CONTENT,
  'agent:invite-text': FROM_CONTENT,
  'agent:csv-state': FROM_CONTENT,
  'agent:removal': FROM_CONTENT,
} as const satisfies Senders<typeof csvMessages>;

/** background → agent (never from a page). */
export const csvAgentMessages = {
  /** The panel's verdict on the file chosen in the CSV dialog. */
  'agent:csv-verdict': () =>
    z.object({
      seq: z.int(),
      action: z.enum(['hold', 'release', 'replay']),
      label: z.optional(z.string().check(z.maxLength(200))),
    }),
  /**
   * Put this file (base64) into the CSV dialog in place of the chosen one, if the dialog still holds
   * the file `seq` (the one the fixed file was made from): else 'stale', nothing is swapped.
   */
  'agent:csv-replace': () =>
    z.object({
      seq: z.int(),
      name: z.string().check(z.maxLength(255)),
      base64: z.string().check(z.maxLength(MAX_FILE_BASE64)),
    }),
  /** The panel's verdict on the addresses typed into Invite Users (`seq` of the text it checked). */
  'agent:invite-verdict': () =>
    z.object({
      seq: z.int(),
      action: z.enum(['hold', 'release']),
      label: z.optional(z.string().check(z.maxLength(200))),
    }),
  /** The user's answer to the removal caution. */
  'agent:removal-decide': () => z.object({ id: z.int(), proceed: z.boolean() }),
  /** What User Management says about the instance (seats, users shown), for the panel's CSV check. */
  'agent:users': () => z.object({}),
};

export type ReplaceResult = 'replaced' | 'stale' | 'no-dialog' | 'no-file-input' | 'unsupported';
/** The CSV dialog guard (lib/csv-dialog/guard.ts): no file / checking or held (Next held back) / released. */
export type GuardState = 'idle' | 'checking' | 'held' | 'released';
/** What User Management says about the instance: its own user total and the users shown. */
export interface UsersContext {
  seatsUsed?: number;
  existingEmails?: string[];
}

export interface CsvResponses {
  'csv:verdict': { ok: boolean };
  'csv:replace': { result: ReplaceResult };
  'csv:users': UsersContext;
  'invite:verdict': { ok: boolean };
  'removal:decide': { ok: boolean };
  'agent:csv-file': { ok: boolean };
  'agent:invite-text': { ok: boolean };
  'agent:csv-state': { ok: boolean };
  'agent:removal': { ok: boolean };
  'agent:csv-verdict': { ok: boolean };
  'agent:csv-replace': { result: ReplaceResult };
  'agent:invite-verdict': { ok: boolean };
  'agent:removal-decide': { ok: boolean };
  'agent:users': UsersContext;
}
