/**
 * The host families the extension runs on: the single source for the
 * manifest's host permissions and the content scripts' match patterns
 * (../shared/domain.md §4). Nothing else: no <all_urls>.
 */
export const MARKETO_MATCHES = ['https://*.marketo.com/*', 'https://experience.adobe.com/*'];
export const SALES_MATCHES = ['https://toutapp.com/*', 'https://*.toutapp.com/*'];
export const SALESFORCE_MATCHES = [
  'https://*.my.salesforce.com/*',
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce-setup.com/*',
  'https://*.visualforce.com/*',
  'https://*.vf.force.com/*',
];
export const HOST_MATCHES = [...MARKETO_MATCHES, ...SALES_MATCHES, ...SALESFORCE_MATCHES];
