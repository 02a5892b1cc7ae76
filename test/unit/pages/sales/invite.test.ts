import { describe, expect, it } from 'vitest';
import { queryAll, queryFirst, renderedText } from '@/lib/dom/shadow';
import { openDialogs } from '@/lib/pages/sales/find';
import { setFieldValue } from '../../../../lib/dom/set-value';
import { findCsvDialog, readInviteConfirmation } from '../../../../lib/pages/sales/user-management/invite';
import {
  locateActionsMenu,
  locateInviteUsers,
  locateInviteUsersCsv,
} from '../../../../lib/pages/sales/user-management/locators';
import { readUserManagement } from '../../../../lib/pages/sales/user-management/users';
import { htmlDoc, isDisabled, LANGS, openSales, ROUTES, type SalesDemo, VARIANTS } from './demo';

function stageOf(doc: Document): string {
  const dialog = findCsvDialog(doc);
  return dialog.found ? dialog.value.stage : dialog.reason;
}

function open(demo: SalesDemo, locate: typeof locateInviteUsers): void {
  const actions = locateActionsMenu(demo.document);
  if (!actions.found) throw new Error(actions.reason);
  actions.value.click();
  const item = locate(demo.document);
  if (!item.found) throw new Error(item.reason);
  item.value.click();
}

/** Gives the file input a file, as a person choosing it would: `input` (composed) then `change`. */
function chooseFile(demo: SalesDemo, input: HTMLInputElement, text: string, name = 'users.csv'): void {
  const file = new demo.window.File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new demo.window.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new demo.window.Event('change', { bubbles: true }));
}

describe.each(VARIANTS)('Invite Users on the demo (%s)', (ui) => {
  for (const lang of LANGS) {
    it(`Actions › Invite Users › Invite shows a confirmation with the count (${lang})`, async () => {
      const demo = await openSales(ROUTES.users, { ui, lang });
      expect(readInviteConfirmation(demo.document)).toEqual({ found: false, reason: 'no-confirmation' });
      open(demo, locateInviteUsers);
      const [dialog] = openDialogs(demo.document);
      const textarea = queryFirst<HTMLTextAreaElement>(dialog!, 'textarea')!;
      expect(setFieldValue(textarea, 'ana@acme.com, bo@acme.com')).toEqual({ ok: true });
      await demo.click(demo.t('invite'), dialog!);
      const confirmation = await demo.until(() => {
        const r = readInviteConfirmation(demo.document);
        return r.found && r.value;
      });
      expect(confirmation).toEqual({ text: demo.t('invitationsSentMany').replace('{n}', '2'), count: 2 });
      const users = readUserManagement(demo.document);
      expect(users.found && users.value.total).toBe(3);
      expect(
        demo
          .demoSales()
          .state.users.slice(1)
          .map((u) => [u.email, u.team, u.status]),
      ).toEqual([
        ['ana@acme.com', 'everyone', 'invited'],
        ['bo@acme.com', 'everyone', 'invited'],
      ]);
      demo.close();
    });
  }
});

