/**
 * The checklist feature's messages: the user's changes to the guide's progress
 * (from the panel, or another extension page such as the options), and what a
 * watched page shows (from the agent of the frame that shows it), who may send
 * each, and the answers. Schemas are builders (lib/messaging/protocol.ts
 * assembles them).
 *
 * Invariant: a content script may push a reading and never change the
 * progress; the checklist changes come from the tab's registered panel, the
 * side panel or another extension page (test/unit/background/panels.test.ts).
 */
import { FROM_CONTENT, FROM_PANEL, type SenderKind, type Senders } from '../../messaging/senders';
import { knownPage } from '../../messaging/shapes';
import { z } from '../../zod-mini';

const stepId = () => z.string().check(z.maxLength(80));
const instanceKey = () => z.string().check(z.maxLength(300));

export const checklistMessages = {
  /** panel → background: the user sets a step ('clear' gives it back to detection). */
  'checklist:set-status': () =>
    z.object({
      key: instanceKey(),
      step: stepId(),
      status: z.enum(['todo', 'in-progress', 'done', 'clear']),
    }),
  'checklist:set-active': () => z.object({ key: instanceKey() }),
  /** Reset one instance; the answer carries what is needed to undo it. */
  'checklist:reset': () => z.object({ key: instanceKey() }),
  'checklist:undo-reset': () => z.object({ previous: z.string().check(z.maxLength(1_000_000)) }),
  'checklist:import': () => z.object({ text: z.string().check(z.maxLength(1_000_000)) }),
  /** agent → background: what the watched page shows now (checked again by the detections). */
  'agent:reading': () => z.object({ page: knownPage(), reading: z.looseObject({ page: knownPage() }) }),
};

/** The panel, the side panel and other extension pages (options, CSV check) change the checklist. */
const FROM_EXTENSION = [...FROM_PANEL, 'extension-page'] as const satisfies readonly SenderKind[];

export const checklistSenders = {
  'checklist:set-status': FROM_EXTENSION,
  'checklist:set-active': FROM_EXTENSION,
  'checklist:reset': FROM_EXTENSION,
  'checklist:undo-reset': FROM_EXTENSION,
  'checklist:import': FROM_EXTENSION,
  'agent:reading': FROM_CONTENT,
} as const satisfies Senders<typeof checklistMessages>;

export interface ChecklistResponses {
  'checklist:set-status': { ok: boolean };
  'checklist:set-active': { ok: boolean };
  'checklist:reset': { ok: boolean; previous?: string };
  'checklist:undo-reset': { ok: boolean };
  'checklist:import':
    | { ok: true; count: number }
    | { ok: false; code: string; params?: Record<string, string | number> };
  'agent:reading': { ok: boolean };
}
