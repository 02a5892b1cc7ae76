/**
 * The Sales app's agent (entrypoints/agent-sales.ts): its three admin pages, the credentials'
 * fill on the Marketo settings page, and User Management's CSV, Invite Users and removal guards.
 */
import { credentialsFillHandlers } from '../../features/credentials/agent-fill';
import { csvAgentHandlers } from '../../features/csv/agent';
import { marketoSettingsPage } from '../../pages/sales/marketo-settings/page';
import { salesforceSettingsPage } from '../../pages/sales/salesforce-settings/page';
import { userManagementPage } from '../../pages/sales/user-management/page';
import type { AgentApp } from '../app';
import { userManagementGuards } from '../sales-guards';

export const salesAgent: AgentApp = {
  app: 'sales',
  pages: [salesforceSettingsPage, marketoSettingsPage, userManagementPage],
  handlers: { ...credentialsFillHandlers, ...csvAgentHandlers },
  guards: userManagementGuards,
};
