/**
 * "Report this page", the background's side: injects the sanitiser
 * (entrypoints/report.ts, lib/report) into the frame that shows the page, only
 * when the user asks, and returns what it made. The sanitiser is kept out of
 * agent.js, which every recognised page evaluates (npm run bench:host).
 */
import type { Runtime } from 'webextension-polyfill';
import { REPORT_SCRIPT, runFileInFrame } from '../../background/frames';
import type { PanelHub } from '../../background/panel-hub';
import type { FeatureHandlers } from '../../messaging/receive';
import type { reportMessages, SnapshotResult } from './protocol';

/** The sanitised copy of one frame's document; `{ ok: false }` when the frame cannot be read. */
export async function snapshotFrame(tabId: number, frameId: number): Promise<SnapshotResult> {
  const result = await runFileInFrame(tabId, frameId, REPORT_SCRIPT);
  return isSnapshot(result) ? result : { ok: false };
}

/** Only the shape our script returns goes on to the panel. */
function isSnapshot(value: unknown): value is SnapshotResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === false) return true;
  return (
    v.ok === true && typeof v.html === 'string' && Number.isInteger(v.masked) && Number.isInteger(v.removed)
  );
}

export function createReportHandlers(hub: PanelHub): FeatureHandlers<typeof reportMessages> {
  const tab = (sender: Runtime.MessageSender) => hub.tabOf(sender);
  return {
    'report:snapshot': async ({ frameId }, sender) => {
      const tabId = tab(sender);
      if (tabId === undefined) return { ok: false };
      return snapshotFrame(tabId, frameId);
    },
  };
}
