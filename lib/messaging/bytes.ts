/**
 * Bytes between the agent and the panel. A page's `File` gives an ArrayBuffer
 * that, in a Firefox content script, belongs to the page's compartment: typed
 * arrays over it are wrappers whose methods may throw ("Permission denied to
 * access property constructor"). `ownBytes` copies them into an array of our
 * own before anything else touches them. Runtime messages carry JSON in Chrome,
 * so bytes travel as base64.
 */
export function ownBytes(buffer: ArrayBuffer): Uint8Array {
  const view = new Uint8Array(buffer);
  const out = new Uint8Array(view.length);
  out.set(view);
  return out;
}

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
