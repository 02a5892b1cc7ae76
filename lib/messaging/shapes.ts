/**
 * Bounds and schema pieces shared by the features' protocols
 * (lib/features/<feature>/protocol.ts). Schemas are builders (functions): a
 * module the agent imports builds nothing until a message needs it
 * (lib/zod-mini.ts `lazySchemas`).
 */
import { HIGHLIGHT_TARGETS } from '../pages/catalogue';
import { PAGE_IDS } from '../pages/types';
import { z } from '../zod-mini';

export const MUNCHKIN_ID = /^\d{3}-[A-Z]{3}-\d{3}$/;
/** A one-time key for a dock's panel document (lib/background/panels.ts). */
export const PANEL_KEY = /^[0-9a-f]{32}$/;
/** Files carried between the agent and the panel, base64 (the CSV check reads 10 MB at most: lib/csv/pipeline.ts). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_BASE64 = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4;
/** Characters of the Invite Users field carried to the panel (lib/csv-dialog/invite-guard.ts cuts there). */
export const MAX_TYPED_CHARS = 200_000;

/** A frame of the sender's tab (panel → background → that frame's agent). */
export const frameTarget = () => z.object({ frameId: z.int().check(z.gte(0)) });

/** The controls "show me" can point at: every page's targets (lib/pages/<app>/<page>/about.ts). */
export const highlightTarget = () => z.enum(HIGHLIGHT_TARGETS);

export const knownPage = () => z.enum(PAGE_IDS);
