/**
 * Bytes of our own. In a Firefox content script, the ArrayBuffer of a page's
 * `File` (and any typed array the page hands over) belongs to the page's
 * compartment: a typed array over it is a cross-compartment wrapper whose
 * methods that look up `constructor` (`subarray`, `slice`, `map`…) throw
 * "Permission denied to access property constructor". Reading its elements
 * works, so copying them into an array made here gives bytes every method
 * accepts. Chrome's isolated worlds share the page's objects and never throw.
 *
 * Invariant: bytes that came from the page are copied by `ownBytes` before any
 * method is called on them (test/unit/own-bytes.test.ts; the Firefox lane's CSV
 * journeys, test/e2e-firefox/csv.spec.ts).
 */
export function ownBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  const view = ArrayBuffer.isView(data) ? data : new Uint8Array(data);
  const out = new Uint8Array(view.length);
  out.set(view);
  return out;
}

/**
 * True when `bytes` is a Uint8Array of this realm (or of a subclass, like Node's
 * Buffer), whose methods can be called safely; false for another realm's or a
 * wrapper's (copy those with `ownBytes`).
 */
export function isOwnBytes(bytes: Uint8Array): boolean {
  try {
    return bytes instanceof Uint8Array;
  } catch {
    return false;
  }
}
