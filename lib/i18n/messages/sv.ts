import type { Messages } from './en';

export const sv: Messages = {
  extName: 'Installationsguide för MSI Actions',
  extDescription:
    'Sidopanel för administratörer av Marketo Sales Insight Actions: checklista för konfigurationen, inloggningsuppgifter med ett klick och kontroll av CSV-filer, i Marketo, Marketo Sales och Salesforce.',
  actionTitle: 'Visa eller dölj konfigurationspanelen för MSI Actions',

  panelLabel: 'Installationsguide för MSI Actions',
  panelTitle: 'Konfigurera MSI Actions',
  panelCollapse: 'Fäll ihop panelen',
  panelExpand: 'Fäll ut panelen',
  panelResize: 'Panelens bredd: dra eller använd piltangenterna',
  panelRecognised: 'Du är på',
  panelInstance: 'Instans',
  panelInstanceUnknown: 'Munchkin ID är inte känt än',
  panelFrameNote: 'Läst från en inbäddad Marketo-ram',
  panelStorageReset: 'Sparade data kunde inte läsas och har återställts till standardvärdena ({what}).',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Admin › Sales Insight › Actions Config',
  pageSalesSalesforceSettings: 'Settings › Admin Settings › Salesforce',
  pageSalesMarketoSettings: 'Settings › Admin Settings › Marketo',
  pageSalesUserManagement: 'Settings › Admin Settings › User Management',
  pageSalesforceInstalledPackages: 'Inställningar › Installerade paket',
  pageSalesforceRemoteSites: 'Inställningar › Fjärrplatsinställningar',
  pageSalesforceMsiConfig: 'Marketo Sales Insight Config',
  pageUnknown: 'en sida som guiden inte känner igen',
  pageUnknownHint:
    'Inget att göra här än. Öppna någon av sidorna i guiden, eller rapportera den här sidan om den borde ha känts igen.',

  reportOpen: 'Rapportera den här sidan',
  reportTitle: 'Rapportera den här sidan',
  reportIntro:
    'Sparar en rensad kopia av den här sidan att bifoga till en felrapport: skript tas bort, och formulärvärden samt allt som ser ut som en e-postadress, ett ID eller en hemlighet maskeras. Ingenting skickas någonstans.',
  reportPreviewLabel: 'Det här sparas',
  reportSave: 'Spara fil',
  reportCancel: 'Avbryt',
  reportSaved: 'Sparad som {file}.',
  reportStats: '{masked} värden maskerade, {removed} skript och dolda element borttagna.',

  optionsTitle: 'Installationsguide för MSI Actions: alternativ',
  optionsLanguage: 'Panelens språk',
  optionsLanguageAuto: 'Samma som webbläsaren ({language})',
  optionsSaved: 'Sparat.',
};
