import { describe, expect, it } from 'vitest';
import { findUserRowActions, readUserManagement } from '../../../../lib/pages/sales/user-management/users';
import { htmlDoc, LANGS, openSales, ROUTES, VARIANTS } from './demo';

describe.each(VARIANTS)('readUserManagement on the demo (%s)', (ui) => {
  for (const lang of LANGS) {
    it(`reads the page's own total (23), not the 10 rows on screen (${lang})`, async () => {
      const demo = await openSales(ROUTES.users, { ui, lang, state: 'users' });
      const result = readUserManagement(demo.document);
      if (!result.found) throw new Error(result.reason);
      expect(result.value.total).toBe(23);
      expect(result.value.visibleUsers).toHaveLength(10);
      expect(result.value.visibleUsers[0]).toEqual({
        email: 'admin@acme.com',
        name: 'Alex Admin',
        role: demo.t('roleAdmin'),
        status: demo.t('statusActive'),
      });
      demo.close();
    });
  }

  it('reads the last page after paging (es)', async () => {
    const demo = await openSales(ROUTES.users, { ui, lang: 'es', state: 'full' });
    const next = () => demo.document.querySelector<HTMLButtonElement>('[aria-label="Página siguiente"]')!;
    next().click();
    next().click();
    const result = readUserManagement(demo.document);
    expect(result.found && result.value.total).toBe(23);
    const emails = result.found ? result.value.visibleUsers.map((u) => u.email) : [];
    expect(emails).toEqual(['diego.torres@acme.com', 'hana.sato@acme.com', 'ben.clark@acme.com']);
    expect(emails).toEqual(
      demo
        .demoSales()
        .state.users.slice(20)
        .map((u) => u.email),
    );
    demo.close();
  });

  it('a fresh account lists only the original user', async () => {
    const demo = await openSales(ROUTES.users, { ui });
    expect(readUserManagement(demo.document)).toEqual({
      found: true,
      value: {
        total: 1,
        visibleUsers: [{ email: 'admin@acme.com', name: 'Alex Admin', role: 'Admin', status: 'Active' }],
      },
    });
    demo.close();
  });
});

describe('readUserManagement on different markup', () => {
  it('an ARIA grid of divs with a "Total: 57" line (de headers, columns in another order)', () => {
    const doc = htmlDoc(`<div role="grid">
      <div role="row"><span role="columnheader">Status</span><span role="columnheader">E-Mail</span><span role="columnheader">Name</span><span role="columnheader">Rolle</span></div>
      <div role="row"><span role="gridcell">Aktiv</span><span role="gridcell">anna@firma.de</span><span role="gridcell">Anna Berg</span><span role="gridcell">Admin</span></div>
      <div role="row"><span role="gridcell">Eingeladen</span><span role="gridcell">bo@firma.de</span><span role="gridcell"></span><span role="gridcell">Benutzer</span></div>
    </div><footer>Total: 57</footer>`);
    expect(readUserManagement(doc)).toEqual({
      found: true,
      value: {
        total: 57,
        visibleUsers: [
          { email: 'anna@firma.de', name: 'Anna Berg', role: 'Admin', status: 'Aktiv' },
          { email: 'bo@firma.de', role: 'Benutzer', status: 'Eingeladen' },
        ],
      },
    });
  });

  it('a plain list with "1-2 of 1,240" in the pager and no headers', () => {
    const doc = htmlDoc(`<ul><li><strong>Kim Lee</strong> <span>kim@x.io</span></li><li>pat@x.io</li></ul>
      <nav><span>1-2 of 1,240</span></nav>`);
    const result = readUserManagement(doc);
    expect(result.found && result.value.total).toBe(1240);
    expect(result.found && result.value.visibleUsers.map((u) => u.email)).toEqual(['kim@x.io', 'pat@x.io']);
  });

  it('no total shown: total stays undefined rather than counting rows', () => {
    const doc = htmlDoc(
      '<table><tr><th>Email</th></tr><tr><td>a@b.co</td></tr><tr><td>c@d.co</td></tr></table>',
    );
    const result = readUserManagement(doc);
    expect(result.found && result.value.total).toBeUndefined();
    expect(result.found && result.value.visibleUsers).toHaveLength(2);
  });

  it('not found without a user list', () => {
    expect(readUserManagement(htmlDoc('<h1>User Management</h1><p>Loading…</p>'))).toEqual({
      found: false,
      reason: 'no-user-table',
    });
  });
});

describe('findUserRowActions', () => {
  for (const lang of LANGS) {
    it(`finds the row menu, then Remove / Deactivate, and removing works (${lang})`, async () => {
      const demo = await openSales(ROUTES.users, { lang, state: 'users' });
      const { document } = demo;
      const closed = findUserRowActions(document, 'Maria.Garcia@acme.com');
      if (!closed.found) throw new Error(closed.reason);
      expect(closed.value.remove).toBeUndefined();
      expect(closed.value.row.textContent).toContain('Maria Garcia');
      closed.value.menuButton!.click();
      const open = findUserRowActions(document, 'maria.garcia@acme.com');
      if (!open.found) throw new Error(open.reason);
      expect(open.value.remove?.textContent).toBe(demo.t('remove'));
      expect(open.value.deactivate?.textContent).toBe(demo.t('deactivate'));
      open.value.remove!.click();
      await demo.click(demo.t('remove'), document.querySelector('[role=dialog]')!);
      const after = readUserManagement(document);
      expect(after.found && after.value.total).toBe(22);
      expect(findUserRowActions(document, 'maria.garcia@acme.com')).toEqual({
        found: false,
        reason: 'user-not-found',
      });
      demo.close();
    });
  }

  it('deactivating goes through the app’s own confirm dialog', async () => {
    const demo = await openSales(ROUTES.users, { state: 'users' });
    const row = findUserRowActions(demo.document, 'john.smith@acme.com');
    if (!row.found) throw new Error(row.reason);
    row.value.menuButton!.click();
    const open = findUserRowActions(demo.document, 'john.smith@acme.com');
    open.found && open.value.deactivate!.click();
    expect(demo.document.querySelector('[role=dialog] h2')?.textContent).toBe(
      demo.t('confirmDeactivateTitle'),
    );
    await demo.click(demo.t('deactivate'), demo.document.querySelector('[role=dialog]')!);
    const users = readUserManagement(demo.document);
    expect(
      users.found && users.value.visibleUsers.find((u) => u.email === 'john.smith@acme.com')?.status,
    ).toBe('Deactivated');
    demo.close();
  });

  it('inline buttons in another language (de), and a row menu without aria-haspopup', () => {
    const doc = htmlDoc(`<table>
      <tr><th>Name</th><th>E-Mail</th><th></th></tr>
      <tr><td>Anna</td><td>anna@firma.de</td><td><button>Deaktivieren</button><button>Entfernen</button></td></tr>
      <tr><td>Bo</td><td>bo@firma.de</td><td><button aria-label="More">⋮</button></td></tr>
    </table>`);
    const anna = findUserRowActions(doc, 'anna@firma.de');
    expect(anna.found && [anna.value.deactivate?.textContent, anna.value.remove?.textContent]).toEqual([
      'Deaktivieren',
      'Entfernen',
    ]);
    const bo = findUserRowActions(doc, 'bo@firma.de');
    expect(bo.found && bo.value.menuButton?.textContent).toBe('⋮');
    expect(findUserRowActions(doc, 'nobody@firma.de')).toEqual({ found: false, reason: 'user-not-found' });
  });
});
