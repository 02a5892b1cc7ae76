/**
 * Turns the accepted sources (a Blob/File, a Uint8Array or an async iterable of
 * byte chunks) into one async stream of chunks, without reading a Blob whole.
 */
import { isOwnBytes, ownBytes } from '../own-bytes';
import type { ByteSource } from './types';

export const CHUNK_BYTES = 512 * 1024;

export interface ByteStream {
  totalBytes?: number;
  chunks: AsyncIterable<Uint8Array>;
}

export function openSource(source: ByteSource): ByteStream {
  // Tag and duck-type tests rather than instanceof: sources may come from another realm
  // (a page, a content script's Xray wrappers, jsdom in tests). Bytes of another
  // compartment are copied first: their subarray() may throw (lib/own-bytes.ts).
  if (isBytes(source)) return { totalBytes: source.length, chunks: sliceBytes(own(source)) };
  if (isAsyncIterable(source)) return { chunks: source };
  return { totalBytes: source.size, chunks: readBlob(source) };
}

function isBytes(x: unknown): x is Uint8Array {
  return Object.prototype.toString.call(x) === '[object Uint8Array]';
}

function isAsyncIterable(x: unknown): x is AsyncIterable<Uint8Array> {
  return typeof (x as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === 'function';
}

async function* sliceBytes(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) yield bytes.subarray(i, i + CHUNK_BYTES);
}

async function* readBlob(blob: Blob): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < blob.size; i += CHUNK_BYTES) {
    yield await blobBytes(blob.slice(i, Math.min(blob.size, i + CHUNK_BYTES)));
  }
}

const own = (bytes: Uint8Array): Uint8Array => (isOwnBytes(bytes) ? bytes : ownBytes(bytes));

function blobBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((b) => own(new Uint8Array(b)));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(own(new Uint8Array(reader.result as ArrayBuffer)));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * Reads chunks until at least `bytes` are buffered (or the stream ends) and
 * returns them with an iterator over the rest, so the caller can look ahead.
 */
export async function peek(
  chunks: AsyncIterable<Uint8Array>,
  bytes: number,
): Promise<{ head: Uint8Array[]; headBytes: number; done: boolean; rest: AsyncIterator<Uint8Array> }> {
  const rest = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  while (headBytes < bytes) {
    const next = await rest.next();
    if (next.done) return { head, headBytes, done: true, rest };
    if (next.value.length === 0) continue;
    head.push(next.value);
    headBytes += next.value.length;
  }
  return { head, headBytes, done: false, rest };
}

export function concatBytes(parts: Uint8Array[], total?: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total ?? parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
