/**
 * The command line as admins run it (`npm run check-csv -- …` and `npx check-csv …` run
 * `bin/check-csv.mjs`, the prebuilt JavaScript of scripts/check-csv.ts: no TypeScript compiled at
 * startup). Its JSON shape is a stable hook: tools rely on it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/check-csv.mjs', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const f = (name: string) => join(FIXTURES, name);

interface JsonFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  row?: number;
  column?: string;
  message: string;
}
interface JsonFile {
  file: string;
  ok: boolean;
  rows: number;
  encoding: string;
  delimiter: string;
  findings: JsonFinding[];
}

describe('check-csv command line', () => {
  it('prints one JSON document with one object per file, exit 1 when a file has an error', () => {
    const files = [
      'clean.csv',
      'delimiter.csv',
      'encoding-utf16.csv',
      'encoding-fallback.csv',
      'duplicate-email.csv',
    ];
    const r = run('--json', ...files.map(f));
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as JsonFile[];
    expect(out.map((o) => [o.ok, o.rows, o.encoding, o.delimiter])).toEqual([
      [true, 2, 'utf-8', ','],
      [true, 2, 'utf-8', ';'],
      [true, 1, 'utf-16le', '\t'],
      [true, 2, 'windows-1252', ','],
      [false, 3, 'utf-8', ','],
    ]);
    expect(out[0]).toEqual({
      file: f('clean.csv'),
      ok: true,
      rows: 2,
      encoding: 'utf-8',
      delimiter: ',',
      findings: [],
    });
    expect(out[4]!.findings).toEqual([
      {
        code: 'duplicate-email',
        severity: 'error',
        row: 4,
        column: 'Email',
        message: 'JANE.DOE@Acme.com already appears in row 2: this row is a duplicate.',
      },
    ]);
    expect(out[1]!.findings[0]).toEqual({
      code: 'delimiter',
      severity: 'info',
      message: 'Columns are separated by semicolons, not by commas.',
    });
  }, 30_000);

  it('exits 0 when no file has an error', () => {
    const r = run('--json', f('clean.csv'), f('blank-row.csv'), f('role-account.csv'));
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as JsonFile[]).every((o) => o.ok)).toBe(true);
  }, 30_000);

  it('feeds --seats-used and --max-size to the rules', () => {
    const seats = JSON.parse(run('--json', '--seats-used', '98', f('seat-limit.csv')).stdout) as JsonFile[];
    expect(seats[0]!.findings.map((x) => x.code)).toEqual(['seat-limit']);
    expect(seats[0]!.findings[0]!.message).toContain('3 new users with 98 already');
    const size = run('--json', '--max-size=100', f('file-too-large.csv'));
    expect(size.status).toBe(1);
    expect((JSON.parse(size.stdout) as JsonFile[])[0]!.findings.map((x) => x.code)).toEqual([
      'file-too-large',
    ]);
  }, 30_000);

  it('prints readable findings without --json', () => {
    const r = run(f('invalid-email.csv'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('invalid-email.csv: 9 error(s)');
    expect(r.stdout).toContain(
      'row 3, Email: “jane@@acme.com” is not a valid email address: it has more than one @.',
    );
  }, 30_000);

  it.each([
    [[]],
    [['--bogus', f('clean.csv')]],
    [['--seats-used', 'many', f('clean.csv')]],
    [[f('nope.csv')]],
  ])(
    'exits 2 on bad usage %j',
    (args) => {
      const r = run(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/check-csv: /);
      expect(r.stdout).toBe('');
    },
    30_000,
  );
});
