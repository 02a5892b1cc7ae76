/**
 * One protocol for every message between content scripts, the background and
 * extension pages. Each message type has a zod schema for its payload; the
 * receiving side validates on arrival (lib/messaging/receive.ts) and checks
 * the sender (`messageSenders`, lib/background/panels.ts `mayAccept`).
 * Responses are typed by `Responses`.
 *
 * Each feature keeps its own messages, senders and answers in its folder
 * (lib/features/<feature>/protocol.ts); this module assembles them with the
 * page and panel plumbing below, so callers import one protocol.
 */

import type { PageReading } from '../checklist/detections';
import type { ChecklistResponses } from '../features/checklist/protocol';
import { checklistMessages, checklistSenders } from '../features/checklist/protocol';
import type { CredentialsResponses } from '../features/credentials/protocol';
import { credentialsMessages, credentialsSenders } from '../features/credentials/protocol';
import type { CsvResponses } from '../features/csv/protocol';
import { csvMessages, csvSenders } from '../features/csv/protocol';
import type { ReportResponses } from '../features/report/protocol';
import { reportMessages, reportSenders } from '../features/report/protocol';
import { PAGE_IDS } from '../pages/types';
import { lazySchemas, z } from '../zod-mini';
import { agentMessages } from './agent-protocol';
import { FROM_CONTENT, FROM_PANEL, type SenderKind, type Senders } from './senders';
import { frameTarget, highlightTarget, MUNCHKIN_ID, PANEL_KEY } from './shapes';

export type {
  CarryStatus,
  CredentialValuesPayload,
  FieldName,
  FieldOutcome,
  FillPreview,
  FillResult,
  ReadCredentialsResult,
  ReadSummary,
} from '../features/credentials/protocol';
export type { GuardState, ReplaceResult, UsersContext } from '../features/csv/protocol';
export type { SnapshotResult } from '../features/report/protocol';

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
  /**
   * The frame's document already runs our agent (lib/agent/flag.ts). False: the background injects
   * it at once when it needs it, without first asking a frame that cannot answer. Not part of the page.
   */
  agent: z.optional(z.boolean()),
  /**
   * The top frame's bootstrap put the dock up itself (lib/boot/early-dock.ts): the answer carries
   * the dock's key, and the agent can wait until the panel has presented it. Not part of the page.
   */
  dock: z.optional(z.boolean()),
});
export type PageReport = z.infer<typeof pageReport>;

export type HighlightTarget = z.infer<ReturnType<typeof highlightTarget>>;

/** The page and the panel's plumbing: reports, the panel's hello, "show me", the dock. */
const pageMessages = {
  /** content → background: a frame recognised (or lost) a page. */
  'page:report': () => pageReport,
  /** panel document → background: "I am the panel of this dock" (the one-time key the dock handed me). */
  'panel:hello': () => z.object({ key: z.string().check(z.regex(PANEL_KEY)) }),
  /** panel → background → a frame's agent: outline a control ("show me"). */
  'page:highlight': () =>
    z.extend(frameTarget(), {
      target: highlightTarget(),
      label: z.string().check(z.maxLength(120)),
    }),
  /** panel → background → a frame's agent: take the outline away. */
  'page:unhighlight': frameTarget,
  /** panel → background → the top frame's agent: the user expanded the dock while it made room for the host. */
  'dock:stay': () => z.object({}),
  /** agent → background: the page took the dock out; put a fresh one up. */
  'agent:dock-lost': () => z.object({}),
  /**
   * top frame's bootstrap → background: the panel of the dock it put up is shown (painted); the
   * agent held for it may come (lib/background/panel-hub.ts `earlyDock`).
   */
  'dock:shown': () => z.object({}),
};

const pageSenders = {
  'page:report': FROM_CONTENT,
  // A panel.html our dock did not frame (unregistered, a "stranger") may only say hello.
  'panel:hello': [...FROM_PANEL, 'stranger'],
  'page:highlight': FROM_PANEL,
  'page:unhighlight': FROM_PANEL,
  'dock:stay': FROM_PANEL,
  'agent:dock-lost': FROM_CONTENT,
  'dock:shown': FROM_CONTENT,
} as const satisfies Senders<typeof pageMessages>;

/** Each message type's payload schema, built on first use (lib/zod-mini.ts `lazySchemas`). */
export const messageSchemas = lazySchemas({
  ...pageMessages,
  ...credentialsMessages,
  ...checklistMessages,
  ...csvMessages,
  ...reportMessages,
  /** background → agent (never from a page): see ./agent-protocol.ts. */
  ...agentMessages,
});

export type MessageType = keyof typeof messageSchemas;
export type Payload<T extends MessageType> = z.infer<(typeof messageSchemas)[T]>;

/**
 * Who may send each type to the background (lib/background/panels.ts `mayAccept`): each
 * feature's senders. background → agent types are listed nowhere: the background takes them from no one.
 */
export const messageSenders: { readonly [T in MessageType]?: readonly SenderKind[] } = {
  ...pageSenders,
  ...credentialsSenders,
  ...checklistSenders,
  ...csvSenders,
  ...reportSenders,
};

/** Response type of each message: the page's here, each feature's in its protocol. */
interface PageResponses {
  /** `key`: the one-time key for the dock the top frame's bootstrap put up (`dock: true`). */
  'page:report': { ok: true; key?: string };
  'panel:hello': { ok: boolean; tabId?: number };
  'page:highlight': { ok: boolean; reason?: string };
  'page:unhighlight': { ok: boolean };
  'dock:stay': { ok: boolean };
  'agent:dock-lost': { ok: boolean };
  'dock:shown': { ok: boolean };
  'agent:dock-stay': { ok: boolean };
  'agent:highlight': { ok: boolean; reason?: string };
  'agent:unhighlight': { ok: boolean };
  'agent:focus-panel': { ok: boolean };
  'agent:read-page': PageReading;
  'agent:dock': { ok: boolean; mounted?: 'new' | 'existing' };
  'agent:dock-visible': { visible: boolean; why?: string };
  'agent:watch': { ok: boolean };
}

export interface Responses
  extends PageResponses,
    CredentialsResponses,
    ChecklistResponses,
    CsvResponses,
    ReportResponses {}

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
