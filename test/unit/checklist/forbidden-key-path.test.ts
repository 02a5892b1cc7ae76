import { describe, expect, it } from 'vitest';
import { forbiddenKeyPath } from '@/lib/own';

describe('forbiddenKeyPath', () => {
  it('names the path to the first forbidden key, at any depth and through arrays', () => {
    expect(forbiddenKeyPath(JSON.parse('{"store":{"instances":{"__proto__":{}}}}'))).toEqual([
      'store',
      'instances',
      '__proto__',
    ]);
    expect(forbiddenKeyPath(JSON.parse('{"__proto__":1}'))).toEqual(['__proto__']);
    expect(forbiddenKeyPath(JSON.parse('{"a":[{"constructor":1}]}'))).toEqual(['a', '0', 'constructor']);
  });

  it('finds nothing in an ordinary file, however deep', () => {
    expect(forbiddenKeyPath({ a: { b: [1, { c: 'prototype' }] } })).toBeNull();
    const deep = JSON.parse(`${'['.repeat(50_000)}1${']'.repeat(50_000)}`);
    expect(forbiddenKeyPath(deep)).toBeNull();
  });
});
