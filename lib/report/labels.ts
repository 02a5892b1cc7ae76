/**
 * What the report knows of the host apps' words, from the page adapters' own
 * label tables (lib/pages/*):
 * - the labels of credentials (Client ID, Client Secret, Munchkin ID, API
 *   Secret Key, in every UI language and the guide's translations,
 *   shared/domain.md §6.2): whatever stands next to one is masked, whatever
 *   its shape;
 * - every word of every label and the Adobe hosts the guide names: kept even
 *   where a detector would mask them (a 25-letter German label is not a key).
 */
import { normalizeText } from '../dom/text';
import * as marketo from '../pages/marketo/labels';
import { SALES_LABELS } from '../pages/sales/labels';
import * as salesforce from '../pages/salesforce/labels';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** Translations of the guide (domain.md §6.2) that no adapter table holds yet. */
const GUIDE_CREDENTIAL_LABELS = [
  'ID client',
  'segreto client',
  'klient-ID',
  'klienthemlighet',
  '客户端ID',
  '客户端密钥',
  'Secret de client',
  'Client-Geheimnis',
];

let secretLabels: ReadonlySet<string> | undefined;
let vocabulary: ReadonlySet<string> | undefined;

function credentialLabels(): ReadonlySet<string> {
  secretLabels ??= new Set(
    strings([
      marketo.CLIENT_ID,
      marketo.CLIENT_SECRET,
      marketo.MUNCHKIN_ID,
      SALES_LABELS.clientId,
      SALES_LABELS.clientSecret,
      SALES_LABELS.munchkinId,
      salesforce.API_SECRET_KEY,
      GUIDE_CREDENTIAL_LABELS,
    ]).map(normalizeText),
  );
  return secretLabels;
}

/** Words that name a credential even in a label no table holds (`Munchkin Account Id`, `Secret`). */
const CREDENTIAL_WORD =
  /munchkin|client[\s_-]?(?:id|secret)|\bsecret|secret\b|geheim|secreto|segredo|segreto|hemlighet|シークレット|密钥|秘密/iu;
const SEPARATOR = /[\s:：=]+/gu;

const isLabelText = (s: string): boolean => {
  const norm = normalizeText(s);
  return !!norm && (credentialLabels().has(norm) || (norm.length <= 40 && CREDENTIAL_WORD.test(norm)));
};

/**
 * Whether `text` is (or starts with) the label of a credential. `restAt` is
 * where what follows the label in the same text begins ("Client ID: 5a3e…"),
 * to be masked whatever its shape.
 */
export function credentialLabel(text: string): { label: boolean; restAt?: number } {
  const norm = normalizeText(text);
  if (!norm || norm.length > 80) return { label: false };
  if (credentialLabels().has(norm)) return { label: true };
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
    const restAt = m.index + m[0].length;
    const prefix = text.slice(0, m.index);
    if (restAt >= text.length || !prefix.trim()) continue;
    const exact = credentialLabels().has(normalizeText(prefix));
    // A label word before a colon ("Munchkin Account Id: …") counts too; before a space it would be any sentence.
    if (exact || (/[:：=]/u.test(m[0]) && isLabelText(prefix))) return { label: true, restAt };
  }
  return { label: isLabelText(text) };
}

/**
 * Every label of every adapter, normalised: a label beside a credential's label is
 * kept (an exact match only: a value that merely mentions "secret" is masked).
 */
let knownLabels: ReadonlySet<string> | undefined;
export function isKnownLabel(text: string): boolean {
  knownLabels ??= new Set(
    strings([marketo, SALES_LABELS, salesforce, GUIDE_CREDENTIAL_LABELS]).map(normalizeText),
  );
  return knownLabels.has(normalizeText(text));
}

/** A word (lower-case) that some adapter's label or the guide's Adobe hosts contain. */
export function isKnownWord(word: string): boolean {
  if (!vocabulary) {
    const words = new Set<string>();
    for (const s of strings([marketo, SALES_LABELS, salesforce])) {
      const lower = s.normalize('NFKC').toLowerCase();
      for (const w of lower.match(/[\p{L}\p{M}\p{N}_+/=~.:-]+/gu) ?? []) {
        words.add(w);
        for (const part of w.split(/[^\p{L}\p{M}\p{N}]+/u)) if (part) words.add(part);
      }
      for (const host of lower.matchAll(/https:\/\/([^/\s]+)/g)) words.add(host[1] as string);
    }
    vocabulary = words;
  }
  return vocabulary.has(word);
}
