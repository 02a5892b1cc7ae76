/** Salesforce page adapters: detection (detect.ts, bootstrap) and readers/locators (panel). */
export { locateEditButton, locateSaveButton } from './buttons';
export {
  salesforceAdapters,
  salesforceInstalledPackages,
  salesforceMsiConfig,
  salesforceRemoteSites,
} from './detect';
export {
  findMsiPackage,
  type InstalledPackage,
  isMsiPackage,
  locateInstalledPackagesTable,
  readInstalledPackages,
} from './installed-packages/readers';
export { locateEnableMsiActions, type MsiConfig, readMsiConfig } from './msi-config/readers';
export { REASONS } from './reasons';
export {
  type AdobeRemoteSites,
  locateNewRemoteSite,
  type RemoteSite,
  readAdobeRemoteSites,
  readRemoteSites,
  sameSiteUrl,
} from './remote-sites/readers';
export {
  isInstalledPackagesRoute,
  isRemoteSitesRoute,
  isSalesforceUrl,
  isVisualforceHost,
  mayBeMsiConfigUrl,
} from './url';
