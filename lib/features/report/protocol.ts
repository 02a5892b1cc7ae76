/**
 * "Report this page"'s message: the panel asks for a sanitised copy of a frame's
 * page (the background injects entrypoints/report.ts there: no agent message,
 * lib/report stays out of agent.js). Only the tab's registered panel or the
 * side panel may ask. Schemas are builders (lib/messaging/protocol.ts assembles them).
 */
import { FROM_PANEL, type Senders } from '../../messaging/senders';
import { frameTarget } from '../../messaging/shapes';

export const reportMessages = {
  /** panel → background → a script injected into the frame: a sanitised copy of the page, to save. */
  'report:snapshot': frameTarget,
};

export const reportSenders = {
  'report:snapshot': FROM_PANEL,
} as const satisfies Senders<typeof reportMessages>;

export type SnapshotResult = { ok: true; html: string; masked: number; removed: number } | { ok: false };

export interface ReportResponses {
  'report:snapshot': SnapshotResult;
}
