/**
 * Typed senders. Type-only imports from the protocol: this module is part of
 * the bootstrap bundle, which must not pull in zod.
 */
import { browser } from 'wxt/browser';
import type { MessageType, Payload, Responses } from './protocol';

/** Set in a panel document until the background accepted it (see holdSendsUntil). */
let held: Promise<unknown> | undefined;

/**
 * The panel document renders while it waits for the background to accept it (entrypoints/panel/main.tsx),
 * hidden, and whatever it asks meanwhile waits: nothing leaves it before `accepted` resolves, and nothing
 * ever does if it never resolves (a panel.html that a page framed itself). Only its hello, which is
 * how it gets accepted, goes at once.
 */
export function holdSendsUntil(accepted: Promise<unknown>): void {
  held = accepted;
}

export function sendToBackground<T extends MessageType>(type: T, payload: Payload<T>): Promise<Responses[T]> {
  const send = () => browser.runtime.sendMessage({ type, payload }) as Promise<Responses[T]>;
  return held && type !== 'panel:hello' ? held.then(send) : send();
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
