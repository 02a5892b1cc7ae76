/**
 * The agent of Salesforce pages (lib/agent/apps/salesforce.ts): page-side handlers (readers,
 * fill, "show me", guards) loaded by the background into a frame of that app,
 * when a panel feature needs it. One agent per app: a frame compiles only its app's pages.
 */
import '@/lib/zod-mini';
import { salesforceAgent } from '@/lib/agent/apps/salesforce';
import { startAgent } from '@/lib/agent/start';

export default defineUnlistedScript(() => {
  startAgent(salesforceAgent);
});
