/**
 * The dock's stored state without zod or WXT's storage: the bounds of its width,
 * and the raw storage.local keys the bootstrap reads when it puts the dock up
 * before the agent is there (lib/boot/early-dock.ts). The validated items are
 * in ./items.ts, built on these names and bounds.
 */
import { LOCALES, type Locale } from '../i18n/locales';

export const PANEL_MIN_WIDTH = 280;
export const PANEL_MAX_WIDTH = 720;
export const PANEL_DEFAULT_WIDTH = 380;

/** storage.local keys (WXT's `local:<key>` items in ./items.ts). */
export const PANEL_UI_KEY = 'panelUi';
export const SETTINGS_KEY = 'settings';

export const clampWidth = (w: number): number =>
  Math.round(Math.min(PANEL_MAX_WIDTH, Math.max(PANEL_MIN_WIDTH, w)));

/**
 * The dock's stored width and collapse read leniently from the raw value (any version): what is not
 * a width or a flag falls back to the defaults. Good enough to draw the dock for the few tens of ms
 * until the agent applies the validated state the background sends.
 */
export function lenientPanelUi(raw: unknown): { collapsed: boolean; width: number } {
  const v = (raw ?? {}) as { collapsed?: unknown; width?: unknown };
  return {
    collapsed: v.collapsed === true,
    width:
      typeof v.width === 'number' && Number.isFinite(v.width) ? clampWidth(v.width) : PANEL_DEFAULT_WIDTH,
  };
}

/**
 * The stored UI language preference read leniently from the raw settings (any version): anything but
 * one of our locales is 'auto'. The bootstrap names the dock's frame in it (lib/boot/early-dock.ts).
 */
export function lenientLocalePref(raw: unknown): 'auto' | Locale {
  const locale = (raw as { locale?: unknown } | null | undefined)?.locale;
  return LOCALES.find((l) => l === locale) ?? 'auto';
}
