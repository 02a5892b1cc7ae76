/** The Sales app's Admin Settings › Marketo, without its DOM (see lib/pages/page-module.ts). */
import type { PageAbout } from '../../page-module';

export const marketoSettingsAbout = {
  id: 'sales-marketo-settings',
  app: 'sales',
  targets: ['sales-marketo-setup-tab', 'sales-marketo-save', 'sales-marketo-connect'],
  showMe: { 'connect-marketo-to-your-sales-apps-account': 'sales-marketo-connect' },
} as const satisfies PageAbout<'sales-marketo-settings'>;
