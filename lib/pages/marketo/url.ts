/**
 * What a URL says about a Marketo Engage instance (shared/domain.md §4.1):
 * - classic UI: `https://app-<pod>.marketo.com/#<AssetID>`
 * - newer UI: `https://engage-<xx>.marketo.com/?munchkinId=XXX-XXX-XXX#/classic/<AssetID>`
 * - IMS-migrated: `https://experience.adobe.com/#/@<tenant>/so:<MunchkinID>/marketo-engage/classic/<AssetID>`
 * Pure functions, no DOM.
 */
import { isMunchkinId } from './shapes';

const MARKETO_HOST = /^(app-[a-z0-9]+|engage-[a-z0-9]+)\.marketo\.com$/i;
const EXPERIENCE_HOST = /^experience\.adobe\.com$/i;

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
  return !!u && u.protocol === 'https:' && MARKETO_HOST.test(u.hostname);
}

/** The shell's route (hash, or path for a shell without hash routing). */
function experienceRoute(u: URL): string {
  return u.hash.length > 1 ? u.hash.slice(1) : u.pathname;
}

/** A Marketo Engage route of the Adobe Unified Shell (`…/marketo-engage/…`), not other products. */
export function isExperienceMarketoRoute(url: string | URL): boolean {
  const u = parse(url);
  if (u?.protocol !== 'https:' || !EXPERIENCE_HOST.test(u.hostname)) return false;
  return /^\/?@[^/]+\/(?:[^/]+\/)*marketo-engage(?:[/?]|$)/.test(experienceRoute(u));
}

/** Munchkin ID from `munchkinId=` (query or hash query) or the shell's `so:XXX-XXX-XXX` segment. */
export function munchkinFromUrl(url: string | URL): string | undefined {
  const u = parse(url);
  if (!u) return undefined;
  const candidates: string[] = [];
  const fromQuery = u.searchParams.get('munchkinId');
  if (fromQuery) candidates.push(fromQuery);
  const inHash = /[?&]munchkinId=([^&#/]+)/i.exec(u.hash);
  if (inHash) candidates.push(decodeURIComponent(inHash[1]!));
  if (EXPERIENCE_HOST.test(u.hostname)) {
    const so = /\/so:([^/?#]+)/.exec(experienceRoute(u));
    if (so) candidates.push(decodeURIComponent(so[1]!));
  }
  const id = candidates.map((c) => c.trim()).find(isMunchkinId);
  return id?.toUpperCase();
}

/** The Marketo pod/host label (`app-ab12`, `engage-ab`), or undefined for other hosts. */
export function podFromUrl(url: string | URL): string | undefined {
  const u = parse(url);
  if (!u || !MARKETO_HOST.test(u.hostname)) return undefined;
  return u.hostname.split('.')[0]!.toLowerCase();
}

/**
 * Whether the URL itself says "sandbox" (a `sandbox` word in the host, the
 * shell's tenant/route, or a query parameter). Marketo URLs usually do not
 * tell: then undefined, never a guess of false.
 */
export function sandboxFromUrl(url: string | URL): boolean | undefined {
  const u = parse(url);
  if (!u || !(MARKETO_HOST.test(u.hostname) || EXPERIENCE_HOST.test(u.hostname))) return undefined;
  const said = /(?:^|[^a-z])sandbox(?:[^a-z]|$)/i;
  const route = EXPERIENCE_HOST.test(u.hostname) ? experienceRoute(u).split('/marketo-engage')[0]! : '';
  if (said.test(u.hostname) || said.test(route) || u.searchParams.has('sandbox')) return true;
  return undefined;
}
