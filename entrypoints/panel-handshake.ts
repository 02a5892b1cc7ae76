/**
 * The panel document's first script (a classic script in panel.html's head, run while its HTML is
 * parsed): starts the key handshake with the dock and the background before the app's modules are
 * loaded and evaluated (lib/panel/handshake.ts), and the read of its stored settings
 * (lib/panel/early-stored.ts). No React, no polyfill: the browser's own
 * `runtime.sendMessage` (lib/boot/runtime.ts). In the browser's side panel (not framed) it does nothing.
 */
import { extensionApi, sendFromBootstrap } from '@/lib/boot/runtime';
import { startStoredRead } from '@/lib/panel/early-stored';
import { startHandshake } from '@/lib/panel/handshake';

export default defineUnlistedScript(() => {
  // Its settings and dock state, which the first render waits for (lib/panel/early-stored.ts).
  startStoredRead(window, extensionApi()?.storage?.local);
  if (window.parent === window) return;
  void startHandshake(
    window,
    (key) => sendFromBootstrap('panel:hello', { key }),
    () => performance.mark('msi-panel-registered'),
  );
});
