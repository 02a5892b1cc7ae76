/**
 * "Report this page": the sanitiser (lib/report), injected by the background into
 * the frame that shows the page only when the user asks for a report
 * (lib/features/report/background.ts). It is not part of agent.js, so the host pages we
 * recognise never evaluate it otherwise (npm run bench:host). It runs in the
 * extension's isolated world, reads the live page and changes nothing; its result
 * (the value `main` returns) goes to the background alone, as the result of
 * `scripting.executeScript`: page script can neither call it nor see what it returns.
 */

import type { SnapshotResult } from '@/lib/messaging/protocol';
import { sanitiseDocument } from '@/lib/report/sanitise';

export default defineUnlistedScript((): SnapshotResult => {
  try {
    const { html, masked, removed } = sanitiseDocument(document);
    return { ok: true, html, masked, removed };
  } catch {
    return { ok: false };
  }
});
