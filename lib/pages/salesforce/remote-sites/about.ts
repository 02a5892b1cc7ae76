/** Salesforce Setup › Remote Site Settings, without its DOM (see lib/pages/page-module.ts). */
import type { PageAbout } from '../../page-module';

export const remoteSitesAbout = {
  id: 'salesforce-remote-sites',
  app: 'salesforce',
  targets: ['salesforce-new-remote-site'],
  showMe: { 'configure-msi-actions-in-salesforce': 'salesforce-new-remote-site' },
} as const satisfies PageAbout<'salesforce-remote-sites'>;
