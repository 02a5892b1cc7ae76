/**
 * Every failure in words the admin can act on: no reason code in any message,
 * in any locale, and every code that can reach the panel has a sentence of
 * its own. The codes are collected from the sources that produce them, so a
 * new `notFound('…')` or `reason: '…'` without a sentence makes this fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CredentialsSection } from '@/components/credentials/CredentialsSection';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import type { ShownPage } from '@/lib/background/tab-pages';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { knowsReason, type ReasonContext, reasonKey, storeKey } from '@/lib/i18n/reasons';
import { createTranslator } from '@/lib/i18n/translate';
import type { PanelChannel } from '@/lib/panel/channel';

const ROOT = path.resolve(__dirname, '../../..');
const source = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Kebab-case and single-word codes a source answers with: notFound('…'), reason: '…', `'…' satisfies …Reason`. */
function codesIn(...files: string[]): string[] {
  const codes = new Set<string>();
  const patterns = [
    /notFound(?:<[^>]*>)?\(\s*'([a-z][a-z-]*)'/g,
    /reason:\s*'([a-z][a-z-]*)'/g,
    /'([a-z][a-z-]*)' satisfies \w*Reason/g,
  ];
  for (const file of files) {
    const text = source(file);
    for (const re of patterns) for (const m of text.matchAll(re)) codes.add(m[1]!);
  }
  return [...codes].sort();
}

/** The codes of a string-literal union type (`export type X = | 'a' | 'b'`). */
function unionMembers(file: string, name: string): string[] {
  const text = source(file);
  const start = text.indexOf(`export type ${name} =`);
  const end = text.indexOf(';', start);
  return [...text.slice(start, end).matchAll(/'([a-z][a-z-]*)'/g)].map((m) => m[1]!);
}

const READ_CODES = [
  ...codesIn('lib/features/credentials/background.ts'),
  ...unionMembers('lib/pages/marketo/actions-config/readers.ts', 'CredentialsFailure'),
];
const FILL_CODES = [
  ...codesIn(
    'lib/features/credentials/background.ts',
    'lib/features/credentials/agent-read.ts',
    'lib/features/credentials/agent-fill.ts',
  ),
  ...unionMembers('lib/pages/sales/marketo-settings/credentials.ts', 'CredentialFieldsReason'),
];
const SWAP_CODES = unionMembers('lib/features/csv/protocol.ts', 'ReplaceResult').filter(
  (c) => c !== 'replaced',
);
const ALL_CODES = [...new Set([...READ_CODES, ...FILL_CODES, ...SWAP_CODES])];

/** A code shown as such: the whole token, not part of a longer word. */
const showsCode = (text: string, code: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}-])${code}($|[^\\p{L}\\p{N}-])`, 'u').test(text);

describe('reason codes never reach the user', () => {
  it('the sources were read (the collected codes are the ones the panel can get)', () => {
    expect(READ_CODES).toEqual(expect.arrayContaining(['masked-unrevealable', 'no-tab', 'not-visible']));
    expect(FILL_CODES).toEqual(
      expect.arrayContaining(['no-form', 'ambiguous', 'not-accepted', 'nothing-carried']),
    );
    expect([...SWAP_CODES].sort()).toEqual(['no-dialog', 'no-file-input', 'stale', 'unsupported']);
  });

  it.each<[ReasonContext, string[]]>([
    ['read', READ_CODES],
    ['copy', READ_CODES],
    ['fill', FILL_CODES],
    ['swap', SWAP_CODES],
  ])('every code that can reach "%s" has a sentence of its own', (context, codes) => {
    const missing = codes.filter((code) => !knowsReason(context, code));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s: no message holds a {reason} placeholder or a multi-word code', (locale) => {
    const catalog = CATALOGS[locale] as Record<string, string>;
    for (const [key, text] of Object.entries(catalog)) {
      expect(text, `${locale}.${key}`).not.toMatch(/\{(reason|code)\}/);
      for (const code of ALL_CODES.filter((c) => c.includes('-'))) {
        expect(showsCode(text, code), `${locale}.${key} shows ${code}`).toBe(false);
      }
    }
  });

  it.each(LOCALES)('%s: each reason sentence is a sentence in that language, not the code', (locale) => {
    const t = createTranslator(locale);
    for (const [context, codes] of [
      ['read', READ_CODES],
      ['fill', FILL_CODES],
      ['swap', SWAP_CODES],
      ['file', ['NotReadableError', 'SecurityError', 'AbortError', 'error']],
    ] as Array<[ReasonContext, string[]]>) {
      for (const code of [...codes, 'something-new']) {
        const text = t(reasonKey(context, code));
        expect(text.length, `${context}/${code}`).toBeGreaterThan(20);
        expect(showsCode(text, code), `${locale} ${context}/${code}: ${text}`).toBe(false);
        expect(text).toMatch(/[.。]$/);
      }
    }
  });

  it('the example: a Set Up form with no fields says where to go and what to press', () => {
    expect(createTranslator('en')(reasonKey('fill', 'no-form'))).toBe(
      'No Client ID and Client Secret fields on this page. Open the Set Up tab of Admin Settings › Marketo, then press Fill credentials again.',
    );
    expect(createTranslator('fr')(reasonKey('fill', 'no-form'))).toContain('Remplir les identifiants');
  });

  it('storage items are named in words', () => {
    const t = createTranslator('de');
    expect(t(storeKey('local:settings'))).toBe('Ihre Optionen');
    expect(t(storeKey('local:somethingElse'))).toBe('einige gespeicherte Daten');
  });

  it('no component passes a code into a message', () => {
    const files = [
      'components/credentials/CredentialsSection.tsx',
      'components/csv/CsvSection.tsx',
      'components/csv/CsvChecker.tsx',
      'components/panel/PanelApp.tsx',
    ];
    for (const file of files) expect(source(file), file).not.toMatch(/\{\s*reason:/);
  });
});

describe('the credentials section shows failures as sentences', () => {
  const TARGET: ShownPage = { app: 'sales', page: 'sales-marketo-settings', frameId: 0, fromFrame: false };
  const SOURCE: ShownPage = { app: 'marketo', page: 'marketo-actions-config', frameId: 0, fromFrame: false };
  const channel = (page: ShownPage): PanelChannel => ({
    page,
    unread: [],
    subscribe: () => () => {},
    close() {},
  });
  const CARRIED = {
    state: 'carried',
    clientIdTail: 'a5b0',
    secretTail: 'kL8x',
    expiresAt: Date.now() + 600_000,
    keepUntilExpiry: false,
  };

  afterEach(() => vi.restoreAllMocks());

  function answer(responses: Record<string, unknown>) {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
      (async (message: { type: string }) => responses[message.type] ?? { ok: true }) as never,
    );
  }

  function renderIn(locale: Locale, page: ShownPage) {
    return render(
      <I18nProvider locale={locale}>
        <CredentialsSection report={page} channel={channel(page)} />
      </I18nProvider>,
    );
  }

  it.each(FILL_CODES.map((code) => [code] as const))(
    'fill fails with %s: a sentence, no code',
    async (code) => {
      answer({
        'credentials:status': CARRIED,
        'credentials:fill-preview': { ok: false, reason: code },
      });
      renderIn('en', TARGET);
      const fill = await screen.findByTestId('credentials-fill');
      await act(async () => fill.click());
      const problem = await screen.findByTestId('credentials-problem');
      expect(problem.textContent).toBe(createTranslator('en')(reasonKey('fill', code)));
      expect(showsCode(document.body.textContent ?? '', code)).toBe(false);
    },
  );

  it.each(['es', 'ja', 'de'] as const)(
    'read fails (masked secret) in %s: the sentence of that language',
    async (locale) => {
      answer({
        'credentials:read': { ok: false, reason: 'masked-unrevealable' },
        'credentials:status': { state: 'none' },
      });
      renderIn(locale, SOURCE);
      await waitFor(() =>
        expect(screen.getByTestId('credentials-status')).toHaveAttribute('data-state', 'error'),
      );
      const problem = screen.getByTestId('credentials-problem');
      expect(problem.textContent).toBe(createTranslator(locale)('reasonMaskedUnrevealable'));
      expect(document.body.textContent).not.toContain('masked-unrevealable');
    },
  );
});
