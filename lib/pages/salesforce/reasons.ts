/** Why a Salesforce reader found nothing (the `reason` of a `Found` miss). */
export const REASONS = {
  noPackagesTable: 'salesforce: no Installed Packages table on this page',
  msiPackageMissing: 'salesforce: Marketo Sales Insight is not in the installed packages',
  noRemoteSitesTable: 'salesforce: no Remote Site Settings list on this page',
  noMsiConfig: 'salesforce: no "Enable MSI Actions" field on this page',
  msiValueUnreadable: 'salesforce: "Enable MSI Actions" is shown but its value could not be read',
  noNewRemoteSite: 'salesforce: no "New Remote Site" button on this page',
  noSave: 'salesforce: no "Save" button on this page',
  noEdit: 'salesforce: no "Edit" button on this page',
} as const;
