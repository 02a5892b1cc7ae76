import { afterEach, describe, expect, it } from 'vitest';
import { findControlByLabel } from '../../../../lib/dom/text';
import { locateSaveButton } from '../../../../lib/pages/salesforce/buttons';
import { salesforceAdapters, salesforceRemoteSites } from '../../../../lib/pages/salesforce/detect';
import { REASONS } from '../../../../lib/pages/salesforce/reasons';
import {
  locateNewRemoteSite,
  readAdobeRemoteSites,
  readRemoteSites,
  sameSiteUrl,
} from '../../../../lib/pages/salesforce/remote-sites/readers';
import type { DemoDom } from '../../../helpers/demo-dom';
import { clickAndSettle, LANGS, openPage, PAGES, STATES, snippet, type } from './demo';

let demo: DemoDom | undefined;
afterEach(() => {
  demo?.close();
  demo = undefined;
});

const matching = (doc: Document) => salesforceAdapters.filter((a) => a.matchDocument(doc)).map((a) => a.page);
const LABELS = {
  en: { name: ['Remote Site Name'], url: ['Remote Site URL'] },
  fr: { name: ['Nom du site distant'], url: ['URL du site distant'] },
};

describe.each([
  ['Lightning', PAGES.lightningSites],
  ['Classic', PAGES.classicSites],
])('Remote Site Settings demo, %s markup', (_style, url) => {
  describe.each(LANGS)('lang=%s', (lang) => {
    it.each(STATES)('state %s: recognised, lists the sites, tells which Adobe sites exist', async (state) => {
      demo = await openPage(url, { state, lang });
      const doc = demo.document;
      expect(salesforceRemoteSites.matchUrl(new URL(url))).toBe(true);
      expect(matching(doc)).toEqual(['salesforce-remote-sites']);

      const sites = readRemoteSites(doc);
      expect(sites.found).toBe(true);
      if (!sites.found) return;
      expect(sites.value.slice(0, 2)).toEqual([
        { name: 'Acme_ERP', url: 'https://erp.acme.example', active: true },
        { name: 'Old_Billing', url: 'https://billing.acme.example', active: false },
      ]);
      const withAdobe = state === 'remote-sites' || state === 'configured';
      expect(sites.value.some((s) => s.url === 'https://ims-na1.adobelogin.com')).toBe(withAdobe);
      expect(readAdobeRemoteSites(doc)).toEqual({
        found: true,
        value: { ims: withAdobe, salesConnect: withAdobe },
      });
      expect(locateNewRemoteSite(doc).found).toBe(true);
      expect(locateSaveButton(doc)).toEqual({ found: false, reason: REASONS.noSave });
    });

    it('New Remote Site → fill → Save adds the site to the list', async () => {
      demo = await openPage(url, { state: 'package', lang });
      const doc = demo.document;
      expect(readAdobeRemoteSites(doc)).toEqual({ found: true, value: { ims: false, salesConnect: false } });

      const add = async (name: string, siteUrl: string) => {
        const button = locateNewRemoteSite(doc);
        if (!button.found) throw new Error(button.reason);
        await clickAndSettle(demo!, button.value, (d) => findControlByLabel(d, LABELS[lang].url));
        // The form (Lightning dialog or Classic edit page) is still this page, but not a list.
        expect(salesforceRemoteSites.matchDocument(doc)).toBe(true);
        if (url === PAGES.classicSites) expect(readRemoteSites(doc).found).toBe(false);
        type(findControlByLabel(doc, LABELS[lang].name), name);
        type(findControlByLabel(doc, LABELS[lang].url), siteUrl);
        const save = locateSaveButton(doc);
        if (!save.found) throw new Error(save.reason);
        await clickAndSettle(
          demo!,
          save.value,
          (d) => readRemoteSites(d).found && !d.querySelector('[role=dialog]'),
        );
      };

      await add('MarketoSalesInsight1', 'https://ims-na1.adobelogin.com');
      expect(readAdobeRemoteSites(doc)).toEqual({ found: true, value: { ims: true, salesConnect: false } });
      await add('MarketoSalesInsight2', 'https://mkto-sales-connect.adobe.io/');
      expect(readAdobeRemoteSites(doc)).toEqual({ found: true, value: { ims: true, salesConnect: true } });
      const sites = readRemoteSites(doc);
      expect(sites.found && sites.value.at(-1)).toEqual({
        name: 'MarketoSalesInsight2',
        url: 'https://mkto-sales-connect.adobe.io/',
        active: true,
      });
    });

    it('Save with an empty form shows errors and adds nothing', async () => {
      demo = await openPage(url, { state: 'package', lang });
      const doc = demo.document;
      const before = readRemoteSites(doc);
      const button = locateNewRemoteSite(doc);
      if (!button.found) throw new Error(button.reason);
      await clickAndSettle(demo, button.value, (d) => findControlByLabel(d, LABELS[lang].url));
      const save = locateSaveButton(doc);
      if (!save.found) throw new Error(save.reason);
      save.value.click();
      const error =
        lang === 'en'
          ? /(Complete this field|You must enter a value)/
          : /(Renseignez ce champ|Vous devez saisir une valeur)/;
      expect(doc.body.textContent).toMatch(error);
      expect(findControlByLabel(doc, LABELS[lang].name)).not.toBeNull();
      const list = await openPage(
        url,
        {},
        { 'demo:salesforce': demo.window.localStorage.getItem('demo:salesforce')! },
      );
      expect(readRemoteSites(list.document)).toEqual(before);
      list.close();
    });
  });
});

