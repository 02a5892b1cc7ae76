import { afterEach, describe, expect, it } from 'vitest';
import { salesforceAdapters, salesforceInstalledPackages } from '../../../../lib/pages/salesforce/detect';
import {
  findMsiPackage,
  locateInstalledPackagesTable,
  readInstalledPackages,
} from '../../../../lib/pages/salesforce/installed-packages/readers';
import { REASONS } from '../../../../lib/pages/salesforce/reasons';
import type { DemoDom } from '../../../helpers/demo-dom';
import { LANGS, openPage, PAGES, STATES, snippet } from './demo';

let demo: DemoDom | undefined;
afterEach(() => {
  demo?.close();
  demo = undefined;
});

const matching = (doc: Document) => salesforceAdapters.filter((a) => a.matchDocument(doc)).map((a) => a.page);

describe.each([
  ['Lightning', PAGES.lightningPackages],
  ['Classic', PAGES.classicPackages],
])('Installed Packages demo, %s markup', (_style, url) => {
  describe.each(LANGS)('lang=%s', (lang) => {
    it.each(STATES)(
      'state %s: recognised, lists the packages, finds MSI only once installed',
      async (state) => {
        demo = await openPage(url, { state, lang });
        const doc = demo.document;
        expect(salesforceInstalledPackages.matchUrl(new URL(url))).toBe(true);
        expect(matching(doc)).toEqual(['salesforce-installed-packages']);

        const packages = readInstalledPackages(doc);
        expect(packages.found).toBe(true);
        if (!packages.found) return;
        expect(packages.value.map((p) => p.name)).toContain('Territory Planning Toolkit');
        expect(packages.value[0]).toEqual({
          name: 'Territory Planning Toolkit',
          publisher: 'Acme Labs',
          version: '2.7',
          namespace: 'acmetpt',
        });
        // A package without a namespace has no namespace key (the Classic cell holds a non-breaking space).
        expect(packages.value.find((p) => p.name === 'Marketing Forms Helper')).not.toHaveProperty(
          'namespace',
        );

        const msi = findMsiPackage(doc);
        if (state === 'fresh') {
          expect(packages.value).toHaveLength(3);
          expect(msi).toEqual({ found: false, reason: REASONS.msiPackageMissing });
        } else {
          expect(packages.value).toHaveLength(4);
          expect(msi).toEqual({
            found: true,
            value: {
              name: 'Marketo Sales Insight',
              publisher: 'Marketo',
              version: '1.4358.6',
              namespace: 'mkto_si',
            },
          });
        }
        const table = locateInstalledPackagesTable(doc);
        expect(table.found && table.value.textContent).toContain('Territory Planning Toolkit');
      },
    );
  });
});

describe('Installed Packages: not found elsewhere', () => {
  it.each([
    ['Setup home', PAGES.setupHome],
    ['Remote Site Settings', PAGES.lightningSites],
    ['Classic Remote Site Settings', PAGES.classicSites],
  ])('%s', async (_name, url) => {
    demo = await openPage(url, { state: 'package' });
    expect(salesforceInstalledPackages.matchDocument(demo.document)).toBe(false);
    expect(readInstalledPackages(demo.document)).toEqual({ found: false, reason: REASONS.noPackagesTable });
    expect(findMsiPackage(demo.document)).toEqual({ found: false, reason: REASONS.noPackagesTable });
    expect(locateInstalledPackagesTable(demo.document).found).toBe(false);
  });
});

describe('Installed Packages in other markup', () => {
  it('reads an ARIA grid of divs with sortable headers (German), columns in another order', () => {
    const doc = snippet(`
      <h1>Installierte Pakete</h1>
      <div role="grid" aria-label="Pakete">
        <div role="row">
          <div role="columnheader"><a href="#"><span class="assistive">Sortieren nach:</span><span>Namespace-Präfix</span></a></div>
          <div role="columnheader" aria-label="Paketname"><a href="#">Paketname ▲</a></div>
          <div role="columnheader"><span>Versionsnummer</span></div>
          <div role="columnheader">Herausgeber</div>
        </div>
        <div role="row">
          <div role="gridcell">mkto_si</div>
          <div role="rowheader"><a href="#">Marketo Sales Insight</a></div>
          <div role="gridcell">1.4358.9</div>
          <div role="gridcell">Marketo</div>
        </div>
        <div role="row">
          <div role="gridcell"></div>
          <div role="rowheader">Something Else</div>
          <div role="gridcell">3.0</div>
          <div role="gridcell">Someone</div>
        </div>
      </div>`);
    expect(salesforceInstalledPackages.matchDocument(doc)).toBe(true);
    expect(readInstalledPackages(doc)).toEqual({
      found: true,
      value: [
        { name: 'Marketo Sales Insight', version: '1.4358.9', namespace: 'mkto_si', publisher: 'Marketo' },
        { name: 'Something Else', version: '3.0', publisher: 'Someone' },
      ],
    });
    expect(findMsiPackage(doc).found).toBe(true);
  });

  it('finds MSI by name when the list has no namespace column, and skips Uninstalled Packages', () => {
    const doc = snippet(`
      <table><tr><th>Package Name</th><th>Namespace Prefix</th><th>Uninstall Date</th></tr>
        <tr><td>Marketo Sales Insight</td><td>mkto_si</td><td>2024-01-01</td></tr></table>
      <table><tr><td><b>Package Name</b></td><td><b>Version Number</b></td></tr>
        <tr><td>MARKETO
          SALES INSIGHT</td><td>1.4358.1</td></tr></table>`);
    const packages = readInstalledPackages(doc);
    expect(packages).toEqual({
      found: true,
      value: [{ name: 'MARKETO SALES INSIGHT', version: '1.4358.1' }],
    });
    expect(findMsiPackage(doc)).toEqual({
      found: true,
      value: { name: 'MARKETO SALES INSIGHT', version: '1.4358.1' },
    });
  });

  it('does not take a look-alike package for MSI', () => {
    const doc = snippet(`
      <table><thead><tr><th>Name</th><th>Publisher</th><th>Namespace Prefix</th></tr></thead>
        <tbody><tr><td>Marketo Sales Insight Lite</td><td>Someone</td><td>mkto_lite</td></tr></tbody></table>`);
    expect(findMsiPackage(doc)).toEqual({ found: false, reason: REASONS.msiPackageMissing });
  });

  it('says "not found" for a list of something else with a Name column', () => {
    const doc = snippet(
      `<table><tr><th>Name</th><th>Type</th></tr><tr><td>Installed Packages</td><td>Setup Page</td></tr></table>`,
    );
    expect(readInstalledPackages(doc).found).toBe(false);
    expect(salesforceInstalledPackages.matchDocument(doc)).toBe(false);
  });
});
