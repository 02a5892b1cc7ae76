/**
 * The panel document's settings and dock state, read from storage.local by its first script
 * (entrypoints/panel-handshake.ts, run while panel.html is parsed) rather than once the app's
 * modules are loaded and evaluated: the first render waits for them (entrypoints/panel/main.tsx),
 * and the read is over by the time the app runs. The app checks them as ever (lib/storage/validated.ts
 * `getItemsFrom`: each value against its schema, an older version through its migrations).
 *
 * Nothing secret: any extension page may read these keys, and the read stays in the panel
 * document (a global of its own window, which only extension pages can reach).
 */
import { PANEL_UI_KEY, SETTINGS_KEY } from '../storage/panel-ui';
import { storedKeys } from '../storage/stored-keys';

const EARLY = '__msiPanelStored';
type StoredWindow = Window & {
  [EARLY]?: { keys: string[]; read: Promise<Record<string, unknown> | undefined> };
};

/** The keys the panel reads at its start (its settings and dock state, each with its version). */
export const PANEL_STORED_KEYS = storedKeys([SETTINGS_KEY, PANEL_UI_KEY]);

type Local = { get(keys: string[]): Promise<Record<string, unknown>> };

/** Starts the read (once per document). */
export function startStoredRead(win: Window, local: Local | undefined): void {
  const w = win as StoredWindow;
  if (w[EARLY] || !local) return;
  const keys = PANEL_STORED_KEYS;
  w[EARLY] = { keys, read: local.get(keys).catch(() => undefined) };
}

/**
 * A reader for `getItemsFrom`: the read started early when it was of these very keys (once: a
 * later read sees later values), else a fresh one.
 */
export function storedReader(
  win: Window,
  local: Local,
): (keys: string[]) => Promise<Record<string, unknown> | undefined> {
  return (keys) => {
    const w = win as StoredWindow;
    const early = w[EARLY];
    w[EARLY] = undefined;
    const same = early && early.keys.length === keys.length && keys.every((k) => early.keys.includes(k));
    return same ? early.read : local.get(keys);
  };
}
