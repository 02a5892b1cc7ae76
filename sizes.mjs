import fs from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const f = process.argv[2];
const src = fs.readFileSync(f, 'utf8');
const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(f + '.map', 'utf8')));
const lines = src.split('\n');
const sizes = new Map();
let prev = null;
map.eachMapping((m) => {
  if (prev) {
    let len = prev.line === m.generatedLine ? m.generatedColumn - prev.col : lines[prev.line - 1].length - prev.col;
    const k = (prev.source ?? '?').replace(/.*node_modules\//, 'nm/').replace(/^(\.\.\/)+/, '');
    sizes.set(k, (sizes.get(k) ?? 0) + len);
  }
  prev = { line: m.generatedLine, col: m.generatedColumn, source: m.source };
});
const groups = new Map();
for (const [k, v] of sizes) { const g = k.startsWith('nm/') ? k.split('/').slice(0, 2).join('/') : k.split('/').slice(0, 3).join('/'); groups.set(g, (groups.get(g) ?? 0) + v); }
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(v).padStart(7), k);
