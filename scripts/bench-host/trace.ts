/**
 * A Chromium trace of one page visit (CDP `Tracing`: `devtools.timeline` for
 * script events and page loads, `toplevel` for the tasks every thread runs) and
 * what in it is ours, split by process:
 *
 * - the HOST renderer (the process that loaded the https page): our content
 *   scripts (agent.js, boot-*.js: script events whose URL is an extension's) on
 *   its main thread, and the longest main-thread task (`toplevel` RunTask) that
 *   ran them: the jank we add to the page (target ≤ 16 ms);
 * - the PANEL process (the renderer that loaded chrome-extension://…/panel.html,
 *   framed in the dock: an out-of-process frame): its main thread's script time
 *   and longest task. It no longer blocks the host's main thread, so it is
 *   reported apart and has no host target.
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    fileName?: string;
    data?: { url?: string; frame?: string };
    beginData?: { url?: string };
  };
}

// No 'disabled-by-default-devtools.timeline': it makes V8 collect source positions for stack
// traces while our scripts run, which added ~40 ms to the panel's evaluation in the measurement
// itself (observer effect). 'toplevel' only adds the task events every thread records anyway.
const CATEGORIES = ['devtools.timeline', 'toplevel'];
/** Events that run extension code, with its script URL in args. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);
/** A thread's top-level task (the name differs across Chromium versions). */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export interface Tracing {
  stop(): Promise<TraceEvent[]>;
}

/**
 * The trace is kept in the browser until the visit is over (`ReturnAsStream`), then read in one go.
 * Streamed as it is recorded (`ReportEvents`), its chunks crossed the browser process and our
 * Node process while the page ran, on the same 2 cores: the host's tasks then waited for a core
 * longer, and "longest task running ours" (wall) measured the tracer as much as us (observer
 * effect: the same build read about 5 ms longer, medians of 8 visits).
 */
export async function startTracing(cdp: CDPSession): Promise<Tracing> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
    transferMode: 'ReturnAsStream',
  });
  return {
    async stop() {
      const complete = new Promise<string | undefined>((resolve) =>
        cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream)),
      );
      await cdp.send('Tracing.end');
      const stream = await complete;
      if (!stream) return [];
      // Bytes first, decoded once: a character may be split across two chunks.
      const parts: Buffer[] = [];
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream });
        parts.push(Buffer.from(chunk.data, chunk.base64Encoded ? 'base64' : 'utf8'));
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      const parsed = JSON.parse(Buffer.concat(parts).toString('utf8')) as
        | TraceEvent[]
        | { traceEvents: TraceEvent[] };
      return Array.isArray(parsed) ? parsed : parsed.traceEvents;
    },
  };
}

export interface OurWork {
  /** Host process: time in our scripts (outermost events only), thread CPU and wall, in ms. */
  cpuMs: number;
  wallMs: number;
  /** Host process: our outermost script events (one per check, per evaluation…), thread CPU in ms. */
  calls: number[];
  /** Host process: the longest main-thread task that ran our code, wall and thread CPU in ms (0: none). */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** Which script that task ran (file name in the extension). */
  longestTaskScript: string;
  /**
   * The most time our code took inside one host task (our outermost script events in it, summed),
   * wall and thread CPU in ms: what we add to a task, apart from the page's own work in the same
   * task (a page's render in which our change observer's callback ran is a long task "running ours").
   */
  longestOwnMs: number;
  longestOwnCpuMs: number;
  /** The panel document's process (absent when no panel.html was loaded in the window). */
  panel?: PanelWork;
}

export interface PanelWork {
  /** Script time on the panel's main thread (outermost events), thread CPU in ms. */
  cpuMs: number;
  /** Its longest main-thread task, wall and thread CPU in ms. */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** What that task ran (script file, or the event inside it that took longest). */
  longestTaskWhat: string;
}

const EXTENSION = /^chrome-extension:\/\/[^/]+\//;
const PANEL_DOC = /^chrome-extension:\/\/[^/]+\/panel\.html/;
const urlOf = (e: TraceEvent): string =>
  e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.fileName ?? '';
const isScript = (e: TraceEvent) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name);
const isTask = (e: TraceEvent) => e.ph === 'X' && TASK_EVENTS.has(e.name);
const us = (n: number | undefined) => (n ?? 0) / 1000;
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
const fileOf = (url: string) => url.replace(EXTENSION, '');

