/** The CSV check's findings (one message per finding code) and the words they are built from, in Italian. */
import type { FindingTexts } from './types';

export const it: FindingTexts = {
  codes: {
    'file-empty': 'Il file è vuoto: non ci sono intestazione né persone da invitare.',
    'file-empty:blank': 'Il file contiene solo righe vuote: non ci sono intestazione né persone da invitare.',
    'no-data-rows': 'Il file ha una riga di intestazione ma nessuna riga di dati: nessuno da invitare.',
    'not-text':
      'Non è un file di testo CSV ma {kindText}. In Excel scegliere File › Salva con nome › “CSV UTF-8 (delimitato da virgole) (*.csv)” e usare quel file.',
    'file-too-large': 'Il file è di {sizeText}, oltre il limite di {maxText}. Dividerlo in file più piccoli.',
    'encoding-fallback':
      'Il file non è UTF-8 valido, quindi è stato letto come Windows-1252 (Europa occidentale). Verificare le lettere accentate, oppure salvarlo da Excel come “CSV UTF-8 (delimitato da virgole)”.',
    'encoding-utf16':
      'Il file è codificato in {encodingName} (“Testo Unicode” di Excel); è stato letto correttamente. Il CSV corretto sarà in UTF-8.',
    'sep-line':
      'La prima riga è un’indicazione “sep=” di Excel, non un dato: è stata saltata ed è stato usato il suo delimitatore ({delimiterName}).',
    delimiter: 'Le colonne sono separate da {delimiterName}, non da virgole.',
    'ambiguous-delimiter':
      'Sia {delimiterName} sia {otherName} dividono il file in colonne regolari; il controllo ha usato {delimiterName}. Verificare che le colonne siano corrette.',
    'unclosed-quote':
      'Le virgolette aperte in questa riga non vengono mai chiuse, quindi il resto del file è stato letto come un’unica cella.',
    'missing-email-column':
      'Nessuna colonna contiene l’indirizzo email. Chiamarla “Indirizzo email” (o “Email”, “E-mail Address”, “Adresse e-mail”…).',
    'missing-email-column:no-header':
      'La prima riga contiene un indirizzo email: sembra che il file non abbia una riga di intestazione. Aggiungere una prima riga con i nomi delle colonne, ad esempio “Email”.',
    'duplicate-header':
      'La colonna “{column}” ripete la colonna “{first}” ({firstLetter}): solo una delle due può essere mappata.',
    'blank-header': 'La colonna {letter} non ha intestazione: i suoi valori non verranno mappati.',
    'unknown-column': 'La colonna “{column}” non è un campo noto: non verrà mappata.',
    'missing-email': 'Manca l’indirizzo email.',
    'invalid-email': '“{value}” non è un indirizzo email valido: {reasonText}.',
    'duplicate-email': '{address} compare già nella riga {firstRow}: questa riga è un duplicato.',
    'email-whitespace': 'L’indirizzo email ha spazi attorno o invisibili: verrà inviato come {address}.',
    'display-name-email': 'La cella contiene un nome insieme all’indirizzo: verrà inviato solo {address}.',
    'ragged-row': 'Questa riga ha {actual} celle ma l’intestazione ne ha {expected}.',
    'blank-row': 'Riga vuota: verrà saltata.',
    'formula-injection':
      'La cella inizia con “{first}”: un foglio di calcolo potrebbe eseguirla come formula.',
    'role-account':
      '{address} sembra una casella condivisa, non una persona: ogni utente ha bisogno del proprio indirizzo, uguale al suo nome utente Salesforce.',
    'personal-domain':
      '{address} è un indirizzo personale ({domain}): l’email deve corrispondere al nome utente Salesforce dell’utente.',
    'value-too-long': 'Questo valore ha {length} caratteri; il limite è {max}.',
    'malformed-quote':
      'Delle virgolette in questa riga sono fuori posto: verificare che le celle siano state separate correttamente.',
    'quote-recovered':
      'Delle virgolette aperte nella riga {line} del file non vengono chiuse prima della fine della riga: sono state considerate chiuse lì, e le righe successive come righe a sé. Verificare questa riga.',
    'broken-row-person':
      '{address} (riga {line} del file) si trova in una riga rotta da delle virgolette: questa persona non verrà invitata. Correggere le virgolette o modificare la riga.',
    'seat-limit':
      'Invitare {needed} nuovi utenti con {used} già nell’istanza porta a {total}, {over} oltre il limite di {limit} licenze.',
    'existing-user': '{address} è già un utente di questa istanza.',
  },
  titles: {
    'file-empty': 'File vuoto',
    'no-data-rows': 'Nessuno da invitare',
    'not-text': 'Non è un file CSV',
    'file-too-large': 'File troppo grande',
    'encoding-fallback': 'Codifica dedotta',
    'encoding-utf16': 'Testo UTF-16',
    'sep-line': 'Riga «sep=» di Excel',
    delimiter: 'Separatore di colonne',
    'ambiguous-delimiter': 'Separatore di colonne incerto',
    'unclosed-quote': 'Virgolette mai chiuse',
    'missing-email-column': 'Nessuna colonna email',
    'duplicate-header': 'Nomi di colonna ripetuti',
    'blank-header': 'Colonne senza nome',
    'unknown-column': 'Colonne che non verranno importate',
    'missing-email': 'Indirizzi email mancanti',
    'invalid-email': 'Indirizzi email non validi',
    'duplicate-email': 'Indirizzi email duplicati',
    'email-whitespace': 'Spazi attorno agli indirizzi email',
    'display-name-email': 'Nomi scritti insieme all’indirizzo',
    'ragged-row': 'Righe con un numero di celle errato',
    'blank-row': 'Righe vuote',
    'formula-injection': 'Celle che un foglio di calcolo potrebbe eseguire come formule',
    'role-account': 'Caselle condivise (info@, vendite@…)',
    'personal-domain': 'Indirizzi personali',
    'value-too-long': 'Valori troppo lunghi',
    'malformed-quote': 'Virgolette fuori posto',
    'quote-recovered': 'Righe riparate dopo virgolette non chiuse',
    'broken-row-person': 'Persone all’interno di righe rotte',
    'seat-limit': 'Licenze utente insufficienti',
    'existing-user': 'Già utenti',
  },
  reasons: {
    'no-at': 'manca la @',
    'fullwidth-at': 'usa la ＠ a larghezza piena invece di @',
    'multiple-at': 'contiene più di una @',
    space: 'contiene uno spazio',
    'empty-local': 'non c’è nulla prima della @',
    'empty-domain': 'non c’è nulla dopo la @',
    'domain-no-dot': 'il dominio non ha un punto',
    'trailing-dot': 'una parte termina con un punto',
    'leading-dot': 'una parte inizia con un punto',
    'consecutive-dots': 'contiene due punti consecutivi',
    'invalid-character': 'contiene un carattere non consentito',
    'non-ascii': 'contiene caratteri accentati o non latini',
    'domain-label': 'il dominio non è ben formato',
    'top-level-domain': 'la parte finale del dominio non è valida',
    'too-long': 'è troppo lungo',
    'formula-start': 'inizia con un carattere che un foglio di calcolo eseguirebbe come formula',
  },
  delimiters: {
    ',': 'virgole',
    ';': 'punti e virgola',
    '\t': 'tabulazioni',
    '|': 'barre verticali (|)',
    other: '“{char}”',
  },
  notText: {
    xlsx: 'una cartella di lavoro Excel (.xlsx) o un altro archivio zip',
    xls: 'una cartella di lavoro Excel in formato vecchio (.xls)',
    pdf: 'un documento PDF',
    binary: 'un file binario',
  },
  severity: {
    error: 'Errore',
    warning: 'Avviso',
    info: 'Informazione',
  },
  report: {
    row: 'Riga',
    column: 'Colonna',
    severity: 'Gravità',
    code: 'Codice',
    problem: 'Problema',
    message: 'Messaggio',
  },
};
