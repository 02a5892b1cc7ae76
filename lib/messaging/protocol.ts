/**
 * One protocol for every message between content scripts, the background and
 * extension pages. Each message type has a zod schema for its payload; the
 * receiving side validates on arrival (lib/messaging/receive.ts) and checks
 * the sender. Responses are typed by `Protocol`.
 */
import { PAGE_IDS } from '../pages/types';
import { z } from '../zod';

const pageId = z.enum([...PAGE_IDS, 'unknown']);
const appId = z.enum(['marketo', 'sales', 'salesforce']);

/** What a frame recognised: sent by the bootstrap of every frame. */
export const pageReport = z.object({
  app: appId.nullable(),
  page: pageId,
  /** Munchkin ID when the URL (or the page) tells it. */
  munchkinId: z
    .string()
    .regex(/^\d{3}-[A-Z]{3}-\d{3}$/)
    .optional(),
  /** The Marketo pod or host, used to key an instance until its Munchkin ID is known. */
  instanceHost: z.string().max(253).optional(),
});
export type PageReport = z.infer<typeof pageReport>;

export const messageSchemas = {
  /** content → background: a frame recognised (or lost) a page. */
  'page:report': pageReport,
  /** content (top frame) → background: load the panel into this tab's top frame. */
  'panel:load': z.object({ reason: z.enum(['recognised', 'toolbar']) }),
  /** background → top frame: the toolbar button was pressed. */
  'panel:toggle': z.object({}),
  /** background → top frame: a sub-frame's page report (frames feed the top-level panel). */
  'panel:frame-report': z.object({ frameId: z.number().int().min(0), report: pageReport }),
} as const;

export type MessageType = keyof typeof messageSchemas;
export type Payload<T extends MessageType> = z.infer<(typeof messageSchemas)[T]>;

/** Response type of each message. */
export interface Responses {
  'page:report': { ok: true };
  'panel:load': { ok: boolean; error?: string };
  'panel:toggle': { handled: boolean };
  'panel:frame-report': { ok: true };
}

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Payload<T>;
}
