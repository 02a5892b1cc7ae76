/**
 * One fixture file per finding code (test/fixtures/csv/README.md lists them):
 * the findings a user would see, with their rows, plus encoding, delimiter and
 * the data-row count.
 */
import { describe, expect, it } from 'vitest';
import { type CheckOptions, checkCsv, FINDING_CODES } from '@/lib/csv';
import { codes, fixture } from './helpers';

interface Case {
  file: string;
  options?: CheckOptions;
  findings: string[];
  encoding?: string;
  delimiter?: string;
  rows?: number;
}

const CASES: Case[] = [
  { file: 'clean.csv', findings: [], rows: 2 },
  { file: 'utf8-bom.csv', findings: [], rows: 1 },
  { file: 'file-empty.csv', findings: ['file-empty'], rows: 0 },
  { file: 'no-data-rows.csv', findings: ['no-data-rows@1'], rows: 0 },
  { file: 'not-text.xlsx', findings: ['not-text'], rows: 0 },
  { file: 'not-text-xls.xls', findings: ['not-text'] },
  { file: 'not-text-nul.csv', findings: ['not-text'] },
  { file: 'file-too-large.csv', options: { maxBytes: 100 }, findings: ['file-too-large'], rows: 0 },
  { file: 'file-too-large.csv', findings: [], rows: 3 },
  { file: 'encoding-fallback.csv', findings: ['encoding-fallback'], encoding: 'windows-1252', rows: 2 },
  {
    file: 'encoding-utf16.csv',
    findings: ['encoding-utf16', 'delimiter'],
    encoding: 'utf-16le',
    delimiter: '\t',
    rows: 1,
  },
  { file: 'encoding-utf16be.csv', findings: ['encoding-utf16'], encoding: 'utf-16be', rows: 1 },
  { file: 'sep-line.csv', findings: ['sep-line'], delimiter: ',', rows: 1 },
  { file: 'delimiter.csv', findings: ['delimiter'], delimiter: ';', rows: 2 },
  {
    file: 'ambiguous-delimiter.csv',
    findings: ['ambiguous-delimiter', 'missing-email-column@1', 'unknown-column@1', 'unknown-column@1'],
  },
  {
    file: 'unclosed-quote.csv',
    findings: [
      'unclosed-quote@2',
      'value-too-long@2',
      'broken-row-person@2',
      'broken-row-person@2',
      'broken-row-person@2',
    ],
    rows: 1,
  },
  { file: 'quote-recovered.csv', findings: ['quote-recovered@2'], rows: 2 },
  { file: 'malformed-quote.csv', findings: ['malformed-quote@2'], rows: 2 },
  { file: 'missing-email-column.csv', findings: ['missing-email-column@1'] },
  { file: 'missing-email-column-no-header.csv', findings: ['missing-email-column@1'] },
  { file: 'duplicate-header.csv', findings: ['duplicate-header@1'] },
  { file: 'blank-header.csv', findings: ['blank-header@1'] },
  { file: 'unknown-column.csv', findings: ['unknown-column@1'] },
  { file: 'missing-email.csv', findings: ['missing-email@2'], rows: 2 },
  {
    file: 'invalid-email.csv',
    findings: [
      'unknown-column@1',
      ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => `invalid-email@${r}`),
      'formula-injection@10',
    ],
  },
  { file: 'duplicate-email.csv', findings: ['duplicate-email@4'], rows: 3 },
  {
    file: 'email-whitespace.csv',
    findings: ['email-whitespace@2', 'email-whitespace@3', 'email-whitespace@4', 'email-whitespace@5'],
  },
  {
    file: 'display-name-email.csv',
    findings: ['display-name-email@2', 'display-name-email@3', 'display-name-email@4'],
  },
  { file: 'ragged-row.csv', findings: ['ragged-row@2', 'ragged-row@3'], rows: 3 },
  { file: 'blank-row.csv', findings: ['delimiter', 'blank-row@3', 'blank-row@4', 'blank-row@5'], rows: 2 },
  {
    file: 'formula-injection.csv',
    findings: ['formula-injection@2', 'formula-injection@3', 'formula-injection@3'],
  },
  { file: 'role-account.csv', findings: ['role-account@2', 'role-account@3'] },
  { file: 'personal-domain.csv', findings: ['personal-domain@2', 'personal-domain@3'] },
  { file: 'value-too-long.csv', findings: ['value-too-long@2'] },
  { file: 'seat-limit.csv', options: { seatsUsed: 98 }, findings: ['seat-limit'] },
  { file: 'seat-limit.csv', options: { seatsUsed: 97 }, findings: [] },
  { file: 'seat-limit.csv', options: { seatLimit: 2 }, findings: ['seat-limit'] },
  {
    file: 'existing-user.csv',
    options: { existingEmails: [' jane.doe@ACME.com'] },
    findings: ['existing-user@2'],
  },
  { file: 'headers-es.csv', findings: ['delimiter'] },
  { file: 'headers-it.csv', findings: ['delimiter'] },
  { file: 'headers-de.csv', findings: ['delimiter'] },
  { file: 'headers-ja.csv', findings: [] },
  { file: 'headers-pt-br.csv', findings: ['delimiter'] },
];

