/** The CSV check's findings (one message per finding code) and the words they are built from, in English. */
import type { FindingTexts } from './types';

export const en: FindingTexts = {
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
  delimiters: {
    ',': 'commas',
    ';': 'semicolons',
    '\t': 'tabs',
    '|': 'vertical bars (|)',
    other: '“{char}”',
  },
  notText: {
    xlsx: 'an Excel workbook (.xlsx) or another zip archive',
    xls: 'an old-format Excel workbook (.xls)',
    pdf: 'a PDF document',
    binary: 'a binary file',
  },
  severity: {
    error: 'Error',
    warning: 'Warning',
    info: 'Info',
  },
  report: {
    row: 'Row',
    column: 'Column',
    severity: 'Severity',
    code: 'Code',
    problem: 'Problem',
    message: 'Message',
  },
};
