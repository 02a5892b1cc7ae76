/**
 * The agent of Marketo Engage pages (and the experience.adobe.com shell) (lib/agent/apps/marketo.ts): page-side handlers (readers,
 * fill, "show me", guards) loaded by the background into a frame of that app,
 * when a panel feature needs it. One agent per app: a frame compiles only its app's pages.
 */
import '@/lib/zod-mini';
import { marketoAgent } from '@/lib/agent/apps/marketo';
import { startAgent } from '@/lib/agent/start';

export default defineUnlistedScript(() => {
  startAgent(marketoAgent);
});
