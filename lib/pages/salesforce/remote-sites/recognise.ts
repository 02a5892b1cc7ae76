/** Recognises Setup › Remote Site Settings: the list (column headers) or the new/edit form (field labels). */
import { hasExactTexts } from '../../../dom/text';
import type { PageAdapter } from '../../types';
import { allLabels, REMOTE_SITE_NAME, REMOTE_SITE_URL } from '../labels';
import { exact, routeOrUnknown } from '../recognition';
import { isRemoteSitesRoute } from '../url';

const SITE_NAME_LABELS = exact(allLabels(REMOTE_SITE_NAME));
const SITE_URL_LABELS = exact(allLabels(REMOTE_SITE_URL));

export const salesforceRemoteSites: PageAdapter = {
  page: 'salesforce-remote-sites',
  app: 'salesforce',
  matchUrl: (url) => routeOrUnknown(url, isRemoteSitesRoute),
  matchDocument: (doc) => hasExactTexts(doc, [SITE_NAME_LABELS, SITE_URL_LABELS]),
};
