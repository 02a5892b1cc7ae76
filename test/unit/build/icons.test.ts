// @vitest-environment node
/** The extension's icons (scripts/make-icons.mjs): one PNG per size the stores and toolbars ask for. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('icons', () => {
  for (const size of [16, 32, 48, 128]) {
    it(`public/icon/${size}.png is a ${size}×${size} RGBA PNG`, () => {
      const png = fs.readFileSync(`public/icon/${size}.png`);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.toString('latin1', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      expect(png[25]).toBe(6); // colour type RGBA
    });
  }
});
