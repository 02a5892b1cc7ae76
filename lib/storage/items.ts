/**
 * The extension's persistent settings and panel state (storage.local), in one
 * place. Credentials never come here: they are carried by the background's
 * vault in storage.session (lib/credentials/vault.ts).
 */
import { LOCALES } from '../i18n/locales';
import { lazySchema, z } from '../zod-mini';
import {
  PANEL_DEFAULT_WIDTH,
  PANEL_MAX_WIDTH,
  PANEL_MIN_WIDTH,
  PANEL_UI_KEY,
  SETTINGS_KEY,
} from './panel-ui';
import { defineValidatedItem } from './validated';

// Schemas are built on first use (lib/zod-mini.ts lazySchema): the agent imports these items
// in the host page, and evaluating it should not build what it may never read.
const panelUi = () =>
  z.object({
    collapsed: z.boolean(),
    width: z.int().check(z.gte(PANEL_MIN_WIDTH), z.lte(PANEL_MAX_WIDTH)),
  });
export type PanelUi = z.infer<ReturnType<typeof panelUi>>;

const settings = () =>
  z.object({
    /** 'auto' follows the browser's language. */
    locale: z.enum(['auto', ...LOCALES]),
    /** Clear the clipboard this many seconds after copying a credential; 0 = never. */
    clipboardClearSeconds: z.int().check(z.gte(0), z.lte(600)),
    /** How long carried credentials stay in memory. */
    carryMinutes: z.int().check(z.gte(1), z.lte(60)),
    /** Where the panel opens: docked in the page, or in the browser's own side panel (sidebar in Firefox). */
    panelPlace: z.enum(['page', 'side']),
  });
export type Settings = z.infer<ReturnType<typeof settings>>;

export type CorruptListener = (key: string, problem: string) => void;
const corruptListeners = new Set<CorruptListener>();
export function onStorageCorrupt(listener: CorruptListener): () => void {
  corruptListeners.add(listener);
  return () => corruptListeners.delete(listener);
}
const reportCorrupt: CorruptListener = (key, problem) => {
  for (const l of corruptListeners) l(key, problem);
};

export const panelUiItem = defineValidatedItem<PanelUi>(`local:${PANEL_UI_KEY}`, {
  schema: lazySchema(panelUi),
  fallback: { collapsed: false, width: PANEL_DEFAULT_WIDTH },
  version: 1,
  onCorrupt: reportCorrupt,
});

export const DEFAULT_SETTINGS: Settings = {
  locale: 'auto',
  clipboardClearSeconds: 30,
  carryMinutes: 10,
  panelPlace: 'page',
};

export const settingsItem = defineValidatedItem<Settings>(`local:${SETTINGS_KEY}`, {
  schema: lazySchema(settings),
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: {
    // v2 added the credential timers; keep the user's language.
    2: (v1) => ({ ...DEFAULT_SETTINGS, ...(v1 as object) }),
    // v3 added where the panel opens; it stays in the page.
    3: (v2) => ({ panelPlace: 'page', ...(v2 as object) }),
  },
  onCorrupt: reportCorrupt,
});
