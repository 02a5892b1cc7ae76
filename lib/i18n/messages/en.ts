/**
 * English UI texts: the reference catalogue. Every other locale must define
 * every key (checked by the type `Messages` and by test/unit/i18n). Placeholders
 * are written {name}.
 */
import type { CsvKey } from './csv';
import type { HoldKey } from './hold';
import type { ReasonKey } from './reasons';

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
  panelStorageReset: 'Saved data could not be read and was reset to defaults ({what}).',
  recoverSection:
    '{section} stopped working because of an error. The rest of the panel still works; reset this section to start it again.',
  recoverSectionReset: 'Reset this section',
  recoverPage:
    'This page stopped working because of an error. Reset it to start again: your settings and progress are kept.',
  recoverPageReset: 'Reset this page',

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
  reportFailed: 'The copy of this page could not be taken. Reload the page and try again.',
  credNotVisible: 'The panel must be fully visible for this: close what covers it, then try again.',
  reportTitle: 'Report this page',
  reportIntro:
    'Saves a sanitised copy of this page to attach to a bug report: only its structure and labels are kept; scripts, comments and anything that could run or load are removed; form values and anything that looks like an email, ID or secret are masked. Nothing is sent anywhere.',
  reportPreviewLabel: 'What will be saved',
  reportSave: 'Save file',
  reportCancel: 'Cancel',
  reportSaved: 'Saved as {file}.',
  reportStats: '{masked} values masked, {removed} scripts, comments and other active parts removed.',

  credTitle: 'Credentials',
  credNone: "No credentials read on this page, and none kept in this browser's memory.",
  credNotYet:
    'This Marketo instance shows no Client ID and Client Secret yet: they appear on the Integration Information card once the first admin is invited from the provisioning card and has activated the account.',
  credShowProvisioning: 'Show me the provisioning card',
  credReadAgain: 'Read again',
  credReady: 'Read from this page{instance}.',
  credClientId: 'Client ID',
  credClientSecret: 'Client Secret',
  credMasked: 'ending in {tail}',
  credCopyClientId: 'Copy Client ID',
  credCopyClientSecret: 'Copy Client Secret',
  credCopied: 'Copied. The clipboard will be cleared in {seconds} s if it still holds this value.',
  credCopiedNoClear: 'Copied. Clipboard clearing is off in the options.',
  credCopyFailed: 'The browser refused to write to the clipboard.',
  credClipboardCleared: 'Clipboard cleared.',
  credClipboardChanged: 'Clipboard not cleared: it holds something else now.',
  credClipboardDenied:
    'Clipboard not cleared: the browser does not let the extension read it. Clear it yourself.',
  credSend: 'Send to the Sales app',
  credCarried:
    "Kept for {minutes} minutes in this browser's memory, then forgotten ({time} left). Read on {source}: Client ID …{idTail}, Client Secret …{secretTail}.",
  credCarriedUnknownSource: 'an unknown instance',
  credForget: 'Forget now',
  credKeep: 'Keep them until the time is up (otherwise forgotten after one fill)',
  credReveal: 'Reveal secret',
  credHide: 'Hide secret',
  credFill: 'Fill credentials',
  credFillHint: 'Open Settings › Admin Settings › Marketo in the Sales app to fill them in.',
  credPreviewTitle: 'About to fill',
  credPreviewSource: 'Values read from Marketo instance {source}.',
  credPreviewPage: 'This page holds Munchkin ID {munchkin}.',
  credPreviewOpenedTab: 'The Set Up tab was opened for you.',
  credFillConfirm: 'Fill now',
  credFillCancel: 'Cancel',
  credFilled:
    'Filled and confirmed. Now press Save or Connect on the page yourself: the extension never does.',
  credFillForgotten: 'The values were forgotten after this fill.',
  credFieldOutcome: '{field}: {outcome}',
  credOutcome_filled: 'filled',
  credOutcome_notAccepted: 'not accepted by the page',
  credOutcome_readonly: 'read-only',
  credOutcome_disabled: 'disabled',
  credOutcome_kept: 'left as the page has it',
  credOutcome_missing: 'field not found',
  credSaveLabel: 'Press Save',
  credShowLabel: 'Here',
  credMunchkin: 'Munchkin ID',

  clInstance: 'Instance',
  clNoInstance:
    'No Marketo instance yet: open Admin › Sales Insight › Actions Config in Marketo once, and the checklist starts tracking it.',
  clPersona: 'Show steps for',
  clShowMe: 'Show me',
  clHere: 'Here',
  clDoc: 'Adobe documentation',
  clGoTo: 'Not on this page. Go to: {path}',
  clControlMissing: 'The control is not on this page right now. Where to find it: {path}',
  clRemovalTitle: 'Keep the original user',
  clRemovalConfirm: 'Remove anyway',
  clRemovalCancel: 'Keep the user',

  optionsTitle: 'MSI Actions Setup Helper: options',
  optionsLanguage: 'Language of the panel',
  optionsLanguageAuto: 'Same as the browser ({language})',
  optionsSaved: 'Saved.',
  optionsClipboard: 'Clear the clipboard after copying a credential (seconds, 0 = never)',
  optionsCarry: 'Forget credentials sent to the Sales app after (minutes)',
  optionsPanelPlace: 'Where the panel opens',
  optionsPanelPlacePage: 'In the page, docked on the right',
  optionsPanelPlaceSide: "In the browser's side panel (nothing is added to the page)",
  optionsPanelPlaceHint: 'Applies to the pages you open next.',
  // issue 15: show me, keyboard, wrong-instance guard
  clOutlined: 'Outlined on the page: where to act for “{step}”. Press Escape to remove the outline.',
  clOutlineGone: 'Outline removed.',
  credInstanceDifferent:
    'Another Marketo instance: these values were read on {source}, but this Sales account holds Munchkin ID {page}. Filling them would connect it to {source}.',
  credInstanceUnconfirmed:
    'Instance not confirmed: this Sales account holds Munchkin ID {page}, but the values were read on {source}, where no Munchkin ID was shown. Check that they belong to {page}.',
  credInstanceConfirm: 'I checked: fill the values from {source} into the Sales account of {page}',
  commandFocusPanel: 'Open the MSI Actions setup panel and move the keyboard focus into it',

  // "Next on this page" (components/panel/NextOnPage.tsx) and the dock making room (issue 15).
  nextHeading: 'Next on this page',
  nextSendInvite: 'Invite the first Sales admin',
  nextSendInviteWhy:
    'Sending the invite creates the Marketo Sales account; its API credentials then appear on this page.',
  nextSendCredentials: 'Send the credentials to the Sales app',
  nextSendCredentialsWhy:
    'The Sales app needs this Client ID and Client Secret to connect to Marketo. The panel carries them for you, in memory only.',
  nextStartSync: 'Start the data sync',
  nextStartSyncWhy: 'Marketo and the Sales app are connected: the sync sends your Marketo data across.',
  nextConnectSalesforce: 'Connect Salesforce',
  nextConnectSalesforceWhy: 'The Sales account reads and writes your CRM data through this connection.',
  nextFillCredentials: 'Fill in the Marketo credentials',
  nextFillCredentialsWhy:
    'The panel puts the Client ID and Client Secret read in Marketo into this form, after you check what it will fill.',
  nextCheckCsv: 'Check your user file before you invite',
  nextCheckCsvWhy:
    'Open {path} and choose the file: the panel checks it before Next. You can also check it here first.',
  nextCheckCsvDialog: 'Check the file you choose in the dialog',
  nextCheckCsvDialogWhy:
    'The panel reads the file chosen in the dialog and holds Next while it has errors. The verdict appears below.',
  nextInstallPackage: 'Install or upgrade the Marketo Sales Insight package',
  nextInstallPackageWhy: 'Salesforce needs the package before MSI Actions can be set up there.',
  nextRemoteSite: 'Add the Marketo remote site',
  nextRemoteSiteWhy:
    'Salesforce only calls addresses listed here: without it, MSI Actions cannot reach Marketo.',
  nextEnableMsi: 'Turn on MSI Actions',
  nextEnableMsiWhy: 'This setting makes MSI Actions available to your Salesforce users.',
  nextShowMe: 'Show me where',
  nextOpenSection: 'Go to it',
  nextNothingHere: 'Nothing left to do on this page.',
  nextGoTo: 'Next step: {step}. Go to: {path}',
  nextGoToStep: 'Next step: {step}.',
  nextAllDone: 'Every step is done.',
  nextGuide: 'Steps in Adobe’s guide',
  panelMadeRoom: 'The panel made room for the page’s dialog.',
} as const;

/** Keys of this core catalogue: every locale file must define all of them. */
export type CoreKey = keyof typeof en;
export type Messages = Record<CoreKey, string>;
/** Every UI text key: the core catalogue plus the feature catalogues merged in lib/i18n/catalogs.ts. */
export type MessageKey = CoreKey | CsvKey | HoldKey | ReasonKey;
