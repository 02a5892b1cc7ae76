/** The Marketo Sales web app as the bootstrap recognises it. */
import type { AppRecogniser } from '../../boot/recognise';
import { salesAdapters } from './detect';
import { isSalesUrl } from './url';

export const salesApp: AppRecogniser = { app: 'sales', matchesUrl: isSalesUrl, adapters: salesAdapters };