describe('fixtures: one file per finding code', () => {
  it.each(CASES)('$file $options → $findings', async (c) => {
    const report = await checkCsv(fixture(c.file), c.options);
    expect(codes(report)).toEqual(c.findings);
    expect(report.ok).toBe(!report.findings.some((f) => f.severity === 'error'));
    if (c.encoding) expect(report.encoding).toBe(c.encoding);
    if (c.delimiter) expect(report.delimiter).toBe(c.delimiter);
    if (c.rows !== undefined) expect(report.rows).toBe(c.rows);
  });

  it('has a fixture case for every code of the catalogue', () => {
    const covered = new Set(CASES.flatMap((c) => c.findings.map((f) => f.split('@')[0])));
    expect(FINDING_CODES.map((c) => c.code).filter((code) => !covered.has(code))).toEqual([]);
  });
});

describe('what the findings say', () => {
  it('names the reason of each invalid email', async () => {
    const r = await checkCsv(fixture('invalid-email.csv'), { keepRows: true });
    const byRow = new Map(
      r.findings.filter((f) => f.code === 'invalid-email').map((f) => [f.row, f.params.reason]),
    );
    for (const kept of r.keptRows) expect(byRow.get(kept.row)).toBe(kept.cells[1]);
  });

  it('points a duplicate at the row of the first occurrence', async () => {
    const r = await checkCsv(fixture('duplicate-email.csv'));
    expect(r.findings[0]).toMatchObject({
      code: 'duplicate-email',
      row: 4,
      column: 'Email',
      params: { firstRow: 2 },
    });
  });

  it('gives the cleaned address for fixable emails', async () => {
    const r = await checkCsv(fixture('email-whitespace.csv'));
    expect(r.findings.map((f) => f.params.address)).toEqual([
      'jane.doe@acme.com',
      'bob.smith@acme.com',
      'carol@acme.com',
      'dave@acme.com',
    ]);
  });

  it('counts seats from distinct new addresses and the users already there', async () => {
    const r = await checkCsv(fixture('seat-limit.csv'), { seatsUsed: 98 });
    expect(r.findings[0]!.params).toMatchObject({ needed: 3, used: 98, limit: 100, total: 101, over: 1 });
  });

  it('does not count an existing user as a new seat', async () => {
    const r = await checkCsv(fixture('existing-user.csv'), {
      existingEmails: ['jane.doe@acme.com'],
      seatsUsed: 99,
    });
    expect(codes(r)).toEqual(['existing-user@2']);
  });

  it('maps localized headers', async () => {
    const expected = ['email', 'firstName', 'lastName'];
    for (const f of [
      'headers-es.csv',
      'headers-it.csv',
      'headers-de.csv',
      'headers-ja.csv',
      'headers-pt-br.csv',
    ]) {
      expect((await checkCsv(fixture(f))).mapping, f).toEqual(expected);
    }
    const sv = await checkCsv(fixture('encoding-utf16.csv'));
    expect(sv.headers).toEqual(['E-postadress', 'Förnamn', 'Efternamn']);
    expect(sv.mapping).toEqual(expected);
    const zh = await checkCsv(fixture('encoding-utf16be.csv'));
    expect(zh.mapping).toEqual(expected);
  });

  it('reads Windows-1252 letters correctly after the fallback', async () => {
    const r = await checkCsv(fixture('encoding-fallback.csv'), { keepRows: true });
    expect(r.keptRows.map((k) => k.cells.slice(1).join(' '))).toEqual(['François Lefèvre', 'Björn Åström']);
    expect(r.keptRows.some((k) => k.cells.join('').includes('\ufffd'))).toBe(false);
  });
});
