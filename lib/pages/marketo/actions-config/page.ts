/**
 * Marketo Engage › Admin › Sales Insight › Actions Config: the page module
 * (lib/pages/page-module.ts). Its reading walks the document three times
 * (Integration Information, Action Field Sync and provisioning cards), in three
 * pieces: reading it at once was the agent's longest task after its
 * evaluation (npm run bench:host).
 */
import type { PageModule } from '../../page-module';
import { valueIfFound } from '../../page-module';
import { findField } from '../cards';
import { CLIENT_ID } from '../labels';
import { cleanValue, isClientId } from '../shapes';
import { actionsConfigAbout } from './about';
import { locateProvisioningCard, locateSendInvite, locateStartSync, locateSyncButton } from './locators';
import {
  findIntegrationCard,
  readCredentials,
  readMunchkinId,
  readProvisioning,
  readSyncStatus,
} from './readers';
import { marketoActionsConfig } from './recognise';

export const actionsConfigPage = {
  ...actionsConfigAbout,
  recognise: marketoActionsConfig,
  read: [
    // Client ID shown: only its presence, the secret is not read at all.
    (doc) => {
      const card = findIntegrationCard(doc);
      const field = card ? findField(card, CLIENT_ID) : null;
      return { credentialsShown: card ? !!field && isClientId(cleanValue(field.value)) : undefined };
    },
    (doc) => {
      const sync = valueIfFound(readSyncStatus(doc));
      return sync ? { sync: { state: sync.state } } : {};
    },
    (doc) => ({ provisioning: valueIfFound(readProvisioning(doc)) }),
  ],
  locate: {
    'marketo-provisioning-card': locateProvisioningCard,
    'marketo-send-invite': locateSendInvite,
    'marketo-sync': locateSyncButton,
    'marketo-start-sync': locateStartSync,
  },
  /** Where the credentials are read (Integration Information card), with the Munchkin ID beside them. */
  credentials: { read: readCredentials, munchkinId: readMunchkinId },
} satisfies PageModule<'marketo-actions-config', (typeof actionsConfigAbout.targets)[number]>;
