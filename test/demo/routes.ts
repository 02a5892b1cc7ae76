/**
 * Where each demo app is served. The demo pages are our own imitations of the
 * host apps (see test/demo/README.md); Playwright routing (e2e, `npm run demo`)
 * and the jsdom loader (unit tests) both serve them at the real host names
 * through this one table.
 *
 * Every request to a host of a family is answered by that family's SPA shell
 * (`index.html`), except `/__demo/<file>` which serves `test/demo/<family>/<file>`
 * and `/__demo/shared/<file>`, which serves `test/demo/shared/<file>` (the
 * demo's own web components, used by every family's `?ui=wc` variant).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_ROOT = path.dirname(fileURLToPath(import.meta.url));

export type DemoFamily = 'marketo' | 'experience' | 'sales' | 'salesforce' | 'unrelated';

const FAMILIES: Array<[RegExp, DemoFamily]> = [
  [/^(app-[a-z0-9]+|engage-[a-z0-9]+)\.marketo\.com$/, 'marketo'],
  [/^experience\.adobe\.com$/, 'experience'],
  [/^(www\.)?toutapp\.com$/, 'sales'],
  [
    /\.(my\.salesforce\.com|lightning\.force\.com|my\.salesforce-setup\.com|visualforce\.com|vf\.force\.com)$/,
    'salesforce',
  ],
  [/^(www\.)?example\.(org|com)$/, 'unrelated'],
];

/** Route globs to register with Playwright (`context.route(glob, ...)`). */
export const DEMO_ROUTE_GLOBS = [
  'https://*.marketo.com/**',
  'https://experience.adobe.com/**',
  'https://toutapp.com/**',
  'https://*.toutapp.com/**',
  'https://*.my.salesforce.com/**',
  'https://*.lightning.force.com/**',
  'https://*.my.salesforce-setup.com/**',
  'https://*.visualforce.com/**',
  'https://*.vf.force.com/**',
  'https://example.org/**',
];

export function demoFamily(url: string | URL): DemoFamily | null {
  const host = new URL(url).hostname;
  for (const [re, family] of FAMILIES) if (re.test(host)) return family;
  return null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface DemoResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

/** Answers a request for a demo URL, or null when the host is not a demo host. */
export function resolveDemo(url: string | URL): DemoResponse | null {
  const family = demoFamily(url);
  if (!family) return null;
  const { pathname } = new URL(url);
  const shared = pathname.startsWith('/__demo/shared/');
  const dir = path.join(DEMO_ROOT, shared ? 'shared' : family);
  let file = path.join(dir, 'index.html');
  if (pathname.startsWith('/__demo/')) {
    file = path.normalize(path.join(dir, pathname.slice((shared ? '/__demo/shared/' : '/__demo/').length)));
    if (!file.startsWith(dir + path.sep)) return notFoundResponse();
  } else if (pathname === '/favicon.ico') {
    return notFoundResponse();
  }
  if (!fs.existsSync(file)) return notFoundResponse();
  return {
    status: 200,
    contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
    body: fs.readFileSync(file),
  };
}

function notFoundResponse(): DemoResponse {
  return { status: 404, contentType: 'text/plain', body: Buffer.from('not found') };
}
