/** The dock's texts in the host page, in German: the accessible name of the panel's frame. */
import type { DockTexts } from './en';

export const de: DockTexts = {
  dockFrameTitle: 'MSI Actions Einrichtungsassistent',
};
