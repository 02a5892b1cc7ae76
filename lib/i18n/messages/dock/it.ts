/** The dock's texts in the host page, in Italian: the accessible name of the panel's frame. */
import type { DockTexts } from './en';

export const it: DockTexts = {
  dockFrameTitle: 'Assistente di configurazione MSI Actions',
};
