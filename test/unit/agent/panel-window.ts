/**
 * Stands in for the panel document in a dock's iframe (jsdom loads no chrome-extension: document
 * and gives an iframe in a shadow tree no window): a window that records what is posted to it,
 * which says it is there as the panel's first script does (lib/panel/handshake.ts).
 */
import { vi } from 'vitest';
import { PANEL_READY } from '@/lib/panel/handshake';

/** Gives the frame that window and has it say it is there; returns its postMessage spy. */
export function loadPanel(frame: HTMLIFrameElement) {
  const postMessage = vi.fn();
  const panelWindow = { postMessage };
  Object.defineProperty(frame, 'contentWindow', { configurable: true, value: panelWindow });
  window.dispatchEvent(
    new MessageEvent('message', { data: PANEL_READY, source: panelWindow as unknown as Window }),
  );
  return postMessage;
}
