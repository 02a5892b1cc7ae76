/** The Sales app's Admin Settings › Salesforce: the page module (lib/pages/page-module.ts). */
import type { PageModule } from '../../page-module';
import { valueIfFound } from '../../page-module';
import { salesforceSettingsAbout } from './about';
import { readSalesforceConnection } from './connection';
import { locateConnectionsTab, locateSalesforceConnect } from './locators';
import { salesSalesforceSettings } from './recognise';

export const salesforceSettingsPage = {
  ...salesforceSettingsAbout,
  recognise: salesSalesforceSettings,
  read: [(doc) => ({ salesforce: valueIfFound(readSalesforceConnection(doc)) })],
  locate: {
    // The Connect button sits on the Connections & Customizations tab: point at the tab until it is open.
    'sales-salesforce-connect': (doc) => {
      const connect = locateSalesforceConnect(doc);
      return connect.found ? connect : locateConnectionsTab(doc);
    },
  },
} satisfies PageModule<'sales-salesforce-settings', (typeof salesforceSettingsAbout.targets)[number]>;
