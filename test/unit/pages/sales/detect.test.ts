import { describe, expect, it } from 'vitest';
import {
  salesAdapters,
  salesMarketoSettings,
  salesSalesforceSettings,
  salesUserManagement,
} from '../../../../lib/pages/sales/detect';
import { isSalesUrl, salesRoute } from '../../../../lib/pages/sales/url';
import { htmlDoc, LANGS, openSales, ROUTES, VARIANTS } from './demo';

const matching = (doc: Document) => salesAdapters.filter((a) => a.matchDocument(doc)).map((a) => a.page);

describe('Sales app URLs', () => {
  it('recognises toutapp.com and its subdomains only', () => {
    expect(isSalesUrl('https://toutapp.com/next#settings')).toBe(true);
    expect(isSalesUrl(new URL('https://www.toutapp.com/login'))).toBe(true);
    expect(isSalesUrl('https://eu.toutapp.com/next')).toBe(true);
    expect(isSalesUrl('https://toutapp.com.evil.test/next')).toBe(false);
    expect(isSalesUrl('https://nottoutapp.com/next')).toBe(false);
    expect(isSalesUrl('ftp://toutapp.com/')).toBe(false);
    expect(isSalesUrl('not a url')).toBe(false);
  });

  it('normalises the hash route', () => {
    expect(salesRoute('https://toutapp.com/next#settings/admin/user-management')).toBe(
      'settings/admin/user-management',
    );
    expect(salesRoute('https://toutapp.com/next#/Settings//marketo-admin/?tab=setup')).toBe(
      'settings/marketo-admin',
    );
    expect(salesRoute('https://toutapp.com/next#!settings')).toBe('settings');
    expect(salesRoute('https://toutapp.com/next#!/settings///crm/')).toBe('settings/crm');
    expect(salesRoute('https://toutapp.com/next#//')).toBe('');
    expect(salesRoute('https://toutapp.com/next')).toBe('');
  });
});

describe('matchUrl: the route is a hint', () => {
  const url = (hash: string) => new URL(`https://toutapp.com/next#${hash}`);
  it('says true for each page’s known routes', () => {
    expect(salesSalesforceSettings.matchUrl(url('settings/crm/salesforce'))).toBe(true);
    expect(salesSalesforceSettings.matchUrl(url('settings/crm/salesforce/configure'))).toBe(true);
    expect(salesMarketoSettings.matchUrl(url('settings/marketo-admin'))).toBe(true);
    expect(salesUserManagement.matchUrl(url('settings/admin/user-management'))).toBe(true);
  });
  it('matches whole route segments only', () => {
    expect(salesMarketoSettings.matchUrl(url('settings/marketo-admin-archive'))).toBeUndefined();
    expect(salesSalesforceSettings.matchUrl(url('settings/crm/salesforce2'))).toBeUndefined();
    expect(salesUserManagement.matchUrl(url('x/settings/admin/user-management'))).toBeUndefined();
  });
  it('leaves other Sales routes to the document, and refuses other hosts', () => {
    for (const adapter of salesAdapters) {
      expect(adapter.matchUrl(url('settings/marketo'))).toBeUndefined();
      expect(adapter.matchUrl(url('identities'))).toBeUndefined();
      expect(adapter.matchUrl(new URL('https://app-ab12.marketo.com/#settings/marketo-admin'))).toBe(false);
    }
    expect(salesMarketoSettings.matchUrl(url('settings/crm/salesforce'))).toBeUndefined();
  });
});

describe.each(VARIANTS)('matchDocument on the demo (%s)', (ui) => {
  for (const lang of LANGS) {
    it(`tells the three pages apart (${lang})`, async () => {
      const pages: Array<[string, string[]]> = [
        [ROUTES.salesforce, ['sales-salesforce-settings']],
        [ROUTES.marketo, ['sales-marketo-settings']],
        [ROUTES.users, ['sales-user-management']],
        ['settings', []],
        ['settings/my-account/salesforce', []],
        ['identities', []],
      ];
      for (const [route, expected] of pages) {
        const demo = await openSales(route, { ui, lang });
        expect(matching(demo.document), `${lang} #${route}`).toEqual(expected);
        demo.close();
      }
    });
  }

  it('recognises the pages under older routes by their content', async () => {
    for (const [route, page] of [
      ['settings/salesforce', 'sales-salesforce-settings'],
      ['settings/marketo', 'sales-marketo-settings'],
      ['settings/user-management', 'sales-user-management'],
    ] as const) {
      const demo = await openSales(route, { ui, lang: 'fr', state: 'full' });
      const url = new URL(demo.window.location.href);
      expect(salesAdapters.every((a) => a.matchUrl(url) === undefined)).toBe(true);
      expect(matching(demo.document)).toEqual([page]);
      demo.close();
    }
  });

  it('does not match while the page is still loading', async () => {
    const { loadDemo } = await import('../../../helpers/demo-dom');
    const demo = await loadDemo(`https://toutapp.com/next?demoState=fresh#${ROUTES.marketo}`);
    expect(matching(demo.document)).toEqual([]);
    demo.close();
  });
});

describe('matchDocument on different markup', () => {
  it('User Management: an ARIA heading and a grid (fr)', () => {
    const doc = htmlDoc(
      '<div role="heading" aria-level="1">Gestion des utilisateurs</div><div role="grid"><div role="row"><span role="cell">a@b.co</span></div></div>',
    );
    expect(matching(doc)).toEqual(['sales-user-management']);
  });
  it('Marketo: the selected menu entry and a Client ID label (de)', () => {
    const doc = htmlDoc(
      '<ul><li><a aria-current="page" href="#x">Marketo</a></li></ul><table><tr><td>Client-ID</td><td><input></td></tr></table>',
    );
    expect(matching(doc)).toEqual(['sales-marketo-settings']);
  });
  it('Salesforce: a selected tree item and the tab label (es)', () => {
    const doc = htmlDoc(
      '<ul role="tree"><li role="treeitem" aria-selected="true">Salesforce</li></ul><span>Conexiones y personalizaciones</span>',
    );
    expect(matching(doc)).toEqual(['sales-salesforce-settings']);
  });
  it('a menu that merely lists the entries is not a page', () => {
    const doc = htmlDoc(
      '<h1>Settings</h1><h2>Admin Settings</h2><a href="#1">Salesforce</a><a href="#2">Marketo</a><a href="#3">User Management</a><p>Client ID</p><button>Actions</button>',
    );
    expect(matching(doc)).toEqual([]);
  });
});
