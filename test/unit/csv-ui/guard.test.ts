import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CsvDialogGuard, guardCsvDialog } from '@/lib/csv-dialog';
import { queryAll, renderedText } from '@/lib/dom/shadow';
import { findCsvDialog } from '@/lib/pages/sales/user-management/invite';
import { locateActionsMenu, locateInviteUsersCsv } from '@/lib/pages/sales/user-management/locators';
import { tick } from '../../helpers/demo-dom';
import { openSales, ROUTES, type SalesDemo, VARIANTS, type Variant } from '../pages/sales/demo';
import { chooseFile, installDataTransfer } from './file-list';

const BAD = 'Email,First name\nnot-an-email,Ann\nbo@acme.com,Bo\n';
const FIXED = 'Email,First name,Team\r\nbo@acme.com,Bo,Sales\r\n';

let demo: SalesDemo | null = null;
let guard: CsvDialogGuard | null = null;
afterEach(() => {
  guard?.dispose();
  demo?.close();
  guard = demo = null;
});

function stage(doc: Document): string {
  const d = findCsvDialog(doc);
  return d.found ? d.value.stage : d.reason;
}

/** The open CSV dialog (its role=dialog element: in a component's shadow root in the wc variant). */
function dialogOf(doc: Document): HTMLElement {
  const d = findCsvDialog(doc);
  if (!d.found) throw new Error(d.reason);
  return d.value.dialog;
}
const firstColumn = (doc: Document) =>
  queryAll(dialogOf(doc), 'tbody tr td:first-child').map((td) => td.textContent);

async function openCsvDialog(ui: Variant = 'html') {
  demo = await openSales(ROUTES.users, { state: 'users', ui });
  const d = demo;
  installDataTransfer(d.window);
  const onFile = vi.fn<(file: File) => void>();
  const onClose = vi.fn();
  guard = guardCsvDialog(d.document, { onFile, onClose, checkingLabel: 'Checking the file' });
  const actions = locateActionsMenu(d.document);
  if (!actions.found) throw new Error(actions.reason);
  actions.value.click();
  const item = locateInviteUsersCsv(d.document);
  if (!item.found) throw new Error(item.reason);
  item.value.click();
  const dialog = findCsvDialog(d.document);
  if (!dialog.found) throw new Error(dialog.reason);
  const choose = (text: string, name = 'users.csv') => {
    const input = findCsvDialog(d.document);
    if (!input.found || !input.value.fileInput) throw new Error('no file input');
    const file = new d.window.File([text], name, { type: 'text/csv' });
    chooseFile(d.window, input.value.fileInput, file);
    return file;
  };
  const next = () => {
    const found = findCsvDialog(d.document);
    if (!found.found || !found.value.nextButton) throw new Error('no Next');
    return found.value.nextButton;
  };
  const marker = () =>
    d.document.querySelector('msi-csv-hold')?.shadowRoot?.querySelector('[data-testid=csv-hold-marker]');
  return { d, onFile, onClose, choose, next, marker, g: guard };
}

async function settle(d: SalesDemo) {
  await tick(d.window, 20);
}

