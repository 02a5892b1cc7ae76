/**
 * One bad part cannot break the panel: a section that throws shows a sentence in
 * the user's language and "reset this section" while the other sections keep
 * working; a throw in the panel itself or in an extension page (options) shows a
 * page-level sentence and a reset. The checklist import refuses a file by its
 * size before reading it.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ShownPage } from '@/lib/background/tab-pages';
import type { PanelChannel } from '@/lib/panel/channel';

/** What the mocked parts do: throw, or render a marker. */
const broken = { credentials: false, header: false };
vi.mock('@/components/credentials/CredentialsSection', () => ({
  CredentialsSection: () => {
    if (broken.credentials) throw new TypeError("Cannot read properties of undefined (reading 'clientId')");
    return <section data-testid="credentials-marker">credentials</section>;
  },
}));
vi.mock('@/components/panel/PageHeader', () => ({
  PageHeader: () => {
    if (broken.header) throw new TypeError('header failed');
    return <header data-testid="header-marker">header</header>;
  },
}));
const sent: Array<[string, unknown]> = [];
vi.mock('@/lib/messaging/send', () => ({
  sendToBackground: vi.fn(async (type: string, payload: unknown) => {
    sent.push([type, payload]);
    return { ok: true, count: 1 };
  }),
}));

const { PanelApp } = await import('@/components/panel/PanelApp');
const { OptionsPage } = await import('@/components/options/OptionsPage');
const { ChecklistSection } = await import('@/components/checklist/ChecklistSection');
const { I18nProvider } = await import('@/components/i18n/I18nProvider');
const { emptyStore } = await import('@/lib/checklist/progress');

const PAGE: ShownPage = { app: 'marketo', page: 'marketo-actions-config', frameId: 0, fromFrame: false };
const quiet = (page: ShownPage): PanelChannel => ({
  page,
  unread: [],
  subscribe: () => () => {},
  close() {},
});

function renderPanel(locale: 'fr' | 'de' | 'en' = 'fr') {
  return render(
    <PanelApp channel={quiet(PAGE)} initial={{ locale, ui: { collapsed: false, width: 380 } }} />,
  );
}

beforeEach(() => {
  broken.credentials = false;
  broken.header = false;
  sent.length = 0;
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en', getMessage: () => '' });
  // React reports the errors it caught; the tests look at what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('a section that throws', () => {
  it('shows a sentence in the user’s language and a reset, while the other sections keep working', async () => {
    broken.credentials = true;
    renderPanel('fr');
    const failed = await screen.findByTestId('recover-credentials');
    expect(failed).toHaveAttribute('role', 'alert');
    expect(failed).toHaveTextContent(
      'Identifiants a cessé de fonctionner à cause d’une erreur. Le reste du panneau fonctionne toujours',
    );
    // Never the error itself.
    expect(failed).not.toHaveTextContent(/TypeError|clientId|undefined/);
    const reset = within(failed).getByRole('button', { name: 'Réinitialiser cette section' });
    // The other sections are there and work.
    expect(
      screen.getByRole('heading', { name: 'Guide de configuration des actions Sales Insight' }),
    ).toBeVisible();
    expect(screen.getByTestId('csv-section')).toBeVisible();
    expect(screen.getByTestId('report-page-open')).toBeEnabled();
    expect(screen.getByTestId('header-marker')).toBeVisible();

    // Still broken: reset shows the sentence again. Fixed: reset brings the section back.
    fireEvent.click(reset);
    expect(await screen.findByTestId('recover-credentials')).toBeVisible();
    broken.credentials = false;
    fireEvent.click(within(screen.getByTestId('recover-credentials')).getByRole('button'));
    expect(await screen.findByTestId('credentials-marker')).toBeVisible();
    expect(screen.queryByTestId('recover-credentials')).toBeNull();
  });

  it('leaves the checklist working: its buttons still act', async () => {
    broken.credentials = true;
    renderPanel('en');
    await screen.findByTestId('recover-credentials');
    fireEvent.click(screen.getByTestId('checklist-export'));
    expect(screen.getByTestId('csv-section')).toBeVisible();
  });
});

describe('a throw outside the sections', () => {
  it('shows the page-level sentence and a reset in the panel', async () => {
    broken.header = true;
    renderPanel('de');
    const failed = await screen.findByTestId('recover-page');
    expect(failed).toHaveTextContent('Diese Seite funktioniert wegen eines Fehlers nicht mehr.');
    broken.header = false;
    fireEvent.click(within(failed).getByRole('button', { name: 'Diese Seite zurücksetzen' }));
    expect(await screen.findByTestId('header-marker')).toBeVisible();
  });

  it('shows the page-level sentence in the options page, and the reset brings the options back', async () => {
    await fakeBrowser.storage.local.set({
      settings: { locale: 'ja', clipboardClearSeconds: 30, carryMinutes: 10, panelPlace: 'page' },
    });
    Object.assign(fakeBrowser.i18n, {
      getUILanguage: () => {
        throw new Error('i18n unavailable');
      },
    });
    render(<OptionsPage />);
    const failed = await screen.findByTestId('recover-page');
    expect(failed).toHaveTextContent('このページはエラーのため動作を停止しました。');
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'ja' });
    fireEvent.click(within(failed).getByRole('button', { name: 'このページをリセット' }));
    expect(await screen.findByTestId('options-locale')).toBeVisible();
  });
});

describe('importing progress', () => {
  const report = { app: 'marketo', page: 'marketo-actions-config', frameId: 0 } as const;

  it('refuses a file over 1 MB by its size, without reading it or sending it', async () => {
    render(
      <I18nProvider locale="sv">
        <ChecklistSection report={report} store={emptyStore()} unread={[]} />
      </I18nProvider>,
    );
    const big = new File([new Uint8Array(1_500_000)], 'progress.json', { type: 'application/json' });
    const read = vi.spyOn(big, 'text');
    const buffer = vi.spyOn(big, 'arrayBuffer');
    await act(async () => {
      fireEvent.change(screen.getByTestId('checklist-import'), { target: { files: [big] } });
    });
    expect(screen.getByTestId('checklist-note')).toHaveTextContent('1500');
    expect(screen.getByTestId('checklist-note')).toHaveTextContent('Inget har ändrats.');
    expect(read).not.toHaveBeenCalled();
    expect(buffer).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('reads and sends a file within the limit', async () => {
    render(
      <I18nProvider locale="en">
        <ChecklistSection report={report} store={emptyStore()} unread={[]} />
      </I18nProvider>,
    );
    const small = new File(['{"format":"x"}'], 'progress.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(screen.getByTestId('checklist-import'), { target: { files: [small] } });
    });
    await waitFor(() => expect(sent).toEqual([['checklist:import', { text: '{"format":"x"}' }]]));
  });
});
