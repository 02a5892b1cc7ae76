/** The Sales app's Admin Settings › User Management, without its DOM (see lib/pages/page-module.ts). */
import type { PageAbout } from '../../page-module';

export const userManagementAbout = {
  id: 'sales-user-management',
  app: 'sales',
  targets: ['sales-actions-menu'],
  showMe: {
    'invite-individual-users-to-msi-actions': 'sales-actions-menu',
    'invite-users-via-csv-to-msi-actions': 'sales-actions-menu',
  },
} as const satisfies PageAbout<'sales-user-management'>;
