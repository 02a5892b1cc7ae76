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
  panelFrameNote: 'Letto da un frame Marketo incorporato',
  panelStorageReset:
    'Non è stato possibile leggere i dati salvati, che sono stati ripristinati ai valori predefiniti ({what}).',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Admin › Sales Insight › Actions Config',
  pageSalesSalesforceSettings: 'Settings › Admin Settings › Salesforce',
  pageSalesMarketoSettings: 'Settings › Admin Settings › Marketo',
  pageSalesUserManagement: 'Settings › Admin Settings › User Management',
  pageSalesforceInstalledPackages: 'Imposta › Pacchetti installati',
  pageSalesforceRemoteSites: 'Imposta › Impostazioni sito remoto',
  pageSalesforceMsiConfig: 'Marketo Sales Insight Config',
  pageUnknown: "una pagina che l'assistente non riconosce",
  pageUnknownHint:
    "Qui non c'è ancora nulla da fare. Apri una delle pagine della guida oppure segnala questa pagina se avrebbe dovuto essere riconosciuta.",

  reportOpen: 'Segnala questa pagina',
  reportTitle: 'Segnala questa pagina',
  reportIntro:
    'Salva una copia ripulita di questa pagina da allegare a una segnalazione di bug: script rimossi, valori dei moduli e tutto ciò che sembra un indirizzo email, un ID o un segreto mascherati. Non viene inviato nulla.',
  reportPreviewLabel: 'Cosa verrà salvato',
  reportSave: 'Salva file',
  reportCancel: 'Annulla',
  reportSaved: 'Salvato come {file}.',
  reportStats: '{masked} valori mascherati, {removed} script ed elementi nascosti rimossi.',

  optionsTitle: 'Assistente di configurazione MSI Actions: opzioni',
  optionsLanguage: 'Lingua del pannello',
  optionsLanguageAuto: 'Come il browser ({language})',
  optionsSaved: 'Salvato.',
};
