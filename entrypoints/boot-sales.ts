/** The bootstrap of the Marketo Sales app pages (toutapp.com) (see lib/boot/start.ts). */
import { startBootstrap } from '@/lib/boot/start';
import { salesApp } from '@/lib/pages/sales/app';

export default defineUnlistedScript(() => {
  startBootstrap([salesApp]);
});