describe.each(VARIANTS)('guardCsvDialog on the demo User Management page (%s)', (ui) => {
  it('hands the chosen file over and holds Next while checking and while errors remain', async () => {
    const { d, onFile, choose, next, marker, g } = await openCsvDialog(ui);
    const file = choose(BAD);
    expect(onFile).toHaveBeenCalledTimes(1);
    expect(onFile.mock.calls[0]?.[0]).toBe(file);
    expect(g.state).toBe('checking');
    await settle(d);
    expect(marker()?.textContent).toBe('Checking the file');

    g.hold('2 errors: see the panel');
    next().click();
    await settle(d);
    expect(stage(d.document)).toBe('choose-file');
    expect(marker()?.textContent).toBe('2 errors: see the panel');
    // Its shadow root is open (page script can read it): it holds the label the admin sees and nothing
    // else, no row of the file and no control (lib/csv-dialog/hold-marker.ts).
    const root = d.document.querySelector('msi-csv-hold')?.shadowRoot;
    expect(root?.querySelectorAll('button, a, input, select, textarea, iframe, [tabindex]')).toHaveLength(0);
    const shown = root?.textContent ?? '';
    for (const cell of BAD.split(/[\n,]/).filter((c) => c.includes('@'))) expect(shown).not.toContain(cell);

    const enter = new d.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    next().dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    const tab = new d.window.KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    next().dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
  });

  it('"upload anyway" releases Next with the file as chosen', async () => {
    const { d, choose, next, marker, g } = await openCsvDialog(ui);
    choose(BAD);
    g.hold('errors');
    g.release();
    expect(g.state).toBe('released');
    expect(marker()).toBeFalsy();
    next().click();
    await d.until(() => stage(d.document) === 'mapping');
    expect(firstColumn(d.document)).toEqual(['Email', 'First name']);
  });

  it('swaps the chosen file for the fixed one in place, and checks that one too before Next', async () => {
    const { d, onFile, choose, next, g } = await openCsvDialog(ui);
    choose(BAD);
    g.hold('errors');
    const fixed = new d.window.File([FIXED], 'users-fixed.csv', { type: 'text/csv' });
    expect(g.replaceFile(fixed)).toBe('replaced');
    // The swapped file goes to the check like a chosen one: what the dialog holds is what the report describes.
    expect(onFile).toHaveBeenCalledTimes(2);
    expect(onFile).toHaveBeenLastCalledWith(fixed, true);
    expect(g.state).toBe('checking');
    // The app saw the new file (its hint shows the name).
    expect(renderedText(dialogOf(d.document))).toContain('users-fixed.csv');
    next().click();
    await settle(d);
    expect(stage(d.document)).toBe('choose-file');
    g.release({ replay: true });
    await d.until(() => stage(d.document) === 'mapping');
    expect(firstColumn(d.document)).toEqual(['Email', 'First name', 'Team']);
  });

  it('replays a press on Next made while the check was running once the file is good', async () => {
    const { d, choose, next, g } = await openCsvDialog(ui);
    choose('Email\nann@acme.com\n');
    next().click();
    await settle(d);
    expect(stage(d.document)).toBe('choose-file');
    g.release({ replay: true });
    await d.until(() => stage(d.document) === 'mapping');
  });

  it('releases everything when the dialog closes', async () => {
    const { d, onClose, choose, marker, g } = await openCsvDialog(ui);
    choose(BAD);
    g.hold('errors');
    await settle(d);
    expect(marker()).toBeTruthy();
    await d.click(d.t('cancel'), dialogOf(d.document));
    await settle(d);
    expect(stage(d.document)).toBe('no-csv-dialog');
    expect(onClose).toHaveBeenCalled();
    expect(g.state).toBe('idle');
    expect(marker()).toBeFalsy();
    expect(g.replaceFile(new d.window.File(['x'], 'x.csv'))).toBe('no-dialog');
  });

  it('ignores file inputs outside the CSV dialog, and stops after dispose', async () => {
    const { d, onFile, g } = await openCsvDialog(ui);
    const other = d.document.createElement('input');
    other.type = 'file';
    d.document.body.append(other);
    chooseFile(d.window, other, new d.window.File(['a'], 'a.csv'));
    expect(onFile).not.toHaveBeenCalled();
    g.dispose();
    const input = findCsvDialog(d.document);
    if (!input.found || !input.value.fileInput) throw new Error('no input');
    chooseFile(d.window, input.value.fileInput, new d.window.File([BAD], 'b.csv'));
    expect(onFile).not.toHaveBeenCalled();
  });
});

describe('guardCsvDialog on a differently built dialog', () => {
  // A native <dialog> with a form: a submit button "Next", the file input inside a label.
  function build() {
    document.body.innerHTML = `
      <dialog open>
        <h3>Invite Users via CSV</h3>
        <form>
          <label>Spreadsheet <input type="file" name="f"></label>
          <div class="actions"><button type="submit"><span>Next</span></button></div>
        </form>
      </dialog>`;
    installDataTransfer(window);
    const form = document.querySelector('form') as HTMLFormElement;
    const submitted = vi.fn();
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted();
    });
    const onFile = vi.fn();
    const onClose = vi.fn();
    guard = guardCsvDialog(document, { onFile, onClose, checkingLabel: 'Checking' });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const span = document.querySelector('button span') as HTMLElement;
    return { form, submitted, onFile, onClose, input, span, g: guard };
  }
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('holds the submit button (a click on its inner text too) and swaps the file', async () => {
    const { submitted, onFile, input, span, g } = build();
    const file = new File(['Email\nx\n'], 'bad.csv');
    chooseFile(window, input, file);
    expect(onFile).toHaveBeenCalledWith(file);
    g.hold('errors');
    span.click();
    expect(submitted).not.toHaveBeenCalled();
    const seen: string[] = [];
    input.addEventListener('change', () => seen.push(input.files?.[0]?.name ?? ''));
    expect(g.replaceFile(new File(['Email\n'], 'fixed.csv'))).toBe('replaced');
    expect(seen).toEqual(['fixed.csv']);
    expect(onFile).toHaveBeenCalledTimes(2);
    // Held while the fixed file is checked, like any chosen file.
    span.click();
    expect(submitted).not.toHaveBeenCalled();
    g.release();
    span.click();
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('closes the session when the dialog goes away', async () => {
    const { onClose, input, g } = build();
    chooseFile(window, input, new File(['Email\n'], 'a.csv'));
    document.querySelector('dialog')?.removeAttribute('open');
    document.querySelector('dialog')?.remove();
    await tick(window, 0);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(g.state).toBe('idle');
  });

  it('holds nothing when the file choice is cancelled', () => {
    const { submitted, input, span, g } = build();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(g.state).toBe('released');
    span.click();
    expect(submitted).toHaveBeenCalledTimes(1);
  });
});
