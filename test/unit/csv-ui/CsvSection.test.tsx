import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvSection } from '@/components/csv/CsvSection';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { csvReplace, csvVerdict, usersContext } from '@/lib/agent/sales-guards';
import { watchPage } from '@/lib/agent/watch-page';
import type { ShownPage } from '@/lib/background/tab-pages';
import type { Locale } from '@/lib/i18n/locales';
import type { Handlers } from '@/lib/messaging/receive';
import { routeMessage } from '@/lib/messaging/route';
import type { PanelChannel } from '@/lib/panel/channel';
import type { PanelEvent } from '@/lib/panel/events';
import { chooseFile, installDataTransfer } from './file-list';

const ANYWHERE: ShownPage = { app: null, page: 'unknown', frameId: 0, fromFrame: false };
const USERS: ShownPage = { app: 'sales', page: 'sales-user-management', frameId: 0, fromFrame: false };

/** A port to the background on which nothing arrives. */
const quiet = (page: ShownPage): PanelChannel => ({
  page,
  unread: [],
  subscribe: () => () => {},
  close() {},
});

const MESSY = [
  'Email,First name,Last name',
  ' ann@acme.com ,Ann,Lee',
  'not-an-email,Bad,Row',
  'ann@acme.com,Ann,Dup',
  '',
  'Bo <bo@acme.com>,=cmd,Ok',
].join('\n');
const CLEAN = 'Email,First name\nann@acme.com,Ann\nbo@acme.com,Bo\n';

function renderSection(report = ANYWHERE, locale: Locale = 'en', channel = quiet(report)) {
  return render(
    <I18nProvider locale={locale}>
      <CsvSection report={report} channel={channel} />
    </I18nProvider>,
  );
}

const csvFile = (text: string | Uint8Array, name = 'users.csv') =>
  new File([text as BlobPart], name, { type: 'text/csv' });

function choose(file: File) {
  fireEvent.change(screen.getByTestId('csv-file-input'), { target: { files: [file] } });
}

async function reportOf(ok: 'true' | 'false') {
  const report = screen.getByTestId('csv-report');
  await waitFor(() => expect(report).toHaveAttribute('data-ok', ok));
  return report;
}

