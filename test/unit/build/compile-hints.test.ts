import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, eagerCompile } from '@/lib/build/compile-hints';

type Chunk = {
  type: 'chunk';
  isEntry: boolean;
  fileName: string;
  code: string;
  map: { mappings: string } | null;
};

function run(bundle: Record<string, Chunk | { type: 'asset'; fileName: string }>) {
  const plugin = eagerCompile(/^boot-[a-z]+\.js$/);
  const hook = plugin.generateBundle as unknown as (options: unknown, bundle: unknown) => void;
  hook.call({}, {}, bundle);
  return bundle;
}

describe('eagerCompile', () => {
  it('puts the compile hint first in the bootstraps only, and moves their source map a line down', () => {
    const bundle = run({
      'boot-marketo.js': {
        type: 'chunk',
        isEntry: true,
        fileName: 'boot-marketo.js',
        code: '(function(){})();',
        map: { mappings: 'AAAA,CAAC' },
      },
      'panel.js': {
        type: 'chunk',
        isEntry: true,
        fileName: 'panel.js',
        code: '(function(){})();',
        map: null,
      },
      'boot-marketo.js.map': { type: 'asset', fileName: 'boot-marketo.js.map' },
    }) as Record<string, Chunk>;
    expect(bundle['boot-marketo.js']!.code).toBe(`${COMPILE_HINT}\n(function(){})();`);
    expect(bundle['boot-marketo.js']!.map!.mappings).toBe(';AAAA,CAAC');
    expect(bundle['panel.js']!.code).toBe('(function(){})();');
  });
  it('is the magic comment V8 reads: a line comment of its own', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });
});
