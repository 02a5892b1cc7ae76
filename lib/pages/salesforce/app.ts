/** Salesforce Setup (Lightning, Classic and Visualforce frames) as the bootstrap recognises it. */
import type { AppRecogniser } from '../../boot/recognise';
import { salesforceAdapters } from './detect';
import { isSalesforceUrl } from './url';

export const salesforceApp: AppRecogniser = {
  app: 'salesforce',
  matchesUrl: isSalesforceUrl,
  adapters: salesforceAdapters,
};
