/**
 * The one extension API the bootstrap uses, `runtime.sendMessage`, taken from
 * the browser's own global rather than through webextension-polyfill: the
 * bootstrap runs on every matched page, and loading the polyfill (or touching
 * any extension API at all) costs more there than the whole recognition. It is
 * touched only when there is something to send. Chromium's MV3 `chrome.runtime`
 * and Firefox's `browser.runtime` both return a promise when given no callback.
 */
import type { MessageType, Payload, Responses } from '../messaging/protocol';

interface RuntimeLike {
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

function extensionRuntime(): RuntimeLike | undefined {
  const g = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** The extension was reloaded, updated or removed: this copy of the bootstrap is an orphan. */
export class ContextInvalidated extends Error {
  constructor() {
    super('The extension context was invalidated.');
  }
}

export async function sendFromBootstrap<T extends MessageType>(
  type: T,
  payload: Payload<T>,
): Promise<Responses[T]> {
  const runtime = extensionRuntime();
  if (!runtime?.id) throw new ContextInvalidated();
  try {
    return (await runtime.sendMessage({ type, payload })) as Responses[T];
  } catch (error) {
    if (!runtime.id) throw new ContextInvalidated();
    throw error;
  }
}
