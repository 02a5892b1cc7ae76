/** Salesforce page adapters: detection (detect.ts, bootstrap) and readers/locators (panel). */
export { locateEditButton, locateSaveButton } from './buttons';
export {
  salesforceAdapters,
  salesforceInstalledPackages,
  salesforceMsiConfig,
  salesforceRemoteSites,
} from './detect';
export { locateEnableMsiActions, type MsiConfig, readMsiConfig } from './msi-config';
export {
  findMsiPackage,
  type InstalledPackage,
  isMsiPackage,
  locateInstalledPackagesTable,
  readInstalledPackages,
} from './packages';
export { REASONS } from './reasons';
export {
  type AdobeRemoteSites,
  locateNewRemoteSite,
  type RemoteSite,
  readAdobeRemoteSites,
  readRemoteSites,
  sameSiteUrl,
} from './remote-sites';
export {
  isInstalledPackagesRoute,
  isRemoteSitesRoute,
  isSalesforceUrl,
  isVisualforceHost,
  mayBeMsiConfigUrl,
} from './url';
