/**
 * Typed senders. Type-only imports from the protocol: this module is part of
 * the bootstrap bundle, which must not pull in zod.
 */
import { browser } from 'wxt/browser';
import type { MessageType, Payload, Responses } from './protocol';

export function sendToBackground<T extends MessageType>(type: T, payload: Payload<T>): Promise<Responses[T]> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Responses[T]>;
}

export function sendToFrame<T extends MessageType>(
  tabId: number,
  frameId: number,
  type: T,
  payload: Payload<T>,
): Promise<Responses[T]> {
  return browser.tabs.sendMessage(tabId, { type, payload }, { frameId }) as Promise<Responses[T]>;
}
