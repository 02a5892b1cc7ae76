/**
 * What the background runs in a tab's frames: `runInFrame` (scripting API, or
 * the older `tabs.executeScript` with a code string), `frameUrl`, and the
 * toolbar function it sends to the top frame's bootstrap through the bridge.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { frameUrl, runInFrame } from '@/lib/background/frames';
import { toolbarInTab } from '@/lib/background/inject';
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

  it('toolbar: a dock there is toggled; a stopped bootstrap (no toolbar on its bridge) answers nothing', async () => {
    bridgeGlobal.__msiActionsBridge = { toolbar: () => 'toggled' };
    await expect(toolbarInTab(9)).resolves.toBe('toggled');
    bridgeGlobal.__msiActionsBridge = {};
    await expect(toolbarInTab(9)).resolves.toBeUndefined();
  });
});

describe('frameUrl', () => {
  afterEach(() => {
    Object.assign(fakeBrowser, { scripting: undefined });
  });

  it('is the URL the frame’s own document has when asked, read in that frame', async () => {
    const here = new URL(location.href);
    scriptingApi();
    await expect(frameUrl(5, 2)).resolves.toEqual(here);
  });

  it('is null when the frame answers no URL (gone, or a document that is not scriptable)', async () => {
    Object.assign(fakeBrowser, {
      scripting: { executeScript: vi.fn(async () => [{ frameId: 2, result: 'not a url' }]) },
    });
    await expect(frameUrl(5, 2)).resolves.toBeNull();
    Object.assign(fakeBrowser, { scripting: { executeScript: vi.fn(async () => []) } });
    await expect(frameUrl(5, 2)).resolves.toBeNull();
  });
});
