/**
 * Readers of Marketo Engage › Admin › Sales Insight › Actions Config: the
 * provisioning card (first admin invite), the Integration Information card
 * (Client ID / Client Secret, maybe Munchkin ID) and the Action Field Sync card.
 * Every reader answers `Found<T>`; "not there" is a reason code, never a throw.
 */
import { flatClosest, flatParent, queryAll } from '@/lib/dom/shadow';
import { isHidden, normalizeText } from '@/lib/dom/text';
import { type Found, found, notFound } from '@/lib/pages/types';
import { displayText, type Field, findActionNear, findCard, findField, visibleAction } from '../cards';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  FIELD_SYNC_CARD,
  HIDE_SECRET,
  INTEGRATION_CARD,
  INVITED,
  MUNCHKIN_ID,
  PROVISIONING_CARD,
  SEND_INVITE,
  SHOW_SECRET,
  START_SYNC,
  SYNC,
  SYNC_COMPLETED_WORDS,
  SYNC_IN_PROGRESS_WORDS,
} from '../labels';
import { cleanValue, isClientId, isClientSecret, isMaskedText, isMunchkinId } from '../shapes';
import { munchkinFromUrl } from '../url';

// ---------------------------------------------------------------- cards

export const findIntegrationCard = (doc: Document | ParentNode) =>
  findCard(doc, INTEGRATION_CARD, [], [...SEND_INVITE, ...START_SYNC]);

export const findFieldSyncCard = (doc: Document | ParentNode) =>
  findCard(doc, FIELD_SYNC_CARD, [], [...SEND_INVITE, ...CLIENT_ID]);

/** By its title, or (the title is undocumented) by its Send Invite button or invite confirmation. */
export const findProvisioningCard = (doc: Document | ParentNode) =>
  findCard(doc, PROVISIONING_CARD, [...SEND_INVITE, ...INVITED], [...CLIENT_ID, ...START_SYNC, ...SYNC]);

// ---------------------------------------------------------------- credentials

export type CredentialsFailure =
  | 'no-card'
  | 'no-credentials-yet'
  | 'masked-unrevealable'
  | 'invalid-client-id'
  | 'invalid-client-secret';

export interface Credentials {
  clientId: string;
  clientSecret: string;
  munchkinId?: string;
  /** The page showed the secret masked; it was revealed for reading and masked again. */
  secretWasMasked: boolean;
}

export interface ReadCredentialsOptions {
  /** How long to wait for the secret to show after clicking the show control (ms). */
  revealTimeoutMs?: number;
}

const EMPTY_VALUE = /^[\s\-–—/.]*$|^(n\/a|none|null|undefined)$/i;

function isPassword(field: Field): boolean {
  return field.element.localName === 'input' && (field.element as HTMLInputElement).type === 'password';
}

const sleep = (doc: Document, ms: number) =>
  new Promise<void>((resolve) => (doc.defaultView ?? globalThis).setTimeout(resolve, ms));

async function waitUntil<T>(doc: Document, fn: () => T | null, timeoutMs: number): Promise<T | null> {
  const start = Date.now();
  for (;;) {
    const value = fn();
    if (value !== null || Date.now() - start >= timeoutMs) return value;
    await sleep(doc, 20);
  }
}

/** The secret field as shown now (the card may have been re-rendered). */
function secretNow(doc: Document, fallbackCard: Element): Field | null {
  const card = findIntegrationCard(doc) ?? fallbackCard;
  return findField(card, CLIENT_SECRET);
}

/**
 * Reveals a masked secret through the card's own show control, reads it and
 * puts the page back as it was (clicks hide, or the same toggle again).
 */
