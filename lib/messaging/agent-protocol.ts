/**
 * The messages the background sends to a frame's agent, in a module of their
 * own so the agent bundle carries only these schemas. lib/messaging/protocol.ts
 * includes them (and reuses the shared pieces) in the one protocol.
 */
import { PAGE_IDS } from '../pages/types';
import { z } from '../zod-mini';

export const MUNCHKIN_ID = /^\d{3}-[A-Z]{3}-\d{3}$/;

export const credentialValues = z.object({
  clientId: z.string().check(z.minLength(1), z.maxLength(200)),
  clientSecret: z.string().check(z.minLength(1), z.maxLength(500)),
  munchkinId: z.optional(z.string().check(z.regex(MUNCHKIN_ID))),
});

export const highlightTarget = z.enum([
  'marketo-provisioning-card',
  'marketo-send-invite',
  'marketo-sync',
  'marketo-start-sync',
  'sales-salesforce-connect',
  'sales-marketo-setup-tab',
  'sales-marketo-save',
  'sales-marketo-connect',
  'sales-actions-menu',
  'salesforce-packages-table',
  'salesforce-new-remote-site',
  'salesforce-enable-msi',
]);

export const knownPage = z.enum(PAGE_IDS);

/** background → agent (never from a page). */
export const agentSchemas = {
  'agent:read-credentials': z.object({}),
  'agent:fill-preview': z.object({}),
  'agent:fill': z.object({ values: credentialValues }),
  'agent:highlight': z.object({ target: highlightTarget, label: z.string().check(z.maxLength(120)) }),
  'agent:read-page': z.object({ page: knownPage }),
};
