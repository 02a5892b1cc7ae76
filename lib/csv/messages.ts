/**
 * Messages of the CSV checker in our nine languages, and `formatFinding`.
 * Templates use `{name}` placeholders filled from the finding's params, its
 * column, and derived values (reasonText, delimiterName, kindText, sizeText…).
 */
import type { FindingCode, InvalidEmailReason, NotTextKind } from './codes';
import type { Finding, Severity } from './types';

export const CSV_LOCALES = ['en', 'es', 'fr', 'it', 'sv', 'zh_CN', 'de', 'ja', 'pt_BR'] as const;
export type CsvLocale = (typeof CSV_LOCALES)[number];

type Variant = 'file-empty:blank' | 'missing-email-column:no-header';

export interface CsvCatalogue {
  codes: Record<FindingCode | Variant, string>;
  /** Plain headings of the report, one per kind of finding. */
  titles: Record<FindingCode, string>;
  reasons: Record<InvalidEmailReason, string>;
  delimiters: Record<',' | ';' | '\t' | '|' | 'other', string>;
  notText: Record<NotTextKind, string>;
  severity: Record<Severity, string>;
  report: { row: string; column: string; severity: string; problem: string; code: string; message: string };
}

const en: CsvCatalogue = {
  codes: {
    'file-empty': 'The file is empty: there is no header and nobody to invite.',
    'file-empty:blank': 'The file contains only blank lines: there is no header and nobody to invite.',
    'no-data-rows': 'The file has a header row but no data rows: nobody to invite.',
    'not-text':
      'This is not a CSV text file but {kindText}. In Excel, choose File › Save As › “CSV UTF-8 (Comma delimited) (*.csv)” and use that file.',
    'file-too-large': 'The file is {sizeText}, over the limit of {maxText}. Split it into smaller files.',
    'encoding-fallback':
      'The file is not valid UTF-8, so it was read as Windows-1252 (Western European). Check that accented letters look right, or save it from Excel as “CSV UTF-8 (Comma delimited)”.',
    'encoding-utf16':
      'The file is encoded in {encodingName} (Excel’s “Unicode Text”); it was read correctly. The fixed CSV will be UTF-8.',
    'sep-line':
      'The first line is an Excel “sep=” hint, not data: it was skipped and its delimiter ({delimiterName}) used.',
    delimiter: 'Columns are separated by {delimiterName}, not by commas.',
    'ambiguous-delimiter':
      'Both {delimiterName} and {otherName} split the file into even columns; the check used {delimiterName}. Check that the columns look right.',
    'unclosed-quote':
      'A quotation mark opened in this row is never closed, so the rest of the file was read as a single cell.',
    'missing-email-column':
      'No column holds the email address. Name it “Email” (or “E-mail Address”, “Adresse e-mail”, “Correo electrónico”…).',
    'missing-email-column:no-header':
      'The first row contains an email address: the file seems to have no header row. Add a first row with the column names, such as “Email”.',
    'duplicate-header':
      'Column “{column}” repeats column “{first}” ({firstLetter}): only one of them can be mapped.',
    'blank-header': 'Column {letter} has no header: its values will not be mapped.',
    'unknown-column': 'Column “{column}” is not a known field: it will not be mapped.',
    'missing-email': 'The email address is missing.',
    'invalid-email': '“{value}” is not a valid email address: {reasonText}.',
    'duplicate-email': '{address} already appears in row {firstRow}: this row is a duplicate.',
    'email-whitespace':
      'The email address has surrounding or invisible spaces: it will be sent as {address}.',
    'display-name-email': 'The cell holds a name with the address: only {address} will be sent.',
    'ragged-row': 'This row has {actual} cells but the header has {expected}.',
    'blank-row': 'Blank row: it will be skipped.',
    'formula-injection': 'The cell starts with “{first}”: a spreadsheet could run it as a formula.',
    'role-account':
      '{address} looks like a shared mailbox, not a person: each user needs their own address, matching their Salesforce username.',
    'personal-domain':
      '{address} is a personal address ({domain}): the email should match the user’s Salesforce username.',
    'value-too-long': 'This value has {length} characters; the limit is {max}.',
    'malformed-quote':
      'A quotation mark in this row is misplaced: check that its cells were split correctly.',
    'quote-recovered':
      'A quotation mark opened on line {line} of the file is not closed before the line ends: it was read as closed there, and the lines after it as rows of their own. Check this row.',
    'broken-row-person':
      '{address} (line {line} of the file) is inside a row broken by a quotation mark: this person will not be invited. Fix the quotation marks, or edit the row.',
    'seat-limit':
      'Inviting {needed} new users with {used} already in the instance makes {total}, over the limit of {limit} seats by {over}.',
    'existing-user': '{address} is already a user of this instance.',
  },
  titles: {
    'file-empty': 'Empty file',
    'no-data-rows': 'No one to invite',
    'not-text': 'Not a CSV file',
    'file-too-large': 'File too large',
    'encoding-fallback': 'Text encoding guessed',
    'encoding-utf16': 'UTF-16 text',
    'sep-line': 'Excel “sep=” line',
    delimiter: 'Column separator',
    'ambiguous-delimiter': 'Unclear column separator',
    'unclosed-quote': 'Quotation mark never closed',
    'missing-email-column': 'No email column',
    'duplicate-header': 'Repeated column names',
    'blank-header': 'Columns without a name',
    'unknown-column': 'Columns that will not be imported',
    'missing-email': 'Missing email addresses',
    'invalid-email': 'Invalid email addresses',
    'duplicate-email': 'Duplicate email addresses',
    'email-whitespace': 'Spaces around email addresses',
    'display-name-email': 'Names written with the address',
    'ragged-row': 'Rows with the wrong number of cells',
    'blank-row': 'Blank rows',
    'formula-injection': 'Cells a spreadsheet could run as formulas',
    'role-account': 'Shared mailboxes (info@, sales@…)',
    'personal-domain': 'Personal email addresses',
    'value-too-long': 'Values too long',
    'malformed-quote': 'Misplaced quotation marks',
    'quote-recovered': 'Rows repaired after an unclosed quotation mark',
    'broken-row-person': 'People inside broken rows',
    'seat-limit': 'Not enough user seats',
    'existing-user': 'Already users',
  },
  reasons: {
    'no-at': 'there is no @',
    'fullwidth-at': 'it uses the full-width ＠ instead of @',
    'multiple-at': 'it has more than one @',
    space: 'it contains a space',
    'empty-local': 'there is nothing before the @',
    'empty-domain': 'there is nothing after the @',
    'domain-no-dot': 'the domain has no dot',
    'trailing-dot': 'a part ends with a dot',
    'leading-dot': 'a part starts with a dot',
    'consecutive-dots': 'it has two dots in a row',
    'invalid-character': 'it contains a character that is not allowed',
    'non-ascii': 'it contains accented or non-Latin characters',
    'domain-label': 'the domain is malformed',
    'top-level-domain': 'the end of the domain is not valid',
    'too-long': 'it is too long',
    'formula-start': 'it starts with a character that a spreadsheet would run as a formula',
  },
  delimiters: { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars (|)', other: '“{char}”' },
  notText: {
    xlsx: 'an Excel workbook (.xlsx) or another zip archive',
    xls: 'an old-format Excel workbook (.xls)',
    pdf: 'a PDF document',
    binary: 'a binary file',
  },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  report: {
    row: 'Row',
    column: 'Column',
    severity: 'Severity',
    code: 'Code',
    problem: 'Problem',
    message: 'Message',
  },
};

const es: CsvCatalogue = {
  codes: {
    'file-empty': 'El archivo está vacío: no hay encabezado ni nadie a quien invitar.',
    'file-empty:blank':
      'El archivo solo contiene líneas en blanco: no hay encabezado ni nadie a quien invitar.',
    'no-data-rows':
      'El archivo tiene una fila de encabezado pero ninguna fila de datos: no hay nadie a quien invitar.',
    'not-text':
      'No es un archivo de texto CSV sino {kindText}. En Excel, elija Archivo › Guardar como › «CSV UTF-8 (delimitado por comas) (*.csv)» y use ese archivo.',
    'file-too-large':
      'El archivo ocupa {sizeText}, más que el límite de {maxText}. Divídalo en archivos más pequeños.',
    'encoding-fallback':
      'El archivo no es UTF-8 válido, así que se leyó como Windows-1252 (Europa occidental). Compruebe que las letras acentuadas se ven bien, o guárdelo desde Excel como «CSV UTF-8 (delimitado por comas)».',
    'encoding-utf16':
      'El archivo está codificado en {encodingName} («Texto Unicode» de Excel); se leyó correctamente. El CSV corregido estará en UTF-8.',
    'sep-line':
      'La primera línea es una indicación «sep=» de Excel, no datos: se omitió y se usó su delimitador ({delimiterName}).',
    delimiter: 'Las columnas están separadas por {delimiterName}, no por comas.',
    'ambiguous-delimiter':
      'Tanto {delimiterName} como {otherName} dividen el archivo en columnas regulares; se usaron {delimiterName}. Compruebe que las columnas son correctas.',
    'unclosed-quote':
      'Unas comillas abiertas en esta fila nunca se cierran, así que el resto del archivo se leyó como una sola celda.',
    'missing-email-column':
      'Ninguna columna contiene la dirección de correo. Llámela «Correo electrónico» (o «Email», «E-mail Address», «Adresse e-mail»…).',
    'missing-email-column:no-header':
      'La primera fila contiene una dirección de correo: parece que el archivo no tiene fila de encabezado. Añada una primera fila con los nombres de las columnas, como «Email».',
    'duplicate-header':
      'La columna «{column}» repite la columna «{first}» ({firstLetter}): solo una de ellas puede asignarse.',
    'blank-header': 'La columna {letter} no tiene encabezado: sus valores no se asignarán.',
    'unknown-column': 'La columna «{column}» no es un campo conocido: no se asignará.',
    'missing-email': 'Falta la dirección de correo electrónico.',
    'invalid-email': '«{value}» no es una dirección de correo válida: {reasonText}.',
    'duplicate-email': '{address} ya aparece en la fila {firstRow}: esta fila está duplicada.',
    'email-whitespace':
      'La dirección de correo tiene espacios alrededor o invisibles: se enviará como {address}.',
    'display-name-email': 'La celda contiene un nombre con la dirección: solo se enviará {address}.',
    'ragged-row': 'Esta fila tiene {actual} celdas pero el encabezado tiene {expected}.',
    'blank-row': 'Fila en blanco: se omitirá.',
    'formula-injection':
      'La celda empieza por «{first}»: una hoja de cálculo podría ejecutarla como fórmula.',
    'role-account':
      '{address} parece un buzón compartido, no una persona: cada usuario necesita su propia dirección, igual a su nombre de usuario de Salesforce.',
    'personal-domain':
      '{address} es una dirección personal ({domain}): el correo debe coincidir con el nombre de usuario de Salesforce del usuario.',
    'value-too-long': 'Este valor tiene {length} caracteres; el límite es {max}.',
    'malformed-quote':
      'Unas comillas de esta fila están mal colocadas: compruebe que sus celdas se separaron correctamente.',
    'quote-recovered':
      'Unas comillas abiertas en la línea {line} del archivo no se cierran antes de que acabe la línea: se tomaron como cerradas ahí, y las líneas siguientes como filas propias. Compruebe esta fila.',
    'broken-row-person':
      '{address} (línea {line} del archivo) está dentro de una fila rota por unas comillas: esta persona no será invitada. Corrija las comillas o edite la fila.',
    'seat-limit':
      'Invitar a {needed} usuarios nuevos con {used} ya en la instancia suma {total}, {over} más que el límite de {limit} licencias.',
    'existing-user': '{address} ya es usuario de esta instancia.',
  },
  titles: {
    'file-empty': 'Archivo vacío',
    'no-data-rows': 'Nadie a quien invitar',
    'not-text': 'No es un archivo CSV',
    'file-too-large': 'Archivo demasiado grande',
    'encoding-fallback': 'Codificación deducida',
    'encoding-utf16': 'Texto UTF-16',
    'sep-line': 'Línea «sep=» de Excel',
    delimiter: 'Separador de columnas',
    'ambiguous-delimiter': 'Separador de columnas dudoso',
    'unclosed-quote': 'Comillas sin cerrar',
    'missing-email-column': 'Sin columna de correo electrónico',
    'duplicate-header': 'Nombres de columna repetidos',
    'blank-header': 'Columnas sin nombre',
    'unknown-column': 'Columnas que no se importarán',
    'missing-email': 'Direcciones de correo que faltan',
    'invalid-email': 'Direcciones de correo no válidas',
    'duplicate-email': 'Direcciones de correo duplicadas',
    'email-whitespace': 'Espacios alrededor de las direcciones',
    'display-name-email': 'Nombres escritos junto a la dirección',
    'ragged-row': 'Filas con un número de celdas incorrecto',
    'blank-row': 'Filas en blanco',
    'formula-injection': 'Celdas que una hoja de cálculo podría ejecutar como fórmulas',
    'role-account': 'Buzones compartidos (info@, ventas@…)',
    'personal-domain': 'Direcciones personales',
    'value-too-long': 'Valores demasiado largos',
    'malformed-quote': 'Comillas mal colocadas',
    'quote-recovered': 'Filas reparadas tras unas comillas sin cerrar',
    'broken-row-person': 'Personas dentro de filas rotas',
    'seat-limit': 'No hay licencias suficientes',
    'existing-user': 'Ya son usuarios',
  },
  reasons: {
    'no-at': 'no tiene @',
    'fullwidth-at': 'usa la ＠ de ancho completo en lugar de @',
    'multiple-at': 'tiene más de una @',
    space: 'contiene un espacio',
    'empty-local': 'no hay nada antes de la @',
    'empty-domain': 'no hay nada después de la @',
    'domain-no-dot': 'el dominio no tiene punto',
    'trailing-dot': 'una parte termina en punto',
    'leading-dot': 'una parte empieza por punto',
    'consecutive-dots': 'tiene dos puntos seguidos',
    'invalid-character': 'contiene un carácter no permitido',
    'non-ascii': 'contiene caracteres acentuados o no latinos',
    'domain-label': 'el dominio está mal formado',
    'top-level-domain': 'el final del dominio no es válido',
    'too-long': 'es demasiado larga',
    'formula-start': 'empieza por un carácter que una hoja de cálculo ejecutaría como fórmula',
  },
  delimiters: {
    ',': 'comas',
    ';': 'puntos y comas',
    '\t': 'tabulaciones',
    '|': 'barras verticales (|)',
    other: '«{char}»',
  },
  notText: {
    xlsx: 'un libro de Excel (.xlsx) u otro archivo zip',
    xls: 'un libro de Excel de formato antiguo (.xls)',
    pdf: 'un documento PDF',
    binary: 'un archivo binario',
  },
  severity: { error: 'Error', warning: 'Advertencia', info: 'Información' },
  report: {
    row: 'Fila',
    column: 'Columna',
    severity: 'Gravedad',
    code: 'Código',
    problem: 'Problema',
    message: 'Mensaje',
  },
};

const fr: CsvCatalogue = {
  codes: {
    'file-empty': 'Le fichier est vide : il n’a ni en-tête ni personne à inviter.',
    'file-empty:blank':
      'Le fichier ne contient que des lignes vides : il n’a ni en-tête ni personne à inviter.',
    'no-data-rows': 'Le fichier a une ligne d’en-tête mais aucune ligne de données : personne à inviter.',
    'not-text':
      'Ce n’est pas un fichier texte CSV mais {kindText}. Dans Excel, choisissez Fichier › Enregistrer sous › « CSV UTF-8 (délimité par des virgules) (*.csv) » et utilisez ce fichier.',
    'file-too-large':
      'Le fichier fait {sizeText}, au-delà de la limite de {maxText}. Découpez-le en fichiers plus petits.',
    'encoding-fallback':
      'Le fichier n’est pas en UTF-8 valide : il a été lu en Windows-1252 (Europe occidentale). Vérifiez les lettres accentuées, ou enregistrez-le depuis Excel en « CSV UTF-8 (délimité par des virgules) ».',
    'encoding-utf16':
      'Le fichier est encodé en {encodingName} (« Texte Unicode » d’Excel) ; il a été lu correctement. Le CSV corrigé sera en UTF-8.',
    'sep-line':
      'La première ligne est une indication « sep= » d’Excel, pas une donnée : elle a été ignorée et son séparateur ({delimiterName}) utilisé.',
    delimiter: 'Les colonnes sont séparées par des {delimiterName}, pas par des virgules.',
    'ambiguous-delimiter':
      'Les {delimiterName} comme les {otherName} découpent le fichier en colonnes régulières ; la vérification a utilisé les {delimiterName}. Vérifiez que les colonnes sont correctes.',
    'unclosed-quote':
      'Un guillemet ouvert dans cette ligne n’est jamais fermé : la suite du fichier a été lue comme une seule cellule.',
    'missing-email-column':
      'Aucune colonne ne contient l’adresse e-mail. Nommez-la « Adresse e-mail » (ou « Email », « E-mail Address », « Correo electrónico »…).',
    'missing-email-column:no-header':
      'La première ligne contient une adresse e-mail : le fichier semble sans ligne d’en-tête. Ajoutez une première ligne avec les noms des colonnes, par exemple « Email ».',
    'duplicate-header':
      'La colonne « {column} » répète la colonne « {first} » ({firstLetter}) : une seule des deux peut être mappée.',
    'blank-header': 'La colonne {letter} n’a pas d’en-tête : ses valeurs ne seront pas mappées.',
    'unknown-column': 'La colonne « {column} » n’est pas un champ connu : elle ne sera pas mappée.',
    'missing-email': 'L’adresse e-mail manque.',
    'invalid-email': '« {value} » n’est pas une adresse e-mail valide : {reasonText}.',
    'duplicate-email': '{address} figure déjà à la ligne {firstRow} : cette ligne est un doublon.',
    'email-whitespace':
      'L’adresse e-mail a des espaces autour ou invisibles : elle sera envoyée sous la forme {address}.',
    'display-name-email': 'La cellule contient un nom avec l’adresse : seule {address} sera envoyée.',
    'ragged-row': 'Cette ligne a {actual} cellules mais l’en-tête en a {expected}.',
    'blank-row': 'Ligne vide : elle sera ignorée.',
    'formula-injection':
      'La cellule commence par « {first} » : un tableur pourrait l’exécuter comme une formule.',
    'role-account':
      '{address} ressemble à une boîte partagée, pas à une personne : chaque utilisateur a besoin de sa propre adresse, identique à son nom d’utilisateur Salesforce.',
    'personal-domain':
      '{address} est une adresse personnelle ({domain}) : l’e-mail doit correspondre au nom d’utilisateur Salesforce de la personne.',
    'value-too-long': 'Cette valeur compte {length} caractères ; la limite est {max}.',
    'malformed-quote':
      'Un guillemet de cette ligne est mal placé : vérifiez que ses cellules ont été bien séparées.',
    'quote-recovered':
      'Un guillemet ouvert à la ligne {line} du fichier n’est pas fermé avant la fin de la ligne : il a été lu comme fermé à cet endroit, et les lignes suivantes comme des lignes à part entière. Vérifiez cette ligne.',
    'broken-row-person':
      '{address} (ligne {line} du fichier) se trouve dans une ligne cassée par un guillemet : cette personne ne sera pas invitée. Corrigez les guillemets ou modifiez la ligne.',
    'seat-limit':
      'Inviter {needed} nouveaux utilisateurs avec {used} déjà dans l’instance fait {total}, soit {over} de plus que la limite de {limit} licences.',
    'existing-user': '{address} est déjà utilisateur de cette instance.',
  },
  titles: {
    'file-empty': 'Fichier vide',
    'no-data-rows': 'Aucune personne à inviter',
    'not-text': 'Pas un fichier CSV',
    'file-too-large': 'Fichier trop volumineux',
    'encoding-fallback': 'Encodage deviné',
    'encoding-utf16': 'Texte UTF-16',
    'sep-line': 'Ligne « sep= » d’Excel',
    delimiter: 'Séparateur de colonnes',
    'ambiguous-delimiter': 'Séparateur de colonnes incertain',
    'unclosed-quote': 'Guillemet jamais fermé',
    'missing-email-column': 'Aucune colonne d’adresse e-mail',
    'duplicate-header': 'Noms de colonnes répétés',
    'blank-header': 'Colonnes sans nom',
    'unknown-column': 'Colonnes qui ne seront pas importées',
    'missing-email': 'Adresses e-mail manquantes',
    'invalid-email': 'Adresses e-mail non valides',
    'duplicate-email': 'Adresses e-mail en double',
    'email-whitespace': 'Espaces autour des adresses e-mail',
    'display-name-email': 'Noms écrits avec l’adresse',
    'ragged-row': 'Lignes au mauvais nombre de cellules',
    'blank-row': 'Lignes vides',
    'formula-injection': 'Cellules qu’un tableur pourrait exécuter comme formules',
    'role-account': 'Boîtes partagées (info@, contact@…)',
    'personal-domain': 'Adresses personnelles',
    'value-too-long': 'Valeurs trop longues',
    'malformed-quote': 'Guillemets mal placés',
    'quote-recovered': 'Lignes réparées après un guillemet non fermé',
    'broken-row-person': 'Personnes dans des lignes cassées',
    'seat-limit': 'Pas assez de licences utilisateur',
    'existing-user': 'Déjà utilisateurs',
  },
  reasons: {
    'no-at': 'il n’y a pas de @',
    'fullwidth-at': 'elle utilise le ＠ pleine chasse au lieu de @',
    'multiple-at': 'elle contient plusieurs @',
    space: 'elle contient une espace',
    'empty-local': 'il n’y a rien avant le @',
    'empty-domain': 'il n’y a rien après le @',
    'domain-no-dot': 'le domaine n’a pas de point',
    'trailing-dot': 'une partie se termine par un point',
    'leading-dot': 'une partie commence par un point',
    'consecutive-dots': 'elle contient deux points de suite',
    'invalid-character': 'elle contient un caractère non autorisé',
    'non-ascii': 'elle contient des caractères accentués ou non latins',
    'domain-label': 'le domaine est mal formé',
    'top-level-domain': 'la fin du domaine n’est pas valide',
    'too-long': 'elle est trop longue',
    'formula-start': 'elle commence par un caractère qu’un tableur exécuterait comme une formule',
  },
  delimiters: {
    ',': 'virgules',
    ';': 'points-virgules',
    '\t': 'tabulations',
    '|': 'barres verticales (|)',
    other: '« {char} »',
  },
  notText: {
    xlsx: 'un classeur Excel (.xlsx) ou une autre archive zip',
    xls: 'un classeur Excel d’ancien format (.xls)',
    pdf: 'un document PDF',
    binary: 'un fichier binaire',
  },
  severity: { error: 'Erreur', warning: 'Avertissement', info: 'Information' },
  report: {
    row: 'Ligne',
    column: 'Colonne',
    severity: 'Gravité',
    code: 'Code',
    problem: 'Problème',
    message: 'Message',
  },
};

const it: CsvCatalogue = {
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
  severity: { error: 'Errore', warning: 'Avviso', info: 'Informazione' },
  report: {
    row: 'Riga',
    column: 'Colonna',
    severity: 'Gravità',
    code: 'Codice',
    problem: 'Problema',
    message: 'Messaggio',
  },
};

const sv: CsvCatalogue = {
  codes: {
    'file-empty': 'Filen är tom: det finns ingen rubrikrad och ingen att bjuda in.',
    'file-empty:blank':
      'Filen innehåller bara tomma rader: det finns ingen rubrikrad och ingen att bjuda in.',
    'no-data-rows': 'Filen har en rubrikrad men inga datarader: ingen att bjuda in.',
    'not-text':
      'Det här är ingen CSV-textfil utan {kindText}. I Excel väljer du Arkiv › Spara som › ”CSV UTF-8 (kommaavgränsad) (*.csv)” och använder den filen.',
    'file-too-large': 'Filen är {sizeText}, över gränsen på {maxText}. Dela upp den i mindre filer.',
    'encoding-fallback':
      'Filen är inte giltig UTF-8 och lästes därför som Windows-1252 (västeuropeisk). Kontrollera att å, ä, ö och andra tecken ser rätt ut, eller spara den från Excel som ”CSV UTF-8 (kommaavgränsad)”.',
    'encoding-utf16':
      'Filen är kodad i {encodingName} (Excels ”Unicode-text”); den lästes korrekt. Den rättade CSV-filen blir UTF-8.',
    'sep-line':
      'Första raden är en ”sep=”-anvisning från Excel, inte data: den hoppades över och dess avgränsare ({delimiterName}) användes.',
    delimiter: 'Kolumnerna är avgränsade med {delimiterName}, inte med kommatecken.',
    'ambiguous-delimiter':
      'Både {delimiterName} och {otherName} delar filen i jämna kolumner; kontrollen använde {delimiterName}. Kontrollera att kolumnerna ser rätt ut.',
    'unclosed-quote':
      'Ett citattecken som öppnas på den här raden stängs aldrig, så resten av filen lästes som en enda cell.',
    'missing-email-column':
      'Ingen kolumn innehåller e-postadressen. Döp den till ”E-postadress” (eller ”Email”, ”E-mail Address”, ”Adresse e-mail”…).',
    'missing-email-column:no-header':
      'Första raden innehåller en e-postadress: filen verkar sakna rubrikrad. Lägg till en första rad med kolumnnamnen, till exempel ”Email”.',
    'duplicate-header':
      'Kolumnen ”{column}” upprepar kolumnen ”{first}” ({firstLetter}): bara en av dem kan mappas.',
    'blank-header': 'Kolumn {letter} saknar rubrik: dess värden mappas inte.',
    'unknown-column': 'Kolumnen ”{column}” är inget känt fält: den mappas inte.',
    'missing-email': 'E-postadressen saknas.',
    'invalid-email': '”{value}” är ingen giltig e-postadress: {reasonText}.',
    'duplicate-email': '{address} finns redan på rad {firstRow}: den här raden är en dubblett.',
    'email-whitespace':
      'E-postadressen har mellanslag runt sig eller osynliga tecken: den skickas som {address}.',
    'display-name-email': 'Cellen innehåller ett namn med adressen: bara {address} skickas.',
    'ragged-row': 'Raden har {actual} celler men rubrikraden har {expected}.',
    'blank-row': 'Tom rad: den hoppas över.',
    'formula-injection': 'Cellen börjar med ”{first}”: ett kalkylprogram kan köra den som en formel.',
    'role-account':
      '{address} ser ut som en delad brevlåda, inte en person: varje användare behöver en egen adress som motsvarar deras Salesforce-användarnamn.',
    'personal-domain':
      '{address} är en privat adress ({domain}): e-postadressen ska motsvara användarens Salesforce-användarnamn.',
    'value-too-long': 'Värdet har {length} tecken; gränsen är {max}.',
    'malformed-quote':
      'Ett citattecken på den här raden står på fel plats: kontrollera att cellerna delades upp rätt.',
    'quote-recovered':
      'Ett citattecken som öppnas på rad {line} i filen stängs inte före radens slut: det lästes som stängt där, och raderna efter som egna rader. Kontrollera den här raden.',
    'broken-row-person':
      '{address} (rad {line} i filen) står i en rad som ett citattecken har förstört: personen bjuds inte in. Rätta citattecknen eller redigera raden.',
    'seat-limit':
      'Att bjuda in {needed} nya användare när {used} redan finns i instansen ger {total}, {over} över gränsen på {limit} licenser.',
    'existing-user': '{address} är redan användare i den här instansen.',
  },
  titles: {
    'file-empty': 'Tom fil',
    'no-data-rows': 'Ingen att bjuda in',
    'not-text': 'Inte en CSV-fil',
    'file-too-large': 'Filen är för stor',
    'encoding-fallback': 'Teckenkodningen gissades',
    'encoding-utf16': 'UTF-16-text',
    'sep-line': 'Excels ”sep=”-rad',
    delimiter: 'Kolumnavgränsare',
    'ambiguous-delimiter': 'Osäker kolumnavgränsare',
    'unclosed-quote': 'Citattecken som aldrig stängs',
    'missing-email-column': 'Ingen e-postkolumn',
    'duplicate-header': 'Upprepade kolumnnamn',
    'blank-header': 'Kolumner utan namn',
    'unknown-column': 'Kolumner som inte importeras',
    'missing-email': 'E-postadresser som saknas',
    'invalid-email': 'Ogiltiga e-postadresser',
    'duplicate-email': 'Dubbletter av e-postadresser',
    'email-whitespace': 'Mellanslag runt e-postadresser',
    'display-name-email': 'Namn skrivna med adressen',
    'ragged-row': 'Rader med fel antal celler',
    'blank-row': 'Tomma rader',
    'formula-injection': 'Celler som ett kalkylprogram kan köra som formler',
    'role-account': 'Delade brevlådor (info@, sales@…)',
    'personal-domain': 'Privata e-postadresser',
    'value-too-long': 'För långa värden',
    'malformed-quote': 'Felplacerade citattecken',
    'quote-recovered': 'Rader lagade efter ett ostängt citattecken',
    'broken-row-person': 'Personer i trasiga rader',
    'seat-limit': 'För få användarlicenser',
    'existing-user': 'Redan användare',
  },
  reasons: {
    'no-at': 'det finns inget @',
    'fullwidth-at': 'den använder helbredds-＠ i stället för @',
    'multiple-at': 'den har mer än ett @',
    space: 'den innehåller ett mellanslag',
    'empty-local': 'det står inget före @',
    'empty-domain': 'det står inget efter @',
    'domain-no-dot': 'domänen saknar punkt',
    'trailing-dot': 'en del slutar med punkt',
    'leading-dot': 'en del börjar med punkt',
    'consecutive-dots': 'den har två punkter i rad',
    'invalid-character': 'den innehåller ett otillåtet tecken',
    'non-ascii': 'den innehåller accenttecken eller icke-latinska tecken',
    'domain-label': 'domänen är felaktigt utformad',
    'top-level-domain': 'domänens slut är ogiltigt',
    'too-long': 'den är för lång',
    'formula-start': 'den börjar med ett tecken som ett kalkylprogram skulle köra som en formel',
  },
  delimiters: {
    ',': 'kommatecken',
    ';': 'semikolon',
    '\t': 'tabbar',
    '|': 'lodstreck (|)',
    other: '”{char}”',
  },
  notText: {
    xlsx: 'en Excel-arbetsbok (.xlsx) eller ett annat zip-arkiv',
    xls: 'en Excel-arbetsbok i äldre format (.xls)',
    pdf: 'ett PDF-dokument',
    binary: 'en binärfil',
  },
  severity: { error: 'Fel', warning: 'Varning', info: 'Information' },
  report: {
    row: 'Rad',
    column: 'Kolumn',
    severity: 'Allvarlighet',
    code: 'Kod',
    problem: 'Problem',
    message: 'Meddelande',
  },
};

const zh_CN: CsvCatalogue = {
  codes: {
    'file-empty': '文件为空：没有标题行，也没有要邀请的人。',
    'file-empty:blank': '文件只包含空行：没有标题行，也没有要邀请的人。',
    'no-data-rows': '文件有标题行，但没有数据行：没有要邀请的人。',
    'not-text':
      '这不是 CSV 文本文件，而是{kindText}。请在 Excel 中选择“文件 › 另存为 › CSV UTF-8（逗号分隔）(*.csv)”，然后使用该文件。',
    'file-too-large': '文件大小为 {sizeText}，超过 {maxText} 的上限。请拆分为较小的文件。',
    'encoding-fallback':
      '文件不是有效的 UTF-8，因此按 Windows-1252（西欧）读取。请检查重音字母是否正确，或在 Excel 中另存为“CSV UTF-8（逗号分隔）”。',
    'encoding-utf16':
      '文件编码为 {encodingName}（Excel 的“Unicode 文本”），已正确读取。修正后的 CSV 将使用 UTF-8。',
    'sep-line': '第一行是 Excel 的“sep=”提示，不是数据：已跳过，并使用其指定的分隔符（{delimiterName}）。',
    delimiter: '列以{delimiterName}分隔，而不是逗号。',
    'ambiguous-delimiter':
      '{delimiterName}和{otherName}都能把文件分成整齐的列；检查时使用了{delimiterName}。请确认各列是否正确。',
    'unclosed-quote': '此行中打开的引号始终没有关闭，因此文件的其余部分被读成了一个单元格。',
    'missing-email-column':
      '没有包含电子邮件地址的列。请将其命名为“电子邮件”（或“Email”“E-mail Address”“Adresse e-mail”等）。',
    'missing-email-column:no-header':
      '第一行包含电子邮件地址：文件似乎没有标题行。请添加包含列名的第一行，例如“Email”。',
    'duplicate-header': '列“{column}”与列“{first}”（{firstLetter}）重复：只能映射其中一列。',
    'blank-header': '列 {letter} 没有标题：其值不会被映射。',
    'unknown-column': '列“{column}”不是已知字段：不会被映射。',
    'missing-email': '缺少电子邮件地址。',
    'invalid-email': '“{value}”不是有效的电子邮件地址：{reasonText}。',
    'duplicate-email': '{address} 已出现在第 {firstRow} 行：此行重复。',
    'email-whitespace': '电子邮件地址前后有空格或含不可见字符：将以 {address} 发送。',
    'display-name-email': '单元格中包含姓名和地址：只会发送 {address}。',
    'ragged-row': '此行有 {actual} 个单元格，而标题行有 {expected} 个。',
    'blank-row': '空行：将被跳过。',
    'formula-injection': '单元格以“{first}”开头：电子表格可能会将其作为公式执行。',
    'role-account':
      '{address} 看起来是共享邮箱，而不是个人：每个用户都需要自己的地址，并与其 Salesforce 用户名一致。',
    'personal-domain': '{address} 是个人邮箱（{domain}）：电子邮件应与该用户的 Salesforce 用户名一致。',
    'value-too-long': '此值有 {length} 个字符；上限为 {max}。',
    'malformed-quote': '此行中有引号位置不正确：请检查其单元格是否被正确拆分。',
    'quote-recovered':
      '文件第 {line} 行中打开的引号在行尾之前没有闭合：已视为在该处闭合，其后的各行作为单独的行读取。请检查此行。',
    'broken-row-person':
      '{address}（文件第 {line} 行）位于被引号破坏的行中：此人不会被邀请。请修正引号，或编辑此行。',
    'seat-limit':
      '邀请 {needed} 名新用户，加上实例中已有的 {used} 名，共 {total} 名，超出 {limit} 个席位的上限 {over} 名。',
    'existing-user': '{address} 已是此实例的用户。',
  },
  titles: {
    'file-empty': '空文件',
    'no-data-rows': '没有可邀请的人',
    'not-text': '不是 CSV 文件',
    'file-too-large': '文件过大',
    'encoding-fallback': '推测的文本编码',
    'encoding-utf16': 'UTF-16 文本',
    'sep-line': 'Excel 的“sep=”行',
    delimiter: '列分隔符',
    'ambiguous-delimiter': '列分隔符不明确',
    'unclosed-quote': '引号未闭合',
    'missing-email-column': '没有电子邮件列',
    'duplicate-header': '重复的列名',
    'blank-header': '没有名称的列',
    'unknown-column': '不会导入的列',
    'missing-email': '缺少电子邮件地址',
    'invalid-email': '无效的电子邮件地址',
    'duplicate-email': '重复的电子邮件地址',
    'email-whitespace': '电子邮件地址前后有空格',
    'display-name-email': '与地址写在一起的姓名',
    'ragged-row': '单元格数量不对的行',
    'blank-row': '空行',
    'formula-injection': '电子表格可能作为公式执行的单元格',
    'role-account': '共享邮箱（info@、sales@ 等）',
    'personal-domain': '个人电子邮件地址',
    'value-too-long': '值过长',
    'malformed-quote': '引号位置不正确',
    'quote-recovered': '引号未闭合后修复的行',
    'broken-row-person': '损坏行中的人员',
    'seat-limit': '用户席位不足',
    'existing-user': '已是用户',
  },
  reasons: {
    'no-at': '缺少 @',
    'fullwidth-at': '使用了全角“＠”而不是 @',
    'multiple-at': '包含多个 @',
    space: '包含空格',
    'empty-local': '@ 之前没有内容',
    'empty-domain': '@ 之后没有内容',
    'domain-no-dot': '域名中没有点',
    'trailing-dot': '某一部分以点结尾',
    'leading-dot': '某一部分以点开头',
    'consecutive-dots': '包含两个连续的点',
    'invalid-character': '包含不允许的字符',
    'non-ascii': '包含重音字符或非拉丁字符',
    'domain-label': '域名格式不正确',
    'top-level-domain': '域名结尾无效',
    'too-long': '太长',
    'formula-start': '以电子表格会作为公式执行的字符开头',
  },
  delimiters: { ',': '逗号', ';': '分号', '\t': '制表符', '|': '竖线（|）', other: '“{char}”' },
  notText: {
    xlsx: ' Excel 工作簿（.xlsx）或其他 zip 压缩文件',
    xls: '旧格式的 Excel 工作簿（.xls）',
    pdf: ' PDF 文档',
    binary: '二进制文件',
  },
  severity: { error: '错误', warning: '警告', info: '提示' },
  report: { row: '行', column: '列', severity: '严重程度', code: '代码', problem: '问题', message: '消息' },
};

const de: CsvCatalogue = {
  codes: {
    'file-empty': 'Die Datei ist leer: Es gibt keine Kopfzeile und niemanden einzuladen.',
    'file-empty:blank':
      'Die Datei enthält nur leere Zeilen: Es gibt keine Kopfzeile und niemanden einzuladen.',
    'no-data-rows': 'Die Datei hat eine Kopfzeile, aber keine Datenzeilen: niemand einzuladen.',
    'not-text':
      'Dies ist keine CSV-Textdatei, sondern {kindText}. Wählen Sie in Excel Datei › Speichern unter › „CSV UTF-8 (durch Trennzeichen getrennt) (*.csv)“ und verwenden Sie diese Datei.',
    'file-too-large':
      'Die Datei ist {sizeText} groß und überschreitet das Limit von {maxText}. Teilen Sie sie in kleinere Dateien auf.',
    'encoding-fallback':
      'Die Datei ist kein gültiges UTF-8 und wurde daher als Windows-1252 (Westeuropäisch) gelesen. Prüfen Sie Umlaute und Akzente, oder speichern Sie sie in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“.',
    'encoding-utf16':
      'Die Datei ist in {encodingName} kodiert (Excels „Unicode-Text“); sie wurde korrekt gelesen. Die korrigierte CSV-Datei wird UTF-8 sein.',
    'sep-line':
      'Die erste Zeile ist ein „sep=“-Hinweis von Excel, keine Daten: Sie wurde übersprungen und ihr Trennzeichen ({delimiterName}) verwendet.',
    delimiter: 'Die Spalten sind durch {delimiterName} getrennt, nicht durch Kommas.',
    'ambiguous-delimiter':
      'Sowohl {delimiterName} als auch {otherName} teilen die Datei in gleichmäßige Spalten; die Prüfung hat {delimiterName} verwendet. Prüfen Sie, ob die Spalten stimmen.',
    'unclosed-quote':
      'Ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen, daher wurde der Rest der Datei als eine einzige Zelle gelesen.',
    'missing-email-column':
      'Keine Spalte enthält die E-Mail-Adresse. Nennen Sie sie „E-Mail-Adresse“ (oder „Email“, „E-mail Address“, „Adresse e-mail“…).',
    'missing-email-column:no-header':
      'Die erste Zeile enthält eine E-Mail-Adresse: Die Datei scheint keine Kopfzeile zu haben. Fügen Sie eine erste Zeile mit den Spaltennamen hinzu, z. B. „Email“.',
    'duplicate-header':
      'Die Spalte „{column}“ wiederholt die Spalte „{first}“ ({firstLetter}): Nur eine davon kann zugeordnet werden.',
    'blank-header': 'Spalte {letter} hat keine Überschrift: Ihre Werte werden nicht zugeordnet.',
    'unknown-column': 'Die Spalte „{column}“ ist kein bekanntes Feld: Sie wird nicht zugeordnet.',
    'missing-email': 'Die E-Mail-Adresse fehlt.',
    'invalid-email': '„{value}“ ist keine gültige E-Mail-Adresse: {reasonText}.',
    'duplicate-email': '{address} steht bereits in Zeile {firstRow}: Diese Zeile ist ein Duplikat.',
    'email-whitespace':
      'Die E-Mail-Adresse hat umgebende oder unsichtbare Leerzeichen: Sie wird als {address} gesendet.',
    'display-name-email': 'Die Zelle enthält einen Namen mit der Adresse: Nur {address} wird gesendet.',
    'ragged-row': 'Diese Zeile hat {actual} Zellen, die Kopfzeile aber {expected}.',
    'blank-row': 'Leere Zeile: Sie wird übersprungen.',
    'formula-injection':
      'Die Zelle beginnt mit „{first}“: Eine Tabellenkalkulation könnte sie als Formel ausführen.',
    'role-account':
      '{address} sieht nach einem gemeinsamen Postfach aus, nicht nach einer Person: Jeder Benutzer braucht eine eigene Adresse, die seinem Salesforce-Benutzernamen entspricht.',
    'personal-domain':
      '{address} ist eine private Adresse ({domain}): Die E-Mail-Adresse sollte dem Salesforce-Benutzernamen des Benutzers entsprechen.',
    'value-too-long': 'Dieser Wert hat {length} Zeichen; das Limit ist {max}.',
    'malformed-quote':
      'Ein Anführungszeichen in dieser Zeile steht an falscher Stelle: Prüfen Sie, ob ihre Zellen richtig getrennt wurden.',
    'quote-recovered':
      'Ein in Zeile {line} der Datei geöffnetes Anführungszeichen wird vor dem Zeilenende nicht geschlossen: Es wurde dort als geschlossen gelesen, die folgenden Zeilen als eigene Zeilen. Prüfen Sie diese Zeile.',
    'broken-row-person':
      '{address} (Zeile {line} der Datei) steht in einer durch ein Anführungszeichen beschädigten Zeile: Diese Person wird nicht eingeladen. Korrigieren Sie die Anführungszeichen oder bearbeiten Sie die Zeile.',
    'seat-limit':
      '{needed} neue Benutzer plus {used} bereits in der Instanz ergeben {total}, {over} mehr als das Limit von {limit} Lizenzen.',
    'existing-user': '{address} ist bereits Benutzer dieser Instanz.',
  },
  titles: {
    'file-empty': 'Leere Datei',
    'no-data-rows': 'Niemand zum Einladen',
    'not-text': 'Keine CSV-Datei',
    'file-too-large': 'Datei zu groß',
    'encoding-fallback': 'Zeichenkodierung erraten',
    'encoding-utf16': 'UTF-16-Text',
    'sep-line': 'Excel-Zeile „sep=“',
    delimiter: 'Spaltentrennzeichen',
    'ambiguous-delimiter': 'Unklares Spaltentrennzeichen',
    'unclosed-quote': 'Nie geschlossenes Anführungszeichen',
    'missing-email-column': 'Keine E-Mail-Spalte',
    'duplicate-header': 'Doppelte Spaltennamen',
    'blank-header': 'Spalten ohne Namen',
    'unknown-column': 'Spalten, die nicht importiert werden',
    'missing-email': 'Fehlende E-Mail-Adressen',
    'invalid-email': 'Ungültige E-Mail-Adressen',
    'duplicate-email': 'Doppelte E-Mail-Adressen',
    'email-whitespace': 'Leerzeichen um E-Mail-Adressen',
    'display-name-email': 'Namen zusammen mit der Adresse',
    'ragged-row': 'Zeilen mit falscher Zellenzahl',
    'blank-row': 'Leere Zeilen',
    'formula-injection': 'Zellen, die eine Tabellenkalkulation als Formel ausführen könnte',
    'role-account': 'Gemeinsame Postfächer (info@, vertrieb@…)',
    'personal-domain': 'Private E-Mail-Adressen',
    'value-too-long': 'Zu lange Werte',
    'malformed-quote': 'Falsch gesetzte Anführungszeichen',
    'quote-recovered': 'Nach offenem Anführungszeichen reparierte Zeilen',
    'broken-row-person': 'Personen in beschädigten Zeilen',
    'seat-limit': 'Nicht genug Benutzerlizenzen',
    'existing-user': 'Bereits Benutzer',
  },
  reasons: {
    'no-at': 'es fehlt das @',
    'fullwidth-at': 'sie verwendet das breite ＠ statt @',
    'multiple-at': 'sie enthält mehr als ein @',
    space: 'sie enthält ein Leerzeichen',
    'empty-local': 'vor dem @ steht nichts',
    'empty-domain': 'nach dem @ steht nichts',
    'domain-no-dot': 'die Domain hat keinen Punkt',
    'trailing-dot': 'ein Teil endet mit einem Punkt',
    'leading-dot': 'ein Teil beginnt mit einem Punkt',
    'consecutive-dots': 'sie enthält zwei Punkte hintereinander',
    'invalid-character': 'sie enthält ein unzulässiges Zeichen',
    'non-ascii': 'sie enthält Umlaute, Akzente oder nicht lateinische Zeichen',
    'domain-label': 'die Domain ist fehlerhaft',
    'top-level-domain': 'die Domain-Endung ist ungültig',
    'too-long': 'sie ist zu lang',
    'formula-start': 'sie beginnt mit einem Zeichen, das eine Tabellenkalkulation als Formel ausführen würde',
  },
  delimiters: {
    ',': 'Kommas',
    ';': 'Semikolons',
    '\t': 'Tabulatoren',
    '|': 'senkrechte Striche (|)',
    other: '„{char}“',
  },
  notText: {
    xlsx: 'eine Excel-Arbeitsmappe (.xlsx) oder ein anderes Zip-Archiv',
    xls: 'eine Excel-Arbeitsmappe im alten Format (.xls)',
    pdf: 'ein PDF-Dokument',
    binary: 'eine Binärdatei',
  },
  severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  report: {
    row: 'Zeile',
    column: 'Spalte',
    severity: 'Schweregrad',
    code: 'Code',
    problem: 'Problem',
    message: 'Meldung',
  },
};

const ja: CsvCatalogue = {
  codes: {
    'file-empty': 'ファイルが空です。ヘッダーも招待する人もいません。',
    'file-empty:blank': 'ファイルには空行しかありません。ヘッダーも招待する人もいません。',
    'no-data-rows': 'ファイルにヘッダー行はありますが、データ行がありません。招待する人がいません。',
    'not-text':
      'これは CSV テキストファイルではなく、{kindText}です。Excel で「ファイル › 名前を付けて保存 › CSV UTF-8 (コンマ区切り) (*.csv)」を選び、そのファイルを使用してください。',
    'file-too-large':
      'ファイルのサイズは {sizeText} で、上限の {maxText} を超えています。小さなファイルに分割してください。',
    'encoding-fallback':
      'ファイルが正しい UTF-8 ではないため、Windows-1252 (西ヨーロッパ言語) として読み込みました。アクセント付きの文字が正しいか確認するか、Excel で「CSV UTF-8 (コンマ区切り)」として保存してください。',
    'encoding-utf16':
      'ファイルは {encodingName} (Excel の「Unicode テキスト」) でエンコードされており、正しく読み込みました。修正後の CSV は UTF-8 になります。',
    'sep-line':
      '1 行目は Excel の「sep=」指定でデータではありません。スキップし、指定された区切り文字 ({delimiterName}) を使用しました。',
    delimiter: '列はコンマではなく{delimiterName}で区切られています。',
    'ambiguous-delimiter':
      '{delimiterName}と{otherName}のどちらでもファイルが揃った列に分かれます。チェックでは{delimiterName}を使用しました。列が正しいか確認してください。',
    'unclosed-quote':
      'この行で開いた引用符が閉じられていないため、ファイルの残りが 1 つのセルとして読み込まれました。',
    'missing-email-column':
      'メールアドレスの列がありません。列名を「メールアドレス」(または「Email」「E-mail Address」「Adresse e-mail」など) にしてください。',
    'missing-email-column:no-header':
      '1 行目にメールアドレスが含まれています。ファイルにヘッダー行がないようです。「Email」などの列名を含む行を先頭に追加してください。',
    'duplicate-header':
      '列「{column}」は列「{first}」({firstLetter}) と重複しています。マッピングできるのはどちらか一方だけです。',
    'blank-header': '列 {letter} にヘッダーがありません。値はマッピングされません。',
    'unknown-column': '列「{column}」は既知のフィールドではありません。マッピングされません。',
    'missing-email': 'メールアドレスがありません。',
    'invalid-email': '「{value}」は有効なメールアドレスではありません: {reasonText}。',
    'duplicate-email': '{address} は {firstRow} 行目にすでにあります。この行は重複です。',
    'email-whitespace':
      'メールアドレスの前後に空白、または見えない文字があります。{address} として送信されます。',
    'display-name-email': 'セルに名前とアドレスが含まれています。{address} だけが送信されます。',
    'ragged-row': 'この行のセル数は {actual} ですが、ヘッダーは {expected} です。',
    'blank-row': '空行です。スキップされます。',
    'formula-injection':
      'セルが「{first}」で始まっています。表計算ソフトで数式として実行されるおそれがあります。',
    'role-account':
      '{address} は個人ではなく共有メールボックスのようです。各ユーザーには、Salesforce のユーザー名と一致する本人のアドレスが必要です。',
    'personal-domain':
      '{address} は個人用アドレス ({domain}) です。メールアドレスはユーザーの Salesforce のユーザー名と一致させてください。',
    'value-too-long': 'この値は {length} 文字です。上限は {max} 文字です。',
    'malformed-quote':
      'この行の引用符の位置が正しくありません。セルが正しく区切られているか確認してください。',
    'quote-recovered':
      'ファイルの {line} 行目で開いた引用符が行末までに閉じられていません。そこで閉じたものとして読み、続く行はそれぞれ別の行として読みました。この行を確認してください。',
    'broken-row-person':
      '{address}（ファイルの {line} 行目）は引用符で壊れた行の中にあります。この人は招待されません。引用符を直すか、行を編集してください。',
    'seat-limit':
      '新規ユーザー {needed} 人とインスタンスの既存ユーザー {used} 人で合計 {total} 人となり、上限の {limit} シートを {over} 人超えます。',
    'existing-user': '{address} はすでにこのインスタンスのユーザーです。',
  },
  titles: {
    'file-empty': '空のファイル',
    'no-data-rows': '招待する人がいません',
    'not-text': 'CSV ファイルではありません',
    'file-too-large': 'ファイルが大きすぎます',
    'encoding-fallback': '推定した文字コード',
    'encoding-utf16': 'UTF-16 テキスト',
    'sep-line': 'Excel の「sep=」行',
    delimiter: '列の区切り文字',
    'ambiguous-delimiter': '区切り文字が不明確',
    'unclosed-quote': '閉じられていない引用符',
    'missing-email-column': 'メール列がありません',
    'duplicate-header': '重複した列名',
    'blank-header': '名前のない列',
    'unknown-column': 'インポートされない列',
    'missing-email': 'メールアドレスがありません',
    'invalid-email': '無効なメールアドレス',
    'duplicate-email': '重複したメールアドレス',
    'email-whitespace': 'メールアドレス前後の空白',
    'display-name-email': 'アドレスと一緒に書かれた名前',
    'ragged-row': 'セル数が正しくない行',
    'blank-row': '空行',
    'formula-injection': '表計算ソフトが数式として実行しうるセル',
    'role-account': '共有メールボックス（info@、sales@ など）',
    'personal-domain': '個人のメールアドレス',
    'value-too-long': '長すぎる値',
    'malformed-quote': '位置が正しくない引用符',
    'quote-recovered': '閉じられていない引用符のあと修復した行',
    'broken-row-person': '壊れた行の中の人',
    'seat-limit': 'ユーザーシートが足りません',
    'existing-user': 'すでにユーザー',
  },
  reasons: {
    'no-at': '@ がありません',
    'fullwidth-at': '@ ではなく全角の ＠ が使われています',
    'multiple-at': '@ が複数あります',
    space: '空白が含まれています',
    'empty-local': '@ の前に何もありません',
    'empty-domain': '@ の後に何もありません',
    'domain-no-dot': 'ドメインにドットがありません',
    'trailing-dot': 'ドットで終わる部分があります',
    'leading-dot': 'ドットで始まる部分があります',
    'consecutive-dots': 'ドットが 2 つ続いています',
    'invalid-character': '使用できない文字が含まれています',
    'non-ascii': 'アクセント付き文字または非ラテン文字が含まれています',
    'domain-label': 'ドメインの形式が正しくありません',
    'top-level-domain': 'ドメインの末尾が無効です',
    'too-long': '長すぎます',
    'formula-start': '表計算ソフトが数式として実行する文字で始まっています',
  },
  delimiters: { ',': 'コンマ', ';': 'セミコロン', '\t': 'タブ', '|': '縦棒 (|)', other: '「{char}」' },
  notText: {
    xlsx: 'Excel ブック (.xlsx) またはその他の zip アーカイブ',
    xls: '旧形式の Excel ブック (.xls)',
    pdf: 'PDF 文書',
    binary: 'バイナリファイル',
  },
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  report: {
    row: '行',
    column: '列',
    severity: '重要度',
    code: 'コード',
    problem: '問題',
    message: 'メッセージ',
  },
};

const pt_BR: CsvCatalogue = {
  codes: {
    'file-empty': 'O arquivo está vazio: não há cabeçalho nem ninguém para convidar.',
    'file-empty:blank':
      'O arquivo contém apenas linhas em branco: não há cabeçalho nem ninguém para convidar.',
    'no-data-rows':
      'O arquivo tem uma linha de cabeçalho, mas nenhuma linha de dados: ninguém para convidar.',
    'not-text':
      'Este não é um arquivo de texto CSV, e sim {kindText}. No Excel, escolha Arquivo › Salvar como › “CSV UTF-8 (Delimitado por vírgulas) (*.csv)” e use esse arquivo.',
    'file-too-large': 'O arquivo tem {sizeText}, acima do limite de {maxText}. Divida-o em arquivos menores.',
    'encoding-fallback':
      'O arquivo não é UTF-8 válido, por isso foi lido como Windows-1252 (Europa Ocidental). Verifique se as letras acentuadas estão corretas ou salve-o no Excel como “CSV UTF-8 (Delimitado por vírgulas)”.',
    'encoding-utf16':
      'O arquivo está codificado em {encodingName} (“Texto Unicode” do Excel); foi lido corretamente. O CSV corrigido será UTF-8.',
    'sep-line':
      'A primeira linha é uma indicação “sep=” do Excel, não dados: ela foi ignorada e seu delimitador ({delimiterName}) foi usado.',
    delimiter: 'As colunas estão separadas por {delimiterName}, não por vírgulas.',
    'ambiguous-delimiter':
      'Tanto {delimiterName} quanto {otherName} dividem o arquivo em colunas regulares; a verificação usou {delimiterName}. Confira se as colunas estão corretas.',
    'unclosed-quote':
      'Aspas abertas nesta linha nunca são fechadas, então o restante do arquivo foi lido como uma única célula.',
    'missing-email-column':
      'Nenhuma coluna contém o endereço de e-mail. Nomeie-a “Endereço de e-mail” (ou “Email”, “E-mail Address”, “Adresse e-mail”…).',
    'missing-email-column:no-header':
      'A primeira linha contém um endereço de e-mail: o arquivo parece não ter linha de cabeçalho. Adicione uma primeira linha com os nomes das colunas, como “Email”.',
    'duplicate-header':
      'A coluna “{column}” repete a coluna “{first}” ({firstLetter}): apenas uma delas pode ser mapeada.',
    'blank-header': 'A coluna {letter} não tem cabeçalho: seus valores não serão mapeados.',
    'unknown-column': 'A coluna “{column}” não é um campo conhecido: não será mapeada.',
    'missing-email': 'Falta o endereço de e-mail.',
    'invalid-email': '“{value}” não é um endereço de e-mail válido: {reasonText}.',
    'duplicate-email': '{address} já aparece na linha {firstRow}: esta linha é uma duplicata.',
    'email-whitespace':
      'O endereço de e-mail tem espaços ao redor ou invisíveis: será enviado como {address}.',
    'display-name-email': 'A célula contém um nome junto com o endereço: apenas {address} será enviado.',
    'ragged-row': 'Esta linha tem {actual} células, mas o cabeçalho tem {expected}.',
    'blank-row': 'Linha em branco: será ignorada.',
    'formula-injection': 'A célula começa com “{first}”: uma planilha poderia executá-la como fórmula.',
    'role-account':
      '{address} parece uma caixa compartilhada, não uma pessoa: cada usuário precisa do próprio endereço, igual ao seu nome de usuário do Salesforce.',
    'personal-domain':
      '{address} é um endereço pessoal ({domain}): o e-mail deve corresponder ao nome de usuário do Salesforce do usuário.',
    'value-too-long': 'Este valor tem {length} caracteres; o limite é {max}.',
    'malformed-quote':
      'Há aspas fora do lugar nesta linha: verifique se as células foram separadas corretamente.',
    'quote-recovered':
      'Aspas abertas na linha {line} do arquivo não são fechadas antes do fim da linha: foram lidas como fechadas ali, e as linhas seguintes como linhas próprias. Verifique esta linha.',
    'broken-row-person':
      '{address} (linha {line} do arquivo) está dentro de uma linha quebrada por aspas: esta pessoa não será convidada. Corrija as aspas ou edite a linha.',
    'seat-limit':
      'Convidar {needed} novos usuários com {used} já na instância soma {total}, {over} acima do limite de {limit} licenças.',
    'existing-user': '{address} já é usuário desta instância.',
  },
  titles: {
    'file-empty': 'Arquivo vazio',
    'no-data-rows': 'Ninguém para convidar',
    'not-text': 'Não é um arquivo CSV',
    'file-too-large': 'Arquivo grande demais',
    'encoding-fallback': 'Codificação deduzida',
    'encoding-utf16': 'Texto UTF-16',
    'sep-line': 'Linha “sep=” do Excel',
    delimiter: 'Separador de colunas',
    'ambiguous-delimiter': 'Separador de colunas incerto',
    'unclosed-quote': 'Aspas nunca fechadas',
    'missing-email-column': 'Nenhuma coluna de e-mail',
    'duplicate-header': 'Nomes de coluna repetidos',
    'blank-header': 'Colunas sem nome',
    'unknown-column': 'Colunas que não serão importadas',
    'missing-email': 'Endereços de e-mail ausentes',
    'invalid-email': 'Endereços de e-mail inválidos',
    'duplicate-email': 'Endereços de e-mail duplicados',
    'email-whitespace': 'Espaços em torno dos endereços de e-mail',
    'display-name-email': 'Nomes escritos junto com o endereço',
    'ragged-row': 'Linhas com número errado de células',
    'blank-row': 'Linhas em branco',
    'formula-injection': 'Células que uma planilha poderia executar como fórmulas',
    'role-account': 'Caixas compartilhadas (info@, vendas@…)',
    'personal-domain': 'Endereços pessoais',
    'value-too-long': 'Valores longos demais',
    'malformed-quote': 'Aspas fora do lugar',
    'quote-recovered': 'Linhas reparadas após aspas não fechadas',
    'broken-row-person': 'Pessoas dentro de linhas quebradas',
    'seat-limit': 'Licenças de usuário insuficientes',
    'existing-user': 'Já são usuários',
  },
  reasons: {
    'no-at': 'não há @',
    'fullwidth-at': 'usa o ＠ de largura total em vez de @',
    'multiple-at': 'tem mais de um @',
    space: 'contém um espaço',
    'empty-local': 'não há nada antes do @',
    'empty-domain': 'não há nada depois do @',
    'domain-no-dot': 'o domínio não tem ponto',
    'trailing-dot': 'uma parte termina com ponto',
    'leading-dot': 'uma parte começa com ponto',
    'consecutive-dots': 'tem dois pontos seguidos',
    'invalid-character': 'contém um caractere não permitido',
    'non-ascii': 'contém caracteres acentuados ou não latinos',
    'domain-label': 'o domínio está malformado',
    'top-level-domain': 'o final do domínio não é válido',
    'too-long': 'é longo demais',
    'formula-start': 'começa com um caractere que uma planilha executaria como fórmula',
  },
  delimiters: {
    ',': 'vírgulas',
    ';': 'pontos e vírgulas',
    '\t': 'tabulações',
    '|': 'barras verticais (|)',
    other: '“{char}”',
  },
  notText: {
    xlsx: 'uma pasta de trabalho do Excel (.xlsx) ou outro arquivo zip',
    xls: 'uma pasta de trabalho do Excel em formato antigo (.xls)',
    pdf: 'um documento PDF',
    binary: 'um arquivo binário',
  },
  severity: { error: 'Erro', warning: 'Aviso', info: 'Informação' },
  report: {
    row: 'Linha',
    column: 'Coluna',
    severity: 'Gravidade',
    code: 'Código',
    problem: 'Problema',
    message: 'Mensagem',
  },
};

export const CSV_CATALOGUES: Readonly<Record<CsvLocale, CsvCatalogue>> = {
  en,
  es,
  fr,
  it,
  sv,
  zh_CN,
  de,
  ja,
  pt_BR,
};

/** Our locale for a BCP 47 / extension locale tag (`fr-CA` → fr, `zh-Hans` → zh_CN, `pt` → pt_BR); default en. */
export function csvLocale(tag: string | undefined): CsvLocale {
  const t = (tag ?? '').replace('-', '_');
  if ((CSV_LOCALES as readonly string[]).includes(t)) return t as CsvLocale;
  const lang = t.split('_')[0]!.toLowerCase();
  if (lang === 'zh') return 'zh_CN';
  if (lang === 'pt') return 'pt_BR';
  return (CSV_LOCALES as readonly string[]).includes(lang) ? (lang as CsvLocale) : 'en';
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));

