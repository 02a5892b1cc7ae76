/**
 * The messages the background sends to a frame's agent, in a module of their
 * own so the agent bundle carries only these schemas. lib/messaging/protocol.ts
 * includes them (and reuses the shared pieces) in the one protocol.
 *
 * Why the agent keeps a schema check (zod/mini, 25.7 kB of agent.js) and not a
 * lighter hand-written one: the agent acts in the host page on what these
 * messages say (fills fields with `values`, puts up a dock with `key`, swaps a
 * file of up to MAX_FILE_BYTES into the CSV dialog).
 * Invariant: the agent acts only on a message whose sender is our background
 * (lib/agent/start.ts: extension id, no tab) AND whose payload has the
 * shape and bounds below (lengths, the key's and Munchkin ID's patterns, the
 * page and target enums; unknown keys are dropped); anything else is answered
 * `bad-payload` and nothing is done (test/unit/messaging/receive.test.ts).
 * One validator for every end of the protocol keeps the bounds in one place;
 * and zod/mini stays in agent.js anyway for the stored progress the removal
 * guard reads (lib/checklist/schema.ts), so a hand-written check here would add
 * code, not remove the 25.7 kB.
 */
import { HIGHLIGHT_TARGETS } from '../pages/catalogue';
import { PAGE_IDS } from '../pages/types';
import { PANEL_MAX_WIDTH, PANEL_MIN_WIDTH } from '../storage/items';
import { lazySchemas, z } from '../zod-mini';

export const MUNCHKIN_ID = /^\d{3}-[A-Z]{3}-\d{3}$/;
/** A one-time key for a dock's panel document (lib/background/panels.ts). */
export const PANEL_KEY = /^[0-9a-f]{32}$/;
/** Files carried between the agent and the panel, base64 (the CSV check reads 10 MB at most: lib/csv/pipeline.ts). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_BASE64 = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4;

export const credentialValues = z.object({
  clientId: z.string().check(z.minLength(1), z.maxLength(200)),
  clientSecret: z.string().check(z.minLength(1), z.maxLength(500)),
  munchkinId: z.optional(z.string().check(z.regex(MUNCHKIN_ID))),
});

/** The controls "show me" can point at: every page's targets (lib/pages/<app>/<page>/about.ts). */
export const highlightTarget = z.enum(HIGHLIGHT_TARGETS);

export const knownPage = z.enum(PAGE_IDS);

/**
 * background → agent (never from a page). Each built on its first message: the agent
 * evaluates in the host page's main thread, and most types never come to a given frame.
 */
export const agentSchemas = lazySchemas({
  'agent:read-credentials': () => z.object({}),
  'agent:fill-preview': () => z.object({}),
  'agent:fill': () => z.object({ values: credentialValues }),
  'agent:highlight': () => z.object({ target: highlightTarget, label: z.string().check(z.maxLength(120)) }),
  /** Take the "show me" outline away (Escape in the panel, the panel closed). */
  'agent:unhighlight': () => z.object({}),
  'agent:read-page': () => z.object({ page: knownPage }),
  /**
   * Put up the dock (a fresh one with this one-time key when there is none) and show this page in it.
   * `ui`: the stored width and collapse, read by the background, so the agent puts the dock up
   * without a storage round trip of its own on the host page's thread.
   */
  'agent:dock': () =>
    z.object({
      key: z.string().check(z.regex(PANEL_KEY)),
      app: z.string().check(z.maxLength(20)),
      page: z.string().check(z.maxLength(60)),
      open: z.boolean(),
      ui: z.optional(
        z.object({
          collapsed: z.boolean(),
          width: z.int().check(z.gte(PANEL_MIN_WIDTH), z.lte(PANEL_MAX_WIDTH)),
        }),
      ),
    }),
  /** Show the dock over the host's open dialogs (the user expanded it while it made room). */
  'agent:dock-stay': () => z.object({}),
  /** Move the keyboard focus into the dock's frame (the focus shortcut, the removal caution). */
  'agent:focus-panel': () => z.object({}),
  /** Is the dock really there to be seen and clicked (not covered, transparent or shrunk)? */
  'agent:dock-visible': () => z.object({}),
  /** Watch this frame's page: push readings as it changes, guard what this page needs guarding. */
  'agent:watch': () => z.object({ page: z.nullable(knownPage) }),
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
});
