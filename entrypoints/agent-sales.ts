/**
 * The agent of the Sales app's pages (lib/agent/apps/sales.ts): page-side handlers (readers,
 * fill, "show me", guards) loaded by the background into a frame of that app,
 * when a panel feature needs it. One agent per app: a frame compiles only its app's pages.
 */
import '@/lib/zod-mini';
import { salesAgent } from '@/lib/agent/apps/sales';
import { startAgent } from '@/lib/agent/start';

export default defineUnlistedScript(() => {
  startAgent(salesAgent);
});
