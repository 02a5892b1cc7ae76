/**
 * A bootstrap reports only pages of the guide (lib/boot/start.ts): an app's other pages
 * send nothing. What the top frame shows then stays on its bridge, and the background reads
 * it there when it needs it: the instance a framed page of the guide belongs to (the
 * experience.adobe.com shell names it), the page the toolbar opens the panel on, and the
 * browser's side panel.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PanelEvent } from '@/lib/panel/events';
import { settingsItem } from '@/lib/storage/items';
import { EXT_ID, type FakeExtension, installFakeExtension, PANEL_URL, settle } from './fake-extension';

const TAB = 3;
const SHELL_URL = 'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/AD0SI2';
const shellTop = { app: 'marketo', page: 'unknown', munchkinId: '123-ABC-456' };
const framed = { app: 'marketo', page: 'marketo-actions-config', instanceHost: 'app-ab12' } as const;

let ext: FakeExtension;
beforeEach(() => {
  ext = installFakeExtension();
});

const pages = (posted: readonly PanelEvent[]) =>
  posted.flatMap((e) =>
    e.kind === 'page' ? [`${e.page.app}/${e.page.page}/${e.page.munchkinId ?? '-'}`] : [],
  );

describe('what the top frame shows, read from its bootstrap', () => {
  it('gives a page of the guide in a sub-frame the instance its shell names', async () => {
    ext.frame(TAB, 0, SHELL_URL, { top: shellTop });
    ext.frame(TAB, 4, 'https://app-ab12.marketo.com/#AD0SI2');
    await ext.send('page:report', { ...framed, agent: false }, ext.content(TAB, 4));
    expect(ext.bg.hub.shown(TAB)).toMatchObject({ ...framed, munchkinId: '123-ABC-456', frameId: 4 });
  });

  it('takes nothing but a report of one of our apps from the bridge', async () => {
    ext.frame(TAB, 0, SHELL_URL, { top: { app: 'marketo', page: 'unknown', munchkinId: 'not an id' } });
    ext.frame(TAB, 4, 'https://app-ab12.marketo.com/#AD0SI2');
    await ext.send('page:report', { ...framed, agent: false }, ext.content(TAB, 4));
    expect(ext.bg.hub.shown(TAB).munchkinId).toBeUndefined();
    ext.frame(TAB + 1, 0, SHELL_URL, { top: { app: null, page: 'unknown' } });
    expect(await ext.bg.hub.learnTop(TAB + 1)).toBe(false);
  });

  it('opens the panel from the toolbar on an app page that reported nothing, with its instance', async () => {
    ext.frame(TAB, 0, 'https://engage-ab.marketo.com/?munchkinId=123-ABC-456#DB0A1', {
      toolbar: () => 'load',
      top: { app: 'marketo', page: 'unknown', munchkinId: '123-ABC-456', instanceHost: 'engage-ab' },
    });
    await (
      globalThis as unknown as { msiActionsToolbar(tab: { id: number }): Promise<void> }
    ).msiActionsToolbar({
      id: TAB,
    });
    const dock = ext.toAgents.find((m) => m.type === 'agent:dock');
    // The browser's language (the stored preference is 'auto'): the agent names the dock's frame in it.
    expect(dock?.payload).toMatchObject({ app: 'marketo', page: 'unknown', open: true, locale: 'en' });
    expect(ext.bg.hub.shown(TAB)).toMatchObject({ app: 'marketo', munchkinId: '123-ABC-456' });
  });

  it('sends the agent the language the user chose for the panel, to name the dock’s frame in', async () => {
    await settingsItem.set({ ...(await settingsItem.get()), locale: 'ja' });
    ext.frame(TAB, 0, 'https://engage-ab.marketo.com/?munchkinId=123-ABC-456#DB0A1', {
      toolbar: () => 'load',
      top: { app: 'marketo', page: 'unknown', munchkinId: '123-ABC-456', instanceHost: 'engage-ab' },
    });
    await ext.bg.hub.putUpDock(TAB, true);
    expect(ext.toAgents.find((m) => m.type === 'agent:dock')?.payload).toMatchObject({ locale: 'ja' });
  });

  it('tells the side panel the instance of the active tab, though its page reported nothing', async () => {
    ext.frame(TAB, 0, 'https://engage-ab.marketo.com/?munchkinId=123-ABC-456#DB0A1', {
      top: { app: 'marketo', page: 'unknown', munchkinId: '123-ABC-456' },
    });
    ext.bg.hub.setSidePanelTab(TAB);
    // The browser's side panel: panel.html with no tab.
    const side = ext.connect({ id: EXT_ID, url: PANEL_URL } as never);
    await settle();
    await settle();
    expect(pages(side.posted).at(-1)).toBe('marketo/unknown/123-ABC-456');
  });
});
