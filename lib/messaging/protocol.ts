/**
 * One protocol for every message between content scripts, the background and
 * extension pages. Each message type has a zod schema for its payload; the
 * receiving side validates on arrival (lib/messaging/receive.ts) and checks
 * the sender. Responses are typed by `Protocol`.
 */
import type { PageReading } from '../checklist/detections';
import { PAGE_IDS } from '../pages/types';
import { z } from '../zod-mini';
import { agentSchemas, credentialValues, highlightTarget, knownPage, MUNCHKIN_ID } from './agent-protocol';

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
const identity = z.object({
  munchkinId: z.optional(z.string().check(z.maxLength(20))),
  host: z.optional(z.string().check(z.maxLength(253))),
  sandbox: z.boolean(),
});
const stepId = z.string().check(z.maxLength(80));
const instanceKey = z.string().check(z.maxLength(300));
export type HighlightTarget = z.infer<typeof highlightTarget>;

export const messageSchemas = {
  /** content → background: a frame recognised (or lost) a page. */
  'page:report': pageReport,
  /** content (top frame) → background: load the panel into this tab's top frame. */
  'panel:load': z.object({ reason: z.enum(['recognised']) }),

  /** panel → background → the frame's agent: read the Client ID/Secret on Actions Config. */
  'credentials:read': frameTarget,
  /** panel → background: keep these values in memory for the Sales app. */
  'credentials:carry': z.extend(credentialValues, { source: z.optional(z.string().check(z.maxLength(100))) }),
  'credentials:status': z.object({}),
  'credentials:forget': z.object({}),
  'credentials:keep': z.object({ keep: z.boolean() }),
  /** panel → background: the carried secret itself, on the user's explicit request. */
  'credentials:reveal': z.object({}),
  /** panel → background → the frame's agent: is this the Set Up form, what Munchkin ID does it hold? */
  'credentials:fill-preview': frameTarget,
  /** panel → background → the frame's agent: put the carried values into the form. */
  'credentials:fill': frameTarget,
  /** panel → background → a frame's agent: outline a control ("show me"). */
  'page:highlight': z.extend(frameTarget, {
    target: highlightTarget,
    label: z.string().check(z.maxLength(120)),
  }),

  /** panel → background → the frame's agent: read the page state, apply detections to the instance. */
  'checklist:refresh': z.extend(frameTarget, { page: knownPage, identity: z.optional(identity) }),
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
  /** panel → background: the badge count for this tab. */
  'checklist:badge': z.object({ text: z.string().check(z.maxLength(8)) }),

  /** background → agent (never from a page): zod/mini schemas, see ./agent-protocol.ts. */
  ...agentSchemas,
} as const;

export type MessageType = keyof typeof messageSchemas;
export type Payload<T extends MessageType> = z.infer<(typeof messageSchemas)[T]>;

/** Response type of each message. */
export type ReadCredentialsResult =
  | { ok: true; values: CredentialValuesPayload; secretWasMasked: boolean }
  | { ok: false; reason: string };

export type CarryStatus =
  | { state: 'none' }
  | {
      state: 'carried';
      munchkinId?: string;
      source?: string;
      clientIdTail: string;
      secretTail: string;
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
  'panel:load': { ok: boolean; error?: string };
  'credentials:read': ReadCredentialsResult;
  'credentials:carry': CarryStatus;
  'credentials:status': CarryStatus;
  'credentials:forget': CarryStatus;
  'credentials:keep': CarryStatus;
  'credentials:reveal': { secret?: string };
  'credentials:fill-preview': FillPreview;
  'credentials:fill': FillResult;
  'page:highlight': { ok: boolean; reason?: string };
  'agent:read-credentials': ReadCredentialsResult;
  'agent:fill-preview': FillPreview;
  'agent:fill': FillResult;
  'agent:highlight': { ok: boolean; reason?: string };
  'agent:read-page': PageReading;
  'checklist:refresh': { ok: boolean; unread: string[]; reason?: string };
  'checklist:set-status': { ok: boolean };
  'checklist:set-active': { ok: boolean };
  'checklist:reset': { ok: boolean; previous?: string };
  'checklist:undo-reset': { ok: boolean };
  'checklist:import':
    | { ok: true; count: number }
    | { ok: false; code: string; params?: Record<string, string | number> };
  'checklist:badge': { ok: boolean };
}

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
