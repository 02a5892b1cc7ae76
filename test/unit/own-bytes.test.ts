// @vitest-environment node
/**
 * Bytes from the page, as a Firefox content script sees them: a typed array of
 * another compartment whose `constructor` may not be read, so `subarray()`
 * (which looks it up) throws. Faked here with an array from another realm
 * (node:vm) with a throwing `constructor`: the method calls that fail in Firefox
 * fail the same way. The Firefox lane runs the real thing (test/e2e-firefox/csv.spec.ts).
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkCsv } from '@/lib/csv';
import { ChunkDecoder } from '@/lib/csv/encoding';
import { base64ToBytes, bytesToBase64 } from '@/lib/messaging/bytes';
import { isOwnBytes, ownBytes } from '@/lib/own-bytes';
import { codes, utf8 } from './csv/helpers';

const DENIED = 'Permission denied to access property "constructor"';

function pageBytes(bytes: Uint8Array): Uint8Array {
  const foreign = vm.runInNewContext('new Uint8Array(n)', { n: bytes.length }) as Uint8Array;
  for (let i = 0; i < bytes.length; i++) foreign[i] = bytes[i]!;
  Object.defineProperty(foreign, 'constructor', {
    get() {
      throw new Error(DENIED);
    },
  });
  return foreign;
}

const ACCENTED = 'Email,First name\r\nchloe.dupont@acme.com,Chloé\r\nbo.king@acme.com,Björn\r\n';

describe('bytes from the page', () => {
  it('the fake behaves like the wrapper: reading works, subarray() throws', () => {
    const page = pageBytes(utf8('Chloé'));
    expect(page[4]).toBe(0xc3);
    expect(page.length).toBe(6);
    expect(() => page.subarray(0, 2)).toThrow(DENIED);
    expect(() => bytesToBase64(page)).toThrow(DENIED);
    expect(isOwnBytes(page)).toBe(false);
  });

  it('ownBytes copies them into an array of our own, which every method accepts', () => {
    const source = utf8(ACCENTED);
    const own = ownBytes(pageBytes(source));
    expect(isOwnBytes(own)).toBe(true);
    expect([...own]).toEqual([...source]);
    expect(new TextDecoder().decode(own.subarray(0, 5))).toBe('Email');
    expect([...base64ToBytes(bytesToBase64(own))]).toEqual([...source]);
  });

  it('ownBytes copies an ArrayBuffer: the result does not share its memory', () => {
    const buffer = utf8('abc').buffer as ArrayBuffer;
    const own = ownBytes(buffer);
    new Uint8Array(buffer)[0] = 0x7a;
    expect(new TextDecoder().decode(own)).toBe('abc');
    expect(own.buffer).not.toBe(buffer);
  });

  it("keeps this realm's arrays (and Node's Buffer) as they are", () => {
    expect(isOwnBytes(new Uint8Array(2))).toBe(true);
    expect(isOwnBytes(Buffer.from('x'))).toBe(true);
    expect(isOwnBytes(vm.runInNewContext('new Uint8Array(2)') as Uint8Array)).toBe(false);
  });
});

describe('the CSV check given bytes from the page', () => {
  it('reads UTF-8 with accents as UTF-8 (no false fallback to Windows-1252)', async () => {
    const r = await checkCsv(pageBytes(utf8(ACCENTED)), { keepRows: true });
    expect(r.encoding).toBe('utf-8');
    expect(codes(r)).toEqual([]);
    expect(r.keptRows.map((row) => row.cells[1])).toEqual(['Chloé', 'Björn']);
  });

  it("reads UTF-8 with a BOM (Excel's CSV UTF-8)", async () => {
    const r = await checkCsv(pageBytes(utf8(`\ufeff${ACCENTED}`)), { keepRows: true });
    expect(r.encoding).toBe('utf-8');
    expect(codes(r)).toEqual([]);
    expect(r.keptRows[0]!.cells[1]).toBe('Chloé');
  });

  it('the decoder does not take a failure to read the bytes for invalid UTF-8', () => {
    const d = new ChunkDecoder('utf-8');
    expect(() => d.decode(pageBytes(utf8(ACCENTED)), true)).toThrow(DENIED);
    expect(d.fellBack).toBe(false);
    expect(d.encoding).toBe('utf-8');
  });
});
