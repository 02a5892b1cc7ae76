/**
 * The host families the extension runs on: the single source for the
 * manifest's host permissions and the content scripts' match patterns
 * (../shared/domain.md §4). Nothing else: no <all_urls>.
 */
export const MARKETO_MATCHES = ['https://*.marketo.com/*', 'https://experience.adobe.com/*'];
// The Sales app is served from these two hosts only (../shared/domain.md §4.2): no other subdomain.
export const SALES_MATCHES = ['https://toutapp.com/*', 'https://www.toutapp.com/*'];
export const SALESFORCE_MATCHES = [
  'https://*.my.salesforce.com/*',
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce-setup.com/*',
  'https://*.visualforce.com/*',
  'https://*.vf.force.com/*',
];
export const HOST_MATCHES = [...MARKETO_MATCHES, ...SALES_MATCHES, ...SALESFORCE_MATCHES];

/**
 * Each app's bootstrap (entrypoints/boot-<app>.ts, an unlisted script) and the
 * pages it is declared on as a content script. The match lists are disjoint:
 * every frame runs one bootstrap, holding only its own app's recognition.
 */
export const BOOTSTRAPS = [
  { app: 'marketo', script: 'boot-marketo.js', matches: MARKETO_MATCHES },
  { app: 'sales', script: 'boot-sales.js', matches: SALES_MATCHES },
  { app: 'salesforce', script: 'boot-salesforce.js', matches: SALESFORCE_MATCHES },
] as const;

/** Does the URL match one of these match patterns (`https://host/*`, `https://*.domain/*`)? */
function matchesAny(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const host = pattern.slice('https://'.length, pattern.indexOf('/', 'https://'.length));
    return host.startsWith('*.')
      ? url.hostname.endsWith(host.slice(1)) && url.hostname.length > host.length - 1
      : url.hostname === host;
  });
}

/** The app whose bootstrap runs at this URL (the one app of its host), or null off our hosts. */
export function appOfUrl(href: string | undefined): 'marketo' | 'sales' | 'salesforce' | null {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  return BOOTSTRAPS.find((b) => matchesAny(url, b.matches))?.app ?? null;
}
