import { describe, expect, it } from 'vitest';
import { renderedText } from '@/lib/dom/shadow';
import {
  locateAdminMenuEntry,
  locateGear,
  locateSettings,
  locateSettingsMenuItem,
} from '../../../../lib/pages/sales/locators';
import { locateMarketoConnect, locateSave } from '../../../../lib/pages/sales/marketo-settings/locators';
import {
  locateConnectionsTab,
  locateSalesforceConnect,
} from '../../../../lib/pages/sales/salesforce-settings/locators';
import {
  locateActionsMenu,
  locateInviteUsers,
  locateInviteUsersCsv,
} from '../../../../lib/pages/sales/user-management/locators';
import { htmlDoc, LANGS, openSales, ROUTES, VARIANTS } from './demo';

const text = (r: { found: boolean; value?: HTMLElement }) =>
  r.found && r.value ? renderedText(r.value) : null;

describe.each(VARIANTS)('"show me" locators on the demo (%s)', (ui) => {
  for (const lang of LANGS) {
    it(`gear › Settings › Admin Settings entries (${lang})`, async () => {
      const demo = await openSales('identities', { ui, lang });
      const { document, window } = demo;
      const gear = locateGear(document);
      if (!gear.found) throw new Error(gear.reason);
      expect(gear.value.getAttribute('aria-haspopup')).toBe('menu');
      expect(locateSettings(document)).toEqual(gear);
      expect(locateSettingsMenuItem(document)).toEqual({ found: false, reason: 'menu-closed' });
      gear.value.click();
      const item = locateSettingsMenuItem(document);
      expect(text(item)).toBe(demo.t('menuSettings'));
      expect(locateSettings(document)).toEqual(item);
      item.found && item.value.click();
      await demo.until(() => document.querySelector('h1')?.textContent === demo.t('settingsTitle'));
      expect(window.location.hash).toBe('#settings');

      const hrefs = (['salesforce', 'marketo', 'user-management'] as const).map((entry) => {
        const el = locateAdminMenuEntry(document, entry);
        return el.found ? el.value.getAttribute('href') : el.reason;
      });
      // The admin entries, not "My Account › Salesforce".
      expect(hrefs).toEqual([
        '#settings/crm/salesforce',
        '#settings/marketo-admin',
        '#settings/admin/user-management',
      ]);
      demo.close();
    });

    it(`Salesforce, Marketo and User Management controls (${lang})`, async () => {
      const sfdc = await openSales(ROUTES.salesforce, { ui, lang });
      expect(text(locateConnectionsTab(sfdc.document))).toBe(sfdc.t('tabConnections'));
      await sfdc.click(sfdc.t('tabConnections'));
      expect(text(locateSalesforceConnect(sfdc.document))).toBe(sfdc.t('connect'));
      sfdc.close();

      const mkto = await openSales(ROUTES.marketo, { ui, lang });
      expect(text(locateMarketoConnect(mkto.document))).toBe(mkto.t('mktoConnect'));
      expect(locateSave(mkto.document)).toEqual({ found: false, reason: 'no-form' });
      await mkto.click(mkto.t('tabSetup'));
      expect(text(locateSave(mkto.document))).toBe(mkto.t('save'));
      mkto.close();

      const users = await openSales(ROUTES.users, { ui, lang });
      const actions = locateActionsMenu(users.document);
      expect(text(actions)).toBe(users.t('actions'));
      expect(locateInviteUsers(users.document)).toEqual({ found: false, reason: 'menu-closed' });
      actions.found && actions.value.click();
      expect(text(locateInviteUsers(users.document))).toBe(users.t('inviteUsers'));
      expect(text(locateInviteUsersCsv(users.document))).toBe(users.t('inviteUsersCsv'));
      users.close();
    });
  }
});

describe('locators on different markup', () => {
  it('a gear icon without a label (icon font class), and an English Settings link in a listbox', () => {
    const doc = htmlDoc(
      '<header><a href="#people">People</a><span role="button" tabindex="0"><i class="fa fa-cog"></i></span></header><ul role="listbox"><li><a href="#s">Settings</a></li></ul>',
    );
    expect(
      locateGear(doc).found && (locateGear(doc) as { value: HTMLElement }).value.getAttribute('role'),
    ).toBe('button');
    expect(text(locateSettingsMenuItem(doc))).toBe('Settings');
  });

  it('Admin Settings listed before My Account: the personal Salesforce entry is not offered', () => {
    const doc = htmlDoc(`<aside>
      <h3>Admin Settings</h3><ul><li><a href="#m">Marketo</a></li><li><a href="#u">User Management</a></li></ul>
      <h3>My Account</h3><ul><li><a href="#p">Salesforce</a></li></ul></aside>`);
    expect(text(locateAdminMenuEntry(doc, 'marketo'))).toBe('Marketo');
    expect(locateAdminMenuEntry(doc, 'salesforce')).toEqual({
      found: false,
      reason: 'no-admin-settings-entry',
    });
  });

  it('a tree menu in Japanese', () => {
    const doc = htmlDoc(`<div role="tree"><div role="treeitem">管理者設定</div>
      <div role="group"><div role="treeitem">Salesforce</div><div role="treeitem">ユーザー管理</div></div></div>`);
    expect(text(locateAdminMenuEntry(doc, 'user-management'))).toBe('ユーザー管理');
    expect(locateAdminMenuEntry(doc, 'marketo')).toEqual({ found: false, reason: 'no-menu-entry' });
  });

  it('Save of a table form with an input type=submit (de)', () => {
    const doc = htmlDoc(`<form><table>
      <tr><td>Client-ID</td><td><input name="a"></td></tr>
      <tr><td>Client-Geheimnis</td><td><input name="b" type="password"></td></tr>
    </table><input type="submit" value="Speichern"></form>`);
    expect(
      locateSave(doc).found && (locateSave(doc) as { value: HTMLElement }).value.getAttribute('value'),
    ).toBe('Speichern');
  });

  it('nothing to locate', () => {
    const doc = htmlDoc('<p>Loading…</p>');
    expect(locateGear(doc)).toEqual({ found: false, reason: 'no-gear' });
    expect(locateConnectionsTab(doc)).toEqual({ found: false, reason: 'no-connections-tab' });
    expect(locateActionsMenu(doc)).toEqual({ found: false, reason: 'no-actions-button' });
  });
});
