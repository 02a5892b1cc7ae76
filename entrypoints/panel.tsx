/**
 * The panel bundle (React). Not a declared content script: the background
 * loads it into a tab's top frame only once the bootstrap recognised a page
 * or the toolbar button asked for it (host-cost issue).
 */
import '@/lib/zod-mini';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelApp } from '@/components/panel/PanelApp';
import css from '@/components/panel/panel.css?inline';
import { getBridge } from '@/lib/boot/bridge';
import { mountShadowHost } from '@/lib/panel/mount';
import { panelUiItem, settingsItem } from '@/lib/storage/items';

export default defineUnlistedScript(async () => {
  const bridge = getBridge();
  if (bridge.panel || document.querySelector('msi-panel')) return;
  const mounted = mountShadowHost(document, css);
  const initialOpen = bridge.openRequested;
  bridge.openRequested = false;
  // Both stored values the dock needs, read together before the first render: one storage round
  // trip instead of two, each followed by a render, before the panel can paint.
  const [settings, ui] = await Promise.all([settingsItem.get(), panelUiItem.get()]);
  const root = createRoot(mounted.container);
  // A transition renders in slices that yield to the page (a default update renders the whole
  // panel in one task: over 50 ms on the host-cost benchmark).
  startTransition(() => {
    root.render(
      <PanelApp
        bridge={bridge}
        reserve={mounted.reserve}
        initialOpen={initialOpen}
        initial={{ locale: settings.locale, ui }}
      />,
    );
  });
});
