/**
 * Marketo Sales web app (toutapp.com) page adapters: detection (also exported
 * alone from ./detect for the bootstrap), readers and "show me" locators.
 */
export {
  type MarketoConnection,
  readMarketoConnection,
  readSalesforceConnection,
  type SalesforceConnection,
} from './connection';
export {
  type CredentialFields,
  type CredentialFieldsReason,
  findCredentialFields,
  findSetupTab,
  readPageMunchkinId,
  type SetupTab,
} from './credentials';
export { salesAdapters, salesMarketoSettings, salesSalesforceSettings, salesUserManagement } from './detect';
export {
  type CsvDialog,
  type CsvStage,
  findCsvDialog,
  type InviteConfirmation,
  readInviteConfirmation,
} from './invite';
export { findInviteUsersDialog, type InviteUsersDialog, typedAddresses } from './invite-users';
export { SALES_LABELS, SALES_LANGS, type SalesLang, salesLabels } from './labels';
export * from './locators';
export { isSalesUrl, salesRoute } from './url';
export {
  findUserRowActions,
  readUserManagement,
  type SalesUser,
  type UserManagement,
  type UserRowActions,
} from './users';
