/**
 * Checklistentexte auf Deutsch. Nach Adobes deutscher Übersetzung des
 * Handbuchs (marketo.de-DE, Commit 4052f53; domain.md §6), Schrittüberschriften und
 * UI-Bezeichnungen wie dort (damit man sie auf der Adobe-Seite wiederfindet); Schritte 6–7 und die eigenen Texte der Erweiterung haben wir
 * übersetzt. Bezeichnungen des MSI-Pakets (Marketo Sales Insight Config,
 * Enable MSI Actions) bleiben englisch.
 */
import type { ChecklistTexts } from './types';

export const de: ChecklistTexts = {
  locale: 'de',
  source: 'Adobe Experience League, deutsche Übersetzung (Quelle 09a656c)',
  guideTitle: 'Handbuch zur Einrichtung von Sales Insight Actions für Administratoren',
  guideVersion: 'Folgt dem Adobe-Handbuch {version}',
  inviteGroupTitle: 'Benutzer zu MSI-Aktionen einladen',
  stepNumber: 'Schritt {number}',
  personas: {
    'marketo-admin': 'Marketo-Administrator',
    'salesforce-admin': 'Salesforce-Administrator',
    either: 'Marketo- oder Salesforce-Administrator',
  },
  allPersonas: 'Alle Schritte',
  states: {
    todo: 'Offen',
    'in-progress': 'In Arbeit',
    done: 'Erledigt',
    detected: 'Erkannt',
    blocked: 'Erst früherer Schritt',
    'not-needed': 'Nicht nötig',
  },
  steps: {
    prerequisites: {
      title: 'Voraussetzungen',
      substeps: {
        'msi-enabled':
          'Lassen Sie sich vom Adobe-Account-Team (Ihrem Account Manager) bestätigen, dass MSI-Aktionen für Ihr Marketo Engage-Konto aktiviert wurden.',
        'crm-sync': 'Ihre Marketo/Salesforce-Synchronisierung muss eingerichtet sein.',
      },
      clickPath: '',
      notes: ['Wenn Sie keinen Account Manager haben, wenden Sie sich an den Marketo-Support.'],
    },
    'set-up-marketo-sales-account': {
      title: 'Marketo-Kundenkonto einrichten',
      substeps: {
        'open-admin': 'Klicken Sie in Marketo auf Admin.',
        'open-actions-config': 'Klicken Sie auf Sales Insight und dann auf Aktionskonfiguration.',
        'send-invite':
          'Wählen Sie in der Liste den Marketo-Administrator aus, den Sie einladen möchten, und klicken Sie auf Einladung senden.',
        'credentials-shown':
          'Prüfen Sie, ob Client-ID und Client-Geheimnis auf der Karte „Integrationsinformationen“ angezeigt werden.',
      },
      clickPath: 'Admin › Sales Insight › Aktionskonfiguration',
      notes: [
        'Der Benutzer erhält eine E-Mail mit den Schritten für den Zugriff auf das Konto.',
        'Weitere Benutzer werden nicht über Marketo hinzugefügt, sondern auf der Seite „Benutzerverwaltung“ des Sales-Kontos.',
      ],
    },
    'connect-marketo-sales-account-to-salesforce': {
      title: 'Marketo-Kundenkonto mit Salesforce verbinden',
      substeps: {
        'open-settings':
          'Klicken Sie in Ihrem Marketo Sales-Konto auf das Zahnradsymbol und wählen Sie Einstellungen.',
        'open-salesforce': 'Klicken Sie unter Admin-Einstellungen auf Salesforce.',
        'click-connect': 'Klicken Sie auf der Registerkarte „Verbindungen und Anpassungen“ auf Verbinden.',
        confirm: 'Klicken Sie auf OK.',
      },
      clickPath: '⚙ Einstellungen › Admin-Einstellungen › Salesforce › Verbindungen und Anpassungen',
      notes: [
        'Wenn Sie bereits bei Salesforce angemeldet sind, wird die Verbindung hergestellt. Andernfalls werden Sie zur Anmeldung aufgefordert.',
      ],
    },
    'connect-marketo-to-your-sales-apps-account': {
      title: 'Verbinden von Marketo mit Ihrem Sales Apps-Konto',
      substeps: {
        'open-settings':
          'Klicken Sie in Ihrem Marketo Sales-Konto auf das Zahnradsymbol und wählen Sie Einstellungen.',
        'open-marketo': 'Klicken Sie unter Admin-Einstellungen auf Marketo.',
        'click-connect': 'Klicken Sie auf Verbinden. Ihr Konto wird dann verbunden.',
      },
      clickPath: '⚙ Einstellungen › Admin-Einstellungen › Marketo',
      notes: [
        'Falls keine Verbindung zustande kommt, kopieren Sie die Anmeldedaten aus der Registerkarte „Aktionskonfiguration“ von Marketo Sales Insight und fügen Sie sie auf der Registerkarte „Setup“ ein.',
      ],
    },
    'initiate-data-sync': {
      title: 'Initiieren der Datensynchronisation',
      substeps: {
        'open-actions-config':
          'Klicken Sie in Marketo auf Admin, dann auf Sales Insight und auf die Registerkarte Aktionskonfiguration.',
        'click-sync': 'Klicken Sie auf der Karte „Aktion Feldsynchronisierung“ auf Synchronisieren.',
        'start-sync':
          'Sie sehen eine Vorschau der Felder, die synchronisiert werden. Klicken Sie auf Synchronisierung starten.',
      },
      clickPath:
        'Admin › Sales Insight › Aktionskonfiguration › Aktion Feldsynchronisierung › Synchronisieren',
      notes: [
        'Personendatensätze, die in Marketo und Salesforce vorhanden sind, werden mit Ihrem Marketo Sales Apps-Konto synchronisiert.',
      ],
    },
    'invite-individual-users-to-msi-actions': {
      title: 'Einzelne Benutzer zu MSI-Aktionen einladen',
      substeps: {
        'open-user-management':
          'Klicken Sie in Ihrem Marketo Sales-Konto auf das Zahnradsymbol, wählen Sie Einstellungen und unter Admin-Einstellungen Benutzerverwaltung.',
        'invite-users': 'Klicken Sie auf Aktionen und wählen Sie Benutzer einladen.',
        'enter-emails': 'Geben Sie die E-Mail-Adresse(n) ein und klicken Sie auf Einladen.',
      },
      clickPath: '⚙ Einstellungen › Admin-Einstellungen › Benutzerverwaltung › Aktionen › Benutzer einladen',
      notes: [
        'Standardmäßig werden alle neuen Mitglieder dem Team „Alle“ hinzugefügt.',
        'Sie erhalten eine Bestätigungsmeldung.',
      ],
    },
    'invite-users-via-csv-to-msi-actions': {
      title: 'Benutzer über CSV zu MSI-Aktionen einladen',
      substeps: {
        'open-user-management':
          'Klicken Sie in Ihrem Marketo Sales-Konto auf das Zahnradsymbol, wählen Sie Einstellungen und unter Admin-Einstellungen Benutzerverwaltung.',
        'invite-via-csv': 'Klicken Sie auf Aktionen und wählen Sie Benutzer über CSV einladen.',
        'choose-file':
          'Suchen Sie die CSV-Datei auf Ihrem Computer, wählen Sie sie aus und klicken Sie auf Weiter.',
        'confirm-mapping': 'Prüfen Sie, ob die Felder richtig zugeordnet sind, und klicken Sie auf Einladen.',
      },
      clickPath:
        '⚙ Einstellungen › Admin-Einstellungen › Benutzerverwaltung › Aktionen › Benutzer über CSV einladen',
      notes: ['Sie erhalten eine Bestätigungsmeldung, sobald die Einladungen versendet wurden.'],
    },
    'install-upgrade-msi-package': {
      title: 'MSI-Paket in Salesforce installieren/aktualisieren',
      substeps: {
        'open-listing':
          'Öffnen Sie Marketo Sales Insight auf AppExchange, klicken Sie auf Get It Now und melden Sie sich bei AppExchange an.',
        'install-or-upgrade':
          'Klicken Sie auf Install in Production (Tipp: zuerst in einer Sandbox installieren) oder wählen Sie das angebotene Upgrade; akzeptieren Sie die Bedingungen und bestätigen Sie.',
        'choose-access':
          'Wählen Sie die Installation nur für Administratoren, für alle Benutzer oder für bestimmte Profile und schließen Sie ab.',
        'verify-installed':
          'Prüfen Sie, ob Marketo Sales Insight unter Setup › Installierte Pakete aufgeführt ist.',
        'deploy-objects':
          'Prüfen Sie unter Setup › Objekte, ob alle Marketo Sales Insight-Objekte bereitgestellt sind (sonst: Bearbeiten › Bereitstellungsstatus: Bereitgestellt › Speichern).',
      },
      clickPath: 'AppExchange › Marketo Sales Insight › Get It Now; dann Setup › Installierte Pakete',
      notes: [
        'Salesforce-Administratorrechte sind erforderlich.',
        'Nach einem Upgrade brauchen die Profile der MSI-Benutzer Lesezugriff auf Lead, Kontakt, Account und Opportunity: Das Paket kann ihn nicht mehr gewähren.',
      ],
    },
    'configure-msi-actions-in-salesforce': {
      title: 'MSI-Aktionen in Salesforce konfigurieren',
      substeps: {
        'remote-sites':
          'Fügen Sie unter Setup › Remote-Site-Einstellungen zwei neue Remote-Sites hinzu: https://ims-na1.adobelogin.com und https://mkto-sales-connect.adobe.io.',
        'enable-msi-actions':
          'Aktivieren Sie auf der Registerkarte Marketo Sales Insight Config das Kontrollkästchen Enable MSI Actions, geben Sie den API Secret Key ein und klicken Sie auf Speichern.',
        governance:
          'Optional: Governance der MSI-Aktionen. Deaktivieren Sie Sales-Kampagnen oder die Registerkarte „Aufgaben“ oder Funktionen unter den Actions-Einstellungen; das gilt für alle MSI-Benutzer.',
      },
      clickPath:
        'Setup › Remote-Site-Einstellungen › Neue Remote-Site; Marketo Sales Insight Config › Enable MSI Actions',
      notes: [
        'Wird die Registerkarte Marketo Sales Insight Config nicht angezeigt, öffnen Sie sie über + (Alle Registerkarten).',
        'Der API Secret Key wird in Marketo festgelegt: Admin › Sales Insight › API-Konfiguration bearbeiten.',
      ],
    },
  },
  blocked: {
    'needs-prerequisites': 'Bestätigen Sie zuerst die Voraussetzungen.',
    'needs-account':
      'Erfordert das Marketo Sales-Konto: Laden Sie zuerst den ersten Administrator ein (Schritt 1).',
    'needs-first-admin': 'Zuerst muss der erste Administrator in Marketo eingeladen werden (Schritt 1).',
    'needs-marketo-connection': 'Verbinden Sie zuerst Marketo mit dem Sales-Konto (Schritt 3).',
    'needs-package': 'Installieren oder aktualisieren Sie zuerst das MSI-Paket (Schritt 6).',
  },
  evidence: {
    'first-admin-invited': {
      text: 'Erster Administrator auf der Registerkarte Aktionskonfiguration eingeladen',
      withDetail: 'Erster Administrator auf der Registerkarte Aktionskonfiguration eingeladen: {detail}',
    },
    'client-id-shown': { text: 'Client-ID auf der Karte „Integrationsinformationen“ angezeigt' },
    'salesforce-connected': {
      text: 'Salesforce als verbunden angezeigt',
      withDetail: 'Salesforce als verbunden angezeigt ({detail})',
    },
    'marketo-connected': { text: 'Marketo als verbunden angezeigt' },
    'sync-preview': { text: 'Feldvorschau auf der Karte „Aktion Feldsynchronisierung“ angezeigt' },
    'sync-started': { text: 'Synchronisierung läuft laut Karte „Aktion Feldsynchronisierung“' },
    'sync-completed': { text: 'Synchronisierung laut Karte „Aktion Feldsynchronisierung“ abgeschlossen' },
    'invite-confirmed': {
      text: 'Einladungsbestätigung angezeigt',
      withDetail: 'Einladungsbestätigung angezeigt ({detail} eingeladen)',
    },
    'csv-invite-confirmed': {
      text: 'Bestätigung der CSV-Einladung angezeigt',
      withDetail: 'Bestätigung der CSV-Einladung angezeigt ({detail} eingeladen)',
    },
    'users-listed': {
      text: 'Mehrere Benutzer in der Benutzerverwaltung (einzeln oder über CSV eingeladen)',
      withDetail: '{detail} Benutzer in der Benutzerverwaltung (einzeln oder über CSV eingeladen)',
    },
    'msi-package-installed': {
      text: 'Marketo Sales Insight unter „Installierte Pakete“ aufgeführt',
      withDetail: 'Marketo Sales Insight {detail} unter „Installierte Pakete“ aufgeführt',
    },
    'remote-sites-present': { text: 'Beide Adobe-Remote-Sites in den Remote-Site-Einstellungen aufgeführt' },
    'msi-actions-enabled': { text: 'Enable MSI Actions aktiviert' },
    'msi-actions-configured': {
      text: 'Beide Adobe-Remote-Sites aufgeführt und Enable MSI Actions aktiviert',
    },
    'sales-account-open': {
      text: 'In den Admin-Einstellungen der Sales-App angemeldet: das Sales-Konto besteht',
    },
    'msi-config-open': { text: 'Der Tab Marketo Sales Insight Config ist da: das Paket ist installiert' },
  },
  evidenceSeen: '{evidence}, auf {page}, {date}',
  manualOnly: 'Die Erweiterung kann diesen Schritt nicht prüfen: Markieren Sie ihn selbst.',
  cannotRead:
    'Die Erweiterung konnte dies auf der Seite nicht lesen: Der Schritt bleibt manuell, markieren Sie ihn selbst.',
  setByYou: 'Von Ihnen gesetzt',
  actions: {
    markDone: 'Als erledigt markieren',
    markInProgress: 'Als in Arbeit markieren',
    markTodo: 'Als offen markieren',
    useDetection: 'Erkennung der Erweiterung verwenden',
    reset: 'Fortschritt zurücksetzen',
    resetDone: 'Der Fortschritt von {instance} wurde zurückgesetzt.',
    undo: 'Rückgängig',
    copySummary: 'Zusammenfassung kopieren',
    summaryCopied: 'Zusammenfassung kopiert.',
    exportProgress: 'Fortschritt exportieren',
    importProgress: 'Fortschritt importieren',
    imported: '{count} Instanzen importiert.',
  },
  progress: '{done} von {total} erledigt',
  cautions: {
    'keep-original-user':
      'Nachdem Sie die Datensynchronisation gestartet haben, dürfen Sie den ursprünglichen Benutzer Ihrer Sales Insight Actions-Instanz nicht entfernen: Das ist der Benutzer, an den die erste Einladung gesendet wurde.',
    'keep-original-user-check':
      'Die Datensynchronisation wurde gestartet: Entfernen oder deaktivieren Sie nicht den ursprünglichen Benutzer (an den die erste Einladung ging). Prüfen Sie vor dem Fortfahren, dass es sich nicht um diesen Benutzer handelt.',
    'enable-msi-actions-only-if-used':
      'Aktivieren Sie das Kontrollkästchen „Enable MSI Actions“ nur, wenn Sie Funktionen von Sales Insight Actions nutzen. Wird es später deaktiviert, werden alle Funktionen der MSI-Aktionen deaktiviert.',
    'credentials-after-first-invite':
      'Wenn Sie auf der Karte „Integrationsinformationen“ keine Client-ID und kein Client-Geheimnis sehen, aktivieren Sie Ihre Actions-Instanz, indem Sie den ersten Benutzer einladen: Danach werden Client-ID und Client-Geheimnis angezeigt.',
  },
  originalUser: 'Ursprünglicher Benutzer: {user}',
  links: {
    'upgrade-msi-package': 'MSI-Paket aktualisieren',
    'sync-data': 'Wie Daten zwischen Sales Insight Actions, Marketo und Salesforce synchronisiert werden',
    'configure-msi-enterprise': 'Marketo Sales Insight in Salesforce Enterprise/Unlimited konfigurieren',
  },
  instance: {
    production: 'Produktion',
    sandbox: 'Sandbox',
    unknownMunchkin: 'Munchkin-ID noch nicht bekannt ({host})',
  },
  summary: {
    title: 'Einrichtung der MSI-Aktionen: {done} von {total} erledigt',
    instance: 'Instanz',
    guide: '{title}, Version {version}',
    date: 'Zusammenfassung vom {date}',
    doneHeading: 'Erledigt',
    leftHeading: 'Offen',
    salesforceAdminHeading: 'Offen für den Salesforce-Administrator',
    nothingLeft: 'Nichts mehr offen.',
    markedDone: 'als erledigt markiert',
    alternativeDone: 'nicht nötig: Die Benutzer wurden auf dem anderen Weg eingeladen',
    doc: 'Dokumentation',
  },
  importErrors: {
    'too-large': 'Die Datei ist zu groß ({size} KB, höchstens {max} KB). Es wurde nichts geändert.',
    'bad-json': 'Die Datei ist kein gültiges JSON. Es wurde nichts geändert.',
    'forbidden-key':
      'Die Datei verwendet „{name}“ als Namen (bei {path}), den keine Marketo-Instanz und kein Schritt der Checkliste trägt: Sie wurde verändert oder ist kein Export dieser Erweiterung. Exportieren Sie den Fortschritt erneut und importieren Sie diese Datei. Es wurde nichts geändert.',
    'wrong-format':
      'Dies ist keine Fortschrittsdatei der Checkliste von MSI Actions Setup Helper. Es wurde nichts geändert.',
    'wrong-version':
      'Die Datei hat die Formatversion {found}; diese Erweiterung liest Versionen bis {supported}. Es wurde nichts geändert.',
    'invalid-fields':
      'Die Datei enthält einen ungültigen Wert bei {path} ({issue}). Es wurde nichts geändert.',
  },
};
