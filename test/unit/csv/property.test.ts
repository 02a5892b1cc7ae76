/** Property tests: no input throws or hangs; what we write reads back the same. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFixedCsv, buildReportCsv, checkCsv, formatFinding } from '@/lib/csv';
import { chunked, utf8 } from './helpers';

/** Bytes that look like CSV often enough to reach the row rules. */
const csvish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ',',
        ';',
        '\t',
        '|',
        '"',
        '\r',
        '\n',
        '\r\n',
        ' ',
        '@',
        '.',
        '=',
        'sep=;',
        'Email',
        'a@b.co',
      ),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => utf8(parts.join('')));

const anyBytes = fc.oneof(csvish, fc.uint8Array({ maxLength: 300 }));

describe('properties', () => {
  it('never throws on any bytes, in any chunking, and every finding has a message', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, fc.integer({ min: 1, max: 64 }), async (bytes, size) => {
        const whole = await checkCsv(bytes, { keepRows: true });
        const pieces = await checkCsv(chunked(bytes, size), { keepRows: true });
        expect(pieces.findings.map((f) => [f.code, f.row])).toEqual(
          whole.findings.map((f) => [f.code, f.row]),
        );
        expect(whole.ok).toBe(whole.counts.error === 0);
        for (const f of whole.findings) {
          // Values from the file may contain braces; the template's own placeholders must all be filled.
          let text = formatFinding(f, 'sv');
          for (const v of [f.column, ...Object.values(f.params)])
            if (v !== undefined) text = text.split(String(v)).join('');
          expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
        }
        await buildFixedCsv(bytes, whole, { keepErrorRows: true, neutraliseFormulas: true });
        buildReportCsv(whole, 'ja');
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reads back any table written as CSV, with any delimiter', async () => {
    const cell = fc.string({ maxLength: 12 }).filter((s) => s.trim() === s && !s.includes('\ufeff'));
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 5 })
          .chain((w) =>
            fc.tuple(
              fc.constant(w),
              fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 }),
            ),
          ),
        fc.constantFrom(',', ';', '\t', '|'),
        async ([width, rows], delimiter) => {
          const header = Array.from({ length: width }, (_, i) => (i === 0 ? 'Email' : `Col${i}`));
          const data = rows.filter((r) => r.some((c) => c !== ''));
          const quote = (c: string) =>
            c.includes(delimiter) || /["\r\n]|^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
          const text = [header, ...data].map((r) => r.map(quote).join(delimiter) + '\r\n').join('');
          const r = await checkCsv(utf8(`sep=${delimiter}\n${text}`), { keepRows: true });
          expect(r.headers).toEqual(header);
          expect(r.keptRows.map((k) => k.cells)).toEqual(data);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('reads a quote that never closes line by line when every line is a row (no time limit here: see bench:csv)', async () => {
    const bytes = utf8('Email,Note\na@acme.com,"' + 'x,y\n'.repeat(200_000));
    const r = await checkCsv(bytes);
    expect(r.findings.map((f) => f.code)).toContain('quote-recovered');
    expect(r.rows).toBe(200_000);
  });
});
