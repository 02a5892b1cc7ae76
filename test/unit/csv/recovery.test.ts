/**
 * Rows broken by quoting: a quote left open at a line end is taken as closed there when every
 * line then reads as a row; otherwise every person inside the broken row is counted and listed
 * by line. The fixed file and the report describe the same rows.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildFixedCsv, checkCsv } from '@/lib/csv';
import { chunked, codes, utf8 } from './helpers';

const FIX = {
  keepErrorRows: false,
  neutraliseFormulas: true,
  roleAccounts: 'keep',
  personalAddresses: 'keep',
} as const;

interface Case {
  name: string;
  lines: string[];
  findings: string[];
  rows: number;
  /** Addresses in the fixed file. */
  invited: string[];
  /** People inside a broken row: `address@line`. */
  lost?: string[];
}

const CASES: Case[] = [
  {
    name: 'a quote left open in the last cell of a line',
    lines: ['Email,First,Last', 'ann@acme.com,Ann,"Lee', 'bo@acme.com,Bo,King', 'cy@acme.com,Cy,Dee'],
    findings: ['quote-recovered@2'],
    rows: 3,
    invited: ['ann@acme.com', 'bo@acme.com', 'cy@acme.com'],
  },
  {
    name: 'a stray quote in a middle cell (closing it at the line end gives too few cells: dropped)',
    lines: ['Email,First,Last', 'ann@acme.com,"Ann,Lee', 'bo@acme.com,Bo,King', 'cy@acme.com,Cy,Dee'],
    findings: ['quote-recovered@2'],
    rows: 3,
    invited: ['ann@acme.com', 'bo@acme.com', 'cy@acme.com'],
  },
  {
    name: 'an open quote closed by a later quoted cell (papaparse: one ragged row of three people)',
    lines: [
      'Email,First,Last',
      'ann@acme.com,"Ann,Lee',
      'bo@acme.com,Bo,King',
      'cy@acme.com,Cy,"Dee"',
      'dd@acme.com,D,D',
    ],
    findings: ['quote-recovered@2'],
    rows: 4,
    invited: ['ann@acme.com', 'bo@acme.com', 'cy@acme.com', 'dd@acme.com'],
  },
  {
    name: 'lines that do not read as rows: one broken row, every person listed by line',
    lines: ['Email,First', 'ann@acme.com,"A', 'bo@acme.com,B,X', 'cy@acme.com,C'],
    findings: ['unclosed-quote@2', 'broken-row-person@2', 'broken-row-person@2', 'broken-row-person@2'],
    rows: 1,
    invited: [],
    lost: ['ann@acme.com@2', 'bo@acme.com@3', 'cy@acme.com@4'],
  },
  {
    name: 'a quoted note over several lines is one row, as written',
    lines: ['Email,Note', 'ann@acme.com,"line 1', 'line 2"', 'bo@acme.com,x'],
    findings: ['unknown-column@1'],
    rows: 2,
    invited: ['ann@acme.com', 'bo@acme.com'],
  },
  {
    name: 'a quote that closes further down around a whole row (no quote problem, right width): taken apart',
    lines: ['Email,Note', 'ann@acme.com,"note', 'bo@acme.com,Bo"', 'cy@acme.com,x'],
    findings: ['unknown-column@1', 'quote-recovered@2'],
    rows: 3,
    invited: ['ann@acme.com', 'bo@acme.com', 'cy@acme.com'],
  },
  {
    name: 'a sep= line counts as a line of the file',
    lines: ['sep=,', 'Email,First', 'ann@acme.com,Ann', 'bo@acme.com,"Bo', 'cy@acme.com,Cy,More'],
    findings: ['sep-line', 'unclosed-quote@3', 'broken-row-person@3', 'broken-row-person@3'],
    rows: 2,
    invited: ['ann@acme.com'],
    lost: ['bo@acme.com@4', 'cy@acme.com@5'],
  },
];

describe('rows broken by quoting', () => {
  it.each(CASES)('$name', async (c) => {
    for (const newline of ['\n', '\r\n']) {
      const bytes = utf8(c.lines.join(newline) + newline);
      const report = await checkCsv(bytes);
      expect(codes(report), newline).toEqual(c.findings);
      expect(report.rows).toBe(c.rows);
      const lost = report.findings
        .filter((f) => f.code === 'broken-row-person')
        .map((f) => `${f.params.address}@${f.params.line}`);
      expect(lost).toEqual(c.lost ?? []);
      // Any chunking gives the same report.
      const pieces = await checkCsv(chunked(bytes, 5));
      expect(codes(pieces)).toEqual(c.findings);
      const fixed = await buildFixedCsv(bytes, report, FIX);
      const invited = Papa.parse<string[]>(fixed.text.trimEnd())
        .data.slice(1)
        .map((cells) => cells[0]);
      expect(invited).toEqual(c.invited);
    }
  });

  it('says who was left out of the fixed file, and why, for each person of a broken row', async () => {
    const bytes = utf8(CASES[3]!.lines.join('\n') + '\n');
    const fixed = await buildFixedCsv(bytes, await checkCsv(bytes), FIX);
    expect(fixed.left.map((l) => [l.row, l.line, l.address, l.reason])).toEqual([
      [2, 2, 'ann@acme.com', 'broken'],
      [2, 3, 'bo@acme.com', 'broken'],
      [2, 4, 'cy@acme.com', 'broken'],
    ]);
  });

  it('is linear on a quote storm: the reader never reads a character twice (bench:csv has the times)', async () => {
    const bytes = utf8('"'.repeat(300_001));
    const r = await checkCsv(bytes);
    expect(r.headers).toHaveLength(1);
    expect(codes(r)).toContain('unclosed-quote@1');
  });
});
