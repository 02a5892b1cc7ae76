/**
 * Email cell analysis: cleaning (surrounding/invisible spaces, `Name <addr>`),
 * syntax validation with a reason, and the role/personal-address lists.
 */
import type { InvalidEmailReason } from './codes';
import { hashEmail, lastHash, partHashes } from './email-set';

/** Spaces trimmed from the edges: any white space (NBSP, ideographic, BOM…) and zero-width characters. */
const EDGE_SPACE = /^[\s\u00ad\u200b-\u200d\u2060]+|[\s\u00ad\u200b-\u200d\u2060]+$/g;
/** Invisible characters removed anywhere (a visible space inside stays and is invalid). */
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DISPLAY_NAME = /^(.*?)<([^<>]*)>$/s;
/** Common well-formed address, checked first so most rows skip the detailed path. */
const FAST_VALID =
  /^[A-Za-z0-9_%+'-]+(?:\.[A-Za-z0-9_%+'-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const LOCAL_ALLOWED = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const NON_ASCII = /[^ -~]/;
/** First characters that make a spreadsheet run the cell as a formula (`@` first is "nothing before the @"). */
const FORMULA_FIRST = /^[=+\-\uff1d\uff0b\uff0d]/;

export interface EmailCell {
  /** The address to use (trimmed, invisible characters removed, display name dropped). */
  address: string;
  /** Surrounding spaces or invisible characters were removed. */
  whitespace: boolean;
  /** `Jane Doe <jane@x.com>` form: the address was extracted. */
  displayName: boolean;
  /** Why the address is invalid, or null when it is valid. */
  invalid: InvalidEmailReason | null;
}

/** Analyses an email cell that is not blank. */
export function analyseEmail(raw: string): EmailCell {
  if (FAST_VALID.test(raw)) {
    return { address: raw, whitespace: false, displayName: false, invalid: emailReason(raw) };
  }
  let value = raw.replace(EDGE_SPACE, '');
  let whitespace = value !== raw;
  let displayName = false;
  const m = DISPLAY_NAME.exec(value);
  if (m) {
    displayName = true;
    value = m[2]!.replace(EDGE_SPACE, '');
  }
  const visible = value.replace(ZERO_WIDTH, '');
  if (visible !== value) whitespace = true;
  return { address: visible, whitespace, displayName, invalid: emailReason(visible) };
}

function lengthReason(a: string): InvalidEmailReason | null {
  return a.length > 254 || a.indexOf('@') > 64 ? 'too-long' : null;
}

/** Null when the address is valid, else the first reason it is not. */
export function emailReason(a: string): InvalidEmailReason | null {
  // An address cannot be neutralised with a leading ' without changing it: it is not sent at all.
  if (FORMULA_FIRST.test(a)) return 'formula-start';
  const at = a.indexOf('@');
  if (at < 0) return a.includes('\uff20') ? 'fullwidth-at' : 'no-at';
  if (a.indexOf('@', at + 1) >= 0) return 'multiple-at';
  if (/\s/.test(a)) return 'space';
  const local = a.slice(0, at);
  const domain = a.slice(at + 1);
  if (!local) return 'empty-local';
  if (!domain) return 'empty-domain';
  if (NON_ASCII.test(a)) return 'non-ascii';
  if (domain.endsWith('.') || local.endsWith('.')) return 'trailing-dot';
  if (local.startsWith('.') || domain.startsWith('.')) return 'leading-dot';
  if (a.includes('..')) return 'consecutive-dots';
  if (!LOCAL_ALLOWED.test(local)) return 'invalid-character';
  if (!domain.includes('.')) return 'domain-no-dot';
  const labels = domain.split('.');
  if (labels.some((l) => !LABEL.test(l))) return 'domain-label';
  if (!/^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]!)) return 'top-level-domain';
  return lengthReason(a);
}

/** Local parts of shared mailboxes that cannot be a person's Salesforce username. */
export const ROLE_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'info',
  'sales',
  'noreply',
  'no-reply',
  'donotreply',
  'do-not-reply',
  'admin',
  'administrator',
  'support',
  'help',
  'helpdesk',
  'contact',
  'hello',
  'marketing',
  'office',
  'team',
  'billing',
  'accounts',
  'accounting',
  'finance',
  'hr',
  'jobs',
  'careers',
  'service',
  'enquiries',
  'inquiries',
  'webmaster',
  'postmaster',
  'hostmaster',
  'abuse',
  'newsletter',
  'news',
  'mail',
  'press',
  'security',
  'it',
  'ventas',
  'vendite',
  'vertrieb',
  'ventes',
  'kontakt',
  'contacto',
  'contatto',
  'contato',
  'bonjour',
  'accueil',
  'kundservice',
  'kundendienst',
  'privacy',
]);

/** Free mail providers: an invitee's email should be their company Salesforce username. */
export const PERSONAL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.fr',
  'outlook.de',
  'outlook.es',
  'outlook.it',
  'outlook.jp',
  'hotmail.com',
  'hotmail.fr',
  'hotmail.it',
  'hotmail.es',
  'hotmail.de',
  'hotmail.co.uk',
  'hotmail.se',
  'live.com',
  'live.fr',
  'live.it',
  'live.se',
  'msn.com',
  'yahoo.com',
  'yahoo.fr',
  'yahoo.it',
  'yahoo.es',
  'yahoo.de',
  'yahoo.co.uk',
  'yahoo.co.jp',
  'yahoo.com.br',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'gmx.fr',
  'web.de',
  't-online.de',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'alice.it',
  'telia.com',
  'bredband.net',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'sohu.com',
  'foxmail.com',
  'yeah.net',
  'docomo.ne.jp',
  'ezweb.ne.jp',
  'softbank.ne.jp',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'ig.com.br',
  'yandex.ru',
  'yandex.com',
  'mail.ru',
  'zoho.com',
  'hey.com',
  'fastmail.com',
  'tutanota.com',
]);

// Built on first use, not when the panel loads (the panel bundles this library).
let roleHashes: ReadonlySet<number> | undefined;
let personalHashes: ReadonlySet<number> | undefined;

/**
 * Shared mailbox such as info@ or noreply@. `localHash` (from `hashEmail`) skips
 * the exact test for almost every address.
 */
export function isRoleAccount(address: string, localHash?: number): boolean {
  if (localHash === undefined) {
    hashEmail(address);
    return isRoleAccount(address, lastHash.local);
  }
  roleHashes ??= partHashes(ROLE_LOCAL_PARTS, 'local');
  if (!roleHashes.has(localHash)) return false;
  return ROLE_LOCAL_PARTS.has(address.slice(0, address.lastIndexOf('@')).toLowerCase());
}

/** Free mail provider such as gmail.com. `domainHash` as for `isRoleAccount`. */
export function isPersonalDomain(address: string, domainHash?: number): boolean {
  if (domainHash === undefined) {
    hashEmail(address);
    return isPersonalDomain(address, lastHash.domain);
  }
  personalHashes ??= partHashes(PERSONAL_DOMAINS, 'domain');
  if (!personalHashes.has(domainHash)) return false;
  return PERSONAL_DOMAINS.has(address.slice(address.lastIndexOf('@') + 1).toLowerCase());
}

const LOOKS_LIKE = /^\s*[^\s@,;|"<>]+@[^\s@,;|"<>]+\.[^\s@,;|"<>]+\s*$/;

/** Loose test used to recognise data (delimiter choice, a missing header row). */
export function looksLikeEmail(cell: string): boolean {
  return cell.length < 320 && LOOKS_LIKE.test(cell);
}
