import { afterEach, describe, expect, it } from 'vitest';
import {
  salesforceAdapters,
  salesforceInstalledPackages,
  salesforceMsiConfig,
  salesforceRemoteSites,
} from '../../../../lib/pages/salesforce/detect';
import { locateNewRemoteSite } from '../../../../lib/pages/salesforce/remote-sites/readers';
import { type DemoDom, loadDemo } from '../../../helpers/demo-dom';
import { clickAndSettle, HOSTS, LANGS, openPage, PAGES } from './demo';

let demo: DemoDom | undefined;
afterEach(() => {
  demo?.close();
  demo = undefined;
});

const matching = (doc: Document) => salesforceAdapters.filter((a) => a.matchDocument(doc)).map((a) => a.page);

describe('matchUrl', () => {
  const CASES: Array<[string, boolean | undefined, boolean | undefined, boolean | undefined]> = [
    // url, installed packages, remote sites, MSI config
    [PAGES.lightningPackages, true, undefined, undefined],
    [PAGES.classicPackages, true, undefined, undefined],
    [PAGES.lightningSites, undefined, true, undefined],
    [PAGES.classicSites, undefined, true, undefined],
    [PAGES.classicNewSite, undefined, true, undefined],
    [PAGES.setupHome, undefined, undefined, undefined],
    [PAGES.msiTab, undefined, undefined, undefined],
    [PAGES.msiPage, undefined, undefined, undefined],
    [PAGES.salesTab, undefined, undefined, undefined],
    ['https://example.org/lightning/setup/ImportedPackage/home', false, false, false],
    ['https://app-ab12.marketo.com/#AD0SI', false, false, false],
  ];
  it.each(CASES)('%s', (url, packages, sites, msi) => {
    const u = new URL(url);
    expect(salesforceInstalledPackages.matchUrl(u)).toBe(packages);
    expect(salesforceRemoteSites.matchUrl(u)).toBe(sites);
    expect(salesforceMsiConfig.matchUrl(u)).toBe(msi);
  });

  it('lists the three adapters with their page ids', () => {
    expect(salesforceAdapters.map((a) => [a.app, a.page])).toEqual([
      ['salesforce', 'salesforce-installed-packages'],
      ['salesforce', 'salesforce-remote-sites'],
      ['salesforce', 'salesforce-msi-config'],
    ]);
  });
});

describe.each(LANGS)('matchDocument on demo pages, lang=%s', (lang) => {
  it('Setup home (its tree links to both Setup pages): nothing', async () => {
    demo = await openPage(PAGES.setupHome, { state: 'configured', lang });
    expect(demo.document.body.textContent).toContain(
      lang === 'en' ? 'Installed Packages' : 'Packages installés',
    );
    expect(matching(demo.document)).toEqual([]);
  });

  it('the New Remote Site dialog (Lightning) and edit page (Classic): Remote Site Settings', async () => {
    for (const url of [PAGES.lightningSites, PAGES.classicSites]) {
      demo = await openPage(url, { state: 'package', lang });
      const button = locateNewRemoteSite(demo.document);
      if (!button.found) throw new Error(button.reason);
      await clickAndSettle(demo, button.value, (d) => d.querySelector('input[type=text], input[type=url]'));
      expect(matching(demo.document)).toEqual(['salesforce-remote-sites']);
      demo.close();
    }
    demo = await openPage(PAGES.classicNewSite, { lang });
    expect(matching(demo.document)).toEqual(['salesforce-remote-sites']);
  });

  it('the Lightning page framing the MSI config, and an unknown route: nothing', async () => {
    demo = await openPage(PAGES.msiTab, { state: 'configured', lang });
    expect(matching(demo.document)).toEqual([]);
    demo.close();
    demo = await openPage(`${HOSTS.lightning}/lightning/setup/ObjectManager/home`, { lang });
    expect(matching(demo.document)).toEqual([]);
  });

  it('the Lightning tab framing the Sales app: nothing (the framed Sales page is the one recognised)', async () => {
    demo = await openPage(PAGES.salesTab, { state: 'configured', lang });
    const frame = demo.document.querySelector('iframe');
    expect(frame?.getAttribute('title')).toBe('Sales Insight Actions');
    const src = new URL(frame?.getAttribute('src') ?? '');
    expect([src.origin, src.pathname, src.hash]).toEqual([
      'https://toutapp.com',
      '/next',
      '#settings/admin/user-management',
    ]);
    expect(src.searchParams.get('lang')).toBe(lang);
    expect(src.searchParams.get('demoState')).toBe('configured');
    expect(matching(demo.document)).toEqual([]);
  });
});

it('matchDocument stays cheap: no tree walker, no querySelectorAll', async () => {
  demo = await openPage(PAGES.classicSites, { state: 'configured' });
  const doc = demo.document;
  const forbid = () => {
    throw new Error('matchDocument must only use exact-text XPath checks');
  };
  Object.assign(doc, { createTreeWalker: forbid, querySelectorAll: forbid });
  expect(matching(doc)).toEqual(['salesforce-remote-sites']);
});

it('an unrelated site matches nothing', async () => {
  demo = await loadDemo('https://example.org/');
  expect(salesforceAdapters.map((a) => a.matchUrl(new URL('https://example.org/')))).toEqual([
    false,
    false,
    false,
  ]);
  expect(matching(demo.document)).toEqual([]);
});
