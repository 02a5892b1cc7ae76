/** Recognises Setup › Installed Packages: the title plus the package list's own columns. */
import { hasExactTexts } from '../../../dom/text';
import type { PageAdapter } from '../../types';
import { allLabels, INSTALLED_PACKAGES, NAMESPACE_PREFIX, PUBLISHER } from '../labels';
import { routeOrUnknown } from '../recognition';
import { isInstalledPackagesRoute } from '../url';

// "Version Number" is left out on purpose: "Version" alone is too common a word.
const INSTALLED_TITLE = allLabels(INSTALLED_PACKAGES);
const PUBLISHER_LABELS = allLabels(PUBLISHER);
const NAMESPACE_LABELS = allLabels(NAMESPACE_PREFIX);

export const salesforceInstalledPackages: PageAdapter = {
  page: 'salesforce-installed-packages',
  app: 'salesforce',
  matchUrl: (url) => routeOrUnknown(url, isInstalledPackagesRoute),
  matchDocument: (doc) => hasExactTexts(doc, [INSTALLED_TITLE, PUBLISHER_LABELS, NAMESPACE_LABELS]),
};
