/** The dock's texts in the host page, in French: the accessible name of the panel's frame. */
import type { DockTexts } from './en';

export const fr: DockTexts = {
  dockFrameTitle: 'Assistant de configuration MSI Actions',
};