async function revealSecret(
  doc: Document,
  card: Element,
  masked: Field,
  timeoutMs: number,
): Promise<string | null> {
  const show = findActionNear(card, SHOW_SECRET, masked.element);
  if (!show) return null;
  show.click();
  const revealed = await waitUntil(
    doc,
    () => {
      const field = secretNow(doc, card);
      const value = field ? cleanValue(field.value) : '';
      return value && !isMaskedText(value) ? value : null;
    },
    timeoutMs,
  );
  // Put the page back: its Hide control, or (shown, toggle without a Hide label) the same control again.
  const current = findIntegrationCard(doc) ?? card;
  const hide =
    findActionNear(current, HIDE_SECRET, secretNow(doc, card)?.element) ??
    (revealed !== null && show.isConnected ? show : null);
  if (hide) {
    hide.click();
    await waitUntil(
      doc,
      () => {
        const field = secretNow(doc, card);
        return !field || isMaskedText(field.value) ? true : null;
      },
      timeoutMs,
    );
  }
  return revealed;
}

/**
 * Client ID and Client Secret from the Integration Information card (shared/domain.md §7).
 * Reasons: `no-card`, `no-credentials-yet` (card empty: the first admin must be
 * invited and activated), `masked-unrevealable`, `invalid-client-id`, `invalid-client-secret`.
 */
export async function readCredentials(
  doc: Document,
  options: ReadCredentialsOptions = {},
): Promise<Found<Credentials>> {
  const timeoutMs = options.revealTimeoutMs ?? 2000;
  const card = findIntegrationCard(doc);
  if (!card) return notFound('no-card');
  const idField = findField(card, CLIENT_ID);
  const secretField = findField(card, CLIENT_SECRET);
  const clientId = idField ? cleanValue(idField.value) : '';
  const shownSecret = secretField ? cleanValue(secretField.value) : '';
  if (!idField || !secretField || EMPTY_VALUE.test(clientId) || EMPTY_VALUE.test(shownSecret)) {
    return notFound('no-credentials-yet');
  }
  let clientSecret = shownSecret;
  let secretWasMasked = isPassword(secretField);
  if (isMaskedText(shownSecret)) {
    secretWasMasked = true;
    const revealed = await revealSecret(doc, card, secretField, timeoutMs);
    if (revealed === null) return notFound('masked-unrevealable');
    clientSecret = revealed;
  }
  if (!isClientId(clientId)) return notFound('invalid-client-id');
  if (!isClientSecret(clientSecret)) return notFound('invalid-client-secret');
  const munchkin = readMunchkinId(doc, doc.URL);
  return found({
    clientId,
    clientSecret,
    ...(munchkin.found ? { munchkinId: munchkin.value.munchkinId } : {}),
    secretWasMasked,
  });
}

// ---------------------------------------------------------------- Munchkin ID

export interface MunchkinRead {
  munchkinId: string;
  /** Where it was read: the Integration Information card, elsewhere on the page, or the URL. */
  source: 'card' | 'page' | 'url';
}

/** Munchkin ID from the Integration Information card, then the page, then the URL (`munchkinId=` / `so:`). */
export function readMunchkinId(doc: Document, url?: string | URL): Found<MunchkinRead> {
  const card = findIntegrationCard(doc);
  const scopes: Array<[ParentNode, MunchkinRead['source']]> = [];
  if (card) scopes.push([card, 'card']);
  if (doc.body) scopes.push([doc.body, 'page']);
  for (const [scope, source] of scopes) {
    const field = findField(scope, MUNCHKIN_ID);
    const value = field ? cleanValue(field.value) : '';
    if (isMunchkinId(value)) return found({ munchkinId: value.toUpperCase(), source });
  }
  const fromUrl = url === undefined ? undefined : munchkinFromUrl(url);
  if (fromUrl) return found({ munchkinId: fromUrl, source: 'url' });
  return notFound('no-munchkin-id');
}

// ---------------------------------------------------------------- provisioning

export interface Provisioning {
  invited: boolean;
  /** The invited admin: their email when shown, else the shown name. */
  invitee?: string;
}

