/**
 * The removal caution takes the focus (lib/features/csv/background.ts 'agent:removal'): the
 * dock's frame is focused first (top frame agent), and only then is the caution pushed to the
 * panel, which focuses its safe answer. Pushed first, the panel's focus did not hold when the
 * stopped click was in a sub-frame (a Sales page framed by Salesforce; e2e framed-guards.spec.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Runtime, Tabs } from 'webextension-polyfill';
import type { PanelHub } from '@/lib/background/panel-hub';

const order: string[] = [];
let focusAnswer: () => Promise<unknown> = async () => ({ ok: true });
vi.mock('@/lib/background/frames', () => ({
  callAgent: vi.fn(async (_tabId: number, frameId: number, type: string) => {
    order.push(`agent ${frameId} ${type} sent`);
    const answer = await focusAnswer();
    order.push(`agent ${frameId} ${type} done`);
    return answer;
  }),
}));

const { createCsvHandlers } = await import('@/lib/features/csv/background');

const fromFrame = (frameId: number) => ({ tab: { id: 3 } as Tabs.Tab, frameId }) as Runtime.MessageSender;

function handlers() {
  const pushed: unknown[] = [];
  const hub = {
    tabOf: (s: Runtime.MessageSender) => s.tab?.id,
    push: (tabId: number, event: { kind: string }) => {
      order.push(`push ${tabId} ${event.kind}`);
      pushed.push(event);
    },
  } as unknown as PanelHub;
  return { h: createCsvHandlers(hub), pushed };
}

describe("'agent:removal': the dock's frame is focused before the caution is shown", () => {
  it('asks the top frame to focus the dock, waits for it, then pushes the caution of the sub-frame', async () => {
    order.length = 0;
    focusAnswer = () => new Promise((r) => setTimeout(() => r({ ok: true }), 5));
    const { h, pushed } = handlers();
    const res = await h['agent:removal']({ id: 4, originalUser: 'admin@acme.com' }, fromFrame(12));
    expect(res).toEqual({ ok: true });
    expect(order).toEqual([
      'agent 0 agent:focus-panel sent',
      'agent 0 agent:focus-panel done',
      'push 3 removal',
    ]);
    expect(pushed).toEqual([{ kind: 'removal', frameId: 12, id: 4, originalUser: 'admin@acme.com' }]);
  });

  it('still shows the caution when the top frame cannot focus the dock (no agent, side panel)', async () => {
    order.length = 0;
    focusAnswer = async () => {
      throw new Error('Could not establish connection');
    };
    const { h, pushed } = handlers();
    expect(await h['agent:removal']({ id: 5 }, fromFrame(0))).toEqual({ ok: true });
    expect(pushed).toEqual([{ kind: 'removal', frameId: 0, id: 5 }]);
  });

  it('a sender without a tab or frame gets nothing shown', async () => {
    order.length = 0;
    const { h, pushed } = handlers();
    expect(await h['agent:removal']({ id: 6 }, {} as Runtime.MessageSender)).toEqual({ ok: false });
    expect(pushed).toEqual([]);
    expect(order).toEqual([]);
  });
});
