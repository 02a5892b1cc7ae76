/** The dock's texts in the host page, in Spanish: the accessible name of the panel's frame. */
import type { DockTexts } from './en';

export const es: DockTexts = {
  dockFrameTitle: 'Asistente de configuración de MSI Actions',
};
