/**
 * Shapes of the values copied from the Integration Information card. Pure and
 * tiny so the panel can validate pasted text too.
 */

/** Zero-width characters and soft hyphens that copy/paste drags along; removed anywhere. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Removes invisible characters everywhere and whitespace (NBSP included) at both ends. */
export function cleanValue(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}

/** Client ID: a UUID (8-4-4-4-12 hex), as Marketo API clients have. */
export function isClientId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Client Secret: 32 letters and digits, as Marketo API clients have. */
export function isClientSecret(value: string): boolean {
  return /^[A-Za-z0-9]{32}$/.test(value);
}

/** Munchkin (account) ID: `123-ABC-456` (3 digits, 3 letters/digits, 3 digits). */
export function isMunchkinId(value: string): boolean {
  return /^[0-9]{3}-[A-Z0-9]{3}-[0-9]{3}$/i.test(value);
}

/** A shown value that is only a mask ("••••••••", "********"). */
export function isMaskedText(value: string): boolean {
  const compact = value.replace(/\s/g, '');
  return compact.length >= 3 && /^[•●∙·⋅*✱◦▪\u2027]+$/u.test(compact);
}
