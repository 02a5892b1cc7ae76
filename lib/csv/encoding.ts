/**
 * Reading bytes right: BOM sniffing, non-text detection and a streaming decoder
 * that validates UTF-8 strictly and falls back to Windows-1252 (never a silent
 * U+FFFD).
 */
import type { NotTextKind } from './codes';
import type { CsvEncoding } from './types';

export interface Bom {
  encoding: CsvEncoding;
  length: number;
}

export function detectBom(b: Uint8Array): Bom | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Recognises spreadsheets and other binary files by their first bytes. */
export function detectNotText(b: Uint8Array, bom: Bom | null): NotTextKind | null {
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) return 'xlsx';
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (bom && bom.encoding !== 'utf-8') return null;
  const end = Math.min(b.length, 8192);
  for (let i = 0; i < end; i++) if (b[i] === 0) return 'binary';
  return null;
}

/** Length of the prefix of `b` that ends on a complete UTF-8 sequence. */
function completeUtf8Length(b: Uint8Array): number {
  const len = b.length;
  for (let i = len - 1; i >= 0 && i >= len - 4; i--) {
    const x = b[i]!;
    if (x < 0x80) return len;
    if (x >= 0xc0) {
      const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : 2;
      return len - i >= need ? len : i;
    }
  }
  return len;
}

/**
 * Decodes a byte stream chunk by chunk. For UTF-8 it keeps an incomplete
 * trailing sequence for the next chunk and, at the first invalid sequence,
 * switches to Windows-1252 for that chunk and the rest (`fellBack`).
 */
export class ChunkDecoder {
  encoding: CsvEncoding;
  fellBack = false;
  private skip: number;
  private carry: Uint8Array | null = null;
  private utf8: TextDecoder | null = null;
  private other: TextDecoder | null = null;

  constructor(encoding: CsvEncoding, bomLength = 0) {
    this.encoding = encoding;
    this.skip = bomLength;
    this.setDecoder();
  }

  private setDecoder(): void {
    if (this.encoding === 'utf-8') this.utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    else this.other = new TextDecoder(this.encoding, { ignoreBOM: true });
  }

  decode(chunk: Uint8Array, final: boolean): string {
    let bytes = chunk;
    if (this.skip > 0) {
      const n = Math.min(this.skip, bytes.length);
      bytes = bytes.subarray(n);
      this.skip -= n;
    }
    if (this.utf8) return this.decodeUtf8(bytes, final);
    return this.other!.decode(bytes, { stream: !final });
  }

  private decodeUtf8(chunk: Uint8Array, final: boolean): string {
    let bytes = chunk;
    if (this.carry) {
      const joined = new Uint8Array(this.carry.length + chunk.length);
      joined.set(this.carry);
      joined.set(chunk, this.carry.length);
      bytes = joined;
      this.carry = null;
    }
    const cut = final ? bytes.length : completeUtf8Length(bytes);
    // Outside the try: only the decoder's own rejection means "not UTF-8". Anything
    // else (bytes another compartment refuses to slice, lib/own-bytes.ts) is a
    // failure to report, never a silent switch to Windows-1252.
    const head = bytes.subarray(0, cut);
    const rest = cut < bytes.length ? bytes.slice(cut) : null;
    try {
      const text = this.utf8!.decode(head);
      this.carry = rest;
      return text;
    } catch {
      this.fellBack = true;
      this.encoding = 'windows-1252';
      this.utf8 = null;
      this.setDecoder();
      return this.other!.decode(bytes);
    }
  }
}
