/**
 * Recognises the Salesforce pages of checklist rows 6–7 (domain.md §5).
 * Runs in the bootstrap on every Salesforce frame: only exact-text XPath
 * checks (hasExactText), no tree walks. Readers live in separate modules.
 *
 * The Setup tree lists "Installed Packages" and "Remote Site Settings" on
 * every Setup page, so page titles alone prove nothing: each page is
 * recognised by labels only it shows (its column headers or form labels).
 */
import { hasExactText, hasExactTexts } from '../../dom/text';
import type { PageAdapter } from '../types';
import {
  API_SECRET_KEY,
  allLabels,
  ENABLE_MSI_ACTIONS,
  INSTALLED_PACKAGES,
  MSI_CONFIG_TITLE,
  NAMESPACE_PREFIX,
  PUBLISHER,
  REMOTE_SITE_NAME,
  REMOTE_SITE_URL,
} from './labels';
import { isInstalledPackagesRoute, isRemoteSitesRoute, isSalesforceUrl } from './url';

const exact = (labels: readonly string[]) => labels.flatMap((l) => [l, `${l}:`]);

// "Version Number" is left out on purpose: "Version" alone is too common a word.
const INSTALLED_TITLE = allLabels(INSTALLED_PACKAGES);
const PUBLISHER_LABELS = allLabels(PUBLISHER);
const NAMESPACE_LABELS = allLabels(NAMESPACE_PREFIX);
const SITE_NAME_LABELS = exact(allLabels(REMOTE_SITE_NAME));
const SITE_URL_LABELS = exact(allLabels(REMOTE_SITE_URL));
const ENABLE_LABELS = exact(allLabels(ENABLE_MSI_ACTIONS));
const MSI_TITLE_LABELS = allLabels(MSI_CONFIG_TITLE);
const API_KEY_LABELS = exact(allLabels(API_SECRET_KEY));

/** URL verdict shared by the three pages: other hosts can't be them, our routes are. */
const routeOrUnknown = (url: URL, route: (u: URL) => boolean): boolean | undefined =>
  !isSalesforceUrl(url) ? false : route(url) ? true : undefined;

/** Setup › Installed Packages: the title plus the package list's own columns. */
export const salesforceInstalledPackages: PageAdapter = {
  page: 'salesforce-installed-packages',
  app: 'salesforce',
  matchUrl: (url) => routeOrUnknown(url, isInstalledPackagesRoute),
  matchDocument: (doc) => hasExactTexts(doc, [INSTALLED_TITLE, PUBLISHER_LABELS, NAMESPACE_LABELS]),
};

/** Setup › Remote Site Settings: the list (column headers) or the new/edit form (field labels). */
export const salesforceRemoteSites: PageAdapter = {
  page: 'salesforce-remote-sites',
  app: 'salesforce',
  matchUrl: (url) => routeOrUnknown(url, isRemoteSitesRoute),
  matchDocument: (doc) => hasExactTexts(doc, [SITE_NAME_LABELS, SITE_URL_LABELS]),
};

/**
 * The Marketo Sales Insight Config page (a Visualforce page, framed by the
 * Lightning tab). Its URL is undocumented, so only the document decides: the
 * "Enable MSI Actions" label, or the page title together with "API Secret Key".
 * The Lightning page around the frame shows the tab title only, so it does not match.
 */
export const salesforceMsiConfig: PageAdapter = {
  page: 'salesforce-msi-config',
  app: 'salesforce',
  matchUrl: (url) => (isSalesforceUrl(url) ? undefined : false),
  matchDocument: (doc) =>
    hasExactText(doc, ENABLE_LABELS) || hasExactTexts(doc, [MSI_TITLE_LABELS, API_KEY_LABELS]),
};

export const salesforceAdapters: PageAdapter[] = [
  salesforceInstalledPackages,
  salesforceRemoteSites,
  salesforceMsiConfig,
];
