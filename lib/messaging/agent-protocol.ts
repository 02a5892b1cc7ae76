/**
 * The messages the background sends to a frame's agent, in a module of their
 * own so the agent bundle carries only these schemas: the page and dock
 * messages here, and each feature's (lib/features/<feature>/protocol.ts
 * `…AgentMessages`). lib/messaging/protocol.ts includes them in the one protocol.
 *
 * Why the agent keeps a schema check (zod/mini, 25.7 kB of agent.js) and not a
 * lighter hand-written one: the agent acts in the host page on what these
 * messages say (fills fields with `values`, puts up a dock with `key`, swaps a
 * file of up to MAX_FILE_BYTES into the CSV dialog).
 * Invariant: the agent acts only on a message whose sender is our background
 * (lib/agent/start.ts: extension id, no tab) AND whose payload has the
 * shape and bounds of its schema (below and in the features' protocols: lengths, the key's and Munchkin ID's patterns, the
 * page and target enums; unknown keys are dropped); anything else is answered
 * `bad-payload` and nothing is done (test/unit/messaging/receive.test.ts).
 * One validator for every end of the protocol keeps the bounds in one place;
 * and zod/mini stays in agent.js anyway for the stored progress the removal
 * guard reads (lib/checklist/schema.ts), so a hand-written check here would add
 * code, not remove the 25.7 kB.
 */
import { credentialsAgentMessages } from '../features/credentials/protocol';
import { csvAgentMessages } from '../features/csv/protocol';
import { LOCALES } from '../i18n/locales';
import { PANEL_MAX_WIDTH, PANEL_MIN_WIDTH } from '../storage/panel-ui';
import { lazySchemas, z } from '../zod-mini';
import { highlightTarget, knownPage, PANEL_KEY } from './shapes';

export { MAX_FILE_BASE64, MAX_FILE_BYTES, MUNCHKIN_ID, PANEL_KEY } from './shapes';

/** background → agent: the page and the dock (the features' own are in lib/features/<feature>/protocol.ts). */
const pageAgentMessages = {
  'agent:highlight': () => z.object({ target: highlightTarget(), label: z.string().check(z.maxLength(120)) }),
  /** Take the "show me" outline away (Escape in the panel, the panel closed). */
  'agent:unhighlight': () => z.object({}),
  'agent:read-page': () => z.object({ page: knownPage() }),
  /**
   * Put up the dock (a fresh one with this one-time key when there is none) and show this page in it.
   * `ui`: the stored width and collapse, read by the background, so the agent puts the dock up
   * without a storage round trip of its own on the host page's thread; `locale` likewise.
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
      /** The user's UI language, resolved by the background: the dock's frame is named in it. */
      locale: z.optional(z.enum(LOCALES)),
    }),
  /** Show the dock over the host's open dialogs (the user expanded it while it made room). */
  'agent:dock-stay': () => z.object({}),
  /** Move the keyboard focus into the dock's frame (the focus shortcut, the removal caution). */
  'agent:focus-panel': () => z.object({}),
  /** Is the dock really there to be seen and clicked (not covered, transparent or shrunk)? */
  'agent:dock-visible': () => z.object({}),
  /** Watch this frame's page: push readings as it changes, guard what this page needs guarding. */
  'agent:watch': () => z.object({ page: z.nullable(knownPage()) }),
};

/** Every background → agent message's schema builder (lib/messaging/protocol.ts spreads them). */
export const agentMessages = {
  ...pageAgentMessages,
  ...credentialsAgentMessages,
  ...csvAgentMessages,
};

/**
 * background → agent (never from a page). Each built on its first message: the agent
 * evaluates in the host page's main thread, and most types never come to a given frame.
 */
export const agentSchemas = lazySchemas(agentMessages);