function delimiterName(c: CsvCatalogue, d: string | number | undefined): string {
  const key = String(d ?? ',');
  return key in c.delimiters
    ? c.delimiters[key as keyof CsvCatalogue['delimiters']]
    : fill(c.delimiters.other, { char: key });
}

function formatBytes(n: number, locale: CsvLocale): string {
  const tag = locale.replace('_', '-');
  if (n >= 1024 * 1024) {
    return `${(n / (1024 * 1024)).toLocaleString(tag, { maximumFractionDigits: 1 })} MB`;
  }
  if (n >= 1024) return `${(n / 1024).toLocaleString(tag, { maximumFractionDigits: 1 })} KB`;
  return `${n} B`;
}

/** The finding's message in `locale` (English for unknown locales). */
export function formatFinding(finding: Finding, locale: CsvLocale | string = 'en'): string {
  const loc = csvLocale(locale);
  const c = CSV_CATALOGUES[loc];
  const p = finding.params;
  const variantKey = `${finding.code}:${p.variant}`;
  const template = variantKey in c.codes ? c.codes[variantKey as Variant] : c.codes[finding.code];
  const values: Record<string, string | number> = { ...p };
  if (finding.column !== undefined) values.column = finding.column;
  if (finding.row !== undefined) values.row = finding.row;
  if (typeof p.reason === 'string' && p.reason in c.reasons) {
    values.reasonText = c.reasons[p.reason as InvalidEmailReason];
  }
  if (typeof p.kind === 'string' && p.kind in c.notText) values.kindText = c.notText[p.kind as NotTextKind];
  if (p.delimiter !== undefined) values.delimiterName = delimiterName(c, p.delimiter);
  if (p.other !== undefined) values.otherName = delimiterName(c, p.other);
  if (finding.code === 'file-too-large') {
    values.sizeText = formatBytes(Number(p.size), loc);
    values.maxText = formatBytes(Number(p.max), loc);
  }
  if (typeof p.encoding === 'string')
    values.encodingName = p.encoding.toUpperCase().replace('LE', ' LE').replace('BE', ' BE');
  if (p.first === 'TAB' || p.first === 'CR') values.first = p.first === 'TAB' ? 'Tab' : 'CR';
  return fill(template, values);
}

export function severityLabel(severity: Severity, locale: CsvLocale | string = 'en'): string {
  return CSV_CATALOGUES[csvLocale(locale)].severity[severity];
}
