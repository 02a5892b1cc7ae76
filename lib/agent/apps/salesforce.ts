/** Salesforce's agent (entrypoints/agent-salesforce.ts): Setup's pages of the guide; no feature acts there. */
import { installedPackagesPage } from '../../pages/salesforce/installed-packages/page';
import { msiConfigPage } from '../../pages/salesforce/msi-config/page';
import { remoteSitesPage } from '../../pages/salesforce/remote-sites/page';
import type { AgentApp } from '../app';

export const salesforceAgent: AgentApp = {
  app: 'salesforce',
  pages: [installedPackagesPage, remoteSitesPage, msiConfigPage],
  handlers: {},
};
