/** The bootstrap of the Marketo Engage pages and the experience.adobe.com shell (see lib/boot/start.ts). */
import { startBootstrap } from '@/lib/boot/start';
import { marketoApp } from '@/lib/pages/marketo/app';

export default defineUnlistedScript(() => {
  startBootstrap([marketoApp]);
});
