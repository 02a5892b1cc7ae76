/** The Marketo Sales Insight Config page (Visualforce): the page module (lib/pages/page-module.ts). */
import type { PageModule } from '../../page-module';
import { valueIfFound } from '../../page-module';
import { msiConfigAbout } from './about';
import { locateEnableMsiActions, readMsiConfig } from './readers';
import { salesforceMsiConfig } from './recognise';

export const msiConfigPage = {
  ...msiConfigAbout,
  recognise: salesforceMsiConfig,
  read: [(doc) => ({ enableMsiActions: valueIfFound(readMsiConfig(doc))?.enableMsiActions })],
  locate: { 'salesforce-enable-msi': locateEnableMsiActions },
} satisfies PageModule<'salesforce-msi-config', (typeof msiConfigAbout.targets)[number]>;