const EMAIL = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[a-z]{2,}/i;
/** Built on first use, not while agent.js is evaluated on the host's thread (normalising is not free). */
let invitedPrefixes: string[] | undefined;
const INVITED_PREFIXES = () =>
  (invitedPrefixes ??= [...new Set(INVITED.map(normalizeText))].sort((a, b) => b.length - a.length));

function invitedRest(text: string): string | null {
  const shown = text.trim();
  if (shown.length > 300) return null;
  const norm = normalizeText(shown);
  for (const prefix of INVITED_PREFIXES()) {
    if (!norm.startsWith(prefix)) continue;
    // A whole word in Latin scripts ("Invited" is not "Invitedx"); Japanese has no spaces.
    const next = norm.charAt(prefix.length);
    if (next && /[\p{L}\p{N}]/u.test(next) && /[a-z]$/.test(prefix)) continue;
    return shown.slice(prefixLengthIn(shown, prefix)).replace(/^[\s:：]+/, '');
  }
  return null;
}

/** Length of the shortest start of `text` that normalises to `prefix`. */
function prefixLengthIn(text: string, prefix: string): number {
  for (let i = 1; i <= text.length; i++) if (normalizeText(text.slice(0, i)) === prefix) return i;
  return text.length;
}

function inviteeFrom(text: string): string | undefined {
  const email = EMAIL.exec(text);
  if (email) return email[0];
  const name = cleanValue(text.replace(/^[\s:：.]+|[\s.。]+$/g, ''));
  return name || undefined;
}

/** Text elements of the card in flat-tree order (not inside list boxes or buttons, not hidden). */
function textElements(card: Element): Element[] {
  const out: Element[] = [];
  for (const el of [card, ...queryAll(card, '*')]) {
    if (flatClosest(el, 'select, button, [role=listbox], [role=option]') || isHidden(el)) continue;
    if ([...el.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim())) out.push(el);
  }
  return out;
}

/** Whether the first admin was invited from the provisioning card, and who. */
export function readProvisioning(doc: Document): Found<Provisioning> {
  const card = findProvisioningCard(doc);
  if (!card) return notFound('no-card');
  for (const el of textElements(card)) {
    const rest = invitedRest(displayText(el));
    if (rest === null) continue;
    let invitee = inviteeFrom(rest);
    if (!invitee) {
      const field = findField(flatParent(el) ?? card, INVITED);
      invitee = field ? inviteeFrom(field.value) : undefined;
    }
    return found({ invited: true, ...(invitee ? { invitee } : {}) });
  }
  return found({ invited: false });
}

// ---------------------------------------------------------------- sync

export type SyncState = 'not-started' | 'preview' | 'in-progress' | 'completed';

export interface SyncStatus {
  state: SyncState;
  /** The status line as shown (empty when the card shows none). */
  text: string;
}

function hasWord(norm: string, words: readonly string[]): boolean {
  return words.some((w) =>
    /^[a-z ]+$/.test(w) ? new RegExp(`(^|[^a-z])${w}([^a-z]|$)`).test(norm) : norm.includes(w),
  );
}

/** State of the Action Field Sync card: not started, preview shown, in progress or completed. */
export function readSyncStatus(doc: Document): Found<SyncStatus> {
  const card = findFieldSyncCard(doc);
  if (!card) return notFound('no-card');
  let completed: string | null = null;
  for (const el of textElements(card)) {
    const text = displayText(el);
    const norm = normalizeText(text);
    if (hasWord(norm, SYNC_IN_PROGRESS_WORDS)) return found({ state: 'in-progress', text });
    if (completed === null && hasWord(norm, SYNC_COMPLETED_WORDS)) completed = text;
  }
  if (completed !== null) return found({ state: 'completed', text: completed });
  if (visibleAction(card, START_SYNC)) return found({ state: 'preview', text: '' });
  return found({ state: 'not-started', text: '' });
}
