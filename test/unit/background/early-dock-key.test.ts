/**
 * The top frame's bootstrap puts the dock up itself on recognising a page of the guide
 * (lib/boot/early-dock.ts) and says so in its report: the background answers with the dock's
 * one-time key, and holds the agent (its injection, the dock's take-over, the page watched) until
 * the bootstrap says the panel is shown, or `AGENT_HELD_MS` has passed
 * (lib/background/panel-hub.ts `earlyDock`). Injected at once, the agent's evaluation shared the
 * host's thread and the cores with the panel's start (`npm run bench:host`).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AGENT_HELD_MS } from '@/lib/background/panel-hub';
import { settingsItem } from '@/lib/storage/items';
import { type FakeExtension, installFakeExtension, settle } from './fake-extension';

const TAB = 7;
const PAGE = { app: 'marketo', page: 'marketo-actions-config', instanceHost: 'app-ab12' } as const;
const URL_TOP = 'https://app-ab12.marketo.com/#AD0SI2';

let ext: FakeExtension;
beforeEach(() => {
  ext = installFakeExtension();
  ext.frame(TAB, 0, URL_TOP);
});
afterEach(() => {
  vi.useRealTimers();
});

const agentWork = () => ext.toAgents.filter((m) => m.tabId === TAB).map((m) => m.type);
const injected = () => ext.scripts.filter((s) => s.tabId === TAB && s.files).length;
const keyOf = (answer: unknown) => (answer as { key?: string }).key;

describe('the key for the dock the bootstrap put up', () => {
  it('comes in the answer to the report, and the agent only once the panel is shown', async () => {
    const answer = await ext.send('page:report', { ...PAGE, agent: false, dock: true }, ext.content(TAB, 0));
    const key = keyOf(answer);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    await settle();
    // The page is known (the panel is greeted with it), but nothing was injected yet.
    expect(ext.bg.hub.shown(TAB)).toMatchObject(PAGE);
    expect(injected()).toBe(0);
    expect(agentWork()).toEqual([]);

    // The panel framed by that dock presents the key: it is registered as the tab's panel.
    const panel = ext.panelDoc(TAB, 60, 'doc-60');
    expect(await ext.send('panel:hello', { key }, panel)).toMatchObject({ ok: true, tabId: TAB });
    await settle();
    expect(injected()).toBe(0);

    // Shown: the agent comes, takes the dock over (with a key of its own) and watches the page.
    expect(await ext.send('dock:shown', {}, ext.content(TAB, 0))).toEqual({ ok: true });
    await vi.waitFor(() => expect(agentWork()).toEqual(['agent:dock', 'agent:watch']));
    expect(injected()).toBeGreaterThan(0);
    expect(ext.frames.get(`${TAB}/0`)?.dockKeys).toHaveLength(1);
    // Said again (a second dock:shown): nothing more happens.
    expect(await ext.send('dock:shown', {}, ext.content(TAB, 0))).toEqual({ ok: false });
    await settle();
    expect(agentWork()).toEqual(['agent:dock', 'agent:watch']);
  });

  it('lets the agent come anyway when no panel is shown in time', async () => {
    vi.useFakeTimers();
    await ext.send('page:report', { ...PAGE, agent: false, dock: true }, ext.content(TAB, 0));
    await vi.advanceTimersByTimeAsync(AGENT_HELD_MS - 10);
    expect(agentWork()).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    vi.useRealTimers();
    await vi.waitFor(() => expect(agentWork()).toEqual(['agent:dock', 'agent:watch']));
  });

  it('is dropped for a newer report: that one goes on at once', async () => {
    await ext.send('page:report', { ...PAGE, agent: false, dock: true }, ext.content(TAB, 0));
    // The page now names its instance (a newer report, from the same bootstrap).
    await ext.send('page:report', { ...PAGE, munchkinId: '123-ABC-456', agent: false }, ext.content(TAB, 0));
    expect(agentWork()).toEqual(['agent:dock', 'agent:watch']);
    expect(ext.bg.hub.shown(TAB).munchkinId).toBe('123-ABC-456');
    // The hold is gone: the panel's "shown" no longer brings anything.
    expect(await ext.send('dock:shown', {}, ext.content(TAB, 0))).toEqual({ ok: false });
  });

  it('goes on when the tab is forgotten meanwhile (a load reported late), with what the top frame shows then', async () => {
    // Firefox may report the load of the document after that document's own report.
    ext.frame(TAB, 0, URL_TOP, { top: PAGE });
    await ext.send('page:report', { ...PAGE, agent: false, dock: true }, ext.content(TAB, 0));
    ext.bg.hub.forgetTab(TAB);
    await vi.waitFor(() => expect(agentWork()).toEqual(['agent:dock', 'agent:watch']));
    expect(ext.bg.hub.shown(TAB)).toMatchObject(PAGE);

    // A tab that went to a page of no app of ours: nothing is put up there.
    const GONE = TAB + 2;
    ext.frame(GONE, 0, URL_TOP, { top: { app: null, page: 'unknown' } });
    await ext.send('page:report', { ...PAGE, agent: false, dock: true }, ext.content(GONE, 0));
    ext.bg.hub.forgetTab(GONE);
    await settle();
    await settle();
    expect(ext.toAgents.filter((m) => m.tabId === GONE && m.type === 'agent:dock')).toEqual([]);
    expect(ext.bg.hub.shown(GONE).page).toBe('unknown');
  });

  it('is given to the top frame only, and not when the panel opens in the browser’s side panel', async () => {
    ext.frame(TAB, 3, 'https://app-ab12.marketo.com/#AD0SI2');
    const fromSub = await ext.send('page:report', { ...PAGE, agent: false, dock: true }, ext.content(TAB, 3));
    expect(keyOf(fromSub)).toBeUndefined();
    // An ordinary report: the dock goes up in the top frame at once.
    expect(agentWork()).toContain('agent:dock');

    const SIDE_TAB = TAB + 1;
    ext.frame(SIDE_TAB, 0, URL_TOP);
    await settingsItem.set({ ...(await settingsItem.get()), panelPlace: 'side' });
    await settle();
    const side = await ext.send(
      'page:report',
      { ...PAGE, agent: false, dock: true },
      ext.content(SIDE_TAB, 0),
    );
    expect(keyOf(side)).toBeUndefined();
    expect(ext.toAgents.filter((m) => m.tabId === SIDE_TAB && m.type === 'agent:dock')).toEqual([]);
  });

  it('cannot be had by a page: a sub-frame, a panel document or a stranger gets no key and releases nothing', async () => {
    await ext.send('page:report', { ...PAGE, agent: false, dock: true }, ext.content(TAB, 0));
    ext.frame(TAB, 3, 'https://app-ab12.marketo.com/#AD0SI2');
    expect(await ext.send('dock:shown', {}, ext.content(TAB, 3))).toEqual({ ok: false });
    const stranger = ext.panelDoc(TAB, 61, 'framed-by-page');
    expect(await ext.send('dock:shown', {}, stranger)).toEqual({ error: 'bad-sender' });
    expect(await ext.send('page:report', { ...PAGE, dock: true }, stranger)).toEqual({ error: 'bad-sender' });
    await settle();
    expect(agentWork()).toEqual([]);
  });
});
