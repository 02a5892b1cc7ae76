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

/** Bytes encoded per step of `bytesToBase64Async` (a multiple of 3: the pieces join into one base64 text). */
const BASE64_STEP = 3 * 64 * 1024;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `bytesToBase64` in steps of 192 kB with a yield between them: the agent encodes a chosen file
 * on the host page's main thread, which must not be held for long (10 MB in one go took over a
 * second in Node's btoa).
 */
export async function bytesToBase64Async(
  bytes: Uint8Array,
  pause: () => Promise<void> = nextTask,
): Promise<string> {
  if (bytes.length <= BASE64_STEP) return bytesToBase64(bytes);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += BASE64_STEP) {
    if (i > 0) await pause();
    parts.push(bytesToBase64(bytes.subarray(i, i + BASE64_STEP)));
  }
  return parts.join('');
}
