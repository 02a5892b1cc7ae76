import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildFixedCsv, buildReportCsv, checkCsv, SourceChangedError } from '@/lib/csv';
import { chunked, fixture, utf8 } from './helpers';

const MESSY = [
  'sep=;',
  'E-mail;Prénom;Nom;Notes',
  ' jane@acme.fr ;Jane;Doe;=1+1',
  ';;;',
  'Bob Martin <bob@acme.fr>;Bob;Martin;',
  'JANE@acme.fr;Jane;Again;',
  'not an email;X;Y;-2',
  'carol@acme.fr;Carol',
  'dave\u200b@acme.fr;Dave;"Multi',
  'line";@home',
].join('\r\n');

const parse = (text: string) => Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data;

describe('buildFixedCsv', () => {
  it('writes UTF-8 CSV with commas and the header, fixing emails and dropping blank, duplicate and error rows', async () => {
    const bytes = utf8(MESSY);
    const report = await checkCsv(bytes);
    const fixed = await buildFixedCsv(bytes, report, { keepErrorRows: false, neutraliseFormulas: false });
    expect(parse(fixed.text)).toEqual([
      ['E-mail', 'Prénom', 'Nom', 'Notes'],
      ['jane@acme.fr', 'Jane', 'Doe', '=1+1'],
      ['bob@acme.fr', 'Bob', 'Martin', ''],
      ['dave@acme.fr', 'Dave', 'Multi\r\nline', '@home'],
    ]);
    expect(fixed.rows).toBe(3);
    expect(fixed.dropped).toMatchObject({ blank: 1, duplicate: 1, error: 2, broken: 0, removed: 0 });
    expect(fixed.left.map((l) => [l.row, l.reason, l.address, l.code])).toEqual([
      [5, 'duplicate', 'JANE@acme.fr', undefined],
      [6, 'error', 'not an email', 'invalid-email'],
      [7, 'error', 'carol@acme.fr', 'ragged-row'],
    ]);
    expect(fixed.invited.map((i) => i.address)).toEqual(['jane@acme.fr', 'bob@acme.fr', 'dave@acme.fr']);
    expect(fixed.text.endsWith('\r\n')).toBe(true);
    expect(fixed.text.startsWith('\ufeff')).toBe(false);
  });

  it('keeps error rows (padded to the header width) and neutralises formulas on request', async () => {
    const bytes = utf8(MESSY);
    const report = await checkCsv(bytes);
    const fixed = await buildFixedCsv(bytes, report, { keepErrorRows: true, neutraliseFormulas: true });
    expect(parse(fixed.text)).toEqual([
      ['E-mail', 'Prénom', 'Nom', 'Notes'],
      ['jane@acme.fr', 'Jane', 'Doe', "'=1+1"],
      ['bob@acme.fr', 'Bob', 'Martin', ''],
      ['not an email', 'X', 'Y', "'-2"],
      ['carol@acme.fr', 'Carol', '', ''],
      ['dave@acme.fr', 'Dave', 'Multi\r\nline', "'@home"],
    ]);
    expect(fixed.dropped).toMatchObject({ blank: 1, duplicate: 1, error: 0 });
    // Never silently: the rows kept with errors are named.
    expect(fixed.keptWithErrors).toBe(2);
    expect(fixed.invited.filter((i) => i.withErrors).map((i) => i.row)).toEqual([6, 7]);
  });

  it('converts UTF-16 and Windows-1252 to UTF-8 with commas', async () => {
    for (const name of ['encoding-utf16.csv', 'encoding-fallback.csv']) {
      const bytes = fixture(name);
      const fixed = await buildFixedCsv(bytes, await checkCsv(bytes), {
        keepErrorRows: false,
        neutraliseFormulas: false,
      });
      expect(fixed.text).toMatch(/^[^\t]*$/);
      expect(fixed.text).toMatch(/Åström/);
    }
  });

  it('re-reads a re-iterable stream and refuses a different file', async () => {
    const bytes = utf8(MESSY);
    const report = await checkCsv(bytes);
    const again = await buildFixedCsv(chunked(bytes, 5), report, {
      keepErrorRows: false,
      neutraliseFormulas: false,
    });
    expect(again.rows).toBe(3);
    await expect(
      buildFixedCsv(fixture('clean.csv'), report, { keepErrorRows: false, neutraliseFormulas: false }),
    ).rejects.toBeInstanceOf(SourceChangedError);
  });

  it('leaves the original bytes untouched', async () => {
    const bytes = utf8(MESSY);
    const copy = bytes.slice();
    await buildFixedCsv(bytes, await checkCsv(bytes), { keepErrorRows: true, neutraliseFormulas: true });
    expect(bytes).toEqual(copy);
  });
});

describe('buildReportCsv', () => {
  it('lists the findings in the chosen language, one line each', async () => {
    const report = await checkCsv(utf8(MESSY));
    const csv = buildReportCsv(report, 'fr');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parse(csv.slice(1));
    expect(rows[0]).toEqual(['Ligne', 'Colonne', 'Gravité', 'Problème', 'Message', 'Code']);
    expect(rows).toHaveLength(report.findings.length + 1);
    const dup = rows.find((r) => r[5] === 'duplicate-email')!;
    // The same words as the report on screen: the plain heading, then the message.
    expect(dup.slice(0, 4)).toEqual(['5', 'E-mail', 'Erreur', 'Adresses e-mail en double']);
    expect(dup[4]).toContain('ligne 2');
  });

  it('cannot be turned into formulas by values from the file', async () => {
    const report = await checkCsv(utf8('Email,=cmd|"/c calc"!A1\n=HYPERLINK("http://evil"),x\n@SUM(1),y\n'));
    const rows = parse(buildReportCsv(report, 'en').slice(1));
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.some((r) => r[1] === '\'=cmd|"/c calc"!A1')).toBe(true);
  });
});
