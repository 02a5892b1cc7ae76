import { describe, expect, it } from 'vitest';
import {
  findInviteUsersDialog,
  typedAddresses,
} from '../../../../lib/pages/sales/user-management/invite-users';
import {
  locateActionsMenu,
  locateInviteUsers,
  locateInviteUsersCsv,
} from '../../../../lib/pages/sales/user-management/locators';
import { LANGS, openSales, ROUTES, type SalesDemo } from './demo';

function open(demo: SalesDemo, locate: typeof locateInviteUsers): void {
  const actions = locateActionsMenu(demo.document);
  if (!actions.found) throw new Error(actions.reason);
  actions.value.click();
  const item = locate(demo.document);
  if (!item.found) throw new Error(item.reason);
  item.value.click();
}

describe('findInviteUsersDialog on the demo', () => {
  for (const lang of LANGS) {
    it(`finds the address field and Invite, not the CSV dialog (${lang})`, async () => {
      const demo = await openSales(ROUTES.users, { lang, state: 'users' });
      expect(findInviteUsersDialog(demo.document)).toEqual({ found: false, reason: 'no-invite-dialog' });
      open(demo, locateInviteUsersCsv);
      expect(findInviteUsersDialog(demo.document).found).toBe(false);
      await demo.click(demo.t('cancel'), demo.document.querySelector('[role=dialog]')!);
      open(demo, locateInviteUsers);
      const box = findInviteUsersDialog(demo.document);
      if (!box.found) throw new Error(box.reason);
      expect(box.value.field.localName).toBe('textarea');
      expect(box.value.inviteButton?.textContent).toBe(demo.t('invite'));
      demo.close();
    });
  }
});

describe('findInviteUsersDialog on a differently built page', () => {
  it('takes an email input of a <dialog> titled by its heading (German)', () => {
    document.body.innerHTML = `
      <dialog open><h2>Benutzer einladen</h2>
        <label>E-Mail-Adressen <input type="email" multiple></label>
        <button>Abbrechen</button><button>Einladen</button></dialog>`;
    const box = findInviteUsersDialog(document);
    expect(box.found && box.value.field.type).toBe('email');
    expect(box.found && box.value.inviteButton?.textContent).toBe('Einladen');
  });
});

describe('typedAddresses', () => {
  it.each([
    ['a@acme.com, b@acme.com', ['a@acme.com', 'b@acme.com']],
    ['a@acme.com;b@acme.com\nc@acme.com', ['a@acme.com', 'b@acme.com', 'c@acme.com']],
    ['  \n ', []],
    ['a@acme.com\t\tb@acme.com ,, ', ['a@acme.com', 'b@acme.com']],
  ])('%j → %j', (text, list) => expect(typedAddresses(text)).toEqual(list));
});
