/**
 * The fixed file is safe by default: no cell a spreadsheet or the app could run as a formula,
 * no error row unless asked (and then named), shared and personal addresses only by choice, and
 * nobody left out without a reason. One table row per rule.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildFixedCsv, checkCsv, type FixOptions, formulaTrigger, neutraliseFormula } from '@/lib/csv';
import { utf8 } from './helpers';

const parse = (text: string) => Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data;

/** A one-row file whose "Last name" cell is `value`; returns that cell as the fixed file has it. */
async function fixedCell(value: string, options: FixOptions = {}): Promise<string | undefined> {
  const quoted = `"${value.replace(/"/g, '""')}"`;
  const bytes = utf8(`Email,First name,Last name\r\nzoe.park@acme.com,Zoe,${quoted}\r\n`);
  const fixed = await buildFixedCsv(bytes, await checkCsv(bytes), options);
  return parse(fixed.text)[1]?.[2];
}

const FORMULAS: [string, string, string][] = [
  ['equals', '=1+2', '='],
  ['plus', '+33 1 23', '+'],
  ['minus', '-2+3', '-'],
  ['at', '@SUM(A1:A9)', '@'],
  ['tab', '\t=1+1', 'TAB'],
  ['carriage return', '\r=1+1', 'CR'],
  ['full-width equals', '＝1+2', '＝'],
  ['full-width plus', '＋1', '＋'],
  ['full-width at', '＠SUM(1)', '＠'],
  ['DDE', "=cmd|' /C calc'!A0", '='],
  ['DDE behind @SUM', "@SUM(1+9)*cmd|' /C calc'!A0", '@'],
  ['the issue’s HYPERLINK', '=HYPERLINK("http://evil.example";"Zoe") Park', '='],
  ['leading spaces', '   =1+1', '='],
  ['leading NBSP', '\u00a0=1+1', '='],
  ['a later line of the cell', 'Park\n=1+1', '='],
];

