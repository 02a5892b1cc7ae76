/**
 * Testi della checklist in italiano. Dalla traduzione Adobe della guida
 * (marketo.it-IT, seme 9ee0761 e versione 09a656c; domain.md §6). Le etichette
 * di Marketo, dell'app Sales e di Salesforce restano in inglese come le vedono
 * gli utenti italiani (domain.md §6; lib/pages/salesforce/labels.ts); i passaggi 6–7 e i testi dell'estensione sono
 * tradotti da noi.
 */
import type { ChecklistTexts } from './types';

export const it: ChecklistTexts = {
  locale: 'it',
  source: 'Adobe Experience League, traduzione italiana (fonte 09a656c)',
  guideTitle: 'Guida alla configurazione di Sales Insight Actions per amministratori',
  guideVersion: 'Segue la guida Adobe {version}',
  inviteGroupTitle: 'Invitare gli utenti alle azioni MSI',
  stepNumber: 'Passaggio {number}',
  personas: {
    'marketo-admin': 'Amministratore Marketo',
    'salesforce-admin': 'Amministratore Salesforce',
    either: 'Amministratore Marketo o Salesforce',
  },
  allPersonas: 'Tutti i passaggi',
  states: {
    todo: 'Da fare',
    'in-progress': 'In corso',
    done: 'Fatto',
    detected: 'Rilevato',
    blocked: 'Prima un passo precedente',
    'not-needed': 'Non necessario',
  },
  steps: {
    prerequisites: {
      title: 'Prerequisiti',
      substeps: {
        'msi-enabled':
          'Conferma con il team dell’account Adobe (il tuo Account Manager) che le azioni MSI sono state abilitate per il tuo account Marketo Engage.',
        'crm-sync': 'È necessario configurare la sincronizzazione Marketo/Salesforce.',
      },
      clickPath: '',
      notes: ['Se non hai un Account Manager, contatta il supporto Marketo.'],
    },
    'set-up-marketo-sales-account': {
      title: 'Configura account di vendita Marketo',
      substeps: {
        'open-admin': 'In Marketo, fai clic su Admin.',
        'open-actions-config': 'Fai clic su Sales Insight, quindi su Actions Config.',
        'send-invite':
          'Seleziona dall’elenco l’amministratore Marketo da invitare e fai clic su Send Invite.',
        'credentials-shown':
          'Verifica che l’ID client e il segreto client compaiano nella scheda Integration Information.',
      },
      clickPath: 'Admin › Sales Insight › Actions Config',
      notes: [
        'L’utente riceverà un’e-mail con i passaggi per accedere all’account.',
        'Gli utenti aggiuntivi non vengono aggiunti tramite Marketo, ma dalla pagina User Management dell’account di vendita.',
      ],
    },
    'connect-marketo-sales-account-to-salesforce': {
      title: 'Collegare l’account di vendita Marketo a Salesforce',
      substeps: {
        'open-settings':
          'Nel tuo account Marketo Sales, fai clic sull’icona a forma di ingranaggio e seleziona Settings.',
        'open-salesforce': 'In Admin Settings, fai clic su Salesforce.',
        'click-connect': 'Nella scheda Connections & Customizations, fai clic su Connect.',
        confirm: 'Fai clic su OK.',
      },
      clickPath: '⚙ Settings › Admin Settings › Salesforce › Connections & Customizations',
      notes: [
        'Se hai già effettuato l’accesso a Salesforce, verrai connesso. In caso contrario, ti verrà chiesto di accedere.',
      ],
    },
    'connect-marketo-to-your-sales-apps-account': {
      title: 'Collega Marketo al tuo account App di vendita',
      substeps: {
        'open-settings':
          'Nel tuo account Marketo Sales, fai clic sull’icona a forma di ingranaggio e seleziona Settings.',
        'open-marketo': 'In Admin Settings, fai clic su Marketo.',
        'click-connect': 'Fai clic su connect. Il tuo account verrà quindi connesso.',
      },
      clickPath: '⚙ Settings › Admin Settings › Marketo',
      notes: [
        'Se non si collega, copia le credenziali dalla scheda “Actions Config” di Marketo Sales Insight e incollale nella scheda Set Up.',
      ],
    },
    'initiate-data-sync': {
      title: 'Avvia sincronizzazione dati',
      substeps: {
        'open-actions-config':
          'In Marketo, fai clic su Admin, poi su Sales Insight e sulla scheda Actions Config.',
        'click-sync': 'Nella scheda Action Field Sync, fai clic su Sync.',
        'start-sync':
          'Verrà visualizzata un’anteprima dei campi che verranno sincronizzati. Fai clic su Start Sync.',
      },
      clickPath: 'Admin › Sales Insight › Actions Config › Action Field Sync › Sync',
      notes: [
        'I record di persone esistenti in Marketo e Salesforce verranno sincronizzati nel tuo account App di vendita Marketo.',
      ],
    },
    'invite-individual-users-to-msi-actions': {
      title: 'Invitare singoli utenti alle azioni MSI',
      substeps: {
        'open-user-management':
          'Nel tuo account Marketo Sales, fai clic sull’icona a forma di ingranaggio, seleziona Settings e poi User Management in Admin Settings.',
        'invite-users': 'Fai clic su Actions e seleziona Invite Users.',
        'enter-emails': 'Inserisci gli indirizzi e-mail e fai clic su Invite.',
      },
      clickPath: '⚙ Settings › Admin Settings › User Management › Actions › Invite Users',
      notes: [
        'Per impostazione predefinita, tutti i nuovi membri vengono aggiunti al team Everyone.',
        'Riceverai un messaggio di conferma.',
      ],
    },
    'invite-users-via-csv-to-msi-actions': {
      title: 'Invitare gli utenti tramite CSV alle azioni MSI',
      substeps: {
        'open-user-management':
          'Nel tuo account Marketo Sales, fai clic sull’icona a forma di ingranaggio, seleziona Settings e poi User Management in Admin Settings.',
        'invite-via-csv': 'Fai clic su Actions e seleziona Invite Users via CSV.',
        'choose-file': 'Cerca il CSV sul computer, selezionalo e fai clic su Next.',
        'confirm-mapping': 'Conferma che i campi siano mappati correttamente e fai clic su Invite.',
      },
      clickPath: '⚙ Settings › Admin Settings › User Management › Actions › Invite Users via CSV',
      notes: ['Riceverai un messaggio di conferma dopo l’invio degli inviti.'],
    },
    'install-upgrade-msi-package': {
      title: 'Installa/aggiorna il pacchetto MSI in Salesforce',
      substeps: {
        'open-listing':
          'Apri la scheda di Marketo Sales Insight su AppExchange, fai clic su Get It Now e accedi ad AppExchange.',
        'install-or-upgrade':
          'Fai clic su Install in Production (consiglio: installa prima in una sandbox) oppure scegli l’aggiornamento proposto; accetta i termini e conferma.',
        'choose-access':
          'Scegli l’installazione solo per gli amministratori, per tutti gli utenti o per profili specifici, poi completa.',
        'verify-installed': 'Verifica che Marketo Sales Insight compaia in Setup › Installed Packages.',
        'deploy-objects':
          'In Setup › Objects, verifica che tutti gli oggetti di Marketo Sales Insight siano Deployed (altrimenti: Edit › Deployment Status: Deployed › Save).',
      },
      clickPath: 'AppExchange › Marketo Sales Insight › Get It Now; poi Setup › Installed Packages',
      notes: [
        'Servono le autorizzazioni di amministratore Salesforce.',
        'Dopo un aggiornamento, i profili degli utenti MSI devono avere accesso in lettura a Lead, Contact, Account e Opportunity: il pacchetto non può più concederlo.',
      ],
    },
    'configure-msi-actions-in-salesforce': {
      title: 'Configurare le azioni MSI in Salesforce',
      substeps: {
        'remote-sites':
          'In Setup › Remote Site Settings, aggiungi due New Remote Site: https://ims-na1.adobelogin.com e https://mkto-sales-connect.adobe.io.',
        'enable-msi-actions':
          'Nella scheda Marketo Sales Insight Config, seleziona Enable MSI Actions, inserisci la API Secret Key e fai clic su Save.',
        governance:
          'Facoltativo: governance delle azioni MSI. Disattiva le campagne di vendita o la scheda Attività, oppure funzioni nelle impostazioni delle azioni; vale per tutti gli utenti MSI.',
      },
      clickPath:
        'Setup › Remote Site Settings › New Remote Site; Marketo Sales Insight Config › Enable MSI Actions',
      notes: [
        'Se la scheda Marketo Sales Insight Config non è visibile, aprila da + (All Tabs).',
        'La API Secret Key si imposta in Marketo: Admin › Sales Insight › Edit API Configuration.',
      ],
    },
  },
  blocked: {
    'needs-prerequisites': 'Conferma prima i prerequisiti.',
    'needs-account':
      'Serve l’account di vendita Marketo: invita prima il primo amministratore (passaggio 1).',
    'needs-first-admin': 'Prima occorre invitare il primo amministratore in Marketo (passaggio 1).',
    'needs-marketo-connection': 'Collega prima Marketo all’account di vendita (passaggio 3).',
    'needs-package': 'Installa o aggiorna prima il pacchetto MSI (passaggio 6).',
  },
  evidence: {
    'first-admin-invited': {
      text: 'Primo amministratore invitato nella scheda Actions Config',
      withDetail: 'Primo amministratore invitato nella scheda Actions Config: {detail}',
    },
    'client-id-shown': { text: 'ID client visibile nella scheda Integration Information' },
    'salesforce-connected': {
      text: 'Salesforce risulta connesso',
      withDetail: 'Salesforce risulta connesso ({detail})',
    },
    'marketo-connected': { text: 'Marketo risulta connesso' },
    'sync-preview': { text: 'Anteprima dei campi nella scheda Action Field Sync' },
    'sync-started': { text: 'Sincronizzazione in corso nella scheda Action Field Sync' },
    'sync-completed': { text: 'Sincronizzazione completata nella scheda Action Field Sync' },
    'invite-confirmed': {
      text: 'Messaggio di conferma dell’invito visualizzato',
      withDetail: 'Messaggio di conferma dell’invito visualizzato ({detail} invitati)',
    },
    'csv-invite-confirmed': {
      text: 'Messaggio di conferma dell’invito tramite CSV visualizzato',
      withDetail: 'Messaggio di conferma dell’invito tramite CSV visualizzato ({detail} invitati)',
    },
    'users-listed': {
      text: 'Più utenti in User Management (invitati singolarmente o tramite CSV)',
      withDetail: '{detail} utenti in User Management (invitati singolarmente o tramite CSV)',
    },
    'msi-package-installed': {
      text: 'Marketo Sales Insight presente in Installed Packages',
      withDetail: 'Marketo Sales Insight {detail} presente in Installed Packages',
    },
    'remote-sites-present': { text: 'Entrambi i siti remoti Adobe presenti in Remote Site Settings' },
    'msi-actions-enabled': { text: 'Enable MSI Actions selezionato' },
    'msi-actions-configured': {
      text: 'Entrambi i siti remoti Adobe presenti ed Enable MSI Actions selezionato',
    },
    'sales-account-open': {
      text: "Accesso alle Admin Settings dell'app Sales: l'account Sales esiste",
    },
    'msi-config-open': {
      text: 'La scheda Marketo Sales Insight Config è presente: il pacchetto è installato',
    },
  },
  evidenceSeen: '{evidence}, in {page}, {date}',
  manualOnly: 'L’estensione non può verificare questo passaggio: segnalo tu.',
  cannotRead: 'L’estensione non è riuscita a leggerlo nella pagina: il passaggio resta manuale, segnalo tu.',
  setByYou: 'Impostato da te',
  actions: {
    markDone: 'Segna come fatto',
    markInProgress: 'Segna come in corso',
    markTodo: 'Segna come da fare',
    useDetection: 'Usa ciò che rileva l’estensione',
    reset: 'Azzera i progressi',
    resetDone: 'I progressi di {instance} sono stati azzerati.',
    undo: 'Annulla',
    copySummary: 'Copia riepilogo',
    summaryCopied: 'Riepilogo copiato.',
    exportProgress: 'Esporta i progressi',
    importProgress: 'Importa i progressi',
    imported: '{count} istanze importate.',
  },
  progress: '{done} di {total} fatti',
  cautions: {
    'keep-original-user':
      'Dopo aver avviato la sincronizzazione dei dati, non devi rimuovere l’utente originale dalla tua istanza di Sales Insight Actions: è l’utente a cui è stato inviato il primo invito.',
    'keep-original-user-check':
      'La sincronizzazione dei dati è stata avviata: non rimuovere né disattivare l’utente originale (quello a cui è stato inviato il primo invito). Verifica che non si tratti di questo utente prima di continuare.',
    'enable-msi-actions-only-if-used':
      'Non selezionare la casella “Enable MSI Actions” a meno che tu non utilizzi le funzioni di Sales Insight Actions. Deselezionarla in seguito disattiva tutte le funzioni delle azioni MSI.',
    'credentials-after-first-invite':
      'Se non vedi un ID client e un segreto client nella scheda Integration Information, attiva l’istanza di Actions invitando il primo utente: l’ID client e il segreto client verranno visualizzati.',
  },
  originalUser: 'Utente originale: {user}',
  links: {
    'upgrade-msi-package': 'Aggiornamento del pacchetto MSI',
    'sync-data': 'Come si sincronizzano i dati tra Sales Insight Actions, Marketo e Salesforce',
    'configure-msi-enterprise': 'Configurare Marketo Sales Insight in Salesforce Enterprise/Unlimited',
  },
  instance: {
    production: 'produzione',
    sandbox: 'sandbox',
    unknownMunchkin: 'ID Munchkin non ancora noto ({host})',
  },
  summary: {
    title: 'Configurazione delle azioni MSI: {done} di {total} fatti',
    instance: 'Istanza',
    guide: '{title}, versione {version}',
    date: 'Riepilogo del {date}',
    doneHeading: 'Fatto',
    leftHeading: 'Da fare',
    salesforceAdminHeading: 'Da fare per l’amministratore Salesforce',
    nothingLeft: 'Non resta nulla.',
    markedDone: 'segnato come fatto',
    alternativeDone: 'non necessario: gli utenti sono stati invitati nell’altro modo',
    doc: 'Documentazione',
  },
  importErrors: {
    'too-large': 'Il file è troppo grande ({size} KB, al massimo {max} KB). Non è stato modificato nulla.',
    'bad-json': 'Il file non è un JSON valido. Non è stato modificato nulla.',
    'forbidden-key':
      'Il file usa «{name}» come nome (in {path}), che nessuna istanza Marketo né passaggio dell’elenco ha: è stato modificato o non è un’esportazione di questa estensione. Esporta di nuovo l’avanzamento e importa quel file. Non è stato modificato nulla.',
    'wrong-format':
      'Questo non è un file di progressi della checklist di MSI Actions Setup Helper. Non è stato modificato nulla.',
    'wrong-version':
      'Il file ha la versione di formato {found}; questa estensione legge le versioni fino alla {supported}. Non è stato modificato nulla.',
    'invalid-fields':
      'Il file contiene un valore non valido in {path} ({issue}). Non è stato modificato nulla.',
  },
};
