/**
 * Recognises the Marketo Sales Insight Config page (a Visualforce page, framed
 * by the Lightning tab). Its URL is undocumented, so only the document decides:
 * the "Enable MSI Actions" label, or the page title together with "API Secret
 * Key". The Lightning page around the frame shows the tab title only, so it
 * does not match.
 */
import { hasExactText, hasExactTexts } from '../../../dom/text';
import type { PageAdapter } from '../../types';
import { API_SECRET_KEY, allLabels, ENABLE_MSI_ACTIONS, MSI_CONFIG_TITLE } from '../labels';
import { exact } from '../recognition';
import { isSalesforceUrl } from '../url';

const ENABLE_LABELS = exact(allLabels(ENABLE_MSI_ACTIONS));
const MSI_TITLE_LABELS = allLabels(MSI_CONFIG_TITLE);
const API_KEY_LABELS = exact(allLabels(API_SECRET_KEY));

export const salesforceMsiConfig: PageAdapter = {
  page: 'salesforce-msi-config',
  app: 'salesforce',
  matchUrl: (url) => (isSalesforceUrl(url) ? undefined : false),
  matchDocument: (doc) =>
    hasExactText(doc, ENABLE_LABELS) || hasExactTexts(doc, [MSI_TITLE_LABELS, API_KEY_LABELS]),
};
