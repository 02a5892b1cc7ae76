/** Salesforce Setup › Remote Site Settings: the page module (lib/pages/page-module.ts). */
import type { PageModule } from '../../page-module';
import { valueIfFound } from '../../page-module';
import { remoteSitesAbout } from './about';
import { locateNewRemoteSite, readAdobeRemoteSites } from './readers';
import { salesforceRemoteSites } from './recognise';

export const remoteSitesPage = {
  ...remoteSitesAbout,
  recognise: salesforceRemoteSites,
  read: [(doc) => ({ adobeSites: valueIfFound(readAdobeRemoteSites(doc)) })],
  locate: { 'salesforce-new-remote-site': locateNewRemoteSite },
} satisfies PageModule<'salesforce-remote-sites', (typeof remoteSitesAbout.targets)[number]>;
