/**
 * What the background runs in a tab's frames: `runInFrame` (scripting API, or
 * the older `tabs.executeScript` with a code string) and the functions it
 * sends to the top frame's bootstrap through the bridge.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { frameUrl, runInFrame } from '@/lib/background/frames';
import { relayFrameReport, toolbarInTab } from '@/lib/background/inject';
import type { Bridge } from '@/lib/boot/bridge';

type Injection = {
  target: { tabId: number; frameIds: number[] };
  func: (...a: unknown[]) => unknown;
  args?: unknown[];
};

/** A browser whose frames run the injected function right here, as the real one runs it there. */
function scriptingApi() {
  const calls: Injection[] = [];
  const executeScript = vi.fn(async (injection: Injection) => {
    calls.push(injection);
    return [
      { frameId: injection.target.frameIds[0], result: await injection.func(...(injection.args ?? [])) },
    ];
  });
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return calls;
}

const bridgeGlobal = globalThis as { __msiActionsBridge?: Partial<Bridge> };

describe('runInFrame', () => {
  afterEach(() => {
    Object.assign(fakeBrowser, { scripting: undefined });
    delete bridgeGlobal.__msiActionsBridge;
  });

  it('runs the function with its arguments in the one frame asked for', async () => {
    const calls = scriptingApi();
    const result = await runInFrame(5, 2, (a: number, b: string) => `${b}${a * 2}`, 21, 'x');
    expect(result).toBe('x42');
    expect(calls[0]?.target).toEqual({ tabId: 5, frameIds: [2] });
  });

  it('serialises the function and its arguments for tabs.executeScript where scripting is missing', async () => {
    Object.assign(fakeBrowser, { scripting: undefined });
    const executeScript = vi.fn(async (_tabId: number, details: { code: string; frameId: number }) => [
      // The frame evaluates the code string: here, in a fresh function scope.
      new Function(`return ${details.code}`)(),
    ]);
    Object.assign(fakeBrowser.tabs, { executeScript });
    const result = await runInFrame(
      5,
      3,
      (report: { page: string }, n: number) => `${report.page}:${n}`,
      { page: "it's" },
      7,
    );
    expect(result).toBe("it's:7");
    expect(executeScript).toHaveBeenCalledWith(5, expect.objectContaining({ frameId: 3 }));
  });

  it('gives undefined, not an error, where the frame cannot be scripted', async () => {
    Object.assign(fakeBrowser, {
      scripting: {
        executeScript: vi.fn().mockRejectedValue(new Error('Cannot access contents of the page')),
      },
    });
    await expect(runInFrame(5, 0, () => 1)).resolves.toBeUndefined();
    await expect(frameUrl(5, 0)).resolves.toBeNull();
  });
});

describe('the bridge functions sent to the top frame', () => {
  beforeEach(() => {
    scriptingApi();
  });
  afterEach(() => {
    Object.assign(fakeBrowser, { scripting: undefined });
    delete bridgeGlobal.__msiActionsBridge;
  });

  it('toolbar: answers what the bootstrap did, and nothing where no bootstrap of ours runs', async () => {
    await expect(toolbarInTab(9)).resolves.toBeUndefined();
    bridgeGlobal.__msiActionsBridge = { toolbar: () => 'load' };
    await expect(toolbarInTab(9)).resolves.toBe('load');
  });

  it('frame reports reach the bootstrap with the sending frame', async () => {
    const frameReport = vi.fn();
    bridgeGlobal.__msiActionsBridge = { frameReport };
    await relayFrameReport(9, 4, { app: 'marketo', page: 'marketo-actions-config' });
    expect(frameReport).toHaveBeenCalledWith(4, { app: 'marketo', page: 'marketo-actions-config' });
    delete bridgeGlobal.__msiActionsBridge;
    await expect(relayFrameReport(9, 4, { app: 'marketo', page: 'unknown' })).resolves.toBeUndefined();
  });
});