describe.each(VARIANTS)('findCsvDialog on the demo (%s)', (ui) => {
  for (const lang of LANGS) {
    it(`walks choose-file › mapping › done (${lang})`, async () => {
      const demo = await openSales(ROUTES.users, { ui, lang, state: 'users' });
      expect(findCsvDialog(demo.document)).toEqual({ found: false, reason: 'no-csv-dialog' });
      open(demo, locateInviteUsersCsv);

      const chooser = findCsvDialog(demo.document);
      if (!chooser.found) throw new Error(chooser.reason);
      expect(chooser.value.stage).toBe('choose-file');
      expect(chooser.value.fileInput?.accept).toBe('.csv');
      expect(renderedText(chooser.value.nextButton!)).toBe(demo.t('next'));
      expect(isDisabled(chooser.value.nextButton)).toBe(true);
      // The web-component variant keeps the file input in a component's shadow root.
      expect(chooser.value.fileInput?.getRootNode() === demo.document).toBe(ui === 'html');

      const csv =
        lang === 'fr'
          ? '\ufeffPrénom;Nom;Adresse e-mail\nPaula;Ng;paula.ng@acme.com\nSam;Okafor;sam.okafor@acme.com\n;;pas-un-email\n'
          : 'First Name,Last Name,Email Address\r\nPaula,Ng,paula.ng@acme.com\r\nSam,Okafor,sam.okafor@acme.com\r\n,,not-an-email\r\n';
      chooseFile(demo, chooser.value.fileInput!, csv);
      const next = findCsvDialog(demo.document);
      expect(next.found && isDisabled(next.value.nextButton)).toBe(false);
      next.found && next.value.nextButton!.click();

      const mapping = await demo.until(() => {
        const d = findCsvDialog(demo.document);
        return d.found && d.value.stage === 'mapping' && d.value;
      });
      expect(mapping.fileInput).toBeUndefined();
      expect(renderedText(mapping.inviteButton!)).toBe(demo.t('invite'));
      const selects = queryAll<HTMLSelectElement>(mapping.dialog, 'select').map((s) => s.value);
      expect(selects).toEqual(['firstName', 'lastName', 'email']);
      mapping.inviteButton!.click();

      const done = await demo.until(() => {
        const d = findCsvDialog(demo.document);
        return d.found && d.value.stage === 'done' && d.value;
      });
      expect(done.dialog.getAttribute('role')).toBe('dialog');
      const confirmation = readInviteConfirmation(demo.document);
      expect(confirmation.found && confirmation.value.count).toBe(2);
      expect(confirmation.found && confirmation.value.text).toContain(
        demo.t('invitationsSentMany').replace('{n}', '2'),
      );
      const users = readUserManagement(demo.document);
      expect(users.found && users.value.total).toBe(25);
      expect(demo.demoSales().state.users.at(-1)).toEqual({
        name: 'Sam Okafor',
        email: 'sam.okafor@acme.com',
        role: 'user',
        status: 'invited',
        team: 'everyone',
      });
      demo.close();
    });
  }

  it('refuses to invite when no column is mapped to Email', async () => {
    const demo = await openSales(ROUTES.users, { ui });
    open(demo, locateInviteUsersCsv);
    const chooser = findCsvDialog(demo.document);
    if (!chooser.found) throw new Error(chooser.reason);
    chooseFile(demo, chooser.value.fileInput!, 'who,where\nx@y.co,here\n');
    const ready = findCsvDialog(demo.document); // the dialog re-rendered with Next enabled
    ready.found && ready.value.nextButton!.click();
    const mapping = await demo.until(() => {
      const d = findCsvDialog(demo.document);
      return d.found && d.value.stage === 'mapping' && d.value;
    });
    mapping.inviteButton!.click();
    expect(queryFirst(mapping.dialog, '[role=alert]')?.textContent).toBe(demo.t('errMapEmail'));
    expect(stageOf(demo.document)).toBe('mapping');
    expect(readInviteConfirmation(demo.document).found).toBe(false);
    demo.close();
  });
});

describe('invite readers on different markup', () => {
  it('a native <dialog> titled in German with a file input and Weiter', () => {
    const doc = htmlDoc(
      '<dialog open aria-label="Benutzer über CSV einladen"><input type="file"><button>Weiter</button></dialog>',
    );
    const dialog = findCsvDialog(doc);
    expect(dialog.found && dialog.value.stage).toBe('choose-file');
    expect(dialog.found && dialog.value.nextButton?.textContent).toBe('Weiter');
  });

  it('a mapping step recognised by its title alone (pt-BR), and a done step without live region', () => {
    const mapping = htmlDoc(`<div role="dialog"><h3>Convidar usuários via CSV</h3>
      <select><option>E-mail</option></select><button>Convidar</button></div>`);
    const found = findCsvDialog(mapping);
    expect(found.found && [found.value.stage, found.value.inviteButton?.textContent]).toEqual([
      'mapping',
      'Convidar',
    ]);
    const done = htmlDoc(
      '<div role="dialog" aria-label="Invite Users via CSV"><p>Success! 12 invitations were sent.</p><button>Close</button></div>',
    );
    expect(stageOf(done)).toBe('done');
  });

  it('an unrelated dialog is not the CSV dialog', () => {
    const doc = htmlDoc('<div role="dialog" aria-label="Remove user?"><button>Remove</button></div>');
    expect(findCsvDialog(doc)).toEqual({ found: false, reason: 'no-csv-dialog' });
  });

  it('a toast without ARIA; a message without a number', () => {
    const toast = htmlDoc('<div class="toast"><span>Invitations have been sent to 3 users.</span></div>');
    expect(readInviteConfirmation(toast)).toEqual({
      found: true,
      value: { text: 'Invitations have been sent to 3 users.', count: 3 },
    });
    const plain = htmlDoc('<p role="status">Einladungen wurden gesendet</p>');
    expect(readInviteConfirmation(plain)).toEqual({
      found: true,
      value: { text: 'Einladungen wurden gesendet' },
    });
  });

  it('an invite button or an error is not a confirmation', () => {
    const doc = htmlDoc('<button>Invite Users</button><p role="alert">These people are already users.</p>');
    expect(readInviteConfirmation(doc)).toEqual({ found: false, reason: 'no-confirmation' });
  });
});
