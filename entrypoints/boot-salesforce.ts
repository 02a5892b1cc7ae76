/** The bootstrap of the Salesforce Setup pages and their Visualforce frames (see lib/boot/start.ts). */
import { startBootstrap } from '@/lib/boot/start';
import { salesforceApp } from '@/lib/pages/salesforce/app';

export default defineUnlistedScript(() => {
  startBootstrap([salesforceApp]);
});
