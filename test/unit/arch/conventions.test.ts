/**
 * Conventions enforced as tests (refined-github style): they fail when a rule
 * of the codebase is broken, whoever breaks it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
function files(dir: string, ext = /\.(ts|tsx)$/): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => path.join(dir, f));
}
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
/** Our source files reachable from `entry` through runtime imports (`import type` is erased). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of read(file).matchAll(/^(?:import|export) (?!type)[^;]*?from ['"]([^'"]+)['"]/gm)) {
      const spec = m[1] as string;
      if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
      const base = spec.startsWith('@/') ? spec.slice(2) : path.join(path.dirname(file), spec);
      const resolved = ['', '.ts', '.tsx', '/index.ts']
        .map((e) => path.normalize(base + e))
        .find((p) => /\.tsx?$/.test(p) && fs.existsSync(path.join(ROOT, p)));
      if (resolved) visit(resolved);
    }
  };
  visit(entry);
  return seen;
}
const product = [...files('entrypoints'), ...files('components'), ...files('lib')];

describe('conventions', () => {
  it('imports zod only through lib/zod-mini.ts: zod/mini, jitless under the MV3 CSP', () => {
    // zod's classic API builds dozens of methods into every schema: measured as the largest part of
    // the panel's evaluation on the host page (npm run bench:host). zod/mini validates the same.
    const wrapper = path.join('lib', 'zod-mini.ts');
    const offenders = product.filter((f) => f !== wrapper && /from ['"]zod(\/[a-z0-9/]+)?['"]/.test(read(f)));
    expect(offenders).toEqual([]);
    expect(read(wrapper)).toMatch(/from 'zod\/mini'/);
    expect(read(wrapper)).not.toMatch(/from 'zod'/);
  });
  it('validates every message and stored value with the one zod/mini wrapper', () => {
    for (const entry of ['agent.ts', 'panel/main.tsx', 'background.ts']) {
      const graph = importGraph(path.join('entrypoints', entry));
      expect(graph.has(path.join('lib', 'zod-mini.ts')), `${entry} reaches lib/zod-mini.ts`).toBe(true);
    }
  });
  it("keeps the panel's text catalogues out of the agent (it runs in the host page)", () => {
    // The agent needs one label of the CSV check (the held Next button): it takes it from
    // lib/i18n/messages/csv-hold.ts. The whole CSV catalogue was 26 kB of agent.js (npm run bench:host).
    const graph = importGraph(path.join('entrypoints', 'agent.ts'));
    expect(graph.has(path.join('lib', 'i18n', 'messages', 'csv-hold.ts'))).toBe(true);
    const catalogues = [...graph].filter((f) =>
      /^lib\/i18n\/(catalogs\.ts|messages\/(?!csv-hold\.ts))/.test(f.split(path.sep).join('/')),
    );
    expect(catalogues).toEqual([]);
  });
  it('keeps the report sanitiser out of the agent: it is injected only when the user asks', () => {
    // lib/report was a quarter of agent.js, evaluated on every recognised page (npm run bench:host);
    // entrypoints/report.ts carries it, and the background injects that only for "Report this page".
    const agent = importGraph(path.join('entrypoints', 'agent.ts'));
    const inAgent = [...agent].filter((f) => f.split(path.sep).join('/').startsWith('lib/report/'));
    expect(inAgent).toEqual([]);
    const report = importGraph(path.join('entrypoints', 'report.ts'));
    expect(report.has(path.join('lib', 'report', 'sanitise.ts'))).toBe(true);
  });
  it('never writes HTML from strings in product code', () => {
    const offenders = product.filter((f) =>
      /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(read(f)),
    );
    expect(offenders).toEqual([]);
  });
  it('keeps lib/ free of React and of components/', () => {
    const offenders = files('lib').filter((f) =>
      /from ['"](react|react-dom[^'"]*|@\/components[^'"]*|\.\.\/components[^'"]*)['"]/.test(read(f)),
    );
    expect(offenders).toEqual([]);
  });
  it('keeps the bootstraps free of zod, React and the polyfill (they run on every matched page)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = read(file);
      for (const m of src.matchAll(/^import (?!type)[^;]*?from ['"]([^'"]+)['"]/gm)) {
        const spec = m[1] as string;
        expect(spec, `${file} imports ${spec}`).not.toMatch(
          /^(zod|react|react-dom|papaparse|wxt\/browser|webextension-polyfill)/,
        );
        expect(spec, `${file} imports ${spec}`).not.toMatch(/lib\/zod|\/zod$/);
        if (spec.startsWith('.') || spec.startsWith('@/')) {
          const base = spec.startsWith('@/') ? spec.slice(2) : path.join(path.dirname(file), spec);
          const resolved = ['.ts', '.tsx', '/index.ts']
            .map((e) => path.normalize(base + e))
            .find((p) => fs.existsSync(path.join(ROOT, p)));
          if (resolved) visit(resolved);
        }
      }
    };
    for (const app of ['marketo', 'sales', 'salesforce']) visit(path.join('entrypoints', `boot-${app}.ts`));
    expect(seen.size).toBeGreaterThan(3);
  });
  it('uses no user-facing literal text in components (everything goes through t())', () => {
    const offenders: string[] = [];
    for (const f of files('components', /\.tsx$/)) {
      const src = read(f);
      // JSX text children with letters, outside of {expressions}.
      for (const m of src.matchAll(/>([^<>{}]*\p{L}[^<>{}]*)</gu)) {
        const text = (m[1] as string).trim();
        // Code between generics (`useState<A>(b); ... <`) is not JSX text.
        if (/[;=()&|]/.test(text)) continue;
        if (text && !/^[\s›‹·:\d]*$/.test(text)) offenders.push(`${f}: "${text}"`);
      }
      for (const m of src.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*\p{L}[^"]*)"/gu)) {
        offenders.push(`${f}: ${m[1]}="${m[2]}"`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
