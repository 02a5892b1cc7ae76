/** Marketo Engage › Admin › Sales Insight › Actions Config, without its DOM (see lib/pages/page-module.ts). */
import type { PageAbout } from '../../page-module';

export const actionsConfigAbout = {
  id: 'marketo-actions-config',
  app: 'marketo',
  targets: ['marketo-provisioning-card', 'marketo-send-invite', 'marketo-sync', 'marketo-start-sync'],
  showMe: {
    'set-up-marketo-sales-account': 'marketo-send-invite',
    'initiate-data-sync': 'marketo-sync',
  },
} as const satisfies PageAbout<'marketo-actions-config'>;
