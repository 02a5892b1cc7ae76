/** What went wrong and what to do next, one sentence per failure reason, in German. */
import type { ReasonTexts } from './en';

export const de: ReasonTexts = {
  reasonNoTab:
    'Das Panel hat diesen Tab aus den Augen verloren. Laden Sie die Seite neu und versuchen Sie es erneut.',
  reasonNoAnswer: 'Die Seite hat nicht geantwortet. Laden Sie sie neu und versuchen Sie es erneut.',
  reasonNotMarketo:
    'Dies ist keine Marketo-Seite mehr. Öffnen Sie Admin › Sales Insight › Aktionskonfiguration in Marketo und klicken Sie dann auf Erneut lesen.',
  reasonNoCard:
    'Keine Karte „Integrationsinformationen“ auf dieser Seite. Öffnen Sie Admin › Sales Insight › Aktionskonfiguration in Marketo und klicken Sie dann auf Erneut lesen.',
  reasonMaskedUnrevealable:
    'Das Client-Geheimnis ist maskiert, und die Karte bietet hier keine Möglichkeit, es anzuzeigen. Zeigen Sie es selbst auf der Karte „Integrationsinformationen“ an und klicken Sie dann auf Erneut lesen.',
  reasonInvalidClientId:
    'Was die Karte als Client-ID anzeigt, sieht nicht wie eine aus (eine UUID wie 1a2b3c4d-…). Laden Sie die Seite neu und klicken Sie auf Erneut lesen; bleibt es so, kopieren Sie die Werte von Hand.',
  reasonInvalidClientSecret:
    'Was die Karte als Client-Geheimnis anzeigt, sieht nicht wie eines aus (32 Buchstaben und Ziffern). Zeigen Sie es auf der Karte „Integrationsinformationen“ an, prüfen Sie es und klicken Sie dann auf Erneut lesen.',
  reasonReadOther:
    'Die Zugangsdaten konnten hier nicht gelesen werden. Laden Sie die Seite neu und klicken Sie dann auf Erneut lesen.',
  reasonNothingCarried:
    'Es werden keine Zugangsdaten mehr behalten: Sie werden nach einem Ausfüllen oder am Ende ihrer Zeit vergessen. Lesen Sie sie erneut unter Aktionskonfiguration in Marketo und klicken Sie auf An die Sales-App senden.',
  reasonNotSalesSettings:
    'Diese Seite ist nicht die Marketo-Einstellung der Sales-App. Öffnen Sie dort Einstellungen › Admin-Einstellungen › Marketo und klicken Sie dann erneut auf Zugangsdaten ausfüllen.',
  reasonNoForm:
    'Keine Felder für Client-ID und Client-Geheimnis auf dieser Seite. Öffnen Sie die Registerkarte „Setup“ unter Admin-Einstellungen › Marketo und klicken Sie dann erneut auf Zugangsdaten ausfüllen.',
  reasonNoClientIdField:
    'Das Formular auf dieser Seite hat kein Feld für die Client-ID. Öffnen Sie die Registerkarte „Setup“ unter Admin-Einstellungen › Marketo und klicken Sie dann erneut auf Zugangsdaten ausfüllen.',
  reasonNoClientSecretField:
    'Das Formular auf dieser Seite hat kein Feld für das Client-Geheimnis. Öffnen Sie die Registerkarte „Setup“ unter Admin-Einstellungen › Marketo und klicken Sie dann erneut auf Zugangsdaten ausfüllen.',
  reasonAmbiguous:
    'Zwei Felder auf dieser Seite könnten jeweils die Client-ID oder das Client-Geheimnis sein, deshalb wurde nichts ausgefüllt. Fügen Sie die Werte selbst ein („Geheimnis anzeigen“ zeigt das mitgeführte Geheimnis).',
  reasonNotAccepted:
    'Die Seite hat die übergebenen Werte nicht behalten. Fügen Sie sie selbst ein („Geheimnis anzeigen“ zeigt das mitgeführte Geheimnis) und klicken Sie dann auf der Seite auf Speichern.',
  reasonInstanceUnconfirmed:
    'Das Sales-Konto zeigt eine andere Marketo-Instanz als die, in der die Werte gelesen wurden, daher wurde nichts ausgefüllt. Prüfen Sie, zu welcher Instanz dieses Sales-Konto gehört, setzen Sie das Häkchen bei der Bestätigung, die beide nennt, und klicken Sie dann erneut auf Jetzt ausfüllen.',
  reasonFillOther:
    'Es wurde nichts ausgefüllt. Laden Sie die Seite neu und klicken Sie dann erneut auf Zugangsdaten ausfüllen.',
  reasonSwapNoDialog:
    'Der Dialog „Benutzer über CSV einladen“ ist geschlossen. Öffnen Sie ihn erneut (Aktionen › Benutzer über CSV einladen) und wählen Sie dort die korrigierte Datei.',
  reasonSwapNoFileInput:
    'Der Dialog zeigt kein Dateifeld mehr. Gehen Sie zu seinem ersten Schritt zurück und wählen Sie dort die korrigierte Datei.',
  reasonSwapUnsupported:
    'Dieser Browser erlaubt der Erweiterung nicht, eine Datei in den Dialog einzusetzen. Laden Sie die korrigierte Datei herunter und wählen Sie sie selbst im Dialog aus.',
  reasonFileUnreadable:
    'Die Datei konnte nicht gelesen werden: Sie wurde vielleicht verschoben, geändert oder gelöscht, nachdem Sie sie ausgewählt haben. Wählen Sie sie erneut aus.',
  reasonFileDenied:
    'Der Browser hat der Erweiterung das Lesen dieser Datei nicht erlaubt. Speichern Sie sie in einem anderen Ordner (zum Beispiel „Downloads“) und wählen Sie sie erneut aus.',
  reasonFileFailed:
    'Die Datei konnte nicht geprüft werden. Wählen Sie sie erneut aus; passiert das wieder, speichern Sie sie als CSV UTF-8 und versuchen Sie es noch einmal. Ihre Datei wurde nicht geändert.',
  storePanelUi: 'die Breite des Panels und ob es eingeklappt war',
  storeSettings: 'Ihre Optionen',
  storeProgress: 'Ihr Checklisten-Fortschritt',
  storeOther: 'einige gespeicherte Daten',
};
