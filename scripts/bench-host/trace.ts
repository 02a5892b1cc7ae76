/**
 * A Chromium trace of one page visit (CDP `Tracing`, devtools.timeline
 * categories) and what in it is ours: script evaluations and function calls
 * whose script URL is an extension's (`chrome-extension://…`) on a renderer main
 * thread, and the main-thread tasks (`RunTask`) that contain them.
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
  args?: { name?: string; fileName?: string; data?: { url?: string } };
}

// 'devtools.timeline' only: the 'disabled-by-default-devtools.timeline' category makes V8 collect
// source positions for stack traces while our scripts run, which added ~40 ms to the panel's
// evaluation in the measurement itself (observer effect).
const CATEGORIES = ['devtools.timeline'];
/** Events that run extension code, with its script URL in args. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile']);

export interface Tracing {
  stop(): Promise<TraceEvent[]>;
}

export async function startTracing(cdp: CDPSession): Promise<Tracing> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

export interface OurWork {
  /** Time in our scripts (outermost events only), thread CPU and wall, in ms. */
  cpuMs: number;
  wallMs: number;
  /** Our outermost script events (one per check, per evaluation…): their thread CPU time in ms. */
  calls: number[];
  /** The longest main-thread task that ran our code: wall and thread CPU in ms (0 when none). */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** Which script that task ran (file name in the extension). */
  longestTaskScript: string;
}

const urlOf = (e: TraceEvent): string => e.args?.data?.url ?? e.args?.fileName ?? '';
const isOurs = (e: TraceEvent) =>
  e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && urlOf(e).startsWith('chrome-extension://');
const us = (n: number | undefined) => (n ?? 0) / 1000;
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

export function ourWork(events: readonly TraceEvent[]): OurWork {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const ours = events
    .filter((e) => isOurs(e) && onMain(e))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Outermost only: an EvaluateScript contains its v8.compile, a FunctionCall may nest another.
  const outer: TraceEvent[] = [];
  for (const e of ours) {
    const parent = outer.findLast((o) => o.pid === e.pid && o.tid === e.tid);
    if (parent && e.ts >= parent.ts && end(e) <= end(parent)) continue;
    outer.push(e);
  }
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e));
  let longest: { task: TraceEvent; script: string } | undefined;
  for (const e of outer) {
    const task = tasks
      .filter((t) => t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && end(t) >= end(e))
      .reduce<TraceEvent | undefined>((a, t) => (!a || (t.dur ?? 0) > (a.dur ?? 0) ? t : a), undefined);
    const candidate = task ?? e;
    if (!longest || (candidate.dur ?? 0) > (longest.task.dur ?? 0)) {
      longest = { task: candidate, script: urlOf(e).replace(/^chrome-extension:\/\/[^/]+\//, '') };
    }
  }
  return {
    cpuMs: outer.reduce((s, e) => s + us(e.tdur), 0),
    wallMs: outer.reduce((s, e) => s + us(e.dur), 0),
    calls: outer.map((e) => us(e.tdur)),
    longestTaskMs: us(longest?.task.dur),
    longestTaskCpuMs: us(longest?.task.tdur),
    longestTaskScript: longest?.script ?? '',
  };
}
