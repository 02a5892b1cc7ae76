import type { Messages } from './en';

export const de: Messages = {
  extName: 'MSI Actions Einrichtungsassistent',
  extDescription:
    'Seitenleiste für Admins von Marketo Sales Insight Actions: Checkliste für die Einrichtung, Zugangsdaten mit einem Klick und CSV-Prüfung in Marketo, Marketo Sales und Salesforce.',
  actionTitle: 'MSI Actions-Einrichtungsleiste ein- oder ausblenden',

  panelLabel: 'MSI Actions Einrichtungsassistent',
  panelTitle: 'MSI Actions einrichten',
  panelCollapse: 'Leiste einklappen',
  panelExpand: 'Leiste ausklappen',
  panelResize: 'Breite der Leiste: ziehen oder die Pfeiltasten verwenden',
  panelRecognised: 'Aktuelle Seite',
  panelInstance: 'Instanz',
  panelInstanceUnknown: 'Munchkin ID noch nicht bekannt',
  panelFrameNote: 'Aus einem eingebetteten Marketo-Frame gelesen',
  panelStorageReset:
    'Gespeicherte Daten konnten nicht gelesen werden und wurden auf die Standardwerte zurückgesetzt ({what}).',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Admin › Sales Insight › Actions Config',
  pageSalesSalesforceSettings: 'Einstellungen › Admin-Einstellungen › Salesforce',
  pageSalesMarketoSettings: 'Einstellungen › Admin-Einstellungen › Marketo',
  pageSalesUserManagement: 'Einstellungen › Admin-Einstellungen › Benutzerverwaltung',
  pageSalesforceInstalledPackages: 'Setup › Installierte Pakete',
  pageSalesforceRemoteSites: 'Setup › Remote-Site-Einstellungen',
  pageSalesforceMsiConfig: 'Marketo Sales Insight Config',
  pageUnknown: 'eine Seite, die der Assistent nicht erkennt',
  pageUnknownHint:
    'Hier gibt es noch nichts zu tun. Öffnen Sie eine der Seiten aus der Anleitung oder melden Sie diese Seite, falls sie hätte erkannt werden sollen.',

  reportOpen: 'Diese Seite melden',
  reportTitle: 'Diese Seite melden',
  reportIntro:
    'Speichert eine bereinigte Kopie dieser Seite als Anhang für einen Fehlerbericht: Skripte werden entfernt, Formularwerte und alles, was nach E-Mail-Adresse, ID oder Geheimnis aussieht, wird maskiert. Es wird nichts gesendet.',
  reportPreviewLabel: 'Was gespeichert wird',
  reportSave: 'Datei speichern',
  reportCancel: 'Abbrechen',
  reportSaved: 'Gespeichert als {file}.',
  reportStats: '{masked} Werte maskiert, {removed} Skripte und verborgene Elemente entfernt.',

  optionsTitle: 'MSI Actions Einrichtungsassistent: Optionen',
  optionsLanguage: 'Sprache der Leiste',
  optionsLanguageAuto: 'Wie im Browser ({language})',
  optionsSaved: 'Gespeichert.',
};
