/**
 * The text the report's detectors look at: what a person would read, not the
 * bytes a page used to hide it. Invisible format characters (zero-width space
 * and joiners, soft hyphen, BOM, bidi marks: Unicode category Cf, and a few
 * fillers) are removed, percent-encoding (`jane%40acme.com`, also
 * double-encoded) and numeric character references (`&#64;`) are decoded, and
 * every character is folded with NFKC (full-width `＠`, `ｊａｎｅ`).
 *
 * `from[i]` is the index in the original string of normalised character `i`
 * (and `from[text.length]` the original length), so a match in the
 * normalised text can be mapped back onto the nodes it came from.
 */

export interface Normalised {
  text: string;
  from: number[];
}

const INVISIBLE = /\p{Cf}|\u034f|[\u115f\u1160\u3164\uffa0\u180e]/u;
const PERCENT_RUN = /(?:%[0-9a-fA-F]{2})+/y;
const CHAR_REF = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?/y;
const NAMED_REF = /&(commat|period|sol|colon|num);?/y;
const NAMED: Record<string, string> = { commat: '@', period: '.', sol: '/', colon: ':', num: '#' };
/** Double (or triple) encoding is undone; deeper nesting is not a way people write text. */
const ROUNDS = 3;

function decodePercentRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    // Not valid UTF-8: decode the ASCII bytes, keep the rest as written.
    return run.replace(/%([0-7][0-9a-fA-F])/g, (_m, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  }
}

function decodeAt(s: string, i: number): { text: string; end: number } | null {
  const c = s[i];
  if (c === '%') {
    PERCENT_RUN.lastIndex = i;
    const m = PERCENT_RUN.exec(s);
    if (m) return { text: decodePercentRun(m[0]), end: i + m[0].length };
  } else if (c === '&') {
    CHAR_REF.lastIndex = i;
    const m = CHAR_REF.exec(s);
    if (m) {
      const code = Number.parseInt(m[1] ?? m[2] ?? '', m[1] ? 16 : 10);
      if (code > 0 && code <= 0x10ffff) return { text: String.fromCodePoint(code), end: i + m[0].length };
    }
    NAMED_REF.lastIndex = i;
    const n = NAMED_REF.exec(s);
    if (n) return { text: NAMED[n[1] as string] as string, end: i + n[0].length };
  }
  return null;
}

function once(s: string): Normalised {
  let text = '';
  const from: number[] = [];
  const push = (chunk: string, origin: number) => {
    for (const ch of chunk) {
      if (INVISIBLE.test(ch)) continue;
      const folded = ch.normalize('NFKC');
      for (let k = 0; k < folded.length; k++) from.push(origin);
      text += folded;
    }
  };
  let i = 0;
  while (i < s.length) {
    const decoded = decodeAt(s, i);
    if (decoded) {
      push(decoded.text, i);
      i = decoded.end;
      continue;
    }
    const cp = s.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    push(ch, i);
    i += ch.length;
  }
  from.push(s.length);
  return { text, from };
}

const PLAIN = /^[\t\n\r\x20-\x24\x27-\x7e]*$/;
const ENCODED = /%[0-9a-fA-F]{2}|&#|&(?:commat|period|sol|colon|num)/;

/** The normalised text of `s`, with the map back to `s`. */
export function normalise(s: string): Normalised {
  // Most page text is plain ASCII with nothing encoded: the identity map, without a walk.
  if (PLAIN.test(s)) return { text: s, from: Array.from({ length: s.length + 1 }, (_, i) => i) };
  let result = once(s);
  for (let round = 1; round < ROUNDS && ENCODED.test(result.text); round++) {
    const next = once(result.text);
    result = { text: next.text, from: next.from.map((j) => result.from[j] as number) };
  }
  return result;
}
