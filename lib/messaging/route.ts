/** The router over the whole protocol: background, panel and extension pages. */
import type { Runtime } from 'webextension-polyfill';
import { messageSchemas } from './protocol';
import { type Handlers, type RouterOptions, routeMessageWith } from './receive';

export const routeMessage = (
  handlers: Handlers,
  options: RouterOptions,
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<unknown> | undefined => routeMessageWith(messageSchemas, handlers, options, message, sender);
