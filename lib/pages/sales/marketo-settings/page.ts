/**
 * The Sales app's Admin Settings › Marketo: the page module
 * (lib/pages/page-module.ts). Besides the connection state, it is where the
 * credentials are filled (the Set Up tab's Client ID / Client Secret form).
 */
import type { PageModule } from '../../page-module';
import { valueIfFound } from '../../page-module';
import { found } from '../../types';
import { marketoSettingsAbout } from './about';
import { readMarketoConnection } from './connection';
import { findCredentialFields, findSetupTab, readPageMunchkinId } from './credentials';
import { locateMarketoConnect, locateSave } from './locators';
import { salesMarketoSettings } from './recognise';

export const marketoSettingsPage = {
  ...marketoSettingsAbout,
  recognise: salesMarketoSettings,
  read: [(doc) => ({ marketo: valueIfFound(readMarketoConnection(doc)) })],
  locate: {
    'sales-marketo-setup-tab': (doc) => {
      const tab = findSetupTab(doc);
      return tab.found ? found(tab.value.tab) : tab;
    },
    'sales-marketo-save': locateSave,
    'sales-marketo-connect': locateMarketoConnect,
  },
  /** Fill targets: the Client ID / Client Secret fields, the tab that shows them, Save, the page's Munchkin ID. */
  fill: {
    fields: findCredentialFields,
    setupTab: findSetupTab,
    save: locateSave,
    munchkinId: readPageMunchkinId,
  },
} satisfies PageModule<'sales-marketo-settings', (typeof marketoSettingsAbout.targets)[number]>;
