/**
 * English UI texts: the reference catalogue. Every other locale must define
 * every key (checked by the type `Messages` and by test/unit/i18n). Placeholders
 * are written {name}.
 */
export const en = {
  extName: 'MSI Actions Setup Helper',
  extDescription:
    'Side panel for Marketo Sales Insight Actions admins: setup checklist, one-click credentials and CSV checks, on Marketo, Marketo Sales and Salesforce.',
  actionTitle: 'Show or hide the MSI Actions setup panel',

  panelLabel: 'MSI Actions setup helper',
  panelTitle: 'MSI Actions setup',
  panelCollapse: 'Collapse the panel',
  panelExpand: 'Expand the panel',
  panelResize: 'Panel width: drag or use the arrow keys',
  panelRecognised: 'You are on',
  panelInstance: 'Instance',
  panelInstanceUnknown: 'Munchkin ID not known yet',
  panelFrameNote: 'Read from an embedded Marketo frame',
  panelStorageReset: 'Saved data could not be read and was reset to defaults ({what}).',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Admin › Sales Insight › Actions Config',
  pageSalesSalesforceSettings: 'Settings › Admin Settings › Salesforce',
  pageSalesMarketoSettings: 'Settings › Admin Settings › Marketo',
  pageSalesUserManagement: 'Settings › Admin Settings › User Management',
  pageSalesforceInstalledPackages: 'Setup › Installed Packages',
  pageSalesforceRemoteSites: 'Setup › Remote Site Settings',
  pageSalesforceMsiConfig: 'Marketo Sales Insight Config',
  pageUnknown: 'a page the helper does not recognise',
  pageUnknownHint:
    'Nothing to do here yet. Open one of the pages of the guide, or report this page if it should have been recognised.',

  reportOpen: 'Report this page',
  reportTitle: 'Report this page',
  reportIntro:
    'Saves a sanitised copy of this page to attach to a bug report: scripts removed, form values and anything that looks like an email, ID or secret masked. Nothing is sent anywhere.',
  reportPreviewLabel: 'What will be saved',
  reportSave: 'Save file',
  reportCancel: 'Cancel',
  reportSaved: 'Saved as {file}.',
  reportStats: '{masked} values masked, {removed} scripts and hidden elements removed.',

  optionsTitle: 'MSI Actions Setup Helper: options',
  optionsLanguage: 'Language of the panel',
  optionsLanguageAuto: 'Same as the browser ({language})',
  optionsSaved: 'Saved.',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
