/**
 * Reading bytes right: encodings, `sep=`, delimiter choice, line breaks,
 * streaming over chunks, progress, cancellation and yielding.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkCsv } from '@/lib/csv';
import { chooseDelimiter, detectNewline, readSepLine } from '@/lib/csv/dialect';
import { ChunkDecoder } from '@/lib/csv/encoding';
import { chunked, codes, fixture, utf8 } from './helpers';

describe('encoding', () => {
  it('decodes UTF-8 split inside multi-byte characters without U+FFFD', () => {
    const bytes = utf8('Prénom,名前,😀\n');
    const d = new ChunkDecoder('utf-8');
    let text = '';
    for (let i = 0; i < bytes.length; i++) text += d.decode(bytes.subarray(i, i + 1), false);
    text += d.decode(new Uint8Array(0), true);
    expect(text).toBe('Prénom,名前,😀\n');
    expect(d.fellBack).toBe(false);
  });

  it('falls back to Windows-1252 at the first invalid byte, even after the first megabyte', async () => {
    const head = 'Email\n' + 'ascii.user@acme.com\n'.repeat(60_000);
    const tail = Uint8Array.from([...utf8('fran'), 0xe7, ...utf8('ois@acme.fr\n')]);
    const bytes = new Uint8Array([...utf8(head), ...tail]);
    const r = await checkCsv(bytes, { keepRows: true, maxBytes: 10e6 });
    expect(r.encoding).toBe('windows-1252');
    expect(codes(r).filter((c) => !c.startsWith('seat-limit') && !c.startsWith('duplicate'))).toEqual([
      'encoding-fallback',
      `invalid-email@${r.keptRows.length + 1}`,
    ]);
    expect(r.keptRows.at(-1)!.cells[0]).toBe('françois@acme.fr');
  });

  it('reads UTF-16 split at odd byte boundaries', async () => {
    const bytes = fixture('encoding-utf16.csv');
    const whole = await checkCsv(bytes, { keepRows: true });
    const pieces = await checkCsv(chunked(bytes, 3), { keepRows: true });
    expect(pieces.keptRows).toEqual(whole.keptRows);
    expect(whole.keptRows[0]!.cells).toEqual(['bjorn@acme.se', 'Björn', 'Åström']);
  });

  it('strips the BOM from the first header', async () => {
    const r = await checkCsv(fixture('utf8-bom.csv'));
    expect(r.headers[0]).toBe('Email');
    expect(r.mapping[0]).toBe('email');
  });
});

describe('sep= line, line breaks and delimiter', () => {
  it('reads Excel sep= lines', () => {
    expect(readSepLine('sep=;\r\nEmail')).toEqual({ delimiter: ';', length: 7 });
    expect(readSepLine('SEP=|\nEmail')).toEqual({ delimiter: '|', length: 6 });
    expect(readSepLine('"sep=,"\nEmail')).toEqual({ delimiter: ',', length: 8 });
    expect(readSepLine('Email,sep=;\n')).toBeNull();
  });

  it('does not count the sep= line as a row', async () => {
    const r = await checkCsv(utf8('sep=;\nEmail;Name\nbad;X\n'));
    expect(codes(r)).toEqual(['sep-line', 'delimiter', 'invalid-email@2']);
    expect(r.headerRow).toBe(1);
  });

  it('honours sep= even when the lines suggest another delimiter', async () => {
    const r = await checkCsv(utf8('sep=,\nEmail,Note\na@acme.com,"x;y;z"\n'));
    expect(r.delimiter).toBe(',');
  });

  it.each([
    ['a\nb\n', '\n'],
    ['a\r\nb\r\n', '\r\n'],
    ['a\rb\r', '\r'],
    ['a\r\nb\r\nc\n', '\r\n'],
  ])('detects the line break of %j', (text, nl) => {
    expect(detectNewline(text)).toBe(nl);
  });

  it('chooses ; by the expected headers where papaparse guesses ,', async () => {
    // "Nom, prénom" cells hold one comma each, and Excel left out empty last cells.
    const text = [
      'E-mail;Nom, prénom;Équipe',
      ...Array.from({ length: 20 }, (_, i) =>
        i % 2 ? `u${i}@acme.fr;Curie, Marie` : `u${i}@acme.fr;Dupont, Jean;Ventes`,
      ),
    ].join('\n');
    expect(Papa.parse(text).meta.delimiter).toBe(',');
    const r = await checkCsv(utf8(text));
    expect(r.delimiter).toBe(';');
    expect(r.mapping).toEqual(['email', null, 'team']);
  });

  it('chooses ; by consistency over all rows, not the first lines', () => {
    // The first 12 lines split evenly on commas too (decimal commas); later lines do not.
    const sample =
      'Ref;Score\n' +
      'A;1,5\n'.repeat(12) +
      Array.from({ length: 40 }, (_, i) => `B${i};${i % 3 ? '2' : '2,25,1'}\n`).join('');
    expect(chooseDelimiter(sample, '\n', true).delimiter).toBe(';');
  });

  it('with one candidate present: takes it only where it splits a record, however far in', () => {
    // Semicolons only inside quoted cells of a one-column file, for 4 kB and more: not a delimiter.
    const quoted = 'Email\n' + '"a@acme.com; b@acme.com"\n'.repeat(400);
    expect(chooseDelimiter(quoted, '\n', true).delimiter).toBe(',');
    // The same, then a record that the semicolon does split, past the first probes.
    expect(chooseDelimiter(`${quoted}c@acme.com;Carol\n`, '\n', true).delimiter).toBe(';');
    // A quoted cell full of semicolons, longer than the first probe (still open where it ends).
    const long = `Note\n"${'x;'.repeat(1500)}"\n`;
    expect(chooseDelimiter(long, '\n', true).delimiter).toBe(',');
    expect(chooseDelimiter(`${long}a@acme.com;A\n`, '\n', true).delimiter).toBe(';');
  });

  it('uses the expected headers to decide', () => {
    const sample = 'Email|Team\na@acme.com|x,y\nb@acme.com|x,y\n';
    expect(chooseDelimiter(sample, '\n', true).delimiter).toBe('|');
  });

  it.each([
    ['\t', 'Email\tName\na@acme.com\tA\n'],
    ['|', 'Email|Name\na@acme.com|A\n'],
    [',', 'Email\na@acme.com\n'],
    [',', 'Email\n"Doe, Jane <a@acme.com>"\n'],
  ])('chooses %j', async (delimiter, text) => {
    expect((await checkCsv(utf8(text))).delimiter).toBe(delimiter);
  });

  it('reads mixed \\r\\n and \\n line breaks without stray \\r', async () => {
    const r = await checkCsv(utf8('Email,Name\na@acme.com,A\r\nb@acme.com,B\nc@acme.com,C\n'), {
      keepRows: true,
    });
    expect(r.keptRows.map((k) => k.cells[1])).toEqual(['A', 'B', 'C']);
  });

  it('counts a quoted cell spanning lines as one row', async () => {
    const r = await checkCsv(utf8('Email,Note\na@acme.com,"line 1\nline 2\nline 3"\nbad,x\n'));
    expect(codes(r)).toEqual(['unknown-column@1', 'invalid-email@3']);
    expect(r.rows).toBe(2);
  });
});

describe('streaming', () => {
  const big = () => {
    const lines = ['Email,First Name,Note'];
    for (let i = 0; i < 30_000; i++) lines.push(`user${i}@acme.com,User ${i},"a, ""quoted""\nnote"`);
    lines.push('bad address,X,y', 'user7@acme.com,Dup,z');
    return utf8(lines.join('\r\n') + '\r\n');
  };

  it('gives the same report for any chunking of the bytes', async () => {
    const bytes = big();
    const whole = await checkCsv(bytes, { maxBytes: 1e8, seatLimit: 1e6 });
    for (const size of [1 << 16, 1000, 7]) {
      const r = await checkCsv(chunked(bytes, size), { maxBytes: 1e8, seatLimit: 1e6 });
      expect(codes(r), `chunks of ${size}`).toEqual(codes(whole));
      expect(r.rows).toBe(whole.rows);
    }
    expect(codes(whole)).toEqual(['unknown-column@1', 'invalid-email@30002', 'duplicate-email@30003']);
  });

  it('reads a Blob (a File from the drop zone)', async () => {
    const r = await checkCsv(new Blob([fixture('delimiter.csv')]));
    expect(r.delimiter).toBe(';');
    expect(r.rows).toBe(2);
  });

  it('stops at the size limit when the size is not known beforehand', async () => {
    const r = await checkCsv(chunked(big(), 4096), { maxBytes: 50_000 });
    expect(codes(r)).toEqual(['file-too-large']);
  });

  it('reports progress and yields to the event loop', async () => {
    const bytes = new Uint8Array(
      utf8('Email\n' + Array.from({ length: 200_000 }, (_, i) => `u${i}@acme.com`).join('\n')),
    );
    const progress: number[] = [];
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    const r = await checkCsv(bytes, { maxBytes: 1e8, onProgress: (p) => progress.push(p.bytes) });
    expect(timerRan).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(r.rows).toBe(200_000);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const bytes = utf8('Email\n' + 'u@acme.com\n'.repeat(300_000));
    const run = checkCsv(bytes, {
      maxBytes: 1e8,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toThrow(/abort/i);
  });

  it('keeps only the rows asked for', async () => {
    const r = await checkCsv(big(), { maxBytes: 1e8, keepRows: 5 });
    expect(r.keptRows.map((k) => k.row)).toEqual([2, 3, 4, 5, 6]);
    expect(r.keptRows[0]!.cells[2]).toBe('a, "quoted"\nnote');
    expect(r.keptRowsTruncated).toBe(true);
  });

  it('caps stored findings per code but counts them all', async () => {
    const bytes = utf8('Email\n' + 'same@acme.com\n'.repeat(3000));
    const r = await checkCsv(bytes, { maxFindingsPerCode: 100 });
    const group = r.groups.find((g) => g.code === 'duplicate-email')!;
    expect(group.count).toBe(2999);
    expect(group.findings).toHaveLength(100);
    expect(group.truncated).toBe(true);
    expect(r.counts.error).toBe(2999);
  });
});
