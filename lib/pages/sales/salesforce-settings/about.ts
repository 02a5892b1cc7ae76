/** The Sales app's Admin Settings › Salesforce, without its DOM (see lib/pages/page-module.ts). */
import type { PageAbout } from '../../page-module';

export const salesforceSettingsAbout = {
  id: 'sales-salesforce-settings',
  app: 'sales',
  targets: ['sales-salesforce-connect'],
  showMe: { 'connect-marketo-sales-account-to-salesforce': 'sales-salesforce-connect' },
} as const satisfies PageAbout<'sales-salesforce-settings'>;
