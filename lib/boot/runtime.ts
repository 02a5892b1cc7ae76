/**
 * The extension APIs the bootstrap uses, taken from the browser's own global
 * rather than through webextension-polyfill: the bootstrap runs on every matched
 * page, and loading the polyfill (or touching any extension API at all) costs
 * more there than the whole recognition. They are touched only on a page of the
 * guide: `runtime.sendMessage` to report it, and in the top frame the stored
 * dock state and language, the browser's UI language and the panel's URL (./early-dock.ts).
 * Chromium's MV3 `chrome.*` and Firefox's `browser.*` both return a promise
 * when given no callback.
 */
import type { MessageType, Payload, Responses } from '../messaging/protocol';

interface RuntimeLike {
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  getURL(path: string): string;
}

export interface ExtensionLike {
  runtime?: RuntimeLike;
  storage?: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
  /** The browser's UI language (read in the renderer: no round trip to the browser, unlike getMessage). */
  i18n?: { getUILanguage(): string };
}

export function extensionApi(): ExtensionLike | undefined {
  const g = globalThis as unknown as { browser?: ExtensionLike; chrome?: ExtensionLike };
  return g.browser?.runtime ? g.browser : g.chrome;
}

const extensionRuntime = (): RuntimeLike | undefined => extensionApi()?.runtime;

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
