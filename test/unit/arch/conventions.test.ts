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

/** Each app's agent (entrypoints/agent-<app>.ts): the background injects the one of a frame's app. */
const AGENT_APPS = ['marketo', 'sales', 'salesforce'] as const;
const AGENT_ENTRIES = AGENT_APPS.map((app) => `agent-${app}.ts`);
const posix = (f: string) => f.split(path.sep).join('/');
/** Everything some agent imports. */
const agentsGraph = () =>
  new Set(AGENT_ENTRIES.flatMap((entry) => [...importGraph(path.join('entrypoints', entry))]));

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
    for (const entry of [...AGENT_ENTRIES, 'panel/main.tsx', 'background.ts']) {
      const graph = importGraph(path.join('entrypoints', entry));
      expect(graph.has(path.join('lib', 'zod-mini.ts')), `${entry} reaches lib/zod-mini.ts`).toBe(true);
    }
  });
  it("keeps the panel's text catalogues out of the agent (it runs in the host page)", () => {
    // The agent needs the hold labels of the CSV check (the held Next button) and the name of the dock's
    // frame: it takes them from the small hold and dock areas, lib/i18n/messages/{hold,dock}/. The whole
    // CSV catalogue was 26 kB of agent.js (npm run bench:host).
    const graph = agentsGraph();
    expect(graph.has(path.join('lib', 'i18n', 'messages', 'hold', 'index.ts'))).toBe(true);
    expect(graph.has(path.join('lib', 'i18n', 'messages', 'dock', 'index.ts'))).toBe(true);
    const catalogues = [...graph].filter((f) =>
      /^lib\/i18n\/(catalogs\.ts|translate\.ts|messages\/(?!(hold|dock)\/))/.test(
        f.split(path.sep).join('/'),
      ),
    );
    expect(catalogues).toEqual([]);
  });
  it('keeps the CSV command line free of the panel catalogues (lib/csv reaches the findings texts only)', () => {
    const graph = importGraph(path.join('scripts', 'check-csv.ts'));
    expect(graph.has(path.join('lib', 'i18n', 'messages', 'findings', 'en.ts'))).toBe(true);
    const others = [...graph].filter((f) =>
      /^lib\/i18n\/(catalogs\.ts|translate\.ts|locale-texts\.ts|bundles\/|messages\/(?!findings\/))/.test(
        f.split(path.sep).join('/'),
      ),
    );
    expect(others).toEqual([]);
  });
  it.each(['panel', 'options', 'checker'])(
    'the %s page carries English texts only; another locale is a chunk loaded when shown',
    (page) => {
      // All nine locales were a third of the panel's script, evaluated before its first paint
      // (npm run bench:host); lib/i18n/locale-texts.ts imports the others dynamically.
      const graph = [...importGraph(path.join('entrypoints', page, 'main.tsx'))].map((f) =>
        f.split(path.sep).join('/'),
      );
      expect(graph).toContain('lib/i18n/bundles/en.ts');
      const others = graph.filter(
        (f) =>
          /^lib\/i18n\/(catalogs\.ts|bundles\/(?!en\.ts)|messages\/(.+\/)?index\.ts)/.test(f) ||
          (/^lib\/i18n\/messages\//.test(f) && !/\/(en|types)\.ts$/.test(f)),
      );
      expect(others).toEqual([]);
    },
  );
  it('keeps every UI text in the one catalogue layout of lib/i18n/messages', () => {
    // Areas are folders of one file per locale (lib/i18n/messages/<area>/<locale>.ts); no catalogue elsewhere.
    const stray = product.filter(
      (f) =>
        !f.split(path.sep).join('/').startsWith('lib/i18n/messages/') &&
        /^(export )?const (en|fr|ja|de|zh_CN|pt_BR)\b[^=]*=/m.test(read(f)),
    );
    expect(stray).toEqual([]);
  });
  it('keeps the report sanitiser out of the agent: it is injected only when the user asks', () => {
    // lib/report was a quarter of agent.js, evaluated on every recognised page (npm run bench:host);
    // entrypoints/report.ts carries it, and the background injects that only for "Report this page".
    const inAgent = [...agentsGraph()].filter((f) => f.split(path.sep).join('/').startsWith('lib/report/'));
    expect(inAgent).toEqual([]);
    const report = importGraph(path.join('entrypoints', 'report.ts'));
    expect(report.has(path.join('lib', 'report', 'sanitise.ts'))).toBe(true);
  });
  it("registers each feature's handlers only through its folder (lib/features/<feature>/)", async () => {
    // A feature keeps its protocol, background and agent handlers together: a change to one touches one folder.
    const features = fs
      .readdirSync(path.join(ROOT, 'lib', 'features'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(features.sort()).toEqual(['checklist', 'credentials', 'csv', 'report']);
    for (const feature of features) {
      const folder = `lib/features/${feature}/`;
      const protocol = (await import(`../../../lib/features/${feature}/protocol.ts`)) as Record<
        string,
        object
      >;
      const types = Object.entries(protocol)
        .filter(([name]) => name.endsWith('Messages'))
        .flatMap(([, map]) => Object.keys(map));
      expect(types.length, feature).toBeGreaterThan(0);
      // No handler (a key `'<type>':` in an object) for one of its types anywhere else in the product.
      for (const f of product.filter((f) => !posix(f).startsWith(folder))) {
        const src = read(f);
        for (const type of types)
          expect(src, `${f} handles ${type}`).not.toMatch(new RegExp(`^\\s*'${type}':`, 'm'));
      }
      // The background takes its handlers from its folder, and only there.
      if (fs.existsSync(path.join(ROOT, folder, 'background.ts')))
        expect(read('lib/background/start.ts'), `the background imports ${folder}background`).toContain(
          `'../features/${feature}/background'`,
        );
      // Each of its agent files (agent.ts, or agent-<part>.ts split by the app that runs it) is
      // taken by an app's agent (lib/agent/apps/), from its folder.
      const agentFiles = fs
        .readdirSync(path.join(ROOT, folder))
        .filter((f) => /^agent(-[a-z]+)?\.ts$/.test(f))
        .map((f) => `'../../features/${feature}/${f.replace(/\.ts$/, '')}'`);
      const apps = AGENT_APPS.map((app) => read(`lib/agent/apps/${app}.ts`)).join('\n');
      for (const file of agentFiles) expect(apps, `an app's agent imports ${file}`).toContain(file);
    }
    // The agents run in the host page: no feature's background handlers in them.
    const agent = [...agentsGraph()].map(posix);
    expect(agent.filter((f) => /^lib\/features\/[a-z-]+\/background\.ts$/.test(f))).toEqual([]);
    expect(agent.filter((f) => f.startsWith('lib/features/report/'))).toEqual([]);
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
  it("keeps each page's readers out of the bootstraps: they reach its recogniser only", () => {
    // Each host page's folder (lib/pages/<app>/<page>/) holds its recogniser (recognise.ts) beside its
    // readers, locators and page module: a bootstrap runs on every matched page and must stay small.
    const recognition =
      /^lib\/pages\/(types|[a-z]+\/(app|detect|recognition|labels|page-labels|url|shapes)|[a-z]+\/[a-z-]+\/recognise)\.ts$/;
    for (const app of ['marketo', 'sales', 'salesforce']) {
      const graph = [...importGraph(path.join('entrypoints', `boot-${app}.ts`))].map((f) =>
        f.split(path.sep).join('/'),
      );
      const pages = graph.filter((f) => f.startsWith('lib/pages/'));
      expect(
        pages.filter((f) => !recognition.test(f)),
        `boot-${app}.ts`,
      ).toEqual([]);
      // Every page folder of the app is reached through its recogniser.
      const folders = fs
        .readdirSync(path.join(ROOT, 'lib', 'pages', app), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `lib/pages/${app}/${d.name}/recognise.ts`);
      expect(folders.length).toBeGreaterThan(0);
      for (const recogniser of folders)
        expect(graph, `boot-${app}.ts reaches ${recogniser}`).toContain(recogniser);
    }
  });
  it("gives each app's agent its app's page modules only, and the panel none (it takes the pages' names from the catalogue)", () => {
    for (const app of AGENT_APPS) {
      const graph = [...importGraph(path.join('entrypoints', `agent-${app}.ts`))].map(posix);
      const pages = graph.filter((f) => /^lib\/pages\/[a-z]+\/[a-z-]+\/page\.ts$/.test(f));
      expect(pages.length, `agent-${app}.ts reaches its pages`).toBeGreaterThan(0);
      expect(
        pages.filter((f) => !f.startsWith(`lib/pages/${app}/`)),
        `agent-${app}.ts`,
      ).toEqual([]);
      expect(graph).not.toContain('lib/pages/registry.ts');
    }
    const panel = [...importGraph(path.join('entrypoints', 'panel', 'main.tsx'))].map((f) =>
      f.split(path.sep).join('/'),
    );
    expect(panel).toContain('lib/pages/catalogue.ts');
    expect(panel.filter((f) => /^lib\/pages\/(registry|.*\/page)\.ts$/.test(f))).toEqual([]);
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
