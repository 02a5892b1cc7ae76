import { injectIntoFrame } from './frames';

/** The panel bundle (entrypoints/panel.tsx), loaded on demand into a tab's top frame. */
export const loadPanelIntoTab = (tabId: number) => injectIntoFrame(tabId, 0, '/panel.js');
