/** The dock's texts in the host page, in Swedish: the accessible name of the panel's frame. */
import type { DockTexts } from './en';

export const sv: DockTexts = {
  dockFrameTitle: 'Installationsguide för MSI Actions',
};
