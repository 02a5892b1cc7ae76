/**
 * The Salesforce pages the bootstrap recognises (checklist rows 6–7, domain.md
 * §5): each page's recogniser lives in its page folder
 * (lib/pages/salesforce/<page>/recognise.ts); this lists them in the order
 * they are tried. Recognition only: no readers here.
 */
import type { PageAdapter } from '../types';
import { salesforceInstalledPackages } from './installed-packages/recognise';
import { salesforceMsiConfig } from './msi-config/recognise';
import { salesforceRemoteSites } from './remote-sites/recognise';

export { salesforceInstalledPackages, salesforceMsiConfig, salesforceRemoteSites };

export const salesforceAdapters: PageAdapter[] = [
  salesforceInstalledPackages,
  salesforceRemoteSites,
  salesforceMsiConfig,
];
