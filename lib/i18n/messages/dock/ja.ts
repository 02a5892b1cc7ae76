/** The dock's texts in the host page, in Japanese: the accessible name of the panel's frame. */
import type { DockTexts } from './en';

export const ja: DockTexts = {
  dockFrameTitle: 'MSI Actions セットアップヘルパー',
};
