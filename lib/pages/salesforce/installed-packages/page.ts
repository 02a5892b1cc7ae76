/** Salesforce Setup › Installed Packages: the page module (lib/pages/page-module.ts). */
import type { PageModule } from '../../page-module';
import { valueIfFound } from '../../page-module';
import { installedPackagesAbout } from './about';
import { findMsiPackage, locateInstalledPackagesTable, readInstalledPackages } from './readers';
import { salesforceInstalledPackages } from './recognise';

export const installedPackagesPage = {
  ...installedPackagesAbout,
  recognise: salesforceInstalledPackages,
  read: [
    (doc) => {
      // No list read: nothing said about the package (null would say "not installed").
      if (!readInstalledPackages(doc).found) return {};
      const msi = valueIfFound(findMsiPackage(doc));
      return { msiPackage: msi ? { version: msi.version } : null };
    },
  ],
  locate: { 'salesforce-packages-table': locateInstalledPackagesTable },
} satisfies PageModule<'salesforce-installed-packages', (typeof installedPackagesAbout.targets)[number]>;
