/**
 * The Sales app's Admin Settings › User Management: the page module
 * (lib/pages/page-module.ts). Its dialogs (Invite Users, Invite Users via CSV)
 * are read here too (invite.ts, invite-users.ts), and its user list (users.ts).
 */
import type { PageModule } from '../../page-module';
import { valueIfFound } from '../../page-module';
import { userManagementAbout } from './about';
import { findCsvDialog, readInviteConfirmation } from './invite';
import { locateActionsMenu } from './locators';
import { salesUserManagement } from './recognise';
import { readUserManagement } from './users';

export const userManagementPage = {
  ...userManagementAbout,
  recognise: salesUserManagement,
  read: [
    (doc) => {
      const confirmation = valueIfFound(readInviteConfirmation(doc));
      if (!confirmation) return {};
      const inCsv = valueIfFound(findCsvDialog(doc))?.stage === 'done';
      return inCsv ? { csvConfirmation: confirmation } : { inviteConfirmation: confirmation };
    },
    (doc) => ({ total: valueIfFound(readUserManagement(doc))?.total }),
  ],
  locate: { 'sales-actions-menu': locateActionsMenu },
} satisfies PageModule<'sales-user-management', (typeof userManagementAbout.targets)[number]>;
