/**
 * The dock, put up by the bootstrap the moment the top frame recognises a page of
 * the guide, in parallel with its report to the background. The panel document's
 * navigation is most of the time from recognition to a usable panel (an
 * extension frame: 65–85 ms before its HTML is parsed, `npm run bench:host`), so
 * it starts here rather than once the background has injected the agent and
 * asked it for a dock, some 40 ms later.
 *
 * The dock put up here has no key at first: its panel document shows nothing and
 * can do nothing until it has one. The bootstrap then reports the page saying
 * that it put the dock up, and the background answers with the dock's one-time
 * key (lib/background/panel-hub.ts `earlyDock`), which the dock posts to its own
 * frame's window only; the agent, injected once the panel is shown, takes the
 * dock over (lib/agent/panel-dock.ts). Everything else holds as for the agent's
 * own dock (lib/agent/dock.ts): closed shadow root, nothing of the panel in the
 * page, the key and the reference kept in the isolated world (the bridge).
 *
 * Invariants (test/unit/boot/early-dock.test.ts):
 * - only in the top frame, only for a page of the guide, only when the panel
 *   opens in the page (not in the browser's side panel), once per document;
 * - never a second dock: not when the agent's is up, not while one is pending;
 * - gone again if no agent takes it over within `ADOPT_WITHIN_MS` (the
 *   background could not inject one), and when the bootstrap stops.
 */
import { DOCK_TAG, type Dock, dockFrame, mountDock } from '../agent/dock';
import { startingPlace, startsSmall } from '../agent/yield';
import { localeFor } from '../i18n/locales';
import { lenientLocalePref, lenientPanelUi, PANEL_UI_KEY, SETTINGS_KEY } from '../storage/panel-ui';
import type { Bridge } from './bridge';
import { extensionApi } from './runtime';

/** Long enough for a service worker woken from cold to inject the agent. */
export const ADOPT_WITHIN_MS = 15_000;

/**
 * Puts the dock up for a page of the guide the top frame recognised; resolves to it, or to
 * undefined when it was not (side-panel mode, a dock already up, storage unreadable).
 */
export async function putUpEarlyDock(
  doc: Document,
  bridge: Bridge,
  report: { app: string; page: string },
): Promise<Dock | undefined> {
  const ext = extensionApi();
  const runtime = ext?.runtime;
  if (!runtime?.id || !ext?.storage) return undefined;
  const stored = await ext.storage.local.get([SETTINGS_KEY, PANEL_UI_KEY]).catch(() => undefined);
  // The agent may have put its own dock up meanwhile; a page's own <msi-panel> leaves it to the agent.
  if (!stored || bridge.panel || bridge.early || doc.querySelector(DOCK_TAG)) return undefined;
  if ((stored[SETTINGS_KEY] as { panelPlace?: unknown } | undefined)?.panelPlace === 'side') return undefined;
  const ui = lenientPanelUi(stored[PANEL_UI_KEY]);
  const locale = localeFor(lenientLocalePref(stored[SETTINGS_KEY]), () => ext.i18n?.getUILanguage());
  const dock = mountDock(doc, { ...dockFrame({ runtime }, locale), ui, ...report });
  // Where the agent starts it too (lib/agent/dock-yield.ts): the strip on a small viewport.
  const win = doc.defaultView ?? window;
  const viewport = { width: win.innerWidth, height: win.innerHeight };
  dock.setPlace(startingPlace(viewport, ui, startsSmall(viewport.width, false)));
  bridge.early = dock;
  win.setTimeout(() => dropEarlyDock(bridge, dock), ADOPT_WITHIN_MS);
  return dock;
}

/** The agent takes the dock over (and the bootstrap lets go of it); undefined when there is none. */
export function takeEarlyDock(bridge: Bridge): Dock | undefined {
  const dock = bridge.early;
  bridge.early = undefined;
  return dock;
}

/** Takes the dock out of the page if no agent took it over (or, without `dock`, whichever is pending). */
export function dropEarlyDock(bridge: Bridge, dock: Dock | undefined = bridge.early): void {
  if (!dock || bridge.early !== dock) return;
  bridge.early = undefined;
  dock.remove();
}
