/** Schemas built on first use (lib/zod-mini.ts): they check as the schema they build, and build it once. */
import { describe, expect, it, vi } from 'vitest';
import { lazySchema, lazySchemas, z } from '@/lib/zod-mini';

describe('lazySchema', () => {
  it('builds nothing until the first check, then checks as the schema it built, built once', () => {
    const build = vi.fn(() => z.object({ width: z.int().check(z.gte(280)) }));
    const lazy = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(lazy.safeParse({ width: 300, extra: 1 })).toMatchObject({ success: true, data: { width: 300 } });
    expect(lazy.safeParse({ width: 3 }).success).toBe(false);
    expect(() => lazy.parse({ width: '300' })).toThrow();
    expect(build).toHaveBeenCalledOnce();
  });
});

describe('lazySchemas', () => {
  it('builds each schema on its first read only; every key is there before', () => {
    const a = vi.fn(() => z.object({}));
    const b = vi.fn(() => z.string());
    const schemas = lazySchemas({ a, b });
    expect(Object.hasOwn(schemas, 'a') && Object.hasOwn(schemas, 'b')).toBe(true);
    expect(schemas.b.safeParse(1).success).toBe(false);
    expect(schemas.b.safeParse('x').success).toBe(true);
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
    expect({ ...schemas }.a).toBe(schemas.a);
    expect(a).toHaveBeenCalledOnce();
  });
});
