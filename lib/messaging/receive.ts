/**
 * The receiving end of the protocol: checks the sender, validates the payload
 * with its zod schema, then calls the typed handler. Bad messages get an error
 * answer, never an exception in the listener. `routeMessage` (./route.ts) uses
 * every schema of the protocol; the agent routes with its own (zod/mini) only.
 */
import type { Runtime } from 'webextension-polyfill';
import type { MessageType, Payload, Responses } from './protocol';

export type Handler<T extends MessageType> = (
  payload: Payload<T>,
  sender: Runtime.MessageSender,
) => Responses[T] | Promise<Responses[T]>;
export type Handlers = { [T in MessageType]?: Handler<T> };
/**
 * One feature's handlers (lib/features/<feature>/background.ts, agent.ts): one for each type of
 * its map of schemas `M`, and none for a type of another feature's.
 */
export type FeatureHandlers<M> = { [T in keyof M & MessageType]: Handler<T> };

export interface RouterOptions {
  /** Our own extension id: messages from anything else are dropped. */
  extensionId: string;
  /** Extra sender policy (e.g. "content scripts only", "top frame only"). */
  accept?: (type: MessageType, sender: Runtime.MessageSender) => boolean;
}

export type Rejection = { error: 'bad-sender' | 'unknown-type' | 'bad-payload' };

/** A payload schema: what the router needs of it. */
type PayloadSchema = { safeParse(data: unknown): { success: true; data: unknown } | { success: false } };
export type SchemaMap = { readonly [T in MessageType]?: PayloadSchema };

/**
 * Handles one message against `schemas`; returns undefined for types this
 * router does not handle (another listener may). Takes the schemas as an
 * argument so a bundle can carry only its own (the agent: ./agent-protocol.ts).
 */
export function routeMessageWith(
  schemas: SchemaMap,
  handlers: Handlers,
  options: RouterOptions,
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<unknown> | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) return undefined;
  const handler = handlers[type as MessageType] as Handler<MessageType> | undefined;
  const schema = schemas[type as MessageType];
  if (!handler || !schema) return undefined;
  if (sender.id !== options.extensionId || (options.accept && !options.accept(type as MessageType, sender))) {
    return Promise.resolve({ error: 'bad-sender' } satisfies Rejection);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) return Promise.resolve({ error: 'bad-payload' } satisfies Rejection);
  return Promise.resolve().then(() => handler(parsed.data as Payload<MessageType>, sender));
}
