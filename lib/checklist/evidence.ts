/**
 * What the extension saw that made a step "detected": an evidence code (its
 * phrase is in texts.evidence), an optional short detail (a package version,
 * a user count, the first invitee), the page, a URL without query or hash,
 * and when. Evidence never holds a secret: details and URLs go through
 * `safeDetail` / `safeUrl` before they are stored, exported or summarised.
 */
import type { PageId } from '../pages/types';
import type { StepId } from './steps';

export const EVIDENCE_CODES = [
  'first-admin-invited',
  'client-id-shown',
  'salesforce-connected',
  'marketo-connected',
  'sync-preview',
  'sync-started',
  'sync-completed',
  'invite-confirmed',
  'csv-invite-confirmed',
  'users-listed',
  'msi-package-installed',
  'remote-sites-present',
  'msi-actions-enabled',
  'msi-actions-configured',
  'sales-account-open',
  'msi-config-open',
] as const;
export type EvidenceCode = (typeof EVIDENCE_CODES)[number];

export interface Evidence {
  what: EvidenceCode;
  /** Package version, user count, invitee… never a secret (see safeDetail). */
  detail?: string;
  page: PageId;
  /** Origin and path only: no query, no hash. */
  url?: string;
  at: number;
}

/** Evidence of a step completed through its `completedBy` sub-steps (see steps.ts). */
export const COMPLETION_EVIDENCE: Partial<Record<StepId, EvidenceCode>> = {
  'configure-msi-actions-in-salesforce': 'msi-actions-configured',
};

/**
 * Evidence that a page exists at all (steps.ts PAGE_PROVES): enough to mark a
 * step detected, never enough to replace what a page showed about it.
 */
export const PROOF_EVIDENCE: readonly EvidenceCode[] = ['sales-account-open', 'msi-config-open'];

export const MAX_DETAIL_LENGTH = 120;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Long runs mixing letters and digits: client secrets, API keys, tokens. */
const TOKEN = /(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{20,}/g;
export const HIDDEN = '[hidden]';

/** Masks anything that looks like an ID or a secret; trims; undefined when nothing is left. */
export function safeDetail(detail: string | undefined | null): string | undefined {
  if (detail === undefined || detail === null) return undefined;
  const masked = detail.replace(UUID, HIDDEN).replace(TOKEN, HIDDEN).replace(/\s+/g, ' ').trim();
  if (!masked) return undefined;
  return masked.length > MAX_DETAIL_LENGTH ? `${masked.slice(0, MAX_DETAIL_LENGTH - 1)}…` : masked;
}

/** `https://host/path` of an http(s) URL (query and hash dropped, secret-looking path parts masked). */
export function safeUrl(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const path = parsed.pathname.replace(UUID, HIDDEN).replace(TOKEN, HIDDEN);
  return `${parsed.origin}${path}`;
}

/** The evidence as it may be stored: safe detail and URL, no empty fields. */
export function safeEvidence(evidence: Evidence): Evidence {
  const detail = safeDetail(evidence.detail);
  const url = safeUrl(evidence.url);
  return {
    what: evidence.what,
    ...(detail ? { detail } : {}),
    page: evidence.page,
    ...(url ? { url } : {}),
    at: evidence.at,
  };
}
