/** The CSV check's findings (one message per finding code) and the words they are built from, in German. */
import type { FindingTexts } from './types';

export const de: FindingTexts = {
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
  severity: {
    error: 'Fehler',
    warning: 'Warnung',
    info: 'Hinweis',
  },
  report: {
    row: 'Zeile',
    column: 'Spalte',
    severity: 'Schweregrad',
    code: 'Code',
    problem: 'Problem',
    message: 'Meldung',
  },
};
