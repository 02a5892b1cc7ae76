/**
 * What a URL says about a Marketo Engage instance (shared/domain.md §4.1):
 * - classic UI: `https://app-<pod>.marketo.com/#<AssetID>`
 * - newer UI: `https://engage-<xx>.marketo.com/?munchkinId=XXX-XXX-XXX#/classic/<AssetID>`
 * - IMS-migrated: `https://experience.adobe.com/#/@<tenant>/so:<MunchkinID>/marketo-engage/classic/<AssetID>`
 * Pure functions, no DOM.
 */
import { isMunchkinId } from './shapes';

// String tests, not regular expressions: this runs first on every Marketo page, and in a fresh
// isolated world each regular expression's first use costs a compilation (0.1-0.3 ms measured).
const MARKETO_DOMAIN = '.marketo.com';
const EXPERIENCE_HOST = 'experience.adobe.com';
const isAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 97 && code <= 122);

/** `app-<pod>.marketo.com` or `engage-<xx>.marketo.com` (hostname as URL gives it: lower case). */
function isMarketoHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (!host.endsWith(MARKETO_DOMAIN)) return false;
  const label = host.slice(0, -MARKETO_DOMAIN.length);
  const prefix = label.startsWith('app-') ? 4 : label.startsWith('engage-') ? 7 : 0;
  if (prefix === 0 || label.length === prefix) return false;
  for (let i = prefix; i < label.length; i++) if (!isAlnum(label.charCodeAt(i))) return false;
  return true;
}

const isExperienceHost = (hostname: string) => hostname.toLowerCase() === EXPERIENCE_HOST;

function parse(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A Marketo Engage app page (`app-xxx` or `engage-xx` on marketo.com, https). */
export function isMarketoUrl(url: string | URL): boolean {
  const u = parse(url);
  return !!u && u.protocol === 'https:' && isMarketoHost(u.hostname);
}

/** The shell's route (hash, or path for a shell without hash routing). */
function experienceRoute(u: URL): string {
  return u.hash.length > 1 ? u.hash.slice(1) : u.pathname;
}

/** A Marketo Engage route of the Adobe Unified Shell (`…/marketo-engage/…`), not other products. */
export function isExperienceMarketoRoute(url: string | URL): boolean {
  const u = parse(url);
  if (u?.protocol !== 'https:' || !isExperienceHost(u.hostname)) return false;
  return /^\/?@[^/]+\/(?:[^/]+\/)*marketo-engage(?:[/?]|$)/.test(experienceRoute(u));
}

/** Munchkin ID from `munchkinId=` (query or hash query) or the shell's `so:XXX-XXX-XXX` segment. */
export function munchkinFromUrl(url: string | URL): string | undefined {
  const u = parse(url);
  if (!u) return undefined;
  const candidates: string[] = [];
  // Most Marketo URLs carry no Munchkin ID: look before parsing.
  const fromQuery = u.search.includes('munchkinId=') ? u.searchParams.get('munchkinId') : null;
  if (fromQuery) candidates.push(fromQuery);
  const inHash = u.hash.toLowerCase().includes('munchkinid=')
    ? /[?&]munchkinId=([^&#/]+)/i.exec(u.hash)
    : null;
  if (inHash) candidates.push(decodeURIComponent(inHash[1]!));
  if (isExperienceHost(u.hostname)) {
    const so = /\/so:([^/?#]+)/.exec(experienceRoute(u));
    if (so) candidates.push(decodeURIComponent(so[1]!));
  }
  const id = candidates.map((c) => c.trim()).find(isMunchkinId);
  return id?.toUpperCase();
}

/** The Marketo pod/host label (`app-ab12`, `engage-ab`), or undefined for other hosts. */
export function podFromUrl(url: string | URL): string | undefined {
  const u = parse(url);
  if (!u || !isMarketoHost(u.hostname)) return undefined;
  return u.hostname.split('.')[0]!.toLowerCase();
}

/**
 * Whether the URL itself says "sandbox" (a `sandbox` word in the host, the
 * shell's tenant/route, or a query parameter). Marketo URLs usually do not
 * tell: then undefined, never a guess of false.
 */
export function sandboxFromUrl(url: string | URL): boolean | undefined {
  const u = parse(url);
  if (!u || !(isMarketoHost(u.hostname) || isExperienceHost(u.hostname))) return undefined;
  const said = /(?:^|[^a-z])sandbox(?:[^a-z]|$)/i;
  const route = isExperienceHost(u.hostname) ? experienceRoute(u).split('/marketo-engage')[0]! : '';
  if (said.test(u.hostname) || said.test(route) || u.searchParams.has('sandbox')) return true;
  return undefined;
}
