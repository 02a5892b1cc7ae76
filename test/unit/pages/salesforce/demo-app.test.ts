/** The Salesforce demo itself behaves as documented in test/demo/salesforce/README.md. */
import { afterEach, describe, expect, it } from 'vitest';
import { findActionByLabel, findByText } from '../../../../lib/dom/text';
import { readInstalledPackages } from '../../../../lib/pages/salesforce/installed-packages/readers';
import { readRemoteSites } from '../../../../lib/pages/salesforce/remote-sites/readers';
import { type DemoDom, loadDemo } from '../../../helpers/demo-dom';
import { clickAndSettle, openPage, PAGES, settle, type } from './demo';

let demo: DemoDom | undefined;
afterEach(() => {
  demo?.close();
  demo = undefined;
});

const link = (doc: Document, text: string) => findByText(doc, [text], { selector: 'a' })[0] as HTMLElement;

describe('Salesforce demo', () => {
  it('navigates the Setup tree with pushState and keeps the language', async () => {
    demo = await openPage(PAGES.setupHome, { lang: 'fr', state: 'package' });
    await clickAndSettle(
      demo,
      link(demo.document, 'Packages installés'),
      (d) => readInstalledPackages(d).found,
    );
    expect(demo.window.location.pathname).toBe('/lightning/setup/ImportedPackage/home');
    await clickAndSettle(
      demo,
      link(demo.document, 'Paramètres de site distant'),
      (d) => readRemoteSites(d).found,
    );
    expect(demo.window.location.pathname).toBe('/lightning/setup/SecurityRemoteProxy/home');
    expect(demo.document.documentElement.lang).toBe('fr');
    await demo.navigate('/lightning/setup/SetupOneHome/home');
    await settle(demo);
    expect(demo.document.body.textContent).toContain('Accueil de la configuration');
  });

  it('renders late (after a timeout, without a URL change)', async () => {
    demo = await loadDemo(PAGES.lightningPackages);
    expect(readInstalledPackages(demo.document).found).toBe(false);
    await settle(demo);
    expect(readInstalledPackages(demo.document).found).toBe(true);
  });

  it('keeps its state in localStorage and clears it with ?demoReset=1', async () => {
    demo = await openPage(PAGES.classicPackages, { state: 'package' });
    const stored = demo.window.localStorage.getItem('demo:salesforce')!;
    expect(JSON.parse(stored).seed).toBe('package');
    demo.close();
    demo = await openPage(PAGES.classicPackages, {}, { 'demo:salesforce': stored });
    expect(demo.document.body.textContent).toContain('Marketo Sales Insight');
    demo.close();
    demo = await openPage(`${PAGES.classicPackages}&demoReset=1`, {}, { 'demo:salesforce': stored });
    expect(demo.document.body.textContent).not.toContain('Marketo Sales Insight');
  });

  it('Quick Find filters the Setup tree', async () => {
    demo = await openPage(PAGES.setupHome);
    const quickFind = demo.document.querySelector<HTMLInputElement>('nav input[type=search]')!;
    type(quickFind, 'remote');
    expect(link(demo.document, 'Remote Site Settings')).toBeDefined();
    expect(findByText(demo.document, ['Installed Packages'], { selector: 'a' })).toEqual([]);
  });

  it('deletes a remote site after a confirmation (Lightning and Classic)', async () => {
    for (const url of [PAGES.lightningSites, PAGES.classicSites]) {
      demo = await openPage(url, { state: 'remote-sites' });
      const doc = demo.document;
      const row = findByText(doc, ['Old_Billing'])[0]!.closest('tr')!;
      await clickAndSettle(demo, findActionByLabel(row, ['Del'])!, (d) =>
        d.querySelector('[role=alertdialog]'),
      );
      await clickAndSettle(demo, findActionByLabel(doc.querySelector('[role=alertdialog]')!, ['Delete'])!);
      const sites = readRemoteSites(doc);
      expect(sites.found && sites.value.map((s) => s.name)).not.toContain('Old_Billing');
      demo.close();
    }
    demo = undefined;
  });

  it('Escape closes the Lightning dialog without saving', async () => {
    demo = await openPage(PAGES.lightningSites, { state: 'fresh' });
    await clickAndSettle(demo, findActionByLabel(demo.document, ['New Remote Site'])!);
    const dialog = demo.document.querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    dialog.dispatchEvent(new demo.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(demo.document.querySelector('[role=dialog]')).toBeNull();
  });

  it('rejects an invalid remote site name (Classic)', async () => {
    demo = await openPage(PAGES.classicNewSite);
    const doc = demo.document;
    const inputs = doc.querySelectorAll<HTMLInputElement>('input[type=text]');
    type(inputs[0]!, 'Bad name');
    type(inputs[1]!, 'https://ok.example');
    findActionByLabel(doc, ['Save'])!.click();
    expect(doc.body.textContent).toContain('can only contain underscores and alphanumeric characters');
    expect(demo.window.location.pathname).toBe('/0rp/e');
  });
});
