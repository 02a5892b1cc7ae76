import { describe, expect, it } from 'vitest';
import { ourWork, type TraceEvent } from '../../../scripts/bench-host/trace';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const HOST = 1;
const PANEL = 2;
const meta = (pid: number): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  pid,
  tid: 10,
  ts: 0,
  args: { name: 'CrRendererMain' },
});
const ev = (pid: number, name: string, ts: number, dur: number, url?: string): TraceEvent => ({
  name,
  cat: name === 'RunTask' ? 'toplevel' : 'devtools.timeline',
  ph: 'X',
  pid,
  tid: 10,
  ts: ts * 1000,
  dur: dur * 1000,
  tdur: dur * 1000,
  args: url ? { data: { url } } : {},
});

// A host page that loads agent.js in one 12 ms task, and runs a 40 ms page task of its own;
// the panel document, in its own process, with a 30 ms task evaluating its chunk.
const trace: TraceEvent[] = [
  meta(HOST),
  meta(PANEL),
  ev(HOST, 'CommitLoad', 0, 0, 'https://app-ab12.marketo.com/#MM0A1'),
  ev(HOST, 'RunTask', 10, 40),
  ev(HOST, 'FunctionCall', 10, 39, 'https://app-ab12.marketo.com/app.js'),
  ev(HOST, 'RunTask', 100, 12),
  ev(HOST, 'EvaluateScript', 101, 10, `${EXT}/agent.js`),
  ev(HOST, 'v8.compile', 101, 2, `${EXT}/agent.js`),
  ev(PANEL, 'ParseHTML', 120, 1, `${EXT}/panel.html`),
  ev(PANEL, 'RunTask', 130, 30),
  ev(PANEL, 'EvaluateScript', 131, 28, `${EXT}/chunks/panel-abc.js`),
  ev(PANEL, 'RunTask', 170, 5),
];

describe('bench:host trace split', () => {
  const work = ourWork(trace);

  it('counts on the host only our content script and the task that ran it', () => {
    expect(work.calls).toEqual([10]);
    expect(work.longestTaskMs).toBe(12);
    expect(work.longestTaskScript).toBe('agent.js');
  });

  it("reports the panel process's longest task apart, not as the host's", () => {
    expect(work.panel?.longestTaskMs).toBe(30);
    expect(work.panel?.cpuMs).toBe(28);
    expect(work.panel?.longestTaskWhat).toBe('EvaluateScript chunks/panel-abc.js');
  });

  it("tells our own time in a task from the page's work in the same task", () => {
    // The page's 40 ms render, in which our change observer's callback (boot-marketo.js) ran 0.5 ms.
    const withCallback = [...trace, ev(HOST, 'FunctionCall', 49, 0.5, `${EXT}/boot-marketo.js`)];
    const w = ourWork(withCallback);
    expect(w.longestTaskMs).toBe(40);
    expect(w.longestTaskScript).toBe('boot-marketo.js');
    // What we added to one task: agent.js's 10 ms evaluation, not the page's 40 ms.
    expect(w.longestOwnMs).toBe(10);
    expect(w.longestOwnCpuMs).toBe(10);
  });

  it('has no panel figures when no panel document loaded', () => {
    expect(ourWork(trace.filter((e) => e.pid === HOST)).panel).toBeUndefined();
  });
});