describe('formula cells', () => {
  it.each(FORMULAS)('%s: found, and neutralised by default', async (_name, value, trigger) => {
    expect(formulaTrigger(value)).toBe(trigger);
    const report = await checkCsv(
      utf8(`Email,Last name\nzoe.park@acme.com,"${value.replace(/"/g, '""')}"\n`),
    );
    expect(report.findings.map((f) => [f.code, f.params.first])).toContainEqual([
      'formula-injection',
      trigger === 'TAB' ? 'TAB' : trigger,
    ]);
    const cell = await fixedCell(value);
    expect(cell).toBe(neutraliseFormula(value));
    expect(formulaTrigger(cell!.split(/\r\n|\r|\n/)[0]!.replace(/^'/, 'x'))).toBeNull();
    for (const line of cell!.split(/\r\n|\r|\n/))
      expect(line === '' || line.startsWith("'") || formulaTrigger(line) === null).toBe(true);
  });

  it.each([['Park'], ['O’Brien'], ['5 - 3'], ['a=b'], ['jane@acme.com'], ['']])(
    'leaves %j as it is',
    async (value) => {
      expect(formulaTrigger(value)).toBeNull();
      expect(await fixedCell(value)).toBe(value);
    },
  );

  it('keeps formulas as written only when the caller opts out', async () => {
    expect(await fixedCell('=1+2', { neutraliseFormulas: false })).toBe('=1+2');
  });

  it('quotes cells holding any delimiter a spreadsheet might split on', async () => {
    const bytes = utf8('Email,Note\r\nzoe@acme.com,"a;=cmd|x"\r\nbo@acme.com,"t\tab"\r\n');
    const fixed = await buildFixedCsv(bytes, await checkCsv(bytes));
    expect(fixed.text).toBe('Email,Note\r\nzoe@acme.com,"a;=cmd|x"\r\nbo@acme.com,"t\tab"\r\n');
  });

  it.each([['=cmd|x@evil.com'], ['+x@acme.com'], ['-x@acme.com'], [' -x@acme.com'], ['＝x@acme.com']])(
    'an address that starts a formula (%j) is invalid: the row is left out with its reason',
    async (address) => {
      const bytes = utf8(`Email\n"${address}"\nzoe@acme.com\n`);
      const report = await checkCsv(bytes);
      expect(report.findings.find((f) => f.code === 'invalid-email')?.params.reason).toBe('formula-start');
      const fixed = await buildFixedCsv(bytes, report);
      expect(fixed.text).toBe('Email\r\nzoe@acme.com\r\n');
      expect(fixed.left).toMatchObject([{ row: 2, reason: 'error', code: 'invalid-email' }]);
    },
  );
});

describe('who the fixed file invites', () => {
  const FILE = utf8(
    [
      'Email,Name',
      'zoe.park@acme.com,Zoe',
      'info@acme.com,Shared',
      'zoe.private@gmail.com,Zoe',
      'ann.lee@acme.com,Already',
      'not-an-email,Bad',
      'ZOE.PARK@acme.com,Dup',
    ].join('\n'),
  );
  const EXISTING = { existingEmails: ['Ann.Lee@acme.com'] };

  it.each<[string, FixOptions, string[], [number, string][]]>([
    [
      'by default: shared, personal, existing and error rows are left out',
      {},
      ['zoe.park@acme.com'],
      [
        [3, 'role'],
        [4, 'personal'],
        [5, 'existing'],
        [6, 'error'],
        [7, 'duplicate'],
      ],
    ],
    [
      'shared mailboxes kept by choice',
      { roleAccounts: 'keep' },
      ['zoe.park@acme.com', 'info@acme.com'],
      [
        [4, 'personal'],
        [5, 'existing'],
        [6, 'error'],
        [7, 'duplicate'],
      ],
    ],
    [
      'personal addresses and existing users kept by choice',
      { personalAddresses: 'keep', existingUsers: 'keep' },
      ['zoe.park@acme.com', 'zoe.private@gmail.com', 'ann.lee@acme.com'],
      [
        [3, 'role'],
        [6, 'error'],
        [7, 'duplicate'],
      ],
    ],
    [
      'error rows kept on request, and named',
      { keepErrorRows: true, roleAccounts: 'keep', personalAddresses: 'keep' },
      ['zoe.park@acme.com', 'info@acme.com', 'zoe.private@gmail.com', 'not-an-email'],
      [
        [5, 'existing'],
        [7, 'duplicate'],
      ],
    ],
  ])('%s', async (_name, options, invited, left) => {
    const report = await checkCsv(FILE, EXISTING);
    const fixed = await buildFixedCsv(FILE, report, { ...options, ...EXISTING });
    expect(
      parse(fixed.text)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(invited);
    expect(fixed.invited.map((i) => i.address)).toEqual(invited);
    expect(fixed.left.map((l) => [l.row, l.reason])).toEqual(left);
    expect(fixed.rows + Object.values(fixed.dropped).reduce((a, b) => a + b, 0)).toBe(report.rows);
  });

  it('applies the changes made in the report: typed cells, rows taken out, clean-ups', async () => {
    const changes = {
      cells: new Map([[6, ['bad.fixed@acme.com', 'Fixed']]]),
      removed: new Set([2]),
      lowercaseEmails: true,
    };
    const report = await checkCsv(FILE, { ...EXISTING, changes });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const fixed = await buildFixedCsv(FILE, report, { changes, roleAccounts: 'keep', ...EXISTING });
    // Row 7 repeated row 2, which was taken out: it is no longer a duplicate.
    expect(parse(fixed.text).slice(1)).toEqual([
      ['info@acme.com', 'Shared'],
      ['bad.fixed@acme.com', 'Fixed'],
      ['zoe.park@acme.com', 'Dup'],
    ]);
    expect(fixed.left.map((l) => [l.row, l.reason])).toEqual([
      [2, 'removed'],
      [4, 'personal'],
      [5, 'existing'],
    ]);
  });
});
