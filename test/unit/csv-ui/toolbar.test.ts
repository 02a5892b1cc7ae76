import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sendToFrame = vi.fn();
vi.mock('@/lib/messaging/send', () => ({ sendToFrame, sendToBackground: vi.fn() }));

const { startBackground } = await import('@/lib/background/start');

async function pressToolbar(response: Promise<unknown>) {
  sendToFrame.mockReturnValueOnce(response);
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  await fakeBrowser.action.onClicked.trigger({ id: 7 } as never);
  await new Promise((r) => setTimeout(r, 0));
  return create;
}

describe('toolbar button', () => {
  beforeEach(() => {
    sendToFrame.mockReset();
    startBackground();
  });

  it('toggles the panel on our pages and opens nothing else', async () => {
    const create = await pressToolbar(Promise.resolve({ handled: true }));
    expect(sendToFrame).toHaveBeenCalledWith(7, 0, 'panel:toggle', {});
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the CSV check page where there is no page of ours to toggle', async () => {
    const create = await pressToolbar(Promise.resolve({ handled: false }));
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/checker.html') });
  });

  it('opens the CSV check page on a site without our bootstrap', async () => {
    const create = await pressToolbar(Promise.reject(new Error('Receiving end does not exist')));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/checker\.html$/) });
  });
});
