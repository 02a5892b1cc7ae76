import { describe, expect, it } from 'vitest';
import { checkCsv, columnLetter, fieldOfHeader } from '@/lib/csv';
import { codes, utf8 } from './helpers';

describe('header synonyms in our nine languages', () => {
  it.each([
    ['Email', 'email'],
    ['E-mail Address', 'email'],
    ['EMAIL ADDRESS', 'email'],
    [' e-mail ', 'email'],
    ['Email*', 'email'],
    ['Adresse e-mail', 'email'],
    ['Adresse électronique', 'email'],
    ['Courriel', 'email'],
    ['Correo electrónico', 'email'],
    ['correo electronico', 'email'],
    ['E-postadress', 'email'],
    ['电子邮件', 'email'],
    ['邮箱', 'email'],
    ['Indirizzo email', 'email'],
    ['E-Mail-Adresse', 'email'],
    ['メールアドレス', 'email'],
    ['Endereço de e-mail', 'email'],
    ['endereco de email', 'email'],
    ['First Name', 'firstName'],
    ['first_name', 'firstName'],
    ['FirstName', 'firstName'],
    ['Prénom', 'firstName'],
    ['PRENOM', 'firstName'],
    ['Nombre', 'firstName'],
    ['Förnamn', 'firstName'],
    ['Vorname', 'firstName'],
    ['Nome', 'firstName'],
    ['名', 'firstName'],
    ['Last Name', 'lastName'],
    ['Nom', 'lastName'],
    ['Apellido', 'lastName'],
    ['Apellidos', 'lastName'],
    ['Efternamn', 'lastName'],
    ['Nachname', 'lastName'],
    ['Cognome', 'lastName'],
    ['Sobrenome', 'lastName'],
    ['姓', 'lastName'],
    ['Name', 'fullName'],
    ['氏名', 'fullName'],
    ['Team', 'team'],
    ['Équipe', 'team'],
    ['チーム', 'team'],
    ['Role', 'role'],
    ['Job Title', 'title'],
    ['Department', null],
    ['', null],
  ])('%j → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('column letters follow the spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('header findings', () => {
  it('shows the mapping, column by column', async () => {
    const r = await checkCsv(
      utf8('Prénom;Nom;Adresse e-mail;Équipe;Notes\nJean;Dupont;jean@acme.fr;Ventes;x\n'),
    );
    expect(r.headers).toEqual(['Prénom', 'Nom', 'Adresse e-mail', 'Équipe', 'Notes']);
    expect(r.mapping).toEqual(['firstName', 'lastName', 'email', 'team', null]);
    expect(codes(r)).toEqual(['delimiter', 'unknown-column@1']);
  });

  it('flags the same header twice (papaparse would silently rename it Email_1)', async () => {
    const r = await checkCsv(utf8('Email,Name,Email\na@acme.com,A,b@acme.com\n'));
    expect(r.findings[0]).toMatchObject({
      code: 'duplicate-header',
      row: 1,
      column: 'Email',
      columnIndex: 2,
    });
    expect(r.mapping).toEqual(['email', 'fullName', null]);
  });

  it('flags two synonyms of the same field', async () => {
    const r = await checkCsv(utf8('Email,Correo electrónico\na@acme.com,a@acme.com\n'));
    expect(codes(r)).toEqual(['duplicate-header@1']);
    expect(r.findings[0]!.params).toMatchObject({ first: 'Email', firstLetter: 'A' });
  });

  it('names a blank header by its column letter', async () => {
    const r = await checkCsv(utf8('Email, ,Team\na@acme.com,x,Sales\n'));
    expect(r.findings[0]).toMatchObject({ code: 'blank-header', column: 'B', columnIndex: 1 });
  });

  it('takes the first non-blank line as the header and numbers rows as a spreadsheet does', async () => {
    const r = await checkCsv(utf8('\n\nEmail\nbad\n'));
    expect(r.headerRow).toBe(3);
    expect(codes(r)).toEqual(['blank-row@1', 'blank-row@2', 'invalid-email@4']);
  });
});
