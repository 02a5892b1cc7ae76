/**
 * Every page module (lib/pages/registry.ts) against every demo page, in every
 * demo language and both markups (plain, and the web-component `?ui=wc`
 * variant where the demo has one): its own page is recognised (by the
 * bootstrap's recognition and by its own recogniser), read and pointed at;
 * no other page module claims it; pages that are none of ours are claimed by
 * no module.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { agentLocator, runApp } from '@/lib/agent/app';
import { marketoAgent } from '@/lib/agent/apps/marketo';
import { salesAgent } from '@/lib/agent/apps/sales';
import { salesforceAgent } from '@/lib/agent/apps/salesforce';
import { readPage } from '@/lib/agent/read-page';
import { recognise } from '@/lib/boot/recognise';
import { stepsOnPage } from '@/lib/checklist/steps';
import { HIGHLIGHT_TARGETS, PAGE_ABOUTS, showMeTarget } from '@/lib/pages/catalogue';
import { marketoApp } from '@/lib/pages/marketo/app';
import { LOCATORS, PAGE_MODULES, PAGES } from '@/lib/pages/registry';
import { salesApp } from '@/lib/pages/sales/app';
import { salesforceApp } from '@/lib/pages/salesforce/app';
import { type KnownPageId, PAGE_IDS } from '@/lib/pages/types';
import type { DemoDom } from '../../helpers/demo-dom';
import * as marketo from './marketo/demo';
import * as sales from './sales/demo';
import * as salesforce from './salesforce/demo';

const APPS = [marketoApp, salesApp, salesforceApp];
/** Each app's agent (entrypoints/agent-<app>.ts): a frame of that app gets it. */
const AGENTS = { marketo: marketoAgent, sales: salesAgent, salesforce: salesforceAgent };

interface Case {
  name: string;
  /** The page this is, or null: none of ours. */
  page: KnownPageId | null;
  open(): Promise<DemoDom>;
  /** What a person does before the page shows the state its reading is about (after recognition). */
  show?(demo: DemoDom): Promise<void>;
  /** False: the page shows neither what its reading is about nor a control to point at (a form, not the list). */
  reads?: false;
}

const cases: Case[] = [];
for (const lang of marketo.LANGS) {
  for (const ui of marketo.VARIANTS) {
    cases.push({
      name: `Marketo Actions Config (${lang}, ${ui})`,
      page: 'marketo-actions-config',
      open: () => marketo.openDemo({ lang, ui, state: 'synced' }),
    });
    cases.push({
      name: `Marketo Admin home (${lang}, ${ui})`,
      page: null,
      open: () => marketo.openDemo({ lang, ui, route: marketo.ROUTES.adminHome }),
    });
  }
}
const SALES_ROUTES: Array<[string, KnownPageId | null]> = [
  [sales.ROUTES.salesforce, 'sales-salesforce-settings'],
  [sales.ROUTES.marketo, 'sales-marketo-settings'],
  [sales.ROUTES.users, 'sales-user-management'],
  ['settings/teams', null],
  ['people', null],
];
for (const lang of sales.LANGS) {
  for (const ui of sales.VARIANTS) {
    for (const [route, page] of SALES_ROUTES) {
      cases.push({
        name: `Sales #${route} (${lang}, ${ui})`,
        page,
        open: () => sales.openSales(route, { lang, ui }),
        // The connection state is on the Connections & Customizations tab: open it as a person would.
        ...(page === 'sales-salesforce-settings'
          ? {
              show: (demo: DemoDom) =>
                (demo as sales.SalesDemo).click((demo as sales.SalesDemo).t('tabConnections')),
            }
          : {}),
      });
    }
  }
}
const SALESFORCE_PAGES: Array<[keyof typeof salesforce.PAGES, KnownPageId | null, false?]> = [
  ['lightningPackages', 'salesforce-installed-packages'],
  ['classicPackages', 'salesforce-installed-packages'],
  ['lightningSites', 'salesforce-remote-sites'],
  ['classicSites', 'salesforce-remote-sites'],
  // The New Remote Site form: recognised by its labels; the list it reads is not there.
  ['classicNewSite', 'salesforce-remote-sites', false],
  ['msiPage', 'salesforce-msi-config'],
  ['setupHome', null],
  // The Lightning tab around the Visualforce frame shows the tab title only.
  ['msiTab', null],
];
// The Salesforce demo has one markup (Lightning / Classic / Visualforce are its variants).
for (const lang of salesforce.LANGS) {
  for (const [key, page, reads] of SALESFORCE_PAGES) {
    cases.push({
      name: `Salesforce ${key} (${lang})`,
      page,
      ...(reads === false ? { reads } : {}),
      open: () => salesforce.openPage(salesforce.PAGES[key], { lang, state: 'package' }),
    });
  }
}

