/**
 * The panel bundle (React). Not a declared content script: the background
 * loads it into a tab's top frame only once the bootstrap recognised a page
 * or the toolbar button asked for it (host-cost issue).
 */
import '@/lib/zod';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/panel/PanelApp';
import css from '@/components/panel/panel.css?inline';
import { getBridge } from '@/lib/boot/bridge';
import { mountShadowHost } from '@/lib/panel/mount';

export default defineUnlistedScript(() => {
  const bridge = getBridge();
  if (bridge.panel || document.querySelector('msi-panel')) return;
  const mounted = mountShadowHost(document, css);
  const initialOpen = bridge.openRequested;
  bridge.openRequested = false;
  const root = createRoot(mounted.container);
  // A transition renders in slices that yield to the page (a default update renders the whole
  // panel in one task: over 50 ms on the host-cost benchmark).
  startTransition(() => {
    root.render(<PanelApp bridge={bridge} reserve={mounted.reserve} initialOpen={initialOpen} />);
  });
});
