/** The CSV check's findings (one message per finding code) and the words they are built from, in Swedish. */
import type { FindingTexts } from './types';

export const sv: FindingTexts = {
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
  severity: {
    error: 'Fel',
    warning: 'Varning',
    info: 'Information',
  },
  report: {
    row: 'Rad',
    column: 'Kolumn',
    severity: 'Allvarlighet',
    code: 'Kod',
    problem: 'Problem',
    message: 'Meddelande',
  },
};
