/** Salesforce Setup › Installed Packages, without its DOM (see lib/pages/page-module.ts). */
import type { PageAbout } from '../../page-module';

export const installedPackagesAbout = {
  id: 'salesforce-installed-packages',
  app: 'salesforce',
  targets: ['salesforce-packages-table'],
  showMe: { 'install-upgrade-msi-package': 'salesforce-packages-table' },
} as const satisfies PageAbout<'salesforce-installed-packages'>;
