/** Raw and gzip sizes of what the built extension ships, grouped by when it runs. */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bundle {
  name: string;
  when: string;
  files: string[];
  bytes: number;
  gzip: number;
  /** Each file's own sizes. */
  parts: Array<{ file: string; bytes: number; gzip: number }>;
  /** Runs on every matched page before recognition (the < 20 kB target). */
  everyPage?: boolean;
}

const size = (dir: string, file: string) => {
  const body = fs.readFileSync(path.join(dir, file));
  return { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

/** Scripts and styles an HTML page of the extension loads (relative to the extension root). */
function pageAssets(dir: string, html: string): string[] {
  const text = fs.readFileSync(path.join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!.replace(/^\//, ''));
  return [html, ...refs.filter((r) => fs.existsSync(path.join(dir, r)))];
}

function bundle(dir: string, name: string, when: string, files: string[]): Bundle {
  const sizes = files.map((f) => size(dir, f));
  return {
    name,
    when,
    files,
    parts: files.map((file, i) => ({ file, ...sizes[i]! })),
    bytes: sizes.reduce((s, x) => s + x.bytes, 0),
    gzip: sizes.reduce((s, x) => s + x.gzip, 0),
  };
}

interface Manifest {
  content_scripts?: Array<{ js?: string[]; css?: string[]; matches?: string[] }>;
  background?: { service_worker?: string };
  options_ui?: { page?: string };
  action?: { default_popup?: string };
}

export function bundleSizes(dir: string): Bundle[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const out: Bundle[] = [];
  // Each app's bootstrap runs on that app's pages only: one row per declared content script.
  for (const c of manifest.content_scripts ?? []) {
    const files = [...(c.js ?? []), ...(c.css ?? [])];
    const hosts = (c.matches ?? []).map((m) => m.replace(/^https:\/\/|\/\*$/g, '')).join(' ');
    out.push({ ...bundle(dir, files.join(' + '), `${hosts}, every frame`, files), everyPage: true });
  }
  // The panel: an extension page framed in the dock (its own process, not the host's), with the
  // scripts and chunks its HTML loads (some shared with the other extension pages).
  if (fs.existsSync(path.join(dir, 'panel.html'))) {
    out.push(
      bundle(
        dir,
        'panel.html',
        'recognised page / toolbar: framed, own process',
        pageAssets(dir, 'panel.html'),
      ),
    );
  }
  // The agents' libraries (injected just before an agent, a task of their own: lib/agent/libs.ts), then
  // one agent per app (a frame gets its app's); agent.js before the split, for a build compared with an older one.
  if (fs.existsSync(path.join(dir, 'agent-libs.js'))) {
    out.push(bundle(dir, 'agent-libs.js', 'before the agent, its own task', ['agent-libs.js']));
  }
  for (const file of ['agent-marketo.js', 'agent-sales.js', 'agent-salesforce.js', 'agent.js']) {
    if (fs.existsSync(path.join(dir, file)))
      out.push(bundle(dir, file, 'frame of a guide page, on demand', [file]));
  }
  if (fs.existsSync(path.join(dir, 'report.js'))) {
    out.push(bundle(dir, 'report.js', '"Report this page" pressed, that frame', ['report.js']));
  }
  if (manifest.background?.service_worker) {
    out.push(bundle(dir, 'background', 'service worker', [manifest.background.service_worker]));
  }
  for (const page of [manifest.options_ui?.page, manifest.action?.default_popup]) {
    if (page) out.push(bundle(dir, page, 'extension page', pageAssets(dir, page)));
  }
  return out;
}