/** Captures what the download buttons save (URL.createObjectURL + <a download>.click). */
function captureDownloads() {
  const saved: Array<{ name: string; blob: Blob }> = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) saved.push({ name: this.download, blob: last });
  });
  return saved;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('CsvSection: the drop zone and the report', () => {
  it('keeps every hook in the DOM before any file, with nothing to act on', () => {
    renderSection();
    expect(screen.getByTestId('csv-dropzone')).toBeInTheDocument();
    const report = screen.getByTestId('csv-report');
    expect(report).not.toBeVisible();
    expect(report).not.toHaveAttribute('data-ok');
    expect(screen.getByTestId('csv-download-fixed')).toBeDisabled();
    expect(screen.getByTestId('csv-download-report')).toBeDisabled();
    expect(screen.getByTestId('csv-use-fixed')).toBeDisabled();
    expect(screen.getByTestId('csv-upload-anyway')).toBeDisabled();
  });

  it('checks a chosen file: summary, mapping, findings grouped by code, bad cells marked', async () => {
    renderSection();
    choose(csvFile(MESSY));
    const report = await reportOf('false');
    expect(report).toBeVisible();
    expect(
      within(report).getByText('Errors found: fix them before uploading, or download the fixed file.'),
    ).toBeVisible();
    const count = (name: string) => report.querySelector(`[data-count="${name}"]`)?.textContent;
    expect(count('rows')).toBe('4');
    expect(count('error')).toBe('2');
    expect(screen.getByTestId('csv-encoding')).toHaveTextContent('UTF-8');
    expect(screen.getByTestId('csv-delimiter')).toHaveTextContent(/comma/i);
    expect(
      [...screen.getByTestId('csv-mapping').querySelectorAll('tbody tr')].map((tr) => tr.textContent),
    ).toEqual(['EmailEmail', 'First nameFirst name', 'Last nameLast name']);

    const codes = [...report.querySelectorAll('li[data-code]')].map(
      (li) => `${li.getAttribute('data-code')}@${li.getAttribute('data-row')}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        'invalid-email@3',
        'duplicate-email@4',
        'email-whitespace@2',
        'display-name-email@6',
        'formula-injection@6',
        'blank-row@5',
      ]),
    );
    const invalid = report.querySelector('li[data-code="invalid-email"]');
    expect(invalid).toHaveTextContent('Row 3');
    expect(invalid).toHaveTextContent('“not-an-email” is not a valid email address');

    const rows = screen.getByTestId('csv-grid');
    const row3 = rows.querySelector('tr[data-row="3"]');
    expect(row3?.querySelector('td[data-mark="error"]')).toHaveTextContent('not-an-email');
    expect(rows.querySelector('tr[data-row="6"] td:nth-of-type(2)')).toHaveAttribute('data-mark', 'warning');
    // Rows without problems are not listed.
    expect(rows.querySelector('tr[data-row="7"]')).toBeNull();
  });

  it('a good file passes, and findings speak the UI language', async () => {
    renderSection(ANYWHERE, 'fr');
    choose(csvFile('Email;Prénom\nann@acme.com;Ann\n'));
    const report = await reportOf('true');
    expect(report).toHaveTextContent('Aucune erreur : ce fichier peut être envoyé.');
    expect(report.querySelector('li[data-code="delimiter"]')).toHaveTextContent('points-virgules');
  });

  it('checks a dropped file; says so when text (not a file) is dropped', async () => {
    renderSection();
    const zone = screen.getByTestId('csv-dropzone');
    fireEvent.drop(zone, { dataTransfer: { files: [], types: ['text/plain'] } });
    expect(zone).toHaveTextContent('Drop a file (not text or a link) to check it.');
    fireEvent.drop(zone, { dataTransfer: { files: [csvFile(CLEAN, 'a.csv'), csvFile(MESSY, 'b.csv')] } });
    await reportOf('true');
    expect(zone).toHaveTextContent('Only one file is checked at a time: a.csv was checked.');
  });

  it('reports a spreadsheet or binary file instead of crashing', async () => {
    renderSection();
    choose(csvFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]), 'users.xlsx'));
    const report = await reportOf('false');
    expect(report.querySelector('li[data-code="not-text"]')).toHaveTextContent('Save As');
  });

  it('downloads the fixed CSV (safe by default; errors kept and formulas left only on request, with the risk said) and the report', async () => {
    const saved = captureDownloads();
    renderSection();
    choose(csvFile(MESSY));
    await reportOf('false');
    const download = screen.getByTestId('csv-download-fixed');
    await waitFor(() => expect(download).toBeEnabled());

    fireEvent.click(download);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('users-fixed.csv');
    expect(saved[0]?.blob.type).toBe('text/csv;charset=utf-8');
    expect(await saved[0]?.blob.text()).toBe(
      "Email,First name,Last name\r\nann@acme.com,Ann,Lee\r\nbo@acme.com,'=cmd,Ok\r\n",
    );
    expect(screen.getByTestId('csv-note')).toHaveTextContent(
      'Saved users-fixed.csv: 2 people to invite, 2 left out (listed above).',
    );
    // Who is left out, and why, was said before.
    const left = screen.getByTestId('csv-preview-left');
    expect([...left.querySelectorAll('li')].map((li) => li.getAttribute('data-reason'))).toEqual([
      'error',
      'duplicate',
    ]);
    expect(left).toHaveTextContent('“not-an-email” is not a valid email address');
    expect(left).toHaveTextContent('the same address as row 2');

    fireEvent.click(screen.getByTestId('csv-keep-errors'));
    fireEvent.click(screen.getByTestId('csv-neutralise'));
    expect(screen.getByTestId('csv-formula-risk')).toHaveTextContent('could run them as formulas');
    await waitFor(() =>
      expect(screen.getByTestId('csv-errors-risk')).toHaveTextContent('1 rows with errors'),
    );
    await waitFor(() => expect(download).toBeEnabled());
    fireEvent.click(download);
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(await saved[1]?.blob.text()).toBe(
      'Email,First name,Last name\r\nann@acme.com,Ann,Lee\r\nnot-an-email,Bad,Row\r\nbo@acme.com,=cmd,Ok\r\n',
    );

    fireEvent.click(screen.getByTestId('csv-download-report'));
    await waitFor(() => expect(saved).toHaveLength(3));
    expect(saved[2]?.name).toBe('users-report.csv');
    const bytes = new Uint8Array(await saved[2]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const report = new TextDecoder().decode(bytes.slice(3));
    expect(report.split('\r\n')[0]).toBe('Row,Column,Severity,Problem,Message,Code');
    // The same words as on screen: the plain heading and the message; the code last.
    expect(report).toContain('3,Email,Error,Invalid email addresses,');
    // The formula from the file is neutralised in the report too.
    expect(report).not.toMatch(/,=cmd/);
  });

  it('shows plain headings in the user’s language, with the code in a tooltip only', async () => {
    renderSection(ANYWHERE, 'de');
    choose(csvFile(MESSY));
    const report = await reportOf('false');
    const group = report.querySelector('details[data-group="duplicate-email"] summary');
    expect(group).toHaveTextContent('Doppelte E-Mail-Adressen');
    expect(group).not.toHaveTextContent('duplicate-email');
    expect(group).toHaveAttribute('title', 'duplicate-email');
  });

  it('asks before the swap about shared and personal addresses, and follows the choice', async () => {
    const saved = captureDownloads();
    renderSection();
    choose(csvFile('Email,Name\nzoe@acme.com,Zoe\ninfo@acme.com,Shared\nzoe.p@gmail.com,Private\n'));
    await reportOf('true');
    expect(screen.getByTestId('csv-choice-role')).toHaveTextContent('Shared mailboxes such as info@');
    expect(screen.getByTestId('csv-choice-personal')).toHaveTextContent(
      'Personal addresses such as gmail.com',
    );
    await waitFor(() =>
      expect(screen.getByTestId('csv-preview-summary')).toHaveTextContent(
        'The fixed file invites 1 people; 2 are left out.',
      ),
    );
    fireEvent.click(screen.getByTestId('csv-choice-personal-keep'));
    await waitFor(() =>
      expect(screen.getByTestId('csv-preview-summary')).toHaveTextContent(
        'The fixed file invites 2 people; 1 are left out.',
      ),
    );
    fireEvent.click(screen.getByTestId('csv-download-fixed'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(await saved[0]?.blob.text()).toBe('Email,Name\r\nzoe@acme.com,Zoe\r\nzoe.p@gmail.com,Private\r\n');
  });

  it('edits a cell in the grid: the row is checked again at once and turns green', async () => {
    renderSection();
    choose(csvFile(MESSY));
    await reportOf('false');
    const grid = screen.getByTestId('csv-grid');
    const row3 = () => grid.querySelector('tr[data-row="3"]')!;
    expect(row3()).toHaveAttribute('data-state', 'error');
    const cell = row3().querySelector('td[data-mark="error"]') as HTMLElement;
    expect(cell).toHaveTextContent('not-an-email');
    fireEvent.click(cell);
    fireEvent.keyDown(cell, { key: 'Enter' });
    const input = within(grid).getByRole('textbox', { name: 'Email, row 3' });
    fireEvent.change(input, { target: { value: 'bad.row@acme.com' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(row3()).toHaveAttribute('data-state', 'ok'));
    expect(row3().querySelector('[data-testid="csv-grid-status"]')).toHaveTextContent('Fixed');
    // Only the duplicate is an error now.
    expect(screen.getByTestId('csv-report').querySelector('[data-count="error"]')).toHaveTextContent('1');

    // "Fix all of this kind": the duplicate goes, and the file has no error left.
    fireEvent.click(screen.getByTestId('csv-fix-duplicates'));
    await reportOf('true');
    expect(grid.querySelector('tr[data-row="4"]')).toHaveAttribute('data-state', 'removed');
    fireEvent.click(screen.getByTestId('csv-undo-changes'));
    await reportOf('false');
  });

  it('moves between grid cells with the arrow keys, from one tab stop', async () => {
    renderSection();
    choose(csvFile(MESSY));
    await reportOf('false');
    const grid = screen.getByTestId('csv-grid');
    const focusable = grid.querySelectorAll('[tabindex="0"]');
    expect(focusable).toHaveLength(1);
    const first = focusable[0] as HTMLElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-cell', '0:1'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-cell', '1:1'));
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('closing the report drops it (and the file) from the panel', async () => {
    renderSection();
    choose(csvFile(CLEAN));
    await reportOf('true');
    fireEvent.click(screen.getByTestId('csv-clear'));
    expect(screen.getByTestId('csv-report')).not.toHaveAttribute('data-ok');
    expect(screen.getByTestId('csv-report')).not.toHaveTextContent('users.csv');
  });
});

/**
 * The panel and the Sales page's agent, wired as the background wires them: what the agent sends
 * (the file chosen in the dialog, the guard's state) arrives on the panel's port; the panel's
 * requests (verdict, replacement file, users) reach the agent's functions. Every message is
 * validated by the protocol's schemas on the way. The page is this jsdom document: the agent guards
 * its dialog, the panel renders beside it.
 */
function connectToAgent(frameId = 0): PanelChannel {
  const listeners = new Set<(event: PanelEvent) => void>();
  const channel: PanelChannel = {
    page: USERS,
    unread: [],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {},
  };
  const toPanel = (event: PanelEvent) => {
    for (const listener of listeners) listener(event);
  };
  const background: Handlers = {
    'agent:csv-file': (file) => {
      toPanel({ kind: 'csv-file', frameId, ...file });
      return { ok: true };
    },
    'agent:csv-state': ({ state }) => {
      toPanel({ kind: 'csv-state', frameId, state });
      return { ok: true };
    },
    'agent:reading': () => ({ ok: true }),
    'csv:verdict': ({ seq, action, label }) => ({ ok: csvVerdict(seq, action, label) }),
    'csv:replace': ({ seq, name, base64 }) => ({ result: csvReplace(seq, name, base64) }),
    'csv:users': () => usersContext(document),
  };
  const sender = { id: fakeBrowser.runtime.id, tab: { id: 1 } as never, frameId, url: location.href };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) =>
    routeMessage(background, { extensionId: fakeBrowser.runtime.id }, message, sender)) as never);
  watchPage('sales-user-management', document);
  return channel;
}

describe('CsvSection on the User Management page', () => {
  beforeEach(() => {
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en' });
  });
  afterEach(() => {
    watchPage(null, document);
  });

  /** A paginated user list (10 of 98 shown) in a layout of its own, and optionally the CSV dialog. */
  function userPage(withDialog: boolean) {
    const page = document.createElement('div');
    const title = document.createElement('h1');
    title.textContent = 'User Management';
    const pager = document.createElement('p');
    pager.textContent = 'Showing 1–2 of 98';
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const h of ['Name', 'Email']) {
      const th = document.createElement('th');
      th.textContent = h;
      head.append(th);
    }
    for (const [name, email] of [
      ['Jane Doe', 'jane.doe@acme.com'],
      ['Ola', 'ola@acme.com'],
    ]) {
      const tr = table.createTBody().insertRow();
      tr.insertCell().textContent = name as string;
      tr.insertCell().textContent = email as string;
    }
    page.append(title, pager, table);
    document.body.append(page);
    if (!withDialog) return null;
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Invite Users via CSV');
    const input = document.createElement('input');
    input.type = 'file';
    const next = document.createElement('button');
    next.type = 'button';
    next.textContent = 'Next';
    const presses = vi.fn();
    next.addEventListener('click', presses);
    dialog.append(input, next);
    document.body.append(dialog);
    return { dialog, input, next, presses };
  }

  it("counts seats from the page's own total and flags users already there", async () => {
    userPage(false);
    renderSection(USERS, 'en', connectToAgent());
    choose(csvFile('Email\nJane.Doe@acme.com\nn1@acme.com\nn2@acme.com\nn3@acme.com\n'));
    const report = await reportOf('false');
    expect(report.querySelector('[data-count="seats-used"]')).toHaveTextContent('98');
    expect(report.querySelector('li[data-code="existing-user"]')).toHaveTextContent(
      'Row 2Jane.Doe@acme.com is already a user of this instance.',
    );
    expect(report.querySelector('li[data-code="seat-limit"]')).toHaveTextContent(
      'Inviting 3 new users with 98 already in the instance makes 101',
    );
  });

  it('checks the file chosen in the dialog at once and holds Next until "upload anyway"', async () => {
    const d = userPage(true)!;
    installDataTransfer(window);
    renderSection(USERS, 'en', connectToAgent());
    expect(screen.getByTestId('csv-dialog')).not.toBeVisible();
    await act(async () => chooseFile(window, d.input, csvFile(MESSY)));
    await reportOf('false');
    await waitFor(() => expect(screen.getByTestId('csv-upload-anyway')).toBeEnabled());
    expect(screen.getByTestId('csv-dialog')).toBeVisible();
    d.next.click();
    expect(d.presses).not.toHaveBeenCalled();
    const marker = document.querySelector('msi-csv-hold')?.shadowRoot?.querySelector('.label');
    expect(marker?.textContent).toBe('CSV check: errors found (2). See the panel.');

    fireEvent.click(screen.getByTestId('csv-upload-anyway'));
    expect(screen.getByTestId('csv-dialog-status')).toHaveTextContent('Next is released');
    // The verdict reaches the page's agent through the background: the hold goes, Next works.
    await waitFor(() => expect(document.querySelector('msi-csv-hold')).toBeNull());
    d.next.click();
    expect(d.presses).toHaveBeenCalledTimes(1);
    expect(d.input.files?.[0]?.name).toBe('users.csv');
  });

  it('"Use the fixed file" puts the fixed file in the dialog, checks it again, and then releases Next', async () => {
    const d = userPage(true)!;
    installDataTransfer(window);
    renderSection(USERS, 'en', connectToAgent());
    await act(async () => chooseFile(window, d.input, csvFile(MESSY)));
    await reportOf('false');
    await waitFor(() => expect(screen.getByTestId('csv-use-fixed')).toBeEnabled());
    expect(screen.getByTestId('csv-dialog-preview')).toHaveTextContent(
      'The fixed file invites 2 people and leaves 2 out',
    );
    fireEvent.click(screen.getByTestId('csv-use-fixed'));
    await waitFor(() => expect(d.input.files?.[0]?.name).toBe('users-fixed.csv'));
    expect(await d.input.files?.[0]?.text()).toBe(
      "Email,First name,Last name\r\nann@acme.com,Ann,Lee\r\nbo@acme.com,'=cmd,Ok\r\n",
    );
    // The report is now of the file the dialog holds.
    await waitFor(() =>
      expect(screen.getByTestId('csv-report')).toHaveTextContent('Report for users-fixed.csv'),
    );
    await reportOf('true');
    await waitFor(() =>
      expect(screen.getByTestId('csv-dialog-status')).toHaveTextContent(
        'The fixed file users-fixed.csv is in the dialog and has no errors',
      ),
    );
    await waitFor(() => expect(document.querySelector('msi-csv-hold')).toBeNull());
    d.next.click();
    expect(d.presses).toHaveBeenCalledTimes(1);
  });

  it('a fixed file that still has errors is held like any other', async () => {
    const d = userPage(true)!;
    installDataTransfer(window);
    renderSection(USERS, 'en', connectToAgent());
    await act(async () => chooseFile(window, d.input, csvFile(MESSY)));
    await reportOf('false');
    await waitFor(() => expect(screen.getByTestId('csv-keep-errors')).toBeEnabled());
    fireEvent.click(screen.getByTestId('csv-keep-errors'));
    await waitFor(() => expect(screen.getByTestId('csv-errors-risk')).toBeInTheDocument());
    await waitFor(() => expect(screen.getByTestId('csv-use-fixed')).toBeEnabled());
    fireEvent.click(screen.getByTestId('csv-use-fixed'));
    await waitFor(() =>
      expect(screen.getByTestId('csv-dialog-status')).toHaveTextContent('still has errors'),
    );
    await reportOf('false');
    d.next.click();
    expect(d.presses).not.toHaveBeenCalled();
  });

  it('never swaps a fix into a dialog that got another file meanwhile (sequence number)', async () => {
    const d = userPage(true)!;
    installDataTransfer(window);
    renderSection(USERS, 'en', connectToAgent());
    await act(async () => chooseFile(window, d.input, csvFile(MESSY)));
    await reportOf('false');
    // The agent has file 1; a fix made from an older file (0) is refused.
    expect(csvReplace(0, 'old-fixed.csv', btoa('Email\r\nx@acme.com\r\n'))).toBe('stale');
    expect(d.input.files?.[0]?.name).toBe('users.csv');
  });

  it('lets a good file through, replaying a press on Next made during the check', async () => {
    const d = userPage(true)!;
    renderSection(USERS, 'en', connectToAgent());
    await act(async () => {
      chooseFile(window, d.input, csvFile(CLEAN));
      d.next.click();
    });
    await reportOf('true');
    await waitFor(() => expect(d.presses).toHaveBeenCalledTimes(1));
    expect(document.querySelector('msi-csv-hold')).toBeNull();
    d.next.click();
    expect(d.presses).toHaveBeenCalledTimes(2);
  });

  it('releases everything when the dialog closes', async () => {
    const d = userPage(true)!;
    renderSection(USERS, 'en', connectToAgent());
    await act(async () => chooseFile(window, d.input, csvFile(MESSY)));
    await reportOf('false');
    await waitFor(() => expect(document.querySelector('msi-csv-hold')).not.toBeNull());
    await act(async () => d.dialog.remove());
    await waitFor(() => expect(screen.getByTestId('csv-dialog')).not.toBeVisible());
    expect(document.querySelector('msi-csv-hold')).toBeNull();
    // The report stays open for downloads.
    expect(screen.getByTestId('csv-report')).toHaveAttribute('data-ok', 'false');
  });
});

beforeEach(() => {
  document.body.replaceChildren();
});
