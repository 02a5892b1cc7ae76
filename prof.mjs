import { chromium } from '@playwright/test';
import fs from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const src = fs.readFileSync('.output/chrome-mv3/agent.js', 'utf8');
const map = new SourceMapConsumer(JSON.parse(fs.readFileSync('.output/chrome-mv3/agent.js.map', 'utf8')));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const totals = new Map(); let all = 0;
for (let round = 0; round < 8; round++) {
  const p = await b.newPage();
  await p.setContent('<html><body><div>hello</div></body></html>');
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await p.evaluate(() => {
    const ev = { addListener() {}, removeListener() {}, hasListener() { return false; } };
    globalThis.chrome = { runtime: { id: 'abcdefghijklmnopabcdefghijklmnop', onMessage: ev, onConnect: ev, getURL: (x) => x, sendMessage() {}, connect() {} }, storage: { local: { get() {}, set() {} }, session: { get() {}, set() {} }, onChanged: ev }, i18n: { getMessage: () => '', getUILanguage: () => 'en' } };
  });
  await cdp.send('Profiler.start');
  await p.addScriptTag({ content: src + `\n//# sourceURL=agent-x${round}.js` });
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  for (const [id, us] of dt) {
    const n = byId.get(id); const cf = n.callFrame;
    let key;
    if (cf.url.includes('agent-x')) {
      const pos = map.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber + 1 });
      key = (pos.source ?? '?').replace(/.*node_modules\//, 'nm/').replace(/^.*\/main\//, '') ;
    } else key = cf.functionName ? `(native) ${cf.functionName}` : `(${cf.url || 'program'})`;
    totals.set(key, (totals.get(key) ?? 0) + us); all += us;
  }
  await p.close();
}
const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, us] of rows) console.log((us / 8000).toFixed(2).padStart(7), 'ms', k);
console.log('total per round', (all / 8000).toFixed(2));
await b.close();
