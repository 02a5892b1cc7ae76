/**
 * The dock: the one element the panel puts into a host page. A `<msi-panel>`
 * host (it keeps the stable hooks `data-testid="msi-panel"`, `data-app`,
 * `data-page` in the page DOM) with a CLOSED shadow root that holds an iframe of
 * the extension's own `panel.html`. The panel's UI, its data and its buttons
 * live in that extension-origin document: page script cannot read it, script
 * it or click into it (cross-origin), and it runs out of the host's process.
 *
 * Invariants (guarded by test/unit/agent/dock.test.ts and test/e2e/hostile.spec.ts):
 * - nothing of the panel's content is in the page's DOM: the host element carries
 *   only the app and page ids (and the collapsed state and the room it makes, data-yield);
 * - the shadow root is closed and its reference stays in this module;
 * - the iframe learns its one-time key by a `postMessage` to its own window,
 *   targeted at the extension's origin, once that window said it is there (a
 *   message whose source is our frame's window, which page script cannot forge):
 *   page script sees neither the key nor the message, and a panel document
 *   without a key the background issued shows nothing;
 * - a page that removes or replaces the host gets a fresh dock (new key), never
 *   an old one put back.
 */
import type { Locale } from '../i18n/locales';
import { DOCK_TEXTS } from '../i18n/messages/dock';
import { isPanelReady, isPanelShown, panelKeyMessage } from '../panel/handshake';
import type { PanelUi } from '../storage/items';
import type { DockPlace } from './yield';

export const DOCK_TAG = 'msi-panel';
export const COLLAPSED_WIDTH = 36;

export interface DockOptions {
  /** The panel document's URL (runtime.getURL('/panel.html'): in Chrome a per-session dynamic URL). */
  panelUrl: string;
  /**
   * The origin the panel document has once loaded (Chrome: the extension's own id, not the dynamic
   * one of its URL). The key is posted to that origin only: if the page navigated our frame to a
   * page of its own, the message is dropped.
   */
  panelOrigin: string;
  /**
   * The one-time key the background issued for this dock; none yet when the bootstrap puts the dock
   * up before the background was told of the page (lib/boot/early-dock.ts): `setKey` gives it later.
   */
  key?: string;
  ui: PanelUi;
  app: string;
  page: string;
  title: string;
}

export interface Dock {
  readonly host: HTMLElement;
  readonly frame: HTMLIFrameElement;
  /** The key the background issued: posted to the panel once its document has said it is there. */
  setKey(key: string): void;
  /**
   * Resolves once the panel document in our frame said it is shown (accepted, its sections painted:
   * lib/panel/handshake.ts `PANEL_SHOWN`); never if it never does.
   */
  readonly shown: Promise<void>;
  /** Applies the stored width and collapsed state (and the page margin beside the dock, the strip's too). */
  setUi(ui: PanelUi): void;
  /** The stored state last applied. */
  ui(): PanelUi;
  /**
   * Where the dock draws while it makes room for the host (lib/agent/dock-yield.ts):
   * narrower, or the strip on either edge. 'full' is the stored state.
   */
  setPlace(place: DockPlace): void;
  setPage(app: string, page: string): void;
  /** Names the frame in this language (the admin changed it in the options). */
  setLocale(locale: Locale): void;
  /** Where the dock draws, in the viewport (for the visibility check). */
  rect(): DOMRect;
  /** True while our host is still the element in the page. */
  attached(): boolean;
  /** Moves the keyboard focus into the panel's frame (the keyboard shortcut, a caution). */
  focus(): void;
  remove(): void;
}

/** The part of the extension's API the dock's frame is loaded from (the polyfill's or the browser's own). */
export interface DockExtension {
  runtime: { readonly id?: string; getURL(path: string): string };
}

/**
 * The panel document's URL and origin, and the frame's accessible name in the user's language (the
 * stored preference, resolved by the caller). The name comes from our own small dock area
 * (lib/i18n/messages/dock/), not from `i18n.getMessage`: a content script's first getMessage is a
 * synchronous round trip to the browser, 4–10 ms of the host's thread just before the frame starts
 * loading (npm run bench:host).
 */
export function dockFrame(
  ext: DockExtension,
  locale: Locale,
): Pick<DockOptions, 'panelUrl' | 'panelOrigin' | 'title'> {
  const panelUrl = ext.runtime.getURL('/panel.html');
  const url = new URL(panelUrl);
  return {
    panelUrl,
    panelOrigin: url.protocol === 'chrome-extension:' ? `chrome-extension://${ext.runtime.id}` : url.origin,
    title: DOCK_TEXTS[locale].dockFrameTitle,
  };
}

