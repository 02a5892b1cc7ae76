/**
 * The agent is injected into a frame on first use, once: calls that find no
 * agent at the same moment wait for the one injection.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const agentIn = new Set<string>();
vi.mock('@/lib/messaging/send', () => ({
  sendToFrame: vi.fn(async (tabId: number, frameId: number, type: string) => {
    if (!agentIn.has(`${tabId}/${frameId}`)) throw new Error('Could not establish connection');
    return { ok: true, type };
  }),
}));

const { callAgent } = await import('@/lib/background/frames');

describe('callAgent', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    agentIn.clear();
    executeScript = vi.fn(async (injection: { target: { tabId: number; frameIds: number[] } }) => {
      await new Promise((r) => setTimeout(r, 5));
      agentIn.add(`${injection.target.tabId}/${injection.target.frameIds[0]}`);
      return [];
    });
    Object.assign(fakeBrowser, { scripting: { executeScript } });
  });
  afterEach(() => {
    Object.assign(fakeBrowser, { scripting: undefined });
  });

  it('injects the agent once for calls made together, and answers each', async () => {
    const answers = await Promise.all([
      callAgent(7, 0, 'credentials:fill-preview', { frameId: 0 }),
      callAgent(7, 0, 'credentials:read', { frameId: 0 }),
      callAgent(7, 0, 'credentials:fill-preview', { frameId: 0 }),
    ]);
    expect(executeScript).toHaveBeenCalledOnce();
    expect(answers.map((a) => (a as unknown as { type: string }).type)).toEqual([
      'credentials:fill-preview',
      'credentials:read',
      'credentials:fill-preview',
    ]);
  });

  it('injects into each frame that needs it, and again once the frame has lost its agent', async () => {
    await Promise.all([
      callAgent(7, 0, 'credentials:read', { frameId: 0 }),
      callAgent(7, 3, 'credentials:read', { frameId: 3 }),
    ]);
    expect(executeScript).toHaveBeenCalledTimes(2);
    // The frame navigated: its new document has no agent.
    agentIn.delete('7/0');
    await callAgent(7, 0, 'credentials:read', { frameId: 0 });
    expect(executeScript).toHaveBeenCalledTimes(3);
    await callAgent(7, 0, 'credentials:read', { frameId: 0 });
    expect(executeScript).toHaveBeenCalledTimes(3);
  });
});