describe('Remote sites: not found elsewhere', () => {
  it.each([
    ['Setup home', PAGES.setupHome],
    ['Installed Packages', PAGES.lightningPackages],
    ['Classic Installed Packages', PAGES.classicPackages],
  ])('%s', async (_name, url) => {
    demo = await openPage(url, { state: 'configured' });
    expect(salesforceRemoteSites.matchDocument(demo.document)).toBe(false);
    expect(readRemoteSites(demo.document)).toEqual({ found: false, reason: REASONS.noRemoteSitesTable });
    expect(readAdobeRemoteSites(demo.document)).toEqual({ found: false, reason: REASONS.noRemoteSitesTable });
    expect(locateNewRemoteSite(demo.document)).toEqual({ found: false, reason: REASONS.noNewRemoteSite });
  });
});

describe('Remote sites in other markup', () => {
  it('reads a table with <td><b> headers in another order and Yes/No values', () => {
    const doc = snippet(`
      <h2>Remote Sites</h2>
      <table>
        <tr><td><b>Remote Site URL</b></td><td><b>Active</b></td><td><b>Remote Site Name</b></td></tr>
        <tr><td>HTTPS://IMS-NA1.ADOBELOGIN.COM/</td><td>Yes</td><td>Ims</td></tr>
        <tr><td><a href="https://mkto-sales-connect.adobe.io">https://mkto-sales-connect.adobe.io</a></td><td>No</td><td>Sc</td></tr>
      </table>
      <p><a href="/0rp/e" role="button">New Remote Site</a></p>`);
    expect(salesforceRemoteSites.matchDocument(doc)).toBe(true);
    expect(readRemoteSites(doc)).toEqual({
      found: true,
      value: [
        { name: 'Ims', url: 'HTTPS://IMS-NA1.ADOBELOGIN.COM/', active: true },
        { name: 'Sc', url: 'https://mkto-sales-connect.adobe.io', active: false },
      ],
    });
    // An inactive site does not count.
    expect(readAdobeRemoteSites(doc)).toEqual({ found: true, value: { ims: true, salesConnect: false } });
    expect(locateNewRemoteSite(doc).found).toBe(true);
  });

  it('reads a Spanish grid with aria-label headers and disabled checkboxes', () => {
    const doc = snippet(`
      <table role="grid"><thead><tr>
        <th scope="col" aria-label="Nombre del sitio remoto"><span>Nombre del sitio remoto</span><span>Ordenar</span></th>
        <th scope="col" aria-label="URL del sitio remoto"><span>URL del sitio remoto</span></th>
        <th scope="col" aria-label="Activo"><span>Activo</span></th>
      </tr></thead><tbody>
        <tr><th scope="row">A</th><td>https://ims-na1.adobelogin.com:443</td><td><input type="checkbox" disabled checked></td></tr>
        <tr><th scope="row">B</th><td>https://mkto-sales-connect.adobe.io/path</td><td><input type="checkbox" disabled></td></tr>
      </tbody></table>
      <button>Nuevo sitio remoto</button>`);
    expect(readRemoteSites(doc)).toEqual({
      found: true,
      value: [
        { name: 'A', url: 'https://ims-na1.adobelogin.com:443', active: true },
        { name: 'B', url: 'https://mkto-sales-connect.adobe.io/path', active: false },
      ],
    });
    const button = locateNewRemoteSite(doc);
    expect(button.found && button.value.tagName).toBe('BUTTON');
  });

  it('leaves `active` out when the list has no Active column and counts such sites', () => {
    const doc = snippet(`<table><tr><th>Remote Site Name</th><th>Remote Site URL</th></tr>
      <tr><td>X</td><td>https://mkto-sales-connect.adobe.io</td></tr></table>`);
    expect(readRemoteSites(doc)).toEqual({
      found: true,
      value: [{ name: 'X', url: 'https://mkto-sales-connect.adobe.io' }],
    });
    expect(readAdobeRemoteSites(doc)).toEqual({ found: true, value: { ims: false, salesConnect: true } });
  });
});

describe('sameSiteUrl', () => {
  it.each([
    ['https://ims-na1.adobelogin.com', 'https://ims-na1.adobelogin.com/', true],
    ['https://IMS-NA1.adobelogin.com', 'https://ims-na1.adobelogin.com', true],
    [' https://ims-na1.adobelogin.com:443 ', 'https://ims-na1.adobelogin.com', true],
    ['http://ims-na1.adobelogin.com', 'https://ims-na1.adobelogin.com', false],
    ['https://ims-na1.adobelogin.com.evil.example', 'https://ims-na1.adobelogin.com', false],
    ['https://ims-na2.adobelogin.com', 'https://ims-na1.adobelogin.com', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(sameSiteUrl(a, b)).toBe(expected);
  });
});