const HOST_CSS =
  'position: fixed !important; top: 0 !important; ' +
  'height: 100vh !important; z-index: 2147483646 !important; display: block !important; ' +
  'margin: 0 !important; padding: 0 !important; border: 0 !important; opacity: 1 !important; ' +
  'visibility: visible !important; transform: none !important; filter: none !important; ' +
  'clip-path: none !important; pointer-events: auto !important;';

export function mountDock(doc: Document, options: DockOptions): Dock {
  const host = doc.createElement(DOCK_TAG);
  host.setAttribute('data-testid', 'msi-panel');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent =
    ':host{all:initial}iframe{display:block;border:0;width:100%;height:100%;color-scheme:light;background:#fff;' +
    'box-shadow:-4px 0 16px rgb(0 0 0 / 12%)}';
  const frame = doc.createElement('iframe');
  frame.title = options.title;
  // Copy buttons write inside the panel document, and read back to clear only our own value.
  // Named by origin: under use_dynamic_url the src's origin is not the document's.
  frame.allow = `clipboard-write ${options.panelOrigin}; clipboard-read ${options.panelOrigin}`;
  frame.src = options.panelUrl;
  shadow.append(style, frame);

  let key = options.key;
  let ready = false;
  let markShown = () => {};
  const shown = new Promise<void>((resolve) => {
    markShown = resolve;
  });
  // Sent to the panel's own window only, once both the key and its document are there: the page cannot observe it.
  const postKey = () => {
    if (!ready || !key) return;
    frame.contentWindow?.postMessage(panelKeyMessage(key), options.panelOrigin);
  };
  // The panel document says it is there as its script starts (lib/panel/handshake.ts),
  // before its load event: the key handshake runs while it renders. Only a message from our own
  // frame's window counts: page script can post to this window, never as our frame. A page that
  // navigated our frame to a document of its own gets nothing: the key goes to the extension's origin only.
  const win = doc.defaultView ?? window;
  const onMessage = (event: MessageEvent) => {
    if (event.source === null || event.source !== frame.contentWindow) return;
    if (isPanelShown(event.data)) markShown();
    if (!isPanelReady(event.data)) return;
    ready = true;
    postKey();
  };
  win.addEventListener('message', onMessage);

  const rootStyle = doc.documentElement.style;
  const previous = rootStyle.getPropertyValue('margin-right');
  const previousPriority = rootStyle.getPropertyPriority('margin-right');
  let ui = options.ui;
  let place: DockPlace = { mode: 'full' };

  const apply = () => {
    const strip = ui.collapsed || place.mode === 'strip';
    const width = strip
      ? COLLAPSED_WIDTH
      : place.mode === 'narrow'
        ? Math.min(place.width, ui.width)
        : ui.width;
    const side =
      place.mode === 'strip' && place.side === 'left'
        ? 'left: 0 !important; right: auto !important;'
        : 'right: 0 !important; left: auto !important;';
    host.style.cssText = `${HOST_CSS} ${side} width: ${width}px !important;`;
    host.setAttribute('data-collapsed', String(ui.collapsed));
    // Making room for the host is said in the page (no content: the mode only), for tests and support.
    const yielded =
      place.mode === 'full' || (ui.collapsed && place.mode === 'strip' && place.side === 'right')
        ? null
        : place.mode === 'strip'
          ? `strip-${place.side}`
          : place.mode;
    if (yielded) host.setAttribute('data-yield', yielded);
    else host.removeAttribute('data-yield');
    // The page keeps clear of the dock at its right edge, the strip included (nothing of the host
    // under it); a strip moved to the left edge is there only while a host dialog is open.
    const onLeft = place.mode === 'strip' && place.side === 'left';
    if (onLeft) rootStyle.setProperty('margin-right', previous, previousPriority);
    else rootStyle.setProperty('margin-right', `${width}px`, 'important');
  };

  const dock: Dock = {
    host,
    frame,
    shown,
    setKey(next) {
      key = next;
      postKey();
    },
    setUi(next) {
      ui = next;
      apply();
    },
    ui: () => ui,
    setPlace(next) {
      place = next;
      apply();
    },
    setLocale(locale) {
      frame.title = DOCK_TEXTS[locale].dockFrameTitle;
    },
    setPage(app, page) {
      host.setAttribute('data-app', app);
      host.setAttribute('data-page', page);
    },
    rect: () => host.getBoundingClientRect(),
    attached: () => host.isConnected,
    focus: () => frame.focus(),
    remove() {
      win.removeEventListener('message', onMessage);
      rootStyle.setProperty('margin-right', previous, previousPriority);
      host.remove();
    },
  };
  dock.setUi(options.ui);
  dock.setPage(options.app, options.page);
  doc.documentElement.append(host);
  return dock;
}
