/**
 * Bytes between the agent and the panel. Runtime messages carry JSON in Chrome,
 * so bytes travel as base64. The agent copies a page file's bytes with
 * `ownBytes` (lib/own-bytes.ts) first: in Firefox they belong to the page.
 */

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
