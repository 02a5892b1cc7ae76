/**
 * Marketo Sales web app (toutapp.com) page adapters: detection (also exported
 * alone from ./detect for the bootstrap), readers and "show me" locators.
 */

export { salesAdapters, salesMarketoSettings, salesSalesforceSettings, salesUserManagement } from './detect';
export { SALES_LABELS, SALES_LANGS, type SalesLang, salesLabels } from './labels';
export * from './locators';
export { type MarketoConnection, readMarketoConnection } from './marketo-settings/connection';
export {
  type CredentialFields,
  type CredentialFieldsReason,
  findCredentialFields,
  findSetupTab,
  readPageMunchkinId,
  type SetupTab,
} from './marketo-settings/credentials';
export { locateMarketoConnect, locateSave } from './marketo-settings/locators';
export { readSalesforceConnection, type SalesforceConnection } from './salesforce-settings/connection';
export { locateConnectionsTab, locateSalesforceConnect } from './salesforce-settings/locators';
export { isSalesUrl, salesRoute } from './url';
export {
  type CsvDialog,
  type CsvStage,
  findCsvDialog,
  type InviteConfirmation,
  readInviteConfirmation,
} from './user-management/invite';
export {
  findInviteUsersDialog,
  type InviteUsersDialog,
  typedAddresses,
} from './user-management/invite-users';
export { locateActionsMenu, locateInviteUsers, locateInviteUsersCsv } from './user-management/locators';
export {
  findUserRowActions,
  readUserManagement,
  type SalesUser,
  type UserManagement,
  type UserRowActions,
} from './user-management/users';
