import type { Messages } from './en';

export const it: Messages = {
  extName: 'Assistente di configurazione MSI Actions',
  extDescription:
    'Pannello laterale per gli amministratori di Marketo Sales Insight Actions: checklist di configurazione, credenziali con un clic e verifica dei file CSV, in Marketo, Marketo Sales e Salesforce.',
  actionTitle: 'Mostra o nascondi il pannello di configurazione di MSI Actions',

  panelLabel: 'Assistente di configurazione MSI Actions',
  panelTitle: 'Configurazione MSI Actions',
  panelCollapse: 'Comprimi il pannello',
  panelExpand: 'Espandi il pannello',
  panelResize: 'Larghezza del pannello: trascina o usa i tasti freccia',
  panelRecognised: 'Ti trovi su',
  panelInstance: 'Istanza',
  panelInstanceUnknown: 'Munchkin ID non ancora noto',
  panelStorageReset:
    'Non è stato possibile leggere i dati salvati, che sono stati ripristinati ai valori predefiniti ({what}).',
  recoverSection:
    '{section} ha smesso di funzionare a causa di un errore. Il resto del pannello funziona ancora; reimposta questa sezione per riavviarla.',
  recoverSectionReset: 'Reimposta questa sezione',
  recoverPage:
    'Questa pagina ha smesso di funzionare a causa di un errore. Reimpostala per ricominciare: impostazioni e avanzamento vengono mantenuti.',
  recoverPageReset: 'Reimposta questa pagina',

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
  pageUnknown: "una pagina che l'assistente non riconosce",
  pageUnknownHint:
    "Qui non c'è ancora nulla da fare. Apri una delle pagine della guida oppure segnala questa pagina se avrebbe dovuto essere riconosciuta.",

  reportOpen: 'Segnala questa pagina',
  reportFailed: 'Non è stato possibile copiare questa pagina. Ricarica la pagina e riprova.',
  credNotVisible: 'Per questo il pannello deve essere del tutto visibile: chiudi ciò che lo copre e riprova.',
  reportTitle: 'Segnala questa pagina',
  reportIntro:
    'Salva una copia ripulita di questa pagina da allegare a una segnalazione di bug: vengono mantenuti solo la struttura e le etichette; script, commenti e tutto ciò che potrebbe eseguirsi o caricare qualcosa vengono rimossi; valori dei moduli e tutto ciò che sembra un indirizzo email, un ID o un segreto vengono mascherati. Non viene inviato nulla.',
  reportPreviewLabel: 'Cosa verrà salvato',
  reportSave: 'Salva file',
  reportCancel: 'Annulla',
  reportSaved: 'Salvato come {file}.',
  reportStats: '{masked} valori mascherati, {removed} script, commenti e altre parti attive rimossi.',

  credTitle: 'Credenziali',
  credNone:
    'Nessuna credenziale letta in questa pagina e nessuna conservata nella memoria di questo browser.',
  credNotYet:
    "Questa istanza Marketo non mostra ancora l'ID client e il segreto client: compaiono nella scheda Integration Information dopo che il primo amministratore è stato invitato dalla scheda di provisioning e ha attivato l'account.",
  credShowProvisioning: 'Mostra la scheda di provisioning',
  credReadAgain: 'Leggi di nuovo',
  credReady: 'Lette da questa pagina{instance}.',
  credClientId: 'ID client',
  credClientSecret: 'Segreto client',
  credMasked: 'termina con {tail}',
  credCopyClientId: 'Copia ID client',
  credCopyClientSecret: 'Copia segreto client',
  credCopied: 'Copiato. Gli appunti verranno svuotati tra {seconds} s se contengono ancora questo valore.',
  credCopiedNoClear: 'Copiato. Lo svuotamento degli appunti è disattivato nelle opzioni.',
  credCopyFailed: 'Il browser non ha consentito la scrittura negli appunti.',
  credClipboardCleared: 'Appunti svuotati.',
  credClipboardChanged: 'Appunti non svuotati: ora contengono altro.',
  credClipboardDenied:
    "Appunti non svuotati: il browser non consente all'estensione di leggerli. Svuotali tu.",
  credSend: "Invia all'app Sales",
  credCarried:
    'Conservate per {minutes} minuti nella memoria di questo browser, poi dimenticate (restano {time}). Lette su {source}: ID client …{idTail}, segreto client …{secretTail}.',
  credCarriedUnknownSource: "un'istanza sconosciuta",
  credForget: 'Dimentica ora',
  credKeep:
    'Conservale fino allo scadere del tempo (altrimenti vengono dimenticate dopo una sola compilazione)',
  credReveal: 'Mostra segreto',
  credHide: 'Nascondi segreto',
  credFill: 'Compila credenziali',
  credFillHint: "Apri Settings › Admin Settings › Marketo nell'app Sales per inserirle.",
  credPreviewTitle: 'Stai per compilare',
  credPreviewSource: "Valori letti dall'istanza Marketo {source}.",
  credPreviewPage: 'Questa pagina appartiene al Munchkin ID {munchkin}.',
  credPreviewOpenedTab: 'La scheda Set Up è stata aperta per te.',
  credFillConfirm: 'Compila ora',
  credFillCancel: 'Annulla',
  credFilled: "Compilato e verificato. Ora premi tu Save o Connect nella pagina: l'estensione non lo fa mai.",
  credFillForgotten: 'I valori sono stati dimenticati dopo questa compilazione.',
  credFieldOutcome: '{field}: {outcome}',
  credOutcome_filled: 'compilato',
  credOutcome_notAccepted: 'non accettato dalla pagina',
  credOutcome_readonly: 'di sola lettura',
  credOutcome_disabled: 'disattivato',
  credOutcome_kept: "lasciato com'è nella pagina",
  credOutcome_missing: 'campo non trovato',
  credSaveLabel: 'Premi Save',
  credShowLabel: 'Qui',
  credMunchkin: 'Munchkin ID',

  clInstance: 'Istanza',
  clNoInstance:
    'Ancora nessuna istanza Marketo: apri una volta Admin › Sales Insight › Actions Config in Marketo e la checklist inizierà a seguirla.',
  clPersona: 'Mostra i passaggi per',
  clShowMe: 'Mostrami',
  clHere: 'Qui',
  clDoc: 'Documentazione Adobe',
  clGoTo: 'Non è in questa pagina. Vai a: {path}',
  clControlMissing: 'Il controllo non è presente in questa pagina al momento. Dove trovarlo: {path}',
  clRemovalTitle: "Mantieni l'utente originale",
  clRemovalConfirm: 'Rimuovi comunque',
  clRemovalCancel: "Mantieni l'utente",

  optionsTitle: 'Assistente di configurazione MSI Actions: opzioni',
  optionsLanguage: 'Lingua del pannello',
  optionsLanguageAuto: 'Come il browser ({language})',
  optionsSaved: 'Salvato.',
  optionsClipboard: 'Svuota gli appunti dopo aver copiato una credenziale (secondi, 0 = mai)',
  optionsCarry: "Dimentica le credenziali inviate all'app Sales dopo (minuti)",
  optionsPanelPlace: 'Dove si apre il pannello',
  optionsPanelPlacePage: 'Nella pagina, ancorato a destra',
  optionsPanelPlaceSide: 'Nel pannello laterale del browser (alla pagina non viene aggiunto nulla)',
  optionsPanelPlaceHint: 'Vale per le pagine che aprirai in seguito.',
  // issue 15: show me, keyboard, wrong-instance guard
  clOutlined: 'Evidenziato nella pagina: dove agire per «{step}». Premi Esc per togliere il contorno.',
  clOutlineGone: 'Contorno rimosso.',
  credInstanceDifferent:
    "Un'altra istanza Marketo: questi valori sono stati letti su {source}, ma questo account Sales ha l'ID Munchkin {page}. Inserirli lo collegherebbe a {source}.",
  credInstanceUnconfirmed:
    "Istanza non confermata: questo account Sales ha l'ID Munchkin {page}, ma i valori sono stati letti su {source}, dove non era mostrato alcun ID Munchkin. Verifica che appartengano a {page}.",
  credInstanceConfirm: "Ho verificato: inserisci i valori di {source} nell'account Sales di {page}",
  commandFocusPanel: 'Apri il pannello di configurazione di MSI Actions e sposta lì il focus della tastiera',

  // "Next on this page" (components/panel/NextOnPage.tsx) and the dock making room (issue 15).
  nextHeading: 'Prossima azione in questa pagina',
  nextSendInvite: 'Invita il primo amministratore Sales',
  nextSendInviteWhy:
    'L’invito crea l’account Marketo Sales; le sue credenziali API compaiono poi in questa pagina.',
  nextSendCredentials: 'Invia le credenziali all’app Sales',
  nextSendCredentialsWhy:
    'L’app Sales ha bisogno di questo Client ID e di questo Client Secret per collegarsi a Marketo. Il pannello li porta per te, solo in memoria.',
  nextStartSync: 'Avvia la sincronizzazione dei dati',
  nextStartSyncWhy:
    'Marketo e l’app Sales sono collegati: la sincronizzazione trasferisce i tuoi dati Marketo.',
  nextConnectSalesforce: 'Collega Salesforce',
  nextConnectSalesforceWhy: 'L’account Sales legge e scrive i tuoi dati CRM tramite questo collegamento.',
  nextFillCredentials: 'Inserisci le credenziali Marketo',
  nextFillCredentialsWhy:
    'Il pannello inserisce in questo modulo il Client ID e il Client Secret letti su Marketo, dopo che hai controllato cosa verrà compilato.',
  nextCheckCsv: 'Controlla il file degli utenti prima di invitare',
  nextCheckCsvWhy:
    'Apri {path} e scegli il file: il pannello lo controlla prima di Avanti. Puoi anche controllarlo prima qui.',
  nextCheckCsvDialog: 'Controlla il file che scegli nella finestra di dialogo',
  nextCheckCsvDialogWhy:
    'Il pannello legge il file scelto nella finestra di dialogo e blocca Avanti finché contiene errori. L’esito compare più in basso.',
  nextInstallPackage: 'Installa o aggiorna il pacchetto Marketo Sales Insight',
  nextInstallPackageWhy: 'Salesforce ha bisogno del pacchetto prima di poter configurare MSI Actions.',
  nextRemoteSite: 'Aggiungi il sito remoto di Marketo',
  nextRemoteSiteWhy:
    'Salesforce chiama solo gli indirizzi elencati qui: senza, MSI Actions non raggiunge Marketo.',
  nextEnableMsi: 'Attiva MSI Actions',
  nextEnableMsiWhy: 'Questa impostazione rende MSI Actions disponibile ai tuoi utenti Salesforce.',
  nextShowMe: 'Mostrami dove',
  nextOpenSection: 'Vai',
  nextNothingHere: 'In questa pagina non resta nulla da fare.',
  nextGoTo: 'Passo successivo: {step}. Vai a: {path}',
  nextGoToStep: 'Passo successivo: {step}.',
  nextAllDone: 'Tutti i passi sono completati.',
  nextGuide: 'Passi nella guida di Adobe',
  panelMadeRoom: 'Il pannello ha fatto spazio alla finestra di dialogo della pagina.',
};
