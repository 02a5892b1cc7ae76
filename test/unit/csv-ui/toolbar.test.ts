/**
 * The toolbar button (lib/background/start.ts): on our pages it toggles the dock or
 * puts it up open; anywhere else it opens the CSV check page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type FakeExtension, installFakeExtension, settle } from '../background/fake-extension';

const TAB = 7;
let ext: FakeExtension;

/** Presses the toolbar button in tab 7. */
async function pressToolbar() {
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  create.mockClear();
  await fakeBrowser.action.onClicked.trigger({ id: TAB } as never);
  await settle();
  return create;
}
const docks = () => ext.toAgents.filter((m) => m.type === 'agent:dock');

describe('toolbar button', () => {
  beforeEach(() => {
    ext = installFakeExtension();
  });

  it('toggles the dock on our pages and opens nothing else', async () => {
    const toolbar = vi.fn(() => 'toggled' as const);
    ext.frame(TAB, 0, 'https://app-ab12.marketo.com/#AD0SI2', { toolbar });
    const create = await pressToolbar();
    expect(toolbar).toHaveBeenCalledOnce();
    expect(docks()).toEqual([]);
    expect(create).not.toHaveBeenCalled();
  });

  it('puts the dock up open, with a fresh key, where the bootstrap has none to toggle', async () => {
    ext.frame(TAB, 0, 'https://app-ab12.marketo.com/#AD0SI2', { toolbar: () => 'load' });
    const create = await pressToolbar();
    expect(docks()).toEqual([
      expect.objectContaining({
        tabId: TAB,
        frameId: 0,
        payload: {
          key: expect.stringMatching(/^[0-9a-f]{32}$/),
          app: '',
          page: 'unknown',
          open: true,
          // The stored dock state and the UI language go with the request (the agent reads no storage first).
          ui: { collapsed: false, width: 380 },
          locale: 'en',
        },
      }),
    ]);
    expect(create).not.toHaveBeenCalled();
  });

  it('puts the dock up in the top frame when only a sub-frame shows a page of the guide', async () => {
    // The Adobe shell at the top (not a Marketo route), Marketo Engage framed in it.
    ext.frame(TAB, 0, 'https://experience.adobe.com/#/@acme/home', { toolbar: () => 'ignored' });
    ext.frame(TAB, 4, 'https://app-ab12.marketo.com/#AD0SI2');
    await ext.send('page:report', { app: 'marketo', page: 'marketo-actions-config' }, ext.content(TAB, 4));
    ext.toAgents.length = 0;
    const create = await pressToolbar();
    expect(docks()).toEqual([
      expect.objectContaining({
        frameId: 0,
        payload: expect.objectContaining({ app: 'marketo', page: 'marketo-actions-config', open: true }),
      }),
    ]);
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the CSV check page where there is no page of ours', async () => {
    ext.frame(TAB, 0, 'https://experience.adobe.com/#/@acme/home', { toolbar: () => 'ignored' });
    const create = await pressToolbar();
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/checker.html') });
    expect(docks()).toEqual([]);
  });

  it('opens the CSV check page where the top frame cannot be scripted at all', async () => {
    // No frame known to the browser stand-in: executeScript fails, as without host access.
    const create = await pressToolbar();
    expect(create.mock.calls).toEqual([[{ url: fakeBrowser.runtime.getURL('/checker.html') }]]);
    expect(docks()).toEqual([]);
  });

  it('opens the CSV check page on a site without our bootstrap (or without access)', async () => {
    ext.frame(TAB, 0, 'https://example.com/');
    const create = await pressToolbar();
    expect(create.mock.calls).toEqual([[{ url: expect.stringMatching(/\/checker\.html$/) }]]);
    expect(docks()).toEqual([]);
  });
});
