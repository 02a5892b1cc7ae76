/**
 * URLs of the Marketo Sales web app (formerly ToutApp): https://toutapp.com
 * and https://www.toutapp.com, routed by hash (`/next#settings/...`).
 * Routes are hints only: many old routes still exist (domain.md §4.2).
 */

function toUrl(url: string | URL): URL | null {
  if (typeof url !== 'string') return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for toutapp.com and its subdomains (https or http). */
export function isSalesUrl(url: string | URL): boolean {
  const parsed = toUrl(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return false;
  const host = parsed.hostname.toLowerCase();
  return host === 'toutapp.com' || host.endsWith('.toutapp.com');
}

/**
 * The hash route, normalised: no '#', '#!' or leading '/', no query, no
 * trailing '/', lower case. `https://toutapp.com/next#/Settings/marketo-admin/?x=1`
 * gives `settings/marketo-admin`; no hash gives ''.
 */
export function salesRoute(url: string | URL): string {
  const parsed = toUrl(url);
  if (!parsed) return '';
  // String operations, not regular expressions: this runs on every Sales app page, where a regular
  // expression's first use is a compilation in a fresh isolated world.
  const hash = parsed.hash;
  const start = hash.startsWith('#!') ? 2 : hash.startsWith('#') ? 1 : 0;
  return hash
    .slice(start)
    .split('?')[0]!
    .split('/')
    .filter((segment) => segment !== '')
    .join('/')
    .toLowerCase();
}

/** The Marketo settings route (Admin Settings › Marketo). */
export const MARKETO_SETTINGS_ROUTE = 'settings/marketo-admin';

/**
 * Where carried credentials may go: the Sales app itself (https://toutapp.com or
 * https://www.toutapp.com, no other subdomain) at the Marketo settings route. The URL
 * must say so: a look-alike form elsewhere on toutapp.com gets nothing.
 */
export function isCredentialsTargetUrl(url: string | URL): boolean {
  const parsed = toUrl(url);
  if (parsed?.protocol !== 'https:' || parsed.port !== '') return false;
  const host = parsed.hostname.toLowerCase();
  if (host !== 'toutapp.com' && host !== 'www.toutapp.com') return false;
  const route = salesRoute(parsed);
  return route === MARKETO_SETTINGS_ROUTE || route.startsWith(`${MARKETO_SETTINGS_ROUTE}/`);
}
