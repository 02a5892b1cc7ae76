/** The manifest's keyboard command that focuses the panel (wxt.config.ts `commands`). */
export const FOCUS_PANEL_COMMAND = 'focus-panel';
/** Its suggested key (the user can change it in the browser's shortcut settings). */
export const FOCUS_PANEL_KEY = 'Alt+Shift+M';
