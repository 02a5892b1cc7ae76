/**
 * The first message a fresh agent gets arrives a few milliseconds after its
 * evaluation (the background sends it once `executeScript` has returned): in
 * the top frame the dock's (`agent:dock`), in a framed page of the guide the
 * watch (`agent:watch`). Checking it was the longest task of ours on the host's
 * main thread: building its schema and running zod's parse code for the first
 * time in this realm (the engine compiles each function on its first call) took
 * 3–8 ms of CPU on top of the message's own work, in one task with it
 * (npm run bench:host, "longest task running ours"; a CPU profile of it).
 *
 * Here that first-time work runs while the message is on its way, in short
 * tasks of their own (schema built in one, a sample checked in the next), so
 * no single task of ours grows by it. It checks a made-up sample only: nothing
 * is read from the page, and the answer is thrown away.
 */
import { agentSchemas } from '../messaging/agent-protocol';
import type { AppId } from '../pages/types';
import { PANEL_DEFAULT_WIDTH } from '../storage/panel-ui';
import type { Checker } from '../zod-mini';

/** Runs each step in a macrotask of its own, in order; a step that throws ends the chain silently. */
export function inTasksOfTheirOwn(steps: ReadonlyArray<() => void>, later = defaultLater): void {
  const next = (i: number) => {
    if (i >= steps.length) return;
    later(() => {
      try {
        steps[i]?.();
      } catch {
        return;
      }
      next(i + 1);
    });
  };
  next(0);
}

const defaultLater = (run: () => void) => {
  setTimeout(run, 0);
};

/** Build `schema` (reading it from a lazy record builds it) in one task, then check `sample` with it in the next. */
export function warmUpSchema(schema: () => Checker<unknown>, sample: unknown, later = defaultLater): void {
  let built: Checker<unknown> | undefined;
  inTasksOfTheirOwn(
    [
      () => {
        built = schema();
      },
      () => {
        built?.safeParse(sample);
      },
    ],
    later,
  );
}

/**
 * The message a fresh agent of `app` gets first, with a made-up payload that passes its schema (so
 * the warm-up runs the same parse code as the real message): the dock's in the top frame, the
 * watch's in a framed page.
 */
export function firstMessageSample(top: boolean, app: AppId) {
  return top
    ? {
        type: 'agent:dock' as const,
        payload: {
          key: '0'.repeat(32),
          app,
          page: 'unknown',
          open: false,
          ui: { collapsed: false, width: PANEL_DEFAULT_WIDTH },
          locale: 'en',
        },
      }
    : { type: 'agent:watch' as const, payload: { page: null } };
}

/** Check the first message's sample ahead, in short tasks of their own (see above). */
export function warmUpFirstMessage(top: boolean, app: AppId, later = defaultLater): void {
  const { type, payload } = firstMessageSample(top, app);
  warmUpSchema(() => agentSchemas[type], payload, later);
}
