/**
 * What in a (normalised, see ./normalise.ts) text looks like personal data or a
 * secret. Each detector returns ranges; overlapping ranges are merged. The
 * rules lean towards masking: a report is useful for its structure and labels,
 * and a masked word costs a maintainer less than a leaked key costs a user.
 *
 * - email: `local@domain` (quoted local parts, `[at]`/`(at)`, IP-literal domains),
 *   with the display name before it when it stands in brackets (`Ana López <ana@…>`);
 * - phone: 7 or more digits written with separators (`+1 (415) 555-0100`, dates too);
 * - url-query: the query and fragment of a URL written in text;
 * - token: a run of letters, digits and `_+/=~.-` that has 6 digits or more, or
 *   mixes letters and digits over 8 characters (keys, ids, Munchkin IDs,
 *   hosts with a pod number), or holds a run of 20 letters or more (an
 *   all-letter secret, its letters counted across base64's `+/=` and
 *   base64url's `-_`; scripts written without spaces excepted), or 20
 *   characters of such a run with its glue (hyphenated words excepted), or a run of
 *   12 letters switching case 3 times; tokens that page adapters know (a label,
 *   an Adobe host) are kept.
 */

export type MaskKind = 'email' | 'phone' | 'url-query' | 'number' | 'secret';

export interface MaskRange {
  start: number;
  end: number;
  kind: MaskKind;
}

/** What stands in the report in place of each kind of masked text. */
export const MASK_TEXT: Record<MaskKind | 'value' | 'label-value', string> = {
  email: '[email]',
  phone: '[phone]',
  'url-query': '[query]',
  number: '[number]',
  secret: '[secret]',
  value: '[value]',
  'label-value': '[masked]',
};

const ATOM = String.raw`[^\s@<>()\[\]\\,;:"\x60]`;
const AT = String.raw`(?:@|\s?[\[(]\s?at\s?[\])]\s?)`;
const EMAIL = new RegExp(
  String.raw`(?:"[^"\r\n]{1,64}"|${ATOM}{1,64})${AT}(?:\[[^\]\s]{1,64}\]|${ATOM}{1,253})`,
  'giu',
);
/** Up to four words, the first capitalised, right before an address in brackets. */
const DISPLAY_NAME = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,3}\s*[(<«]\s*$/u;
const PHONE = /\+?\(?\d(?:[\d\s()./-]*\d)?/g;
const URL_QUERY = /\b[a-z][a-z0-9+.-]*:\/\/[^\s?#<>"']*([?#][^\s<>"']*)/gi;
const TOKEN = /[\p{L}\p{M}\p{N}_+/=~.-]+/gu;
/**
 * A run of letters, glued by the characters keys use between letters
 * (`+/=` of base64, `-_~` of base64url): `CbRpMRceUZC/IR+xApvclc` is one
 * 20-letter run, not three short ones. A `.` ends a run (host names, sentences).
 */
const LETTER_RUN = /[\p{L}\p{M}]+(?:[+/=_~-]+[\p{L}\p{M}]+)*/gu;
const GLUE = /[+/=_~-]/g;
/** A word as prose writes it (`Sales`, `insight`, `API`): hyphenated, they are a compound, not a key. */
const WORDLIKE = /^(?:\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}{1,5})$/u;
const isCompound = (run: string) => /^[^+/=_~]*$/.test(run) && run.split(/-+/).every((w) => WORDLIKE.test(w));
const EDGE = /^[._~+=/-]+|[._~+=/-]+$/g;
/** Scripts written without spaces between words: a long run of them is a sentence, not a key. */
const NO_SPACES =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const DIGIT = /\p{N}/gu;
const LETTER = /\p{L}/gu;

const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

function caseSwitches(run: string): number {
  let n = 0;
  for (let i = 1; i < run.length; i++) {
    const a = run[i - 1] as string;
    const b = run[i] as string;
    if (a !== a.toUpperCase() && b !== b.toLowerCase()) n++;
  }
  return n;
}

/** Why `token` looks like a secret or a number (undefined: it does not). */
export function tokenKind(token: string, known: (word: string) => boolean): MaskKind | undefined {
  if (known(token.toLowerCase())) return undefined;
  const digits = count(token, DIGIT);
  const letters = count(token, LETTER);
  if (digits >= 6) return letters ? 'secret' : 'number';
  if (digits >= 1 && letters >= 1 && digits + letters >= 8) return 'secret';
  for (const glued of token.match(LETTER_RUN) ?? []) {
    // Hyphenated words (`Marketo-Sales-Insight-Actions`) are looked at one by one.
    const runs = isCompound(glued) ? glued.split(/-+/) : [glued];
    for (const run of runs) {
      if (NO_SPACES.test(run) || known(run.toLowerCase())) continue;
      const bare = run.replace(GLUE, '');
      const length = [...bare].length;
      if (length >= 20) return 'secret';
      // 20 key characters with their glue (`AAAAAAAAAAAA+AAAAAAA`).
      if ([...run].length >= 20) return 'secret';
      if (length >= 12 && caseSwitches(bare) >= 3) return 'secret';
    }
  }
  return undefined;
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    fn(m);
    if (m[0] === '') re.lastIndex++;
  }
}

/** The ranges of `text` to mask, sorted and merged. */
export function findMasks(text: string, known: (word: string) => boolean = () => false): MaskRange[] {
  const found: MaskRange[] = [];
  each(EMAIL, text, (m) => {
    // "Ana López (ana@acme.com)", "Ana López <ana@acme.com>": the display name goes with the address.
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const named = DISPLAY_NAME.exec(before);
    const start = named ? m.index - named[0].length : m.index;
    found.push({ start, end: m.index + m[0].length, kind: 'email' });
  });
  each(PHONE, text, (m) => {
    if (count(m[0], /\d/g) >= 7) found.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
  });
  each(URL_QUERY, text, (m) => {
    const q = m[1] as string;
    if (q.length > 1)
      found.push({ start: m.index + m[0].length - q.length, end: m.index + m[0].length, kind: 'url-query' });
  });
  each(TOKEN, text, (m) => {
    const lead = m[0].length - m[0].replace(/^[._~+=/-]+/, '').length;
    const token = m[0].replace(EDGE, '');
    if (!token) return;
    const kind = tokenKind(token, known);
    if (kind) found.push({ start: m.index + lead, end: m.index + lead + token.length, kind });
  });
  return merge(found);
}

function merge(ranges: MaskRange[]): MaskRange[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MaskRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** `text` with every detected range replaced by its mask; `onMask` counts them. */
export function maskString(text: string, known?: (word: string) => boolean, onMask?: () => void): string {
  const ranges = findMasks(text, known);
  if (!ranges.length) return text;
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + MASK_TEXT[r.kind];
    at = r.end;
    onMask?.();
  }
  return out + text.slice(at);
}
