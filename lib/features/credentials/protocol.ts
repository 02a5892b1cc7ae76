/**
 * The credentials feature's messages: what the panel may ask the background
 * (credentials:*), what the background asks a frame's agent (agent:*), who may
 * send each, and the answers. Schemas are builders: the agent imports this
 * module and builds a schema only when its message arrives (lib/zod-mini.ts
 * `lazySchemas`); lib/messaging/protocol.ts and agent-protocol.ts assemble them.
 *
 * Invariant: every credentials message is accepted only from the tab's
 * registered panel document or the browser's side panel, never from a content
 * script on a page or another extension page (`credentialsSenders`; guarded by
 * test/unit/background/panels.test.ts and credentials-attack.test.ts).
 */
import { FROM_PANEL, type Senders } from '../../messaging/senders';
import { frameTarget, MUNCHKIN_ID } from '../../messaging/shapes';
import { z } from '../../zod-mini';

export const credentialValues = () =>
  z.object({
    clientId: z.string().check(z.minLength(1), z.maxLength(200)),
    clientSecret: z.string().check(z.minLength(1), z.maxLength(500)),
    munchkinId: z.optional(z.string().check(z.regex(MUNCHKIN_ID))),
  });
export type CredentialValuesPayload = z.infer<ReturnType<typeof credentialValues>>;

/** panel → background. */
export const credentialsMessages = {
  /** panel → background → the frame's agent: read the Client ID/Secret on Actions Config (tails come back). */
  'credentials:read': frameTarget,
  /** panel → background: carry what the frame's agent reads now (the panel never hands values over). */
  'credentials:carry': frameTarget,
  /** panel → background: one value for the panel to copy, on the user's click (read on the page, or carried). */
  'credentials:copy': () =>
    z.extend(frameTarget(), {
      field: z.enum(['clientId', 'clientSecret']),
      from: z.enum(['page', 'carried']),
    }),
  'credentials:status': () => z.object({}),
  'credentials:forget': () => z.object({}),
  'credentials:keep': () => z.object({ keep: z.boolean() }),
  /** panel → background: the carried secret itself, on the user's explicit request. */
  'credentials:reveal': () => z.object({}),
  /** panel → background → the frame's agent: is this the Set Up form, what Munchkin ID does it hold? */
  'credentials:fill-preview': frameTarget,
  /** panel → background → the frame's agent: put the carried values into the form. */
  /**
   * `confirmedPageId`: the Munchkin ID of the Sales account the admin confirmed filling
   * (the "I checked" box naming both instances); the background checks the match again.
   */
  'credentials:fill': () =>
    z.object({
      frameId: z.int().check(z.gte(0)),
      confirmedPageId: z.optional(z.string().check(z.maxLength(40))),
    }),
};

/** Credentials, reveal and fill: only from the tab's registered panel or the side panel. */
export const credentialsSenders = {
  'credentials:read': FROM_PANEL,
  'credentials:carry': FROM_PANEL,
  'credentials:copy': FROM_PANEL,
  'credentials:status': FROM_PANEL,
  'credentials:forget': FROM_PANEL,
  'credentials:keep': FROM_PANEL,
  'credentials:reveal': FROM_PANEL,
  'credentials:fill-preview': FROM_PANEL,
  'credentials:fill': FROM_PANEL,
} as const satisfies Senders<typeof credentialsMessages>;

/** background → agent (never from a page). */
export const credentialsAgentMessages = {
  'agent:read-credentials': () => z.object({}),
  'agent:fill-preview': () => z.object({}),
  'agent:fill': () => z.object({ values: credentialValues() }),
};

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

export interface CredentialsResponses {
  'credentials:read': ReadSummary;
  'credentials:copy': { value?: string; reason?: string };
  'credentials:carry': CarryStatus;
  'credentials:status': CarryStatus;
  'credentials:forget': CarryStatus;
  'credentials:keep': CarryStatus;
  'credentials:reveal': { secret?: string; reason?: string };
  'credentials:fill-preview': FillPreview;
  'credentials:fill': FillResult;
  'agent:read-credentials': ReadCredentialsResult;
  'agent:fill-preview': FillPreview;
  'agent:fill': FillResult;
}
