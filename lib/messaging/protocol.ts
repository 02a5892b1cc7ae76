/**
 * One protocol for every message between content scripts, the background and
 * extension pages. Each message type has a zod schema for its payload; the
 * receiving side validates on arrival (lib/messaging/receive.ts) and checks
 * the sender. Responses are typed by `Protocol`.
 */
import type { PageReading } from '../checklist/detections';
import { PAGE_IDS } from '../pages/types';
import { z } from '../zod-mini';
import {
  agentSchemas,
  credentialValues,
  highlightTarget,
  knownPage,
  MAX_FILE_BASE64,
  MUNCHKIN_ID,
  PANEL_KEY,
} from './agent-protocol';

/** Characters of the Invite Users field carried to the panel (lib/csv-dialog/invite-guard.ts cuts there). */
const MAX_TYPED_CHARS = 200_000;

export { credentialValues };

const pageId = z.enum([...PAGE_IDS, 'unknown']);
const appId = z.enum(['marketo', 'sales', 'salesforce']);

/** What a frame recognised: sent by the bootstrap of every frame. */
export const pageReport = z.object({
  app: z.nullable(appId),
  page: pageId,
  /** Munchkin ID when the URL (or the page) tells it. */
  munchkinId: z.optional(z.string().check(z.regex(MUNCHKIN_ID))),
  /** The Marketo pod or host, used to key an instance until its Munchkin ID is known. */
  instanceHost: z.optional(z.string().check(z.maxLength(253))),
});
export type PageReport = z.infer<typeof pageReport>;

export type CredentialValuesPayload = z.infer<typeof credentialValues>;
const frameTarget = z.object({ frameId: z.int().check(z.gte(0)) });
const stepId = z.string().check(z.maxLength(80));
const instanceKey = z.string().check(z.maxLength(300));
export type HighlightTarget = z.infer<typeof highlightTarget>;

