import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCsv, FINDING_CODES, type Finding, formatFinding, INVALID_EMAIL_REASONS } from '@/lib/csv';
import { LOCALES as CSV_LOCALES } from '@/lib/i18n/locales';
import { FINDING_TEXTS as CSV_CATALOGUES } from '@/lib/i18n/messages/findings';
import { FIXTURES, fixture } from './helpers';

const OPTIONS: Record<string, Parameters<typeof checkCsv>[1]> = {
  'file-too-large.csv': { maxBytes: 100 },
  'seat-limit.csv': { seatsUsed: 98 },
  'existing-user.csv': { existingEmails: ['jane.doe@acme.com'] },
};

async function allFixtureFindings(): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const name of readdirSync(FIXTURES).filter((n) => /\.(csv|xlsx?)$/.test(n))) {
    out.push(...(await checkCsv(fixture(name), OPTIONS[name])).findings);
  }
  return out;
}

describe('messages', () => {
  it.each(CSV_LOCALES)('%s has a template for every code, reason, delimiter and file kind', (locale) => {
    const c = CSV_CATALOGUES[locale];
    for (const { code } of FINDING_CODES) expect(c.codes[code], code).toBeTruthy();
    for (const reason of INVALID_EMAIL_REASONS) expect(c.reasons[reason], reason).toBeTruthy();
    expect(Object.values(c.delimiters).every(Boolean)).toBe(true);
  });

  it('non-English templates are translated (not copies of English)', () => {
    for (const locale of CSV_LOCALES.filter((l) => l !== 'en')) {
      const same = FINDING_CODES.filter(
        ({ code }) => CSV_CATALOGUES[locale].codes[code] === CSV_CATALOGUES.en.codes[code],
      );
      expect(same, locale).toEqual([]);
    }
  });

  it('fills every placeholder of every fixture finding in every language', async () => {
    const findings = await allFixtureFindings();
    expect(new Set(findings.map((f) => f.code)).size).toBe(FINDING_CODES.length);
    for (const locale of CSV_LOCALES) {
      for (const f of findings) {
        const text = formatFinding(f, locale);
        expect(text, `${locale} ${f.code}`).not.toMatch(/\{\w+\}|undefined|NaN/);
      }
    }
  });

  it('states the reason and the first occurrence', () => {
    const invalid: Finding = {
      code: 'invalid-email',
      severity: 'error',
      row: 3,
      column: 'Email',
      params: { value: 'jane＠acme.com', reason: 'fullwidth-at' },
    };
    expect(formatFinding(invalid, 'en')).toBe(
      '“jane＠acme.com” is not a valid email address: it uses the full-width ＠ instead of @.',
    );
    expect(formatFinding(invalid, 'ja')).toContain('全角');
    const dup: Finding = {
      code: 'duplicate-email',
      severity: 'error',
      row: 9,
      params: { address: 'a@acme.com', firstRow: 4 },
    };
    expect(formatFinding(dup, 'de')).toBe(
      'a@acme.com steht bereits in Zeile 4: Diese Zeile ist ein Duplikat.',
    );
    expect(formatFinding(dup, 'zh_CN')).toContain('第 4 行');
  });

  it('formats sizes and delimiter names for the locale', () => {
    const big: Finding = {
      code: 'file-too-large',
      severity: 'error',
      params: { size: 12_897_484, max: 10_485_760 },
    };
    expect(formatFinding(big, 'en')).toContain('12.3 MB, over the limit of 10 MB');
    expect(formatFinding(big, 'fr')).toContain('12,3 MB');
    const delim: Finding = { code: 'delimiter', severity: 'info', params: { delimiter: '\t' } };
    expect(formatFinding(delim, 'es')).toBe('Las columnas están separadas por tabulaciones, no por comas.');
  });
});
