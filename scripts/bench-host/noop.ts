/** A do-nothing MV3 extension: an empty content script on the same matches as ours. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface ContentScript {
  matches: string[];
  all_frames?: boolean;
  run_at?: string;
}

export function writeNoopExtension(oursDir: string): string {
  const ours = JSON.parse(fs.readFileSync(path.join(oursDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScript[];
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-noop-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'Benchmark no-op',
    version: '1.0.0',
    content_scripts: (ours.content_scripts ?? []).map((c) => ({
      matches: c.matches,
      all_frames: c.all_frames ?? false,
      run_at: c.run_at ?? 'document_idle',
      js: ['noop.js'],
    })),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'noop.js'), 'void 0;\n');
  return dir;
}
