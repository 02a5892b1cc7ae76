/**
 * The dock's texts in the host page, in English: the accessible name of the panel's frame. The
 * bootstrap and the agent name the frame from these (lib/agent/dock.ts), not with `i18n.getMessage`:
 * a content script's first getMessage is a synchronous round trip to the browser, measured at
 * 4–10 ms of the host's thread just before the panel's frame starts loading (npm run bench:host).
 */
export const en = {
  dockFrameTitle: 'MSI Actions Setup Helper',
} as const;

/** Keys of this area: every locale defines all of them. */
export type DockKey = keyof typeof en;
export type DockTexts = Record<DockKey, string>;
