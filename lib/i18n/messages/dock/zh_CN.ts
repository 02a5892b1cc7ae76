/** The dock's texts in the host page, in Simplified Chinese: the accessible name of the panel's frame. */
import type { DockTexts } from './en';

export const zh_CN: DockTexts = {
  dockFrameTitle: 'MSI Actions 设置助手',
};
