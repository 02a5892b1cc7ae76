/**
 * Page-side handlers (readers, fill, "show me"), loaded by the background into
 * the frame that shows a page of the guide, when a panel feature needs it.
 */
import '@/lib/zod-mini';
import { startAgent } from '@/lib/agent/start';

export default defineUnlistedScript(() => {
  startAgent();
});
