/**
 * The set of emails seen, kept small: one pass over the address computes a
 * 64-bit fingerprint of its lower-case form (two independent 32-bit hashes) plus
 * hashes of its local part and domain. The set stores fingerprints and first rows
 * in typed arrays (12 bytes a slot, no strings, nothing for the GC to trace), so
 * a million addresses take about 24 MB. Two different addresses share a
 * fingerprint with probability about n²/2⁶⁵ (3·10⁻⁸ for a million rows).
 */

/** Results of the last `hashEmail` call (kept in one object to avoid allocations). */
export const lastHash = { h1: 0, h2: 0, local: 0, domain: 0 };

const fmix = (h0: number) => {
  let h = h0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
};

/** Fills `lastHash` for an address, ASCII case-insensitively (valid addresses are ASCII). */
export function hashEmail(address: string): void {
  let a = 0x811c9dc5 | 0;
  let b = 0x2f1a6b3d;
  let local = 0x811c9dc5 | 0;
  let domain = 0x811c9dc5 | 0;
  let inDomain = false;
  for (let i = 0; i < address.length; i++) {
    let c = address.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c === 64 && !inDomain) {
      inDomain = true;
      local = a;
    } else if (inDomain) domain = Math.imul(domain ^ c, 0x01000193);
    a = Math.imul(a ^ c, 0x01000193);
    b = ((b << 5) - b + c) | 0;
  }
  lastHash.h1 = fmix(a);
  lastHash.h2 = fmix(b ^ address.length);
  lastHash.local = local & 0x3fffffff;
  lastHash.domain = domain & 0x3fffffff;
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
/** Local-part characters of the common form: letters, digits and _ % + ' - */
const isLocalChar = (c: number) => isAlnum(c) || c === 95 || c === 37 || c === 43 || c === 39 || c === 45;

/**
 * One pass over an address in the common form (`local@domain.tld`: ASCII letters,
 * digits, `_ % + ' -` and single dots before the @; letters, digits, inner hyphens
 * and dots after it; an alphabetic ending of 2–63 letters; at most 64 + 254
 * characters). Fills `lastHash` and returns true when the address has that form;
 * false means "not sure": use the detailed analysis.
 */
export function scanCommonEmail(address: string): boolean {
  const n = address.length;
  if (n === 0 || n > 254) return false;
  // `+x@…` and `-x@…` would start a formula in a spreadsheet: the detailed path says so.
  const first = address.charCodeAt(0);
  if (first === 43 || first === 45) return false;
  let a = 0x811c9dc5 | 0;
  let b = 0x2f1a6b3d;
  let domain = 0x811c9dc5 | 0;
  let i = 0;
  let afterDot = true;
  for (; i < n; i++) {
    let c = address.charCodeAt(i);
    if (c === 64) break;
    if (c === 46) {
      if (afterDot) return false;
      afterDot = true;
    } else if (isLocalChar(c)) afterDot = false;
    else return false;
    if (c >= 65 && c <= 90) c += 32;
    a = Math.imul(a ^ c, 0x01000193);
    b = ((b << 5) - b + c) | 0;
  }
  if (i === n || afterDot || i > 64) return false;
  const local = a;
  a = Math.imul(a ^ 64, 0x01000193);
  b = ((b << 5) - b + 64) | 0;
  let labelLength = 0;
  let hyphenLast = false;
  let alpha = true;
  let dots = 0;
  for (i++; i < n; i++) {
    let c = address.charCodeAt(i);
    if (c === 46) {
      if (labelLength === 0 || hyphenLast) return false;
      dots++;
      labelLength = 0;
      alpha = true;
    } else if (isAlnum(c)) {
      labelLength++;
      hyphenLast = false;
      if (c < 65) alpha = false;
    } else if (c === 45) {
      if (labelLength === 0) return false;
      labelLength++;
      hyphenLast = true;
      alpha = false;
    } else return false;
    if (c >= 65 && c <= 90) c += 32;
    a = Math.imul(a ^ c, 0x01000193);
    b = ((b << 5) - b + c) | 0;
    domain = Math.imul(domain ^ c, 0x01000193);
  }
  if (dots === 0 || !alpha || labelLength < 2 || labelLength > 63) return false;
  lastHash.h1 = fmix(a);
  lastHash.h2 = fmix(b ^ n);
  lastHash.local = local & 0x3fffffff;
  lastHash.domain = domain & 0x3fffffff;
  return true;
}

/** Part hashes of a list of words, for a cheap first test before the exact one. */
export function partHashes(words: Iterable<string>, part: 'local' | 'domain'): ReadonlySet<number> {
  const set = new Set<number>();
  for (const w of words) {
    hashEmail(part === 'local' ? `${w}@` : `@${w}`);
    set.add(part === 'local' ? lastHash.local : lastHash.domain);
  }
  return set;
}

/**
 * Open-addressing hash set of fingerprints, each with the row where it was first
 * seen. Slots are interleaved `[h1, h2, row]` in one array so a probe touches one
 * cache line; a row of 0 marks an empty slot.
 */
/** The largest reservation (fingerprints): 3 MB of slots; a set that outgrows it doubles as before. */
const RESERVE_MAX = 1 << 17;

export class EmailSet {
  size = 0;
  private slots = new Int32Array(3 * 1024);
  private capacity = 1024;

  /**
   * Makes room for about `count` fingerprints at once (at most RESERVE_MAX), so a
   * large file does not pay for rehashing the set at every doubling (measured:
   * about 9% of the check of 100 k rows).
   */
  reserve(count: number): void {
    const wanted = Math.min(Math.max(0, Math.ceil(count)), RESERVE_MAX) * 2;
    if (wanted <= this.capacity || this.size > 0) return;
    let capacity = this.capacity;
    while (capacity < wanted) capacity *= 2;
    this.slots = new Int32Array(3 * capacity);
    this.capacity = capacity;
  }

  /** The row where the fingerprint was first added, or 0 (and it is added with `row`). */
  firstRowOrAdd(h1: number, h2: number, row: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    let i = h1 & mask;
    for (;;) {
      const at = i * 3;
      const r = slots[at + 2]!;
      if (r === 0) break;
      if (slots[at] === h1 && slots[at + 1] === h2) return r;
      i = (i + 1) & mask;
    }
    if (row === 0) return 0;
    if ((this.size + 1) * 2 > this.capacity) {
      this.grow();
      return this.firstRowOrAdd(h1, h2, row);
    }
    const at = i * 3;
    slots[at] = h1;
    slots[at + 1] = h2;
    slots[at + 2] = row;
    this.size++;
    return 0;
  }

  has(h1: number, h2: number): boolean {
    return this.firstRowOrAdd(h1, h2, 0) !== 0;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = this.capacity * 2;
    const mask = capacity - 1;
    const slots = new Int32Array(3 * capacity);
    for (let j = 0; j < old.length; j += 3) {
      if (old[j + 2] === 0) continue;
      let i = old[j]! & mask;
      while (slots[i * 3 + 2] !== 0) i = (i + 1) & mask;
      slots[i * 3] = old[j]!;
      slots[i * 3 + 1] = old[j + 1]!;
      slots[i * 3 + 2] = old[j + 2]!;
    }
    this.slots = slots;
    this.capacity = capacity;
  }
}
