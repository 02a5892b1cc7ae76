/**
 * The panel document (panel.html), an extension page framed by the dock our agent
 * puts into a host page (lib/agent/dock.ts). It renders nothing until the background
 * has registered it as that dock's panel: the dock posts it a one-time key, we
 * present it (`panel:hello`). A panel.html framed by anyone else never gets a key
 * the background knows, so it stays empty and every message it sends is refused.
 * The same page opens in the browser's side panel (Chrome) or sidebar (Firefox):
 * there it has no tab, and follows the active one.
 */
import '@/lib/zod-mini';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PanelApp } from '@/components/panel/PanelApp';
import css from '@/components/panel/panel.css?inline';
import { loadLocale } from '@/lib/i18n/locale-texts';
import { localeOf } from '@/lib/i18n/ui-locale';
import { holdSendsUntil, sendToBackground } from '@/lib/messaging/send';
import { openPanelChannel } from '@/lib/panel/channel';
import { storedReader } from '@/lib/panel/early-stored';
import { startHandshake } from '@/lib/panel/handshake';
import { panelUiItem, settingsItem } from '@/lib/storage/items';
import { getItemsFrom } from '@/lib/storage/validated';

/** Where the start-up's time goes, for the benchmark (scripts/bench-host/marks.ts); nothing depends on them. */
const stage = (name: string) => performance.mark(`msi-panel-${name}`);

async function start(): Promise<void> {
  stage('script');
  // The stored language and dock state are read while the key handshake is under way (they are no
  // secret: any extension page may read them, and an unregistered panel shows nothing anyway).
  // The shown language's texts (one chunk: lib/i18n/locale-texts.ts) load in the same wait; the
  // browser's language (the default, 'auto') starts loading before the stored preference is read.
  void loadLocale(localeOf('auto'));
  // Both in one storage round trip (lib/storage/validated.ts getItemsFrom): the one panel.html's
  // first script started (lib/panel/early-stored.ts), or a fresh one should it not have run.
  const stored = getItemsFrom(storedReader(window, browser.storage.local), settingsItem, panelUiItem).then(
    async ([settings, ui]) => {
      await loadLocale(localeOf(settings.locale));
      return [settings, ui] as const;
    },
  );
  const style = document.createElement('style');
  style.textContent = `${css}\nhtml, body { margin: 0; height: 100%; overflow: hidden; background: #fff; }`;
  document.head.append(style);
  // Framed by our dock in a page: wait for its key. Top-level: the browser's side panel (sidebar),
  // which has no tab; the background tells one from the other by the sender (lib/background/panels.ts).
  const place = window.parent === window ? 'side' : 'page';
  // Started by panel.html's first script (entrypoints/panel-handshake.ts); here too should it not have run.
  const accepted =
    place === 'page'
      ? startHandshake(
          window,
          (key) => sendToBackground('panel:hello', { key }),
          () => stage('registered'),
        )
      : Promise.resolve();
  // Until the background accepted us, nothing we ask leaves this document (its port included), and
  // what renders meanwhile is invisible: not painted, not focusable, not clickable. A panel.html
  // that a page framed itself is never accepted: it shows nothing and can do nothing.
  holdSendsUntil(accepted);
  const [settings, ui] = await stored;
  const container = document.getElementById('root') as HTMLElement;
  container.className = 'msi-root';
  container.style.visibility = 'hidden';
  void accepted.then(() => container.style.removeProperty('visibility'));
  const root = createRoot(container);
  const channel = openPanelChannel(undefined, accepted);
  // Rendered during the key handshake rather than after it, in a transition: the render yields to the
  // handshake's messages instead of holding them up, and its first paint once accepted holds every
  // section (npm run bench:host "panel usable after recognition").
  startTransition(() =>
    root.render(
      <PanelApp channel={channel} initial={{ locale: settings.locale, ui }} place={place} shown={accepted} />,
    ),
  );
}

void start();