describe('the page modules', () => {
  it('are one per page id, each with the about (targets, "show me") the catalogue lists', () => {
    expect(PAGE_MODULES.map((m) => m.id)).toEqual([...PAGE_IDS]);
    expect(PAGE_ABOUTS.map((a) => a.id)).toEqual([...PAGE_IDS]);
    for (const m of PAGE_MODULES) {
      expect(m.recognise.page).toBe(m.id);
      expect(m.recognise.app).toBe(m.app);
      expect(Object.keys(m.locate).sort()).toEqual([...m.targets].sort());
      expect(m.read.length).toBeGreaterThan(0);
      for (const [step, target] of Object.entries(m.showMe)) {
        expect(m.targets).toContain(target);
        expect(showMeTarget(step as never, m.id)).toBe(target);
        // A step "show me" answers on this page is one the checklist says happens here.
        expect(stepsOnPage(m.id)).toContain(step);
      }
    }
    // Each target name belongs to one page, and has a locator.
    expect(new Set(HIGHLIGHT_TARGETS).size).toBe(HIGHLIGHT_TARGETS.length);
    expect(Object.keys(LOCATORS).sort()).toEqual([...HIGHLIGHT_TARGETS].sort());
    expect(showMeTarget('initiate-data-sync', 'unknown')).toBeUndefined();
    expect(showMeTarget('initiate-data-sync', 'sales-user-management')).toBeUndefined();
  });

  it("are each in their app's agent, and in no other", () => {
    for (const [app, agent] of Object.entries(AGENTS)) {
      expect(agent.app).toBe(app);
      expect(agent.pages.map((m) => m.id)).toEqual(
        PAGE_MODULES.filter((m) => m.app === app).map((m) => m.id),
      );
    }
  });
});

describe.each(cases)('$name', ({ page, open, show, reads }) => {
  let demo: DemoDom | undefined;
  afterAll(() => demo?.close());

  it(page ? `is ${page}, and no other page's` : 'is no page of ours', async () => {
    demo = await open();
    const doc = demo.document;
    const url = new URL(doc.location.href);
    // The bootstrap's recognition (URL, then document).
    expect(recognise(url, doc, APPS).page).toBe(page ?? 'unknown');
    // Each module's own recogniser, by URL and document, and by the document alone.
    const claims = PAGE_MODULES.filter((m) => {
      const byUrl = m.recognise.matchUrl(url);
      return byUrl === true || (byUrl === undefined && m.recognise.matchDocument(doc));
    }).map((m) => m.id);
    expect(claims).toEqual(page ? [page] : []);
    const byDocument = PAGE_MODULES.filter((m) => m.recognise.matchDocument(doc)).map((m) => m.id);
    expect(byDocument).toEqual(page ? [page] : []);
    if (!page) return;

    // Read: the page's reading says something (a field read, not only the page id).
    await show?.(demo);
    // As in the browser: the agent of the page's app, which knows that app's pages only.
    runApp(AGENTS[PAGES[page].app]);
    const reading = readPage(page, doc);
    expect(reading.page).toBe(page);
    const read = Object.entries(reading).filter(([k, v]) => k !== 'page' && v !== undefined);
    if (reads === false) expect(read).toEqual([]);
    else expect(read, JSON.stringify(reading)).not.toEqual([]);

    // "Show me": at least one of its targets is there to point at.
    const located = PAGES[page].targets.filter((t) => agentLocator(t)?.(doc).found);
    if (reads === false) expect(located).toEqual([]);
    else expect(located, `${page}: none of ${PAGES[page].targets.join(', ')} found`).not.toEqual([]);
  }, 30_000);
});