/** Outermost events only: an EvaluateScript contains its v8.compile, a task may nest another. */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  const lastByThread = new Map<string, TraceEvent>();
  for (const e of sorted) {
    const parent = lastByThread.get(key(e));
    if (parent && e.ts >= parent.ts && end(e) <= end(parent)) continue;
    out.push(e);
    lastByThread.set(key(e), e);
  }
  return out;
}

/**
 * Which renderer process is the host's and which the panel's: by the documents
 * each loaded (CommitLoad / ParseHTML carry the URL and run in the renderer),
 * else by the scripts each ran (a chunk of the panel page vs a content script).
 */
export function classifyProcesses(events: readonly TraceEvent[]): { host: Set<number>; panel: Set<number> } {
  const host = new Set<number>();
  const panel = new Set<number>();
  for (const e of events) {
    if (e.name !== 'CommitLoad' && e.name !== 'ParseHTML') continue;
    const url = urlOf(e);
    if (PANEL_DOC.test(url)) panel.add(e.pid);
    else if (url.startsWith('https://')) host.add(e.pid);
  }
  for (const e of events) {
    if (!isScript(e) || host.has(e.pid) || panel.has(e.pid)) continue;
    const url = urlOf(e);
    if (/^chrome-extension:\/\/[^/]+\/chunks\//.test(url)) panel.add(e.pid);
    else if (url.startsWith('https://')) host.add(e.pid);
  }
  // A process that loaded both (should not happen: extension frames are out of process) counts as host.
  for (const pid of host) panel.delete(pid);
  return { host, panel };
}

export function ourWork(events: readonly TraceEvent[]): OurWork {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(key(e));
  const processes = classifyProcesses(events);
  const onHost = (e: TraceEvent) => onMain(e) && processes.host.has(e.pid);
  const onPanel = (e: TraceEvent) => onMain(e) && processes.panel.has(e.pid);

  // Host: our content scripts' events, and the tasks that contain them.
  const ours = outermost(events.filter((e) => isScript(e) && onHost(e) && EXTENSION.test(urlOf(e))));
  const hostTasks = outermost(events.filter((e) => isTask(e) && onHost(e)));
  let longest: { task: TraceEvent; script: string } | undefined;
  const own = new Map<TraceEvent, { wall: number; cpu: number }>();
  for (const e of ours) {
    const task = hostTasks.find(
      (t) => t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && end(t) >= end(e),
    );
    const candidate = task ?? e;
    const sum = own.get(candidate) ?? { wall: 0, cpu: 0 };
    own.set(candidate, { wall: sum.wall + us(e.dur), cpu: sum.cpu + us(e.tdur) });
    if (!longest || (candidate.dur ?? 0) > (longest.task.dur ?? 0)) {
      longest = { task: candidate, script: fileOf(urlOf(e)) };
    }
  }

  const result: OurWork = {
    cpuMs: ours.reduce((s, e) => s + us(e.tdur), 0),
    wallMs: ours.reduce((s, e) => s + us(e.dur), 0),
    calls: ours.map((e) => us(e.tdur)),
    longestTaskMs: us(longest?.task.dur),
    longestTaskCpuMs: us(longest?.task.tdur),
    longestTaskScript: longest?.script ?? '',
    longestOwnMs: Math.max(0, ...[...own.values()].map((o) => o.wall)),
    longestOwnCpuMs: Math.max(0, ...[...own.values()].map((o) => o.cpu)),
  };

  // Panel: every task on its main thread is the panel's (an extension page, nothing else runs there).
  if (processes.panel.size > 0) {
    const scripts = outermost(events.filter((e) => isScript(e) && onPanel(e)));
    const tasks = outermost(events.filter((e) => isTask(e) && onPanel(e)));
    const top = tasks.reduce<TraceEvent | undefined>(
      (a, t) => (!a || (t.dur ?? 0) > (a.dur ?? 0) ? t : a),
      undefined,
    );
    const inside = top
      ? scripts
          .filter((s) => s.pid === top.pid && s.tid === top.tid && s.ts >= top.ts && end(s) <= end(top))
          .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0]
      : undefined;
    result.panel = {
      cpuMs: scripts.reduce((s, e) => s + us(e.tdur), 0),
      longestTaskMs: us(top?.dur),
      longestTaskCpuMs: us(top?.tdur),
      longestTaskWhat: inside ? `${inside.name} ${fileOf(urlOf(inside)) || ''}`.trim() : '',
    };
  }
  return result;
}
