/**
 * The bootstrap: the only code that runs on every matched page, in every frame.
 * URL and document checks only (no React, no zod); it loads the panel into the
 * top frame once a page of the guide is recognised or the toolbar asks for it.
 */
import { startBootstrap } from '@/lib/boot/start';
import { HOST_MATCHES } from '@/lib/hosts';

export default defineContentScript({
  matches: HOST_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startBootstrap(ctx.signal);
  },
});