export const messageSchemas = {
  /** content → background: a frame recognised (or lost) a page. */
  'page:report': pageReport,
  /** panel document → background: "I am the panel of this dock" (the one-time key the dock handed me). */
  'panel:hello': z.object({ key: z.string().check(z.regex(PANEL_KEY)) }),

  /** panel → background → the frame's agent: read the Client ID/Secret on Actions Config (tails come back). */
  'credentials:read': frameTarget,
  /** panel → background: carry what the frame's agent reads now (the panel never hands values over). */
  'credentials:carry': frameTarget,
  /** panel → background: one value for the panel to copy, on the user's click (read on the page, or carried). */
  'credentials:copy': z.extend(frameTarget, {
    field: z.enum(['clientId', 'clientSecret']),
    from: z.enum(['page', 'carried']),
  }),
  'credentials:status': z.object({}),
  'credentials:forget': z.object({}),
  'credentials:keep': z.object({ keep: z.boolean() }),
  /** panel → background: the carried secret itself, on the user's explicit request. */
  'credentials:reveal': z.object({}),
  /** panel → background → the frame's agent: is this the Set Up form, what Munchkin ID does it hold? */
  'credentials:fill-preview': frameTarget,
  /** panel → background → the frame's agent: put the carried values into the form. */
  /**
   * `confirmedPageId`: the Munchkin ID of the Sales account the admin confirmed filling
   * (the "I checked" box naming both instances); the background checks the match again.
   */
  'credentials:fill': z.object({
    frameId: z.int().check(z.gte(0)),
    confirmedPageId: z.optional(z.string().check(z.maxLength(40))),
  }),
  /** panel → background → a frame's agent: outline a control ("show me"). */
  'page:highlight': z.extend(frameTarget, {
    target: highlightTarget,
    label: z.string().check(z.maxLength(120)),
  }),
  /** panel → background → a frame's agent: take the outline away. */
  'page:unhighlight': frameTarget,
  /** panel → background → the top frame's agent: the user expanded the dock while it made room for the host. */
  'dock:stay': z.object({}),

  /** panel → background: the user sets a step ('clear' gives it back to detection). */
  'checklist:set-status': z.object({
    key: instanceKey,
    step: stepId,
    status: z.enum(['todo', 'in-progress', 'done', 'clear']),
  }),
  'checklist:set-active': z.object({ key: instanceKey }),
  /** Reset one instance; the answer carries what is needed to undo it. */
  'checklist:reset': z.object({ key: instanceKey }),
  'checklist:undo-reset': z.object({ previous: z.string().check(z.maxLength(1_000_000)) }),
  'checklist:import': z.object({ text: z.string().check(z.maxLength(1_000_000)) }),

  /** panel → background → the frame's agent: the verdict on the file chosen in the CSV dialog. */
  'csv:verdict': z.extend(frameTarget, {
    seq: z.int(),
    action: z.enum(['hold', 'release', 'replay']),
    label: z.optional(z.string().check(z.maxLength(200))),
  }),
  /** panel → background → the frame's agent: swap the dialog's file `seq` for this one. */
  'csv:replace': z.extend(frameTarget, {
    seq: z.int(),
    name: z.string().check(z.maxLength(255)),
    base64: z.string().check(z.maxLength(MAX_FILE_BASE64)),
  }),
  /** panel → background → the frame's agent: hold Invite (errors in the typed addresses) or let it work. */
  'invite:verdict': z.extend(frameTarget, {
    seq: z.int(),
    action: z.enum(['hold', 'release']),
    label: z.optional(z.string().check(z.maxLength(200))),
  }),
  /** panel → background → the frame's agent: seats and users User Management shows. */
  'csv:users': frameTarget,
  /** panel → background → the frame's agent: the user's answer to the removal caution. */
  'removal:decide': z.extend(frameTarget, { id: z.int(), proceed: z.boolean() }),
  /** panel → background → the frame's agent: a sanitised copy of the page, to save. */
  'report:snapshot': frameTarget,

  /** agent → background: the page took the dock out; put a fresh one up. */
  'agent:dock-lost': z.object({}),
  /** agent → background: what the watched page shows now (checked again by the detections). */
  'agent:reading': z.object({ page: knownPage, reading: z.looseObject({ page: knownPage }) }),
  /**
   * agent → background → panel: a file was chosen in the CSV dialog (base64; empty when over the
   * limit); `swapped` when it is the fixed file the panel put there (checked again all the same).
   */
  'agent:csv-file': z.object({
    seq: z.int(),
    swapped: z.optional(z.boolean()),
    name: z.string().check(z.maxLength(255)),
    size: z.number().check(z.gte(0)),
    base64: z.string().check(z.maxLength(MAX_FILE_BASE64)),
  }),
  /** agent → background → panel: what the Invite Users field holds after a change ('' once closed). */
  'agent:invite-text': z.object({ seq: z.int(), text: z.string().check(z.maxLength(MAX_TYPED_CHARS)) }),
  /** agent → background → panel: the CSV dialog's guard state. */
  'agent:csv-state': z.object({ state: z.enum(['idle', 'checking', 'held', 'released']) }),
  /** agent → background → panel: a removal of the original user was stopped, waiting for the user. */
  'agent:removal': z.object({ id: z.int(), originalUser: z.optional(z.string().check(z.maxLength(320))) }),

  /** background → agent (never from a page): zod/mini schemas, see ./agent-protocol.ts. */
  ...agentSchemas,
} as const;

export type MessageType = keyof typeof messageSchemas;
export type Payload<T extends MessageType> = z.infer<(typeof messageSchemas)[T]>;

/** Response type of each message. */
/** What the agent read on Actions Config (background only: the values never go to the panel). */
export type ReadCredentialsResult =
  | { ok: true; values: CredentialValuesPayload; secretWasMasked: boolean }
  | { ok: false; reason: string };

/** What the panel learns of a read: where, and the last four characters of each value. */
export type ReadSummary =
  | { ok: true; munchkinId?: string; clientIdTail: string; secretTail: string; secretWasMasked: boolean }
  | { ok: false; reason: string };

