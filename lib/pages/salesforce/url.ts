/**
 * What Salesforce URLs say about the page. Hosts come from domain.md §4.3;
 * Setup routes are route HINTS (Lightning and Classic forms): the document
 * decides in the end (see detect.ts).
 */

/** Host suffixes of Salesforce orgs (My Domain, Lightning, Setup, Visualforce, Gov cloud). */
const SALESFORCE_HOST_SUFFIXES = [
  '.my.salesforce.com',
  '.lightning.force.com',
  '.my.salesforce-setup.com',
  '.force.com', // also *.vf.force.com, *.visual.force.com
  '.visualforce.com',
  '.cloudforce.com',
  '.salesforce.mil',
  '.crmforce.mil',
  '.cloudforce.mil',
];

const VISUALFORCE_HOST_SUFFIXES = ['.visualforce.com', '.vf.force.com', '.visual.force.com'];

function toUrl(url: URL | string): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

const hostEndsWith = (url: URL, suffixes: readonly string[]) =>
  url.protocol === 'https:' && suffixes.some((suffix) => url.hostname.toLowerCase().endsWith(suffix));

/** A page of a Salesforce org (any of its hosts, https only). */
export function isSalesforceUrl(url: URL | string): boolean {
  const u = toUrl(url);
  return u !== null && hostEndsWith(u, SALESFORCE_HOST_SUFFIXES);
}

/** A Visualforce host, where package pages such as the MSI Config tab are served. */
export function isVisualforceHost(url: URL | string): boolean {
  const u = toUrl(url);
  return u !== null && hostEndsWith(u, VISUALFORCE_HOST_SUFFIXES);
}

/** Lightning Setup route of a Setup node, in the path or (older one.app URLs) in the hash. */
function isLightningSetupRoute(url: URL, node: string): boolean {
  const prefix = `/setup/${node}/`;
  return url.pathname.startsWith(`/lightning${prefix}`) || url.hash.includes(prefix);
}

const setupId = (url: URL) =>
  url.search.includes('setupid=') ? (url.searchParams.get('setupid')?.toLowerCase() ?? '') : '';

/**
 * Installed Packages: `/lightning/setup/ImportedPackage/home` (Lightning) or
 * `/0A3?setupid=ImportedPackage` (Classic, also the page Lightning frames).
 */
export function isInstalledPackagesRoute(url: URL | string): boolean {
  const u = toUrl(url);
  if (!u || !isSalesforceUrl(u)) return false;
  return (
    isLightningSetupRoute(u, 'ImportedPackage') ||
    u.pathname === '/0A3' ||
    u.pathname === '/0A3/' ||
    setupId(u) === 'importedpackage'
  );
}

/**
 * Remote Site Settings: `/lightning/setup/SecurityRemoteProxy/…` (Lightning),
 * `/0rp?setupid=SecurityRemoteProxy` (Classic list), `/0rp/e` (new site),
 * `/0rp<record id>[/e]` (one site, view or edit).
 */
export function isRemoteSitesRoute(url: URL | string): boolean {
  const u = toUrl(url);
  if (!u || !isSalesforceUrl(u)) return false;
  return (
    isLightningSetupRoute(u, 'SecurityRemoteProxy') ||
    // The prefix first: a regular expression's first use costs a compilation on every page.
    (u.pathname.startsWith('/0rp') &&
      /^\/0rp(?:[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)?(?:\/e)?\/?$/.test(u.pathname)) ||
    setupId(u) === 'securityremoteproxy'
  );
}

/**
 * A GUESS that this may be the Marketo Sales Insight Config tab: its URL is
 * undocumented (domain.md §8.3). Package pages carry the `mkto_si__` prefix
 * (`/lightning/n/mkto_si__…`, `/apex/mkto_si__…`). Only a hint: the document
 * decides (detect.ts).
 */
export function mayBeMsiConfigUrl(url: URL | string): boolean {
  const u = toUrl(url);
  if (!u || !isSalesforceUrl(u)) return false;
  const path = u.pathname.toLowerCase();
  return path.includes('/mkto_si__') && /\/(?:lightning\/n|apex)\/mkto_si__/.test(path);
}
