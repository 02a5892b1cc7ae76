/** The dock's texts in the host page, in Brazilian Portuguese: the accessible name of the panel's frame. */
import type { DockTexts } from './en';

export const pt_BR: DockTexts = {
  dockFrameTitle: 'Assistente de configuração do MSI Actions',
};
