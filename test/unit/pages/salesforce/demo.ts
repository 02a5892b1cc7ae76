/**
 * Opens pages of the Salesforce demo (test/demo/salesforce) for the adapter
 * tests and waits until their late content is rendered.
 */
import { type DemoDom, loadDemo, waitFor } from '../../../helpers/demo-dom';

export const HOSTS = {
  lightning: 'https://acme.lightning.force.com',
  setup: 'https://acme.my.salesforce-setup.com',
  classic: 'https://acme.my.salesforce.com',
  visualforce: 'https://acme--mkto-si.vf.force.com',
} as const;

export const PAGES = {
  setupHome: `${HOSTS.setup}/lightning/setup/SetupOneHome/home`,
  lightningPackages: `${HOSTS.setup}/lightning/setup/ImportedPackage/home`,
  classicPackages: `${HOSTS.classic}/0A3?setupid=ImportedPackage`,
  lightningSites: `${HOSTS.lightning}/lightning/setup/SecurityRemoteProxy/home`,
  classicSites: `${HOSTS.classic}/0rp?setupid=SecurityRemoteProxy`,
  classicNewSite: `${HOSTS.classic}/0rp/e?setupid=SecurityRemoteProxy`,
  msiTab: `${HOSTS.lightning}/lightning/n/mkto_si__Marketo_Sales_Insight_Config`,
  msiPage: `${HOSTS.visualforce}/apex/mkto_si__Marketo_Sales_Insight_Config`,
  /** A custom tab framing the Sales app's User Management page (toutapp.com). */
  salesTab: `${HOSTS.lightning}/lightning/n/Sales_Insight_Actions`,
} as const;

export const STATES = ['fresh', 'package', 'remote-sites', 'configured'] as const;
export type DemoState = (typeof STATES)[number];
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** `url` with the demo's ?demoState= and ?lang= parameters. */
export function demoUrl(url: string, params: { state?: DemoState; lang?: Lang } = {}): string {
  const u = new URL(url);
  if (params.state) u.searchParams.set('demoState', params.state);
  if (params.lang) u.searchParams.set('lang', params.lang);
  return u.href;
}

/** No spinner / "Loading..." placeholder left (the demo renders after a timeout). */
export const settled = (doc: Document) =>
  doc.body.childElementCount > 0 && !doc.querySelector('.slds-spinner_container, .waitingHolder');

/** Waits until the page has rendered its late content (and `ready` holds, if given). */
export async function settle(demo: DemoDom, ready?: (doc: Document) => unknown): Promise<void> {
  await waitFor(demo.window, () => settled(demo.document) && (ready ? ready(demo.document) : true));
}

export async function openPage(
  url: string,
  params: { state?: DemoState; lang?: Lang } = {},
  storage?: Record<string, string>,
): Promise<DemoDom> {
  const demo = await loadDemo(demoUrl(url, params), storage ? { storage } : {});
  await settle(demo);
  return demo;
}

/** Clicks and waits for the page to settle again. */
export async function clickAndSettle(demo: DemoDom, el: Element, ready?: (doc: Document) => unknown) {
  (el as HTMLElement).click();
  await new Promise((r) => setTimeout(r, 0));
  await settle(demo, ready);
}

/** Types into a control of the demo (value + input event, as a user would). */
export function type(control: Element | null, value: string) {
  const input = control as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new input.ownerDocument.defaultView!.Event('input', { bubbles: true }));
}

/** Parses an inline HTML snippet (a markup style other than the demo's). */
export function snippet(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}
