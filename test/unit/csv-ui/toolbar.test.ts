import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const runInFrame = vi.fn();
const injectIntoFrame = vi.fn();
vi.mock('@/lib/background/frames', () => ({
  runInFrame,
  injectIntoFrame,
  frameUrl: vi.fn(),
  tabOf: vi.fn(),
}));

const { startBackground } = await import('@/lib/background/start');

/** Presses the toolbar button in tab 7, whose top frame answers `outcome`. */
async function pressToolbar(outcome: string | undefined) {
  runInFrame.mockResolvedValueOnce(outcome);
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  await fakeBrowser.action.onClicked.trigger({ id: 7 } as never);
  await new Promise((r) => setTimeout(r, 0));
  return create;
}

describe('toolbar button', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    runInFrame.mockReset();
    injectIntoFrame.mockReset().mockResolvedValue(undefined);
    startBackground();
  });

  it('toggles a loaded panel on our pages and opens nothing else', async () => {
    const create = await pressToolbar('toggled');
    expect(runInFrame).toHaveBeenCalledWith(7, 0, expect.any(Function));
    expect(injectIntoFrame).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });

  it('loads the panel into the top frame when the bootstrap asks for it', async () => {
    const create = await pressToolbar('load');
    expect(injectIntoFrame).toHaveBeenCalledWith(7, 0, '/panel.js');
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the CSV check page where there is no page of ours to toggle', async () => {
    const create = await pressToolbar('ignored');
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/checker.html') });
    expect(injectIntoFrame).not.toHaveBeenCalled();
  });

  it('opens the CSV check page on a site without our bootstrap (or without access)', async () => {
    const create = await pressToolbar(undefined);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/checker\.html$/) });
  });
});
