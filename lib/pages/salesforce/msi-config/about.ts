/** The Marketo Sales Insight Config page (Visualforce), without its DOM (see lib/pages/page-module.ts). */
import type { PageAbout } from '../../page-module';

export const msiConfigAbout = {
  id: 'salesforce-msi-config',
  app: 'salesforce',
  targets: ['salesforce-enable-msi'],
  showMe: { 'configure-msi-actions-in-salesforce': 'salesforce-enable-msi' },
} as const satisfies PageAbout<'salesforce-msi-config'>;
