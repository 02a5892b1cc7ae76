/**
 * The agent is injected into a frame on first use, once: calls that find no
 * agent at the same moment wait for the one injection. A frame gets the agent of
 * its app: the one its bootstrap reported, else the one of its own URL.
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

const { callAgent, forgetFrames, frameReported, setReportedApps } = await import('@/lib/background/frames');
const { sendToFrame } = await import('@/lib/messaging/send');

/** The frames' URLs, as the frame itself answers (frameUrl runs `location.href` in it). */
const urls = new Map<string, string>();
/** The agent files injected, in order. */
const injected: string[] = [];
const LIBS = '/agent-libs.js';

describe('callAgent', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    agentIn.clear();
    injected.length = 0;
    vi.mocked(sendToFrame).mockClear();
    urls.clear();
    setReportedApps(() => 'sales');
    executeScript = vi.fn(
      async (injection: { target: { tabId: number; frameIds: number[] }; files?: string[] }) => {
        const frame = `${injection.target.tabId}/${injection.target.frameIds[0]}`;
        if (!injection.files) return [{ result: urls.get(frame) }];
        await new Promise((r) => setTimeout(r, 5));
        injected.push(...injection.files);
        // The libraries alone are no agent (lib/agent/libs.ts): the app's agent file is.
        if (!injection.files.includes(LIBS)) agentIn.add(frame);
        return [];
      },
    );
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
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(injected).toEqual([LIBS, '/agent-sales.js']);
    expect(answers.map((a) => (a as unknown as { type: string }).type)).toEqual([
      'credentials:fill-preview',
      'credentials:read',
      'credentials:fill-preview',
    ]);
  });

  it('injects the libraries and then the agent, each by a call of its own (two tasks in the page, not one)', async () => {
    await callAgent(7, 0, 'credentials:read', { frameId: 0 });
    expect(executeScript.mock.calls.map(([injection]) => injection.files)).toEqual([
      [LIBS],
      ['/agent-sales.js'],
    ]);
  });

  it('injects into each frame that needs it, and again once the frame has lost its agent', async () => {
    await Promise.all([
      callAgent(7, 0, 'credentials:read', { frameId: 0 }),
      callAgent(7, 3, 'credentials:read', { frameId: 3 }),
    ]);
    expect(executeScript).toHaveBeenCalledTimes(4);
    // The frame navigated: its new document has no agent.
    agentIn.delete('7/0');
    await callAgent(7, 0, 'credentials:read', { frameId: 0 });
    expect(executeScript).toHaveBeenCalledTimes(6);
    await callAgent(7, 0, 'credentials:read', { frameId: 0 });
    expect(executeScript).toHaveBeenCalledTimes(6);
  });

  it("injects the agent of the app the frame's bootstrap reported, else of the frame's own URL; none off our hosts", async () => {
    setReportedApps((_tab, frame) => (frame === 1 ? 'marketo' : frame === 2 ? 'salesforce' : undefined));
    urls.set('9/3', 'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home');
    urls.set('9/4', 'https://toutapp.com/next#settings');
    urls.set('9/5', 'https://example.com/');
    await callAgent(9, 1, 'credentials:read', { frameId: 1 });
    await callAgent(9, 2, 'credentials:read', { frameId: 2 });
    await callAgent(9, 3, 'credentials:read', { frameId: 3 });
    await callAgent(9, 4, 'credentials:read', { frameId: 4 });
    expect(injected).toEqual([
      LIBS,
      '/agent-marketo.js',
      LIBS,
      '/agent-salesforce.js',
      LIBS,
      '/agent-salesforce.js',
      LIBS,
      '/agent-sales.js',
    ]);
    await expect(callAgent(9, 5, 'credentials:read', { frameId: 5 })).rejects.toThrow();
    expect(injected).toHaveLength(8);
  });

  it('injects at once into a frame whose bootstrap reported no agent, and asks first again once it has one', async () => {
    frameReported(7, 0, false);
    await callAgent(7, 0, 'credentials:read', { frameId: 0 });
    // One message: the call itself, after the injection (no first message that no one could answer).
    expect(vi.mocked(sendToFrame)).toHaveBeenCalledOnce();
    expect(injected).toEqual([LIBS, '/agent-sales.js']);
    await callAgent(7, 0, 'credentials:read', { frameId: 0 });
    expect(executeScript).toHaveBeenCalledTimes(2);
    expect(vi.mocked(sendToFrame)).toHaveBeenCalledTimes(2);
  });

  it('asks first where the report said an agent runs, or nothing was said', async () => {
    agentIn.add('7/0');
    frameReported(7, 0, true);
    await callAgent(7, 0, 'credentials:read', { frameId: 0 });
    agentIn.add('7/4');
    await callAgent(7, 4, 'credentials:read', { frameId: 4 });
    expect(executeScript).not.toHaveBeenCalled();
    // A tab closed: what its frames said is forgotten (the next call asks first).
    frameReported(7, 2, false);
    forgetFrames(7);
    agentIn.add('7/2');
    await callAgent(7, 2, 'credentials:read', { frameId: 2 });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
