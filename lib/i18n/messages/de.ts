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
  panelStorageReset:
    'Gespeicherte Daten konnten nicht gelesen werden und wurden auf die Standardwerte zurückgesetzt ({what}).',
  recoverSection:
    '„{section}“ funktioniert wegen eines Fehlers nicht mehr. Der Rest der Leiste funktioniert weiter; setzen Sie diesen Bereich zurück, um ihn neu zu starten.',
  recoverSectionReset: 'Diesen Bereich zurücksetzen',
  recoverPage:
    'Diese Seite funktioniert wegen eines Fehlers nicht mehr. Setzen Sie sie zurück, um neu zu beginnen: Ihre Einstellungen und Ihr Fortschritt bleiben erhalten.',
  recoverPageReset: 'Diese Seite zurücksetzen',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Admin › Sales Insight › Aktionskonfiguration',
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
  reportFailed:
    'Die Kopie dieser Seite konnte nicht erstellt werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  credNotVisible:
    'Dafür muss das Panel vollständig sichtbar sein: Schließen Sie, was es verdeckt, und versuchen Sie es erneut.',
  reportTitle: 'Diese Seite melden',
  reportIntro:
    'Speichert eine bereinigte Kopie dieser Seite als Anhang für einen Fehlerbericht: Nur Aufbau und Beschriftungen bleiben erhalten; Skripte, Kommentare und alles, was etwas ausführen oder laden könnte, werden entfernt; Formularwerte und alles, was nach E-Mail-Adresse, ID oder Geheimnis aussieht, werden maskiert. Es wird nichts gesendet.',
  reportPreviewLabel: 'Was gespeichert wird',
  reportSave: 'Datei speichern',
  reportCancel: 'Abbrechen',
  reportSaved: 'Gespeichert als {file}.',
  reportStats: '{masked} Werte maskiert, {removed} Skripte, Kommentare und andere aktive Teile entfernt.',

  credTitle: 'Zugangsdaten',
  credNone: 'Auf dieser Seite wurden keine Zugangsdaten gelesen, und im Speicher dieses Browsers sind keine.',
  credNotYet:
    'Diese Marketo-Instanz zeigt noch keine Client-ID und kein Client-Geheimnis an: Sie erscheinen auf der Karte „Integrationsinformationen“, sobald der erste Admin über die Bereitstellungskarte eingeladen wurde und sein Konto aktiviert hat.',
  credShowProvisioning: 'Bereitstellungskarte anzeigen',
  credReadAgain: 'Erneut lesen',
  credReady: 'Von dieser Seite gelesen{instance}.',
  credClientId: 'Client-ID',
  credClientSecret: 'Client-Geheimnis',
  credMasked: 'endet auf {tail}',
  credCopyClientId: 'Client-ID kopieren',
  credCopyClientSecret: 'Client-Geheimnis kopieren',
  credCopied:
    'Kopiert. Die Zwischenablage wird in {seconds} s geleert, falls sie dann noch diesen Wert enthält.',
  credCopiedNoClear: 'Kopiert. Das Leeren der Zwischenablage ist in den Optionen deaktiviert.',
  credCopyFailed: 'Der Browser hat das Schreiben in die Zwischenablage verweigert.',
  credClipboardCleared: 'Zwischenablage geleert.',
  credClipboardChanged: 'Zwischenablage nicht geleert: Sie enthält inzwischen etwas anderes.',
  credClipboardDenied:
    'Zwischenablage nicht geleert: Der Browser erlaubt der Erweiterung nicht, sie zu lesen. Bitte leeren Sie sie selbst.',
  credSend: 'An die Sales-App senden',
  credCarried:
    '{minutes} Minuten im Speicher dieses Browsers behalten, dann vergessen (noch {time}). Gelesen auf {source}: Client-ID …{idTail}, Client-Geheimnis …{secretTail}.',
  credCarriedUnknownSource: 'einer unbekannten Instanz',
  credForget: 'Jetzt vergessen',
  credKeep: 'Bis zum Ende der Zeit behalten (sonst nach einmaligem Ausfüllen vergessen)',
  credReveal: 'Geheimnis anzeigen',
  credHide: 'Geheimnis ausblenden',
  credFill: 'Zugangsdaten ausfüllen',
  credFillHint:
    'Öffnen Sie in der Sales-App Einstellungen › Admin-Einstellungen › Marketo, um sie einzutragen.',
  credPreviewTitle: 'Wird ausgefüllt',
  credPreviewSource: 'Werte aus der Marketo-Instanz {source}.',
  credPreviewPage: 'Diese Seite gehört zur Munchkin ID {munchkin}.',
  credPreviewOpenedTab: 'Die Registerkarte „Setup“ wurde für Sie geöffnet.',
  credFillConfirm: 'Jetzt ausfüllen',
  credFillCancel: 'Abbrechen',
  credFilled:
    'Ausgefüllt und bestätigt. Klicken Sie jetzt selbst auf der Seite auf „Speichern“ oder „Verbinden“: Die Erweiterung tut das nie.',
  credFillForgotten: 'Die Werte wurden nach diesem Ausfüllen vergessen.',
  credFieldOutcome: '{field}: {outcome}',
  credOutcome_filled: 'ausgefüllt',
  credOutcome_notAccepted: 'von der Seite nicht übernommen',
  credOutcome_readonly: 'schreibgeschützt',
  credOutcome_disabled: 'deaktiviert',
  credOutcome_kept: 'unverändert gelassen',
  credOutcome_missing: 'Feld nicht gefunden',
  credSaveLabel: 'Auf „Speichern“ klicken',
  credShowLabel: 'Hier',
  credMunchkin: 'Munchkin ID',

  clInstance: 'Instanz',
  clNoInstance:
    'Noch keine Marketo-Instanz: Öffnen Sie einmal Admin › Sales Insight › Aktionskonfiguration in Marketo, dann verfolgt die Checkliste diese Instanz.',
  clPersona: 'Schritte anzeigen für',
  clShowMe: 'Auf der Seite zeigen',
  clHere: 'Hier',
  clDoc: 'Adobe-Dokumentation',
  clGoTo: 'Nicht auf dieser Seite. Wechseln Sie zu: {path}',
  clControlMissing: 'Das Steuerelement ist gerade nicht auf dieser Seite. Hier finden Sie es: {path}',
  clRemovalTitle: 'Ursprünglichen Benutzer behalten',
  clRemovalConfirm: 'Trotzdem entfernen',
  clRemovalCancel: 'Benutzer behalten',

  optionsTitle: 'MSI Actions Einrichtungsassistent: Optionen',
  optionsLanguage: 'Sprache der Leiste',
  optionsLanguageAuto: 'Wie im Browser ({language})',
  optionsSaved: 'Gespeichert.',
  optionsClipboard: 'Zwischenablage nach dem Kopieren von Zugangsdaten leeren (Sekunden, 0 = nie)',
  optionsCarry: 'An die Sales-App gesendete Zugangsdaten vergessen nach (Minuten)',
  optionsPanelPlace: 'Wo der Bereich geöffnet wird',
  optionsPanelPlacePage: 'In der Seite, rechts angedockt',
  optionsPanelPlaceSide: 'In der Seitenleiste des Browsers (der Seite wird nichts hinzugefügt)',
  optionsPanelPlaceHint: 'Gilt für die Seiten, die Sie als Nächstes öffnen.',
  // issue 15: show me, keyboard, wrong-instance guard
  clOutlined: 'Auf der Seite umrandet: hier geht es weiter mit „{step}“. Esc entfernt die Umrandung.',
  clOutlineGone: 'Umrandung entfernt.',
  credInstanceDifferent:
    'Andere Marketo-Instanz: Diese Werte wurden auf {source} gelesen, aber dieses Sales-Konto hat die Munchkin-ID {page}. Beim Ausfüllen würde es mit {source} verbunden.',
  credInstanceUnconfirmed:
    'Instanz nicht bestätigt: Dieses Sales-Konto hat die Munchkin-ID {page}, die Werte wurden aber auf {source} gelesen, wo keine Munchkin-ID angezeigt wurde. Prüfen Sie, dass sie zu {page} gehören.',
  credInstanceConfirm: 'Ich habe es geprüft: Werte von {source} in das Sales-Konto von {page} eintragen',
  commandFocusPanel: 'Das MSI Actions-Einrichtungsfenster öffnen und den Tastaturfokus hineinsetzen',

  // "Next on this page" (components/panel/NextOnPage.tsx) and the dock making room (issue 15).
  nextHeading: 'Als Nächstes auf dieser Seite',
  nextSendInvite: 'Den ersten Sales-Administrator einladen',
  nextSendInviteWhy:
    'Die Einladung legt das Marketo Sales-Konto an; danach erscheinen seine API-Zugangsdaten auf dieser Seite.',
  nextSendCredentials: 'Zugangsdaten an die Sales-App senden',
  nextSendCredentialsWhy:
    'Die Sales-App braucht diese Client ID und dieses Client Secret, um sich mit Marketo zu verbinden. Das Panel bringt sie für Sie hinüber, nur im Arbeitsspeicher.',
  nextStartSync: 'Datensynchronisierung starten',
  nextStartSyncWhy:
    'Marketo und die Sales-App sind verbunden: Die Synchronisierung überträgt Ihre Marketo-Daten.',
  nextConnectSalesforce: 'Salesforce verbinden',
  nextConnectSalesforceWhy: 'Über diese Verbindung liest und schreibt das Sales-Konto Ihre CRM-Daten.',
  nextFillCredentials: 'Marketo-Zugangsdaten eintragen',
  nextFillCredentialsWhy:
    'Das Panel trägt die in Marketo gelesene Client ID und das Client Secret in dieses Formular ein, nachdem Sie geprüft haben, was eingetragen wird.',
  nextCheckCsv: 'Benutzerdatei vor dem Einladen prüfen',
  nextCheckCsvWhy:
    'Öffnen Sie {path} und wählen Sie die Datei: Das Panel prüft sie vor „Weiter“. Sie können sie auch zuerst hier prüfen.',
  nextCheckCsvDialog: 'Die im Dialog gewählte Datei prüfen',
  nextCheckCsvDialogWhy:
    'Das Panel liest die im Dialog gewählte Datei und hält „Weiter“ zurück, solange sie Fehler enthält. Das Ergebnis steht weiter unten.',
  nextInstallPackage: 'Paket Marketo Sales Insight installieren oder aktualisieren',
  nextInstallPackageWhy: 'Salesforce braucht das Paket, bevor MSI Actions dort eingerichtet werden kann.',
  nextRemoteSite: 'Marketo als Remote-Site hinzufügen',
  nextRemoteSiteWhy:
    'Salesforce ruft nur hier aufgeführte Adressen auf: Ohne sie erreicht MSI Actions Marketo nicht.',
  nextEnableMsi: 'MSI Actions aktivieren',
  nextEnableMsiWhy: 'Diese Einstellung macht MSI Actions für Ihre Salesforce-Benutzer verfügbar.',
  nextShowMe: 'Zeig mir, wo',
  nextOpenSection: 'Dorthin',
  nextNothingHere: 'Auf dieser Seite ist nichts mehr zu tun.',
  nextGoTo: 'Nächster Schritt: {step}. Gehen Sie zu: {path}',
  nextGoToStep: 'Nächster Schritt: {step}.',
  nextAllDone: 'Alle Schritte sind erledigt.',
  nextGuide: 'Schritte im Adobe-Leitfaden',
  panelMadeRoom: 'Das Panel hat dem Dialog der Seite Platz gemacht.',
};
