/**
 * Typed senders. Type-only imports from the protocol: this module is part of
 * the bootstrap bundle, which must not pull in zod.
 */
import { browser } from 'wxt/browser';
import type { MessageType, Payload, Responses } from './protocol';

export function sendToBackground<T extends MessageType>(type: T, payload: Payload<T>): Promise<Responses[T]> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Responses[T]>;
}

/**
 * A push to the background whose failure the sender cannot act on (the agent's readings and
 * guard events: the background may be restarting; the next push says it again): undefined then.
 */
export function pushToBackground<T extends MessageType>(
  type: T,
  payload: Payload<T>,
): Promise<Responses[T] | undefined> {
  return sendToBackground(type, payload).catch(() => undefined);
}

export function sendToFrame<T extends MessageType>(
  tabId: number,
  frameId: number,
  type: T,
  payload: Payload<T>,
): Promise<Responses[T]> {
  return browser.tabs.sendMessage(tabId, { type, payload }, { frameId }) as Promise<Responses[T]>;
}
