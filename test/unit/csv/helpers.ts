import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CsvReport } from '@/lib/csv';

export const FIXTURES = join(process.cwd(), 'test/fixtures/csv');

export const fixture = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(join(FIXTURES, name)));

export const utf8 = (s: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(s);

/** Findings as `code@row` (or `code` for file-level ones), in report order. */
export const codes = (r: CsvReport): string[] =>
  r.findings.map((f) => (f.row === undefined ? f.code : `${f.code}@${f.row}`));

/** An async iterable of the bytes cut into chunks of `size`. */
export function chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
    },
  };
}
