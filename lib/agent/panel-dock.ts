/**
 * The agent's hold on the dock in the top frame: put it up when the background
 * asks (with a one-time key), follow the stored width and collapsed state, put
 * up a fresh one when the page removes it, and give the toolbar its toggle
 * (through the bridge the bootstrap shares with us).
 */
import { browser } from 'wxt/browser';
import { getBridge } from '../boot/bridge';
import { takeEarlyDock } from '../boot/early-dock';
import type { Locale } from '../i18n/locales';
import { localeOf } from '../i18n/ui-locale';
import { type PanelUi, panelUiItem, settingsItem } from '../storage/items';
import { type Dock, dockFrame, mountDock } from './dock';
import { type DockYield, watchDockYield } from './dock-yield';
import { holdReadingsUntil } from './reading-gate';

let dock: Dock | null = null;
let unwatch: (() => void) | null = null;
let yielding: DockYield | null = null;
let observer: MutationObserver | null = null;
let lastLost = 0;
const RELOST_MS = 3000;

export interface DockRequest {
  key: string;
  app: string;
  page: string;
  open: boolean;
  /** The stored width and collapse, as the background read them. */
  ui?: PanelUi;
  /** The user's UI language, as the background resolved it: the frame's name is in it. */
  locale?: Locale;
}

export async function putUpDock(req: DockRequest, doc: Document = document): Promise<'new' | 'existing'> {
  if (dock?.attached()) {
    dock.setPage(req.app, req.page);
    if (req.open) {
      await setCollapsed(false);
      yielding?.stay();
    }
    return 'existing';
  }
  dock?.remove();
  // The background sends the stored state with the request (one storage round trip less here).
  const stored = req.ui ?? (await panelUiItem.get());
  const ui = req.open ? { ...stored, collapsed: false } : stored;
  if (req.open && stored.collapsed) await panelUiItem.set(ui);
  // The bootstrap put the dock up on recognising the page, its frame already loading (lib/boot/early-dock.ts):
  // it gets the stored state here, and this key too (a panel already accepted with the key the
  // bootstrap had ignores it; one that was not presents it). Otherwise (a framed page of the
  // guide, the toolbar, a dock the page removed) a fresh one.
  const early = takeEarlyDock(getBridge());
  if (early?.attached()) {
    dock = early;
    dock.setUi(ui);
    dock.setPage(req.app, req.page);
    if (req.locale) dock.setLocale(req.locale);
    dock.setKey(req.key);
  } else {
    early?.remove();
    dock = mountDock(doc, {
      ...dockFrame(browser, req.locale ?? 'en'),
      key: req.key,
      ui,
      app: req.app,
      page: req.page,
    });
  }
  // The page's first reading waits until the panel is shown (./reading-gate.ts).
  holdReadingsUntil(dock.shown);
  unwatch?.();
  const unwatchUi = panelUiItem.watch((next) => {
    dock?.setUi(next);
    yielding?.check();
  });
  // The frame's name follows the language the admin picks in the options, as the panel does.
  const unwatchLocale = settingsItem.watch((next) => dock?.setLocale(localeOf(next.locale)));
  unwatch = () => {
    unwatchUi();
    unwatchLocale();
  };
  // Out of the way of the host's dialogs, menus and the outlined control; narrow on a small viewport.
  yielding?.stop();
  yielding = watchDockYield(doc, dock, { open: req.open });
  getBridge().panel = {
    toggle: () => {
      // Shown as the strip only to make room: the toolbar button brings the panel out, as its expand button does.
      if (yielding?.yielded()) {
        yielding.stay();
        return;
      }
      void panelUiItem.get().then((current) => {
        if (current.collapsed) yielding?.stay();
        return panelUiItem.set({ ...current, collapsed: !current.collapsed });
      });
    },
  };
  // The page took the dock out: the next report puts a fresh one up (new key); forget this one.
  observer?.disconnect();
  observer = new MutationObserver(() => {
    if (!dock || dock.attached()) return;
    dropDock();
    // Ask for a fresh dock (new key), at most once every few seconds against a page that keeps removing it.
    const now = Date.now();
    if (now - lastLost < RELOST_MS) return;
    lastLost = now;
    void browser.runtime.sendMessage({ type: 'agent:dock-lost', payload: {} }).catch(() => {});
  });
  observer.observe(doc.documentElement, { childList: true });
  return 'new';
}

async function setCollapsed(collapsed: boolean) {
  const current = await panelUiItem.get();
  if (current.collapsed !== collapsed) await panelUiItem.set({ ...current, collapsed });
}

/**
 * The keyboard shortcut put the focus into the panel: place the dock again now (the host control
 * that had the focus no longer needs room), before the panel moves the focus to its header.
 */
export function placeDockNow(): void {
  yielding?.check();
}

/** The user expanded the panel while it made room for the host: show it over what is open. */
export function stayDock(): boolean {
  if (!yielding || !dock?.attached()) return false;
  yielding.stay();
  return true;
}

function dropDock() {
  yielding?.stop();
  yielding = null;
  observer?.disconnect();
  observer = null;
  unwatch?.();
  unwatch = null;
  dock?.remove();
  dock = null;
  getBridge().panel = undefined;
}

export const currentDock = (): Dock | null => (dock?.attached() ? dock : null);
