/**
 * The Marketo pages the bootstrap recognises: each page's recogniser lives in
 * its page folder (lib/pages/marketo/<page>/recognise.ts); this lists them in
 * the order they are tried. Recognition only: no readers here.
 */
import type { PageAdapter } from '../types';
import { marketoActionsConfig } from './actions-config/recognise';

export { marketoActionsConfig };

export const marketoAdapters: PageAdapter[] = [marketoActionsConfig];