export type CarryStatus =
  | { state: 'none' }
  | {
      state: 'carried';
      munchkinId?: string;
      source?: string;
      clientIdTail: string;
      secretTail: string;
      /** When the values were sent, and when they are forgotten: the panel says how long they are kept. */
      carriedAt: number;
      expiresAt: number;
      keepUntilExpiry: boolean;
    };

export type FieldName = 'munchkinId' | 'clientId' | 'clientSecret';
export type FieldOutcome = 'filled' | 'not-accepted' | 'readonly' | 'disabled' | 'kept' | 'missing';

export type FillPreview =
  | {
      ok: true;
      /** The Munchkin ID the page already holds, if any. */
      pageMunchkinId?: string;
      fields: Record<FieldName, boolean>;
      /** We opened the Set Up / Configure tab for the user. */
      openedSetupTab: boolean;
    }
  | { ok: false; reason: string };

export type FillResult =
  | {
      ok: true;
      fields: Partial<Record<FieldName, FieldOutcome>>;
      saveButtonFound: boolean;
      forgotten: boolean;
    }
  | { ok: false; reason: string; fields?: Partial<Record<FieldName, FieldOutcome>> };

export interface Responses {
  'page:report': { ok: true };
  'panel:hello': { ok: boolean; tabId?: number };
  'credentials:read': ReadSummary;
  'credentials:copy': { value?: string; reason?: string };
  'credentials:carry': CarryStatus;
  'credentials:status': CarryStatus;
  'credentials:forget': CarryStatus;
  'credentials:keep': CarryStatus;
  'credentials:reveal': { secret?: string; reason?: string };
  'credentials:fill-preview': FillPreview;
  'credentials:fill': FillResult;
  'page:highlight': { ok: boolean; reason?: string };
  'page:unhighlight': { ok: boolean };
  'dock:stay': { ok: boolean };
  'agent:dock-stay': { ok: boolean };
  'agent:read-credentials': ReadCredentialsResult;
  'agent:fill-preview': FillPreview;
  'agent:fill': FillResult;
  'agent:highlight': { ok: boolean; reason?: string };
  'agent:unhighlight': { ok: boolean };
  'agent:focus-panel': { ok: boolean };
  'agent:read-page': PageReading;
  'checklist:set-status': { ok: boolean };
  'checklist:set-active': { ok: boolean };
  'checklist:reset': { ok: boolean; previous?: string };
  'checklist:undo-reset': { ok: boolean };
  'checklist:import':
    | { ok: true; count: number }
    | { ok: false; code: string; params?: Record<string, string | number> };
  'csv:verdict': { ok: boolean };
  'csv:replace': { result: ReplaceResult };
  'csv:users': UsersContext;
  'invite:verdict': { ok: boolean };
  'agent:invite-text': { ok: boolean };
  'agent:invite-verdict': { ok: boolean };
  'removal:decide': { ok: boolean };
  'report:snapshot': SnapshotResult;
  'agent:reading': { ok: boolean };
  'agent:dock-lost': { ok: boolean };
  'agent:csv-file': { ok: boolean };
  'agent:csv-state': { ok: boolean };
  'agent:removal': { ok: boolean };
  'agent:dock': { ok: boolean; mounted?: 'new' | 'existing' };
  'agent:dock-visible': { visible: boolean; why?: string };
  'agent:watch': { ok: boolean };
  'agent:csv-verdict': { ok: boolean };
  'agent:csv-replace': { result: ReplaceResult };
  'agent:removal-decide': { ok: boolean };
  'agent:users': UsersContext;
}

export type ReplaceResult = 'replaced' | 'stale' | 'no-dialog' | 'no-file-input' | 'unsupported';
/** The CSV dialog guard (lib/csv-dialog/guard.ts): no file / checking or held (Next held back) / released. */
export type GuardState = 'idle' | 'checking' | 'held' | 'released';
/** What User Management says about the instance: its own user total and the users shown. */
export interface UsersContext {
  seatsUsed?: number;
  existingEmails?: string[];
}
export type SnapshotResult = { ok: true; html: string; masked: number; removed: number } | { ok: false };

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
