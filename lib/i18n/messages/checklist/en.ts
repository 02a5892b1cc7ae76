/**
 * English checklist texts: the reference. Follows the Adobe guide EN 09a656c
 * (shared/domain.md §1) and, for steps 6–7, the MSI package and Salesforce
 * configuration docs (§5). UI labels as the host apps print them.
 */
import type { ChecklistTexts } from './types';

export const en: ChecklistTexts = {
  locale: 'en',
  source: 'Adobe Experience League, English (source 09a656c)',
  guideTitle: 'Sales Insight Actions Admin Setup Guide',
  guideVersion: 'Follows the Adobe guide {version}',
  inviteGroupTitle: 'Invite users to MSI Actions',
  stepNumber: 'Step {number}',
  personas: {
    'marketo-admin': 'Marketo admin',
    'salesforce-admin': 'Salesforce admin',
    either: 'Marketo admin or Salesforce admin',
  },
  allPersonas: 'All steps',
  states: {
    todo: 'To do',
    'in-progress': 'In progress',
    done: 'Done',
    detected: 'Detected',
    blocked: 'Earlier step first',
    'not-needed': 'Not needed',
  },
  steps: {
    prerequisites: {
      title: 'Prerequisites',
      substeps: {
        'msi-enabled':
          'Confirm with the Adobe Account Team (your Account Manager) that MSI Actions has been enabled for your Marketo Engage account.',
        'crm-sync': 'Your Marketo/Salesforce sync must be set up.',
      },
      clickPath: '',
      notes: ['If you have no Account Manager, contact Marketo Support.'],
    },
    'set-up-marketo-sales-account': {
      title: 'Set up Marketo Sales account',
      substeps: {
        'open-admin': 'In Marketo, click Admin.',
        'open-actions-config': 'Click Sales Insight, then Actions Config.',
        'send-invite': 'Select a Marketo admin from the list to invite and click Send Invite.',
        'credentials-shown':
          'Check that the Client ID and Client Secret appear on the Integration Information card.',
      },
      clickPath: 'Admin › Sales Insight › Actions Config',
      notes: [
        'The user will receive an email with steps to get access to the account.',
        'Additional users are not added through Marketo: they are added on the User Management page of the Sales account.',
      ],
    },
    'connect-marketo-sales-account-to-salesforce': {
      title: 'Connect Marketo Sales account to Salesforce',
      substeps: {
        'open-settings': 'In your Marketo Sales account, click the gear icon and select Settings.',
        'open-salesforce': 'Under Admin Settings, click Salesforce.',
        'click-connect': 'In the Connections & Customizations tab, click Connect.',
        confirm: 'Click OK.',
      },
      clickPath: '⚙ Settings › Admin Settings › Salesforce › Connections & Customizations',
      notes: [
        "If you're already logged in to Salesforce, you'll be connected. If you're not, you'll be asked to log in.",
      ],
    },
    'connect-marketo-to-your-sales-apps-account': {
      title: 'Connect Marketo to your Sales Apps account',
      substeps: {
        'open-settings': 'In your Marketo Sales account, click the gear icon and select Settings.',
        'open-marketo': 'Under Admin Settings, click Marketo.',
        'click-connect': 'Click connect. Your account will then be connected.',
      },
      clickPath: '⚙ Settings › Admin Settings › Marketo',
      notes: [
        'If it doesn\'t connect, copy the credentials from the Marketo Sales Insight "Actions Config" tab and paste them in the Set Up tab.',
      ],
    },
    'initiate-data-sync': {
      title: 'Initiate data sync',
      substeps: {
        'open-actions-config': 'In Marketo, click Admin, then Sales Insight, then the Actions Config tab.',
        'click-sync': 'In the Action Field Sync card, click Sync.',
        'start-sync': "You'll see a preview of the fields that will be synced. Click Start Sync.",
      },
      clickPath: 'Admin › Sales Insight › Actions Config › Action Field Sync › Sync',
      notes: [
        'Person records that exist in Marketo and Salesforce will be synced to your Marketo Sales Apps account.',
      ],
    },
    'invite-individual-users-to-msi-actions': {
      title: 'Invite individual users to MSI Actions',
      substeps: {
        'open-user-management':
          'In your Marketo Sales account, click the gear icon, select Settings, then User Management under Admin Settings.',
        'invite-users': 'Click Actions and select Invite Users.',
        'enter-emails': 'Enter the email address(es) and click Invite.',
      },
      clickPath: '⚙ Settings › Admin Settings › User Management › Actions › Invite Users',
      notes: [
        'By default, all new members will be added to the Everyone team.',
        "You'll receive a confirmation message.",
      ],
    },
    'invite-users-via-csv-to-msi-actions': {
      title: 'Invite users via CSV to MSI Actions',
      substeps: {
        'open-user-management':
          'In your Marketo Sales account, click the gear icon, select Settings, then User Management under Admin Settings.',
        'invite-via-csv': 'Click Actions and select Invite Users via CSV.',
        'choose-file': 'Browse for the CSV on your computer, select it, and click Next.',
        'confirm-mapping': 'Confirm that the fields are mapped properly and click Invite.',
      },
      clickPath: '⚙ Settings › Admin Settings › User Management › Actions › Invite Users via CSV',
      notes: ["You'll receive a confirmation message once the invites are sent."],
    },
    'install-upgrade-msi-package': {
      title: 'Install/Upgrade MSI package in Salesforce',
      substeps: {
        'open-listing':
          'Open the Marketo Sales Insight listing on AppExchange, click Get It Now and log in to the AppExchange.',
        'install-or-upgrade':
          'Click Install in Production (tip: install in a sandbox first), or choose the upgrade offered; accept the terms and confirm.',
        'choose-access':
          'Choose Install for Admins Only, for All Users or for Specific Profiles, then finish.',
        'verify-installed': 'Check that Marketo Sales Insight is listed in Setup › Installed Packages.',
        'deploy-objects':
          'In Setup › Objects, check that all Marketo Sales Insight objects are Deployed (if not: Edit › Deployment Status: Deployed › Save).',
      },
      clickPath: 'AppExchange › Marketo Sales Insight › Get It Now; then Setup › Installed Packages',
      notes: [
        'Salesforce admin permissions are required.',
        'After an upgrade, the profiles of MSI users need read access to Lead, Contact, Account and Opportunity: the package can no longer grant it.',
      ],
    },
    'configure-msi-actions-in-salesforce': {
      title: 'Configure MSI Actions in Salesforce',
      substeps: {
        'remote-sites':
          'In Setup › Remote Site Settings, add two New Remote Sites: https://ims-na1.adobelogin.com and https://mkto-sales-connect.adobe.io.',
        'enable-msi-actions':
          'On the Marketo Sales Insight Config tab, check Enable MSI Actions, enter the API Secret Key and click Save.',
        governance:
          'Optional: MSI Actions governance. Disable Sales Campaigns or the Task tab, or features under Actions settings; this applies to all MSI users.',
      },
      clickPath:
        'Setup › Remote Site Settings › New Remote Site; Marketo Sales Insight Config › Enable MSI Actions',
      notes: [
        'If the Marketo Sales Insight Config tab is not shown, open it from + (All Tabs).',
        'The API Secret Key is set in Marketo: Admin › Sales Insight › Edit API Configuration.',
      ],
    },
  },
  blocked: {
    'needs-prerequisites': 'Confirm the prerequisites first.',
    'needs-account': 'Needs the Marketo Sales account: invite the first admin first (step 1).',
    'needs-first-admin': 'Needs the first admin invited in Marketo first (step 1).',
    'needs-marketo-connection': 'Connect Marketo to the Sales account first (step 3).',
    'needs-package': 'Install or upgrade the MSI package first (step 6).',
  },
  evidence: {
    'first-admin-invited': {
      text: 'First admin invited on the Actions Config tab',
      withDetail: 'First admin invited on the Actions Config tab: {detail}',
    },
    'client-id-shown': { text: 'Client ID shown on the Integration Information card' },
    'salesforce-connected': {
      text: 'Salesforce shown as connected',
      withDetail: 'Salesforce shown as connected ({detail})',
    },
    'marketo-connected': { text: 'Marketo shown as connected' },
    'sync-preview': { text: 'Preview of the synced fields shown on the Action Field Sync card' },
    'sync-started': { text: 'Sync in progress on the Action Field Sync card' },
    'sync-completed': { text: 'Sync completed on the Action Field Sync card' },
    'invite-confirmed': {
      text: 'Invitation confirmation shown',
      withDetail: 'Invitation confirmation shown ({detail} invited)',
    },
    'csv-invite-confirmed': {
      text: 'CSV invitation confirmation shown',
      withDetail: 'CSV invitation confirmation shown ({detail} invited)',
    },
    'users-listed': {
      text: 'Several users on User Management (invited individually or via CSV)',
      withDetail: '{detail} users on User Management (invited individually or via CSV)',
    },
    'msi-package-installed': {
      text: 'Marketo Sales Insight listed in Installed Packages',
      withDetail: 'Marketo Sales Insight {detail} listed in Installed Packages',
    },
    'remote-sites-present': { text: 'Both Adobe remote sites listed in Remote Site Settings' },
    'msi-actions-enabled': { text: 'Enable MSI Actions checked' },
    'msi-actions-configured': { text: 'Both Adobe remote sites listed and Enable MSI Actions checked' },
    'sales-account-open': { text: "Signed in to the Sales app's admin settings: the Sales account exists" },
    'msi-config-open': { text: 'The Marketo Sales Insight Config tab is there: the package is installed' },
  },
  evidenceSeen: '{evidence}, on {page}, {date}',
  manualOnly: 'The extension cannot check this step: mark it yourself.',
  cannotRead: 'The extension could not read this on the page: the step stays manual, mark it yourself.',
  setByYou: 'Set by you',
  actions: {
    markDone: 'Mark as done',
    markInProgress: 'Mark as in progress',
    markTodo: 'Mark as to do',
    useDetection: 'Use what the extension detects',
    reset: 'Reset progress',
    resetDone: 'Progress of {instance} was reset.',
    undo: 'Undo',
    copySummary: 'Copy summary',
    summaryCopied: 'Summary copied.',
    exportProgress: 'Export progress',
    importProgress: 'Import progress',
    imported: 'Imported {count} instances.',
  },
  progress: '{done} of {total} done',
  cautions: {
    'keep-original-user':
      'Once you initiate data sync, you should not remove the original user on your Sales Insight Actions instance: this is the user the first invite was sent to.',
    'keep-original-user-check':
      'The data sync has started: do not remove or deactivate the original user (the user the first invite was sent to). Check that this is not that user before you continue.',
    'enable-msi-actions-only-if-used':
      'Do not select the "Enable MSI Actions" checkbox unless you are using Sales Insight Actions features. Unchecking it later disables all MSI Actions features.',
    'credentials-after-first-invite':
      'If you do not see a Client ID and Client Secret on the Integration Information card, activate your Actions instance by inviting the first user: the Client ID and Client Secret then appear.',
  },
  originalUser: 'Original user: {user}',
  links: {
    'upgrade-msi-package': 'Upgrading your MSI package',
    'sync-data': 'How data syncs between Sales Insight Actions, Marketo and Salesforce',
    'configure-msi-enterprise': 'Configure Marketo Sales Insight in Salesforce Enterprise/Unlimited',
  },
  instance: {
    production: 'production',
    sandbox: 'sandbox',
    unknownMunchkin: 'Munchkin ID not known yet ({host})',
  },
  summary: {
    title: 'MSI Actions setup: {done} of {total} done',
    instance: 'Instance',
    guide: '{title}, version {version}',
    date: 'Summary of {date}',
    doneHeading: 'Done',
    leftHeading: 'Left',
    salesforceAdminHeading: 'Left for the Salesforce admin',
    nothingLeft: 'Nothing left.',
    markedDone: 'marked done',
    alternativeDone: 'not needed: users were invited the other way',
    doc: 'Doc',
  },
  importErrors: {
    'too-large': 'The file is too large ({size} KB, at most {max} KB). Nothing was changed.',
    'bad-json': 'The file is not valid JSON. Nothing was changed.',
    'forbidden-key':
      'The file uses “{name}” as a name (at {path}), which no Marketo instance or checklist step has: it was altered or is not an export of this extension. Export the progress again and import that file. Nothing was changed.',
    'wrong-format':
      'This is not a checklist progress file of the MSI Actions Setup Helper. Nothing was changed.',
    'wrong-version':
      'The file has format version {found}; this extension reads versions up to {supported}. Nothing was changed.',
    'invalid-fields': 'The file has an invalid value at {path} ({issue}). Nothing was changed.',
  },
};
