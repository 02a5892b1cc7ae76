/** What went wrong and what to do next, one sentence per failure reason, in Italian. */
import type { ReasonTexts } from './en';

export const it: ReasonTexts = {
  reasonNoTab: 'Il pannello ha perso traccia di questa scheda. Ricarica la pagina e riprova.',
  reasonNoAnswer: 'La pagina non ha risposto. Ricaricala e riprova.',
  reasonNotMarketo:
    'Questa non è più una pagina di Marketo. Apri Admin › Sales Insight › Actions Config in Marketo, poi premi Leggi di nuovo.',
  reasonNoCard:
    'Nessuna scheda Integration Information in questa pagina. Apri Admin › Sales Insight › Actions Config in Marketo, poi premi Leggi di nuovo.',
  reasonMaskedUnrevealable:
    'Il segreto client è mascherato e la scheda non offre modo di mostrarlo qui. Mostralo tu nella scheda Integration Information, poi premi Leggi di nuovo.',
  reasonInvalidClientId:
    'Ciò che la scheda mostra come ID client non sembra tale (un UUID come 1a2b3c4d-…). Ricarica la pagina e premi Leggi di nuovo; se resta così, copia i valori a mano.',
  reasonInvalidClientSecret:
    'Ciò che la scheda mostra come segreto client non sembra tale (32 lettere e cifre). Mostralo nella scheda Integration Information, controllalo, poi premi Leggi di nuovo.',
  reasonReadOther:
    'Non è stato possibile leggere le credenziali qui. Ricarica la pagina, poi premi Leggi di nuovo.',
  reasonNothingCarried:
    "Nessuna credenziale è più conservata: vengono dimenticate dopo una compilazione o allo scadere del tempo. Leggile di nuovo in Actions Config di Marketo e premi Invia all'app Sales.",
  reasonNotSalesSettings:
    "Questa pagina non è quella delle impostazioni di Marketo dell'app Sales. Apri lì Settings › Admin Settings › Marketo, poi premi di nuovo Compila credenziali.",
  reasonNoForm:
    'Nessun campo ID client e segreto client in questa pagina. Apri la scheda Set Up di Admin Settings › Marketo, poi premi di nuovo Compila credenziali.',
  reasonNoClientIdField:
    'Il modulo di questa pagina non ha un campo ID client. Apri la scheda Set Up di Admin Settings › Marketo, poi premi di nuovo Compila credenziali.',
  reasonNoClientSecretField:
    'Il modulo di questa pagina non ha un campo segreto client. Apri la scheda Set Up di Admin Settings › Marketo, poi premi di nuovo Compila credenziali.',
  reasonAmbiguous:
    "Due campi di questa pagina potrebbero essere ciascuno l'ID client o il segreto client, quindi non è stato compilato nulla. Incolla tu i valori (Mostra segreto mostra il segreto trasportato).",
  reasonNotAccepted:
    'La pagina non ha mantenuto i valori ricevuti. Incollali tu (Mostra segreto mostra il segreto trasportato), poi premi Salva nella pagina.',
  reasonInstanceUnconfirmed:
    "L'account Sales mostra un'istanza di Marketo diversa da quella in cui sono stati letti i valori, quindi non è stato compilato nulla. Verifica a quale istanza appartiene questo account Sales, spunta la conferma che le nomina entrambe, poi premi di nuovo Compila ora.",
  reasonFillOther: 'Non è stato compilato nulla. Ricarica la pagina, poi premi di nuovo Compila credenziali.',
  reasonSwapNoDialog:
    'La finestra Invite Users via CSV è chiusa. Riaprila (Actions › Invite Users via CSV) e scegli lì il file corretto.',
  reasonSwapNoFileInput:
    'La finestra non mostra più un campo file. Torna al primo passaggio e scegli lì il file corretto.',
  reasonSwapUnsupported:
    "Questo browser non consente all'estensione di inserire un file nella finestra. Scarica il file corretto e sceglilo tu nella finestra.",
  reasonFileUnreadable:
    'Impossibile leggere il file: potrebbe essere stato spostato, modificato o eliminato dopo che lo hai scelto. Sceglilo di nuovo.',
  reasonFileDenied:
    "Il browser non ha consentito all'estensione di leggere questo file. Salvalo in un'altra cartella (ad esempio Download) e sceglilo di nuovo.",
  reasonFileFailed:
    'Impossibile controllare il file. Sceglilo di nuovo; se succede ancora, salvalo come CSV UTF-8 e riprova. Il tuo file non è stato modificato.',
  storePanelUi: 'la larghezza del pannello e se era compresso',
  storeSettings: 'le tue opzioni',
  storeProgress: 'i progressi della tua checklist',
  storeOther: 'alcuni dati salvati',
};
