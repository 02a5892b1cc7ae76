/**
 * The apps the extension knows and their page adapters, in recognition order.
 * Adding a page: write its adapter under lib/pages/<app>/ and list it in that
 * app's `<app>Adapters` (README: "Adding an adapter").
 */
import type { AppRecogniser } from '../boot/recognise';
import { marketoAdapters } from './marketo/detect';
import { isExperienceMarketoRoute, isMarketoUrl, munchkinFromUrl, podFromUrl } from './marketo/url';
import { salesAdapters } from './sales/detect';
import { isSalesUrl } from './sales/url';
import { salesforceAdapters } from './salesforce/detect';
import { isSalesforceUrl } from './salesforce/url';

export const APPS: readonly AppRecogniser[] = [
  {
    app: 'marketo',
    matchesUrl: (url) => isMarketoUrl(url) || isExperienceMarketoRoute(url),
    adapters: marketoAdapters,
    instance(url) {
      const munchkinId = munchkinFromUrl(url) ?? undefined;
      const instanceHost = podFromUrl(url) ?? undefined;
      return { ...(munchkinId ? { munchkinId } : {}), ...(instanceHost ? { instanceHost } : {}) };
    },
  },
  { app: 'sales', matchesUrl: isSalesUrl, adapters: salesAdapters },
  { app: 'salesforce', matchesUrl: isSalesforceUrl, adapters: salesforceAdapters },
];
