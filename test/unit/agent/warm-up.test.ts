/**
 * The agent's warm-up (lib/agent/warm-up.ts): the first message's schema is built and a sample
 * checked in short tasks of their own after the agent's evaluation, not in the evaluation and not
 * in the task of the message itself.
 */
import { describe, expect, it, vi } from 'vitest';
import { firstMessageSample, inTasksOfTheirOwn, warmUpSchema } from '@/lib/agent/warm-up';
import { agentSchemas } from '@/lib/messaging/agent-protocol';
import type { AppId } from '@/lib/pages/types';

const APPS: AppId[] = ['marketo', 'sales', 'salesforce'];

/** A stand-in for setTimeout(…, 0): each call queues a task; `run` runs the next one. */
function taskQueue() {
  const queue: Array<() => void> = [];
  return {
    later: (task: () => void) => {
      queue.push(task);
    },
    run: () => queue.shift()?.(),
    get pending() {
      return queue.length;
    },
  };
}

describe('agent warm-up', () => {
  it('runs each step in a task of its own, in order, and nothing in the caller’s task', () => {
    const tasks = taskQueue();
    const done: string[] = [];
    inTasksOfTheirOwn([() => done.push('a'), () => done.push('b'), () => done.push('c')], tasks.later);
    expect(done).toEqual([]);
    tasks.run();
    expect(done).toEqual(['a']);
    tasks.run();
    expect(done).toEqual(['a', 'b']);
    tasks.run();
    expect(done).toEqual(['a', 'b', 'c']);
    expect(tasks.pending).toBe(0);
  });

  it('stops quietly at a step that throws', () => {
    const tasks = taskQueue();
    const after = vi.fn();
    inTasksOfTheirOwn(
      [
        () => {
          throw new Error('boom');
        },
        after,
      ],
      tasks.later,
    );
    expect(() => tasks.run()).not.toThrow();
    expect(tasks.pending).toBe(0);
    expect(after).not.toHaveBeenCalled();
  });

  it('builds the schema in one task and checks the sample in the next', () => {
    const tasks = taskQueue();
    const safeParse = vi.fn(() => ({ success: true }));
    const build = vi.fn(() => ({ safeParse, parse: vi.fn() }));
    warmUpSchema(build as never, { page: null }, tasks.later);
    expect(build).not.toHaveBeenCalled();
    tasks.run();
    expect(build).toHaveBeenCalledOnce();
    expect(safeParse).not.toHaveBeenCalled();
    tasks.run();
    expect(safeParse).toHaveBeenCalledWith({ page: null });
  });

  // A sample the schema refuses would warm zod's error path, not the one the real message takes.
  it.each(
    APPS.flatMap((app) => [
      [app, true],
      [app, false],
    ]),
  )('the first message’s sample for %s (top frame: %s) passes its real schema', (app, top) => {
    const { type, payload } = firstMessageSample(top, app);
    expect(type).toBe(top ? 'agent:dock' : 'agent:watch');
    expect(agentSchemas[type].safeParse(payload).success).toBe(true);
  });
});
