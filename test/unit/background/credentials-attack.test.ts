/**
 * The credential path against an attacker. The attacker owns a host page (its
 * script, its sub-frames, a panel.html it frames itself) or a page elsewhere; it
 * may also have a content script of ours speak for it (everything a content script
 * sends is page-controlled data). It must never get a credential, move one, or
 * learn a dock's key; the secret stays in the vault (storage.session), the
 * registered panel's answers and the one `agent:fill` to the target frame.
 *
 * The whole background runs (lib/background/start.ts) with the browser-set senders;
 * tabs, frames and agents are stand-ins (./fake-extension.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VAULT_KEY } from '@/lib/credentials/vault';
import { vault } from '@/lib/features/credentials/background';
import type { MessageType } from '@/lib/messaging/protocol';
import {
  EXT_ID,
  type FakeExtension,
  installFakeExtension,
  openPanel,
  PANEL_URL,
  settle,
} from './fake-extension';

const values = {
  clientId: '5a3e9b52-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  clientSecret: 'Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8',
  munchkinId: '123-ABC-456',
};
/** Any of these in a string means a value leaked (the tails alone are allowed to the panel). */
const leaks = (thing: unknown) => {
  const text = JSON.stringify(thing) ?? '';
  return [values.clientSecret, values.clientId, values.clientSecret.slice(0, 12)].filter((v) =>
    text.includes(v),
  );
};

const MKTO_TAB = 3;
const SALES_TAB = 4;

/** Every credentials request, with a well-formed payload. */
const CREDENTIAL_REQUESTS: Array<[MessageType, unknown]> = [
  ['credentials:read', { frameId: 0 }],
  ['credentials:carry', { frameId: 0 }],
  ['credentials:copy', { frameId: 0, field: 'clientSecret', from: 'carried' }],
  ['credentials:copy', { frameId: 0, field: 'clientSecret', from: 'page' }],
  ['credentials:copy', { frameId: 0, field: 'clientId', from: 'carried' }],
  ['credentials:status', {}],
  ['credentials:forget', {}],
  ['credentials:keep', { keep: true }],
  ['credentials:reveal', {}],
  ['credentials:fill-preview', { frameId: 0 }],
  ['credentials:fill', { frameId: 0 }],
];

let ext: FakeExtension;
let mktoPanel: Runtime.MessageSender;
let salesPanel: Runtime.MessageSender;

beforeEach(async () => {
  await vault.forget();
  ext = installFakeExtension();
  ext.frame(MKTO_TAB, 0, 'https://app-ab12.marketo.com/#AD0SI2', { credentials: values });
  ext.frame(SALES_TAB, 0, 'https://toutapp.com/next#settings/marketo-admin', { setUpForm: true });
  mktoPanel = await openPanel(ext, MKTO_TAB, { app: 'marketo', page: 'marketo-actions-config' });
  salesPanel = await openPanel(ext, SALES_TAB, { app: 'sales', page: 'sales-marketo-settings' });
  // The user sent the values on their way: the vault holds them.
  expect(await ext.send('credentials:carry', { frameId: 0 }, mktoPanel)).toMatchObject({ state: 'carried' });
});
afterEach(async () => {
  await vault.forget();
});

describe('a content script (page-controlled) asking for credentials', () => {
  it.each([
    ['on the Marketo page that shows them', MKTO_TAB],
    ['on the Sales page that takes them', SALES_TAB],
  ])('%s is refused every credentials request', async (_where, tab) => {
    ext.toAgents.length = 0;
    for (const [type, payload] of CREDENTIAL_REQUESTS) {
      expect(await ext.send(type, payload, ext.content(tab, 0)), type).toEqual({ error: 'bad-sender' });
    }
    // Nothing moved: no agent read or filled, the vault is as the user left it.
    expect(ext.toAgents).toEqual([]);
    expect(await vault.read()).toMatchObject({ clientSecret: values.clientSecret, keepUntilExpiry: false });
    expect(ext.frames.get(`${SALES_TAB}/0`)!.filled).toEqual([]);
  });

  it('from a sub-frame of ours is refused too', async () => {
    ext.frame(SALES_TAB, 6, 'https://www.toutapp.com/next#settings/marketo-admin', { setUpForm: true });
    for (const [type, payload] of CREDENTIAL_REQUESTS) {
      expect(await ext.send(type, { ...(payload as object) }, ext.content(SALES_TAB, 6)), type).toEqual({
        error: 'bad-sender',
      });
    }
    expect(ext.frames.get(`${SALES_TAB}/6`)!.filled).toEqual([]);
  });
});

describe('a page posing as the panel', () => {
  /** panel.html framed by the Sales page itself, next to our dock. */
  const framedByPage = () => ext.panelDoc(SALES_TAB, 77, 'page-framed-doc');

  it('cannot register with a made-up key, nor with our panel’s key once used', async () => {
    expect(await ext.send('panel:hello', { key: 'a'.repeat(32) }, framedByPage())).toEqual({ ok: false });
    // Say the page learned the key our dock used (it never can: it stays in the closed shadow root).
    const usedKey = ext.frames.get(`${SALES_TAB}/0`)!.dockKeys.at(-1)!;
    expect(await ext.send('panel:hello', { key: usedKey }, framedByPage())).toEqual({ ok: false });
    expect(ext.bg.hub.kindOf(framedByPage())).toBe('stranger');
  });

  it('gets nothing from any credentials request', async () => {
    for (const [type, payload] of CREDENTIAL_REQUESTS) {
      expect(await ext.send(type, payload, framedByPage()), type).toEqual({ error: 'bad-sender' });
    }
    expect(ext.frames.get(`${SALES_TAB}/0`)!.filled).toEqual([]);
  });

  it('cannot open a port to hear what the panel hears', async () => {
    const port = ext.connect(framedByPage());
    expect(port.disconnected).toBe(true);
    expect(port.posted).toEqual([]);
  });

  it.each([
    ['a panel.html served by a page of its own', 'https://evil.example/panel.html'],
    ['our host at the panel’s path', 'https://toutapp.com/panel.html'],
    ['a local file', 'file:///panel.html'],
  ])('%s is no panel, even with a fresh key of the tab', async (_what, url) => {
    await ext.send(
      'page:report',
      { app: 'sales', page: 'sales-marketo-settings' },
      ext.content(SALES_TAB, 0),
    );
    const fresh = ext.frames.get(`${SALES_TAB}/0`)!.dockKeys.at(-1)!;
    const sender = { ...ext.panelDoc(SALES_TAB, 80, 'x'), url };
    const hello = await ext.send('panel:hello', { key: fresh }, sender);
    // Refused as a sender (our host: a content script may not say hello) or as a key holder.
    expect([{ ok: false }, { error: 'bad-sender' }]).toContainEqual(hello);
    expect(await ext.send('credentials:reveal', {}, sender)).toEqual({ error: 'bad-sender' });
    expect(ext.bg.hub.kindOf(sender)).not.toBe('panel');
  });

  it('another extension’s pages count for nothing, whatever their path', async () => {
    const other = { id: 'other-extension', url: 'chrome-extension://other-extension/panel.html' };
    expect(
      await ext.send('credentials:reveal', {}, { ...other, tab: { id: SALES_TAB } as Tabs.Tab }),
    ).toEqual({
      error: 'bad-sender',
    });
    // Even were the browser to hand us such a sender with our id: not ours by its URL.
    expect(ext.bg.hub.kindOf({ ...other, id: EXT_ID })).toBe('stranger');
    expect(ext.bg.hub.kindOf({ id: EXT_ID, url: 'chrome-extension://other-extension/checker.html' })).toBe(
      'stranger',
    );
    expect(ext.bg.hub.kindOf({ id: EXT_ID, url: 'file:///checker.html' })).toBe('stranger');
    expect(ext.bg.hub.kindOf({ id: EXT_ID, url: fakeBrowser.runtime.getURL('/checker.html') })).toBe(
      'extension-page',
    );
  });

  it('the page’s sub-frame cannot have the dock replaced to get a key issued', async () => {
    ext.frame(SALES_TAB, 5, 'https://toutapp.com/next#settings');
    const before = ext.frames.get(`${SALES_TAB}/0`)!.dockKeys.length;
    expect(await ext.send('agent:dock-lost', {}, ext.content(SALES_TAB, 5))).toEqual({ ok: false });
    expect(ext.frames.get(`${SALES_TAB}/0`)!.dockKeys.length).toBe(before);
  });
});

describe('fill goes only to the target frame', () => {
  it.each([
    ['a look-alike form on another Sales page', 'https://toutapp.com/next#settings/admin/user-management'],
    ['another toutapp.com host', 'https://evil.toutapp.com/next#settings/marketo-admin'],
    ['a page off our hosts in a sub-frame', 'https://evil.example/next#settings/marketo-admin'],
  ])('refuses %s, even asked by the registered panel with a visible dock', async (_what, url) => {
    ext.frame(SALES_TAB, 9, url, { setUpForm: true });
    expect(await ext.send('credentials:fill', { frameId: 9 }, salesPanel)).toEqual({
      ok: false,
      reason: 'not-sales-app',
    });
    expect(ext.frames.get(`${SALES_TAB}/9`)!.filled).toEqual([]);
    expect(leaks(ext.toAgents)).toEqual([]);
  });

  it('the Marketo tab’s panel cannot fill its own page', async () => {
    expect(await ext.send('credentials:fill', { frameId: 0 }, mktoPanel)).toEqual({
      ok: false,
      reason: 'not-sales-app',
    });
    expect(ext.frames.get(`${MKTO_TAB}/0`)!.filled).toEqual([]);
  });
});

describe('fill into another instance', () => {
  // The values were read on 123-ABC-456; the Sales account shows another instance.
  const otherInstance = () =>
    ext.frame(SALES_TAB, 0, 'https://toutapp.com/next#settings/marketo-admin', {
      setUpForm: true,
      pageMunchkinId: '999-XYZ-999',
    });

  it('is refused without the admin’s confirmation, even when the panel’s button is bypassed', async () => {
    otherInstance();
    expect(await ext.send('credentials:fill', { frameId: 0 }, salesPanel)).toEqual({
      ok: false,
      reason: 'instance-unconfirmed',
    });
    expect(ext.frames.get(`${SALES_TAB}/0`)!.filled).toEqual([]);
    expect(leaks(ext.toAgents)).toEqual([]);
    expect(await vault.read()).toMatchObject({ clientSecret: values.clientSecret });
  });

  it('is refused when the confirmation names another account than the page shows', async () => {
    otherInstance();
    for (const confirmedPageId of ['123-ABC-456', '111-AAA-111', ''])
      expect(await ext.send('credentials:fill', { frameId: 0, confirmedPageId }, salesPanel)).toEqual({
        ok: false,
        reason: 'instance-unconfirmed',
      });
    expect(ext.frames.get(`${SALES_TAB}/0`)!.filled).toEqual([]);
  });

  it('goes ahead once the admin confirmed the account the page shows', async () => {
    otherInstance();
    expect(
      await ext.send('credentials:fill', { frameId: 0, confirmedPageId: '999-xyz-999' }, salesPanel),
    ).toMatchObject({ ok: true });
    expect(ext.frames.get(`${SALES_TAB}/0`)!.filled).toHaveLength(1);
  });

  it('needs no confirmation on the same instance', async () => {
    ext.frame(SALES_TAB, 0, 'https://toutapp.com/next#settings/marketo-admin', {
      setUpForm: true,
      pageMunchkinId: '123-abc-456',
    });
    expect(await ext.send('credentials:fill', { frameId: 0 }, salesPanel)).toMatchObject({ ok: true });
  });
});

describe('where the secret goes, over a whole session', () => {
  it('never to a content script, never to storage.local, never through the panel’s port; to one agent only', async () => {
    const ports = [ext.connect(mktoPanel), ext.connect(salesPanel)];
    const toContent: unknown[] = [];
    const fromContent = async (tab: number, frame: number, type: MessageType, payload: unknown) =>
      toContent.push(await ext.send(type, payload, ext.content(tab, frame)));

    // The pages report and push what they show, and try every credentials request on the way.
    await fromContent(MKTO_TAB, 0, 'page:report', { app: 'marketo', page: 'marketo-actions-config' });
    await fromContent(MKTO_TAB, 0, 'agent:reading', {
      page: 'marketo-actions-config',
      reading: { page: 'marketo-actions-config', credentialsShown: true },
    });
    for (const [type, payload] of CREDENTIAL_REQUESTS) await fromContent(SALES_TAB, 0, type, payload);

    // The user copies, reveals, keeps and fills.
    expect(
      await ext.send('credentials:copy', { frameId: 0, field: 'clientSecret', from: 'carried' }, salesPanel),
    ).toEqual({ value: values.clientSecret });
    expect(await ext.send('credentials:reveal', {}, salesPanel)).toEqual({ secret: values.clientSecret });
    await ext.send('credentials:keep', { keep: true }, salesPanel);
    expect(await ext.send('credentials:fill', { frameId: 0 }, salesPanel)).toMatchObject({ ok: true });

    await fromContent(SALES_TAB, 0, 'page:report', { app: 'sales', page: 'sales-marketo-settings' });
    await fromContent(SALES_TAB, 0, 'agent:csv-state', { state: 'idle' });
    await fromContent(SALES_TAB, 0, 'agent:removal', { id: 1 });
    await fromContent(SALES_TAB, 0, 'agent:dock-lost', {});
    await settle();

    // Content scripts got acknowledgements and refusals only: no value, no tail, no dock key.
    expect(leaks(toContent)).toEqual([]);
    const text = JSON.stringify(toContent);
    expect(text).not.toContain('7kL8');
    for (const f of ext.frames.values()) for (const key of f.dockKeys) expect(text).not.toContain(key);

    // Agents: the values went out once, in `agent:fill`, to the Sales frame at the target URL.
    const withValues = ext.toAgents.filter((m) => leaks(m).length > 0);
    expect(withValues).toEqual([
      {
        tabId: SALES_TAB,
        frameId: 0,
        url: 'https://toutapp.com/next#settings/marketo-admin',
        type: 'agent:fill',
        payload: { values },
      },
    ]);
    expect(leaks(ext.scripts)).toEqual([]);

    // The port pushes what the page shows, never a value.
    expect(ports.every((p) => p.posted.length > 0)).toBe(true);
    expect(leaks(ports.map((p) => p.posted))).toEqual([]);

    // Storage: the vault in storage.session only; nothing in storage.local or the hub's own record.
    expect(leaks(await fakeBrowser.storage.local.get())).toEqual([]);
    const session = await fakeBrowser.storage.session.get();
    expect(Object.keys(session).filter((k) => leaks(session[k]).length > 0)).toEqual([VAULT_KEY]);
    expect(leaks(await fakeBrowser.storage.sync.get())).toEqual([]);

    // Once forgotten, the secret is nowhere in storage.
    await ext.send('credentials:forget', {}, salesPanel);
    expect(leaks(await fakeBrowser.storage.session.get())).toEqual([]);
  });

  it('a confirmed fill leaves nothing behind in storage', async () => {
    expect(await ext.send('credentials:fill', { frameId: 0 }, salesPanel)).toMatchObject({
      ok: true,
      forgotten: true,
    });
    expect(leaks(await fakeBrowser.storage.session.get())).toEqual([]);
    expect(leaks(await fakeBrowser.storage.local.get())).toEqual([]);
  });

  it('keeps its registered panels across a restart without any key or value (storage.session)', async () => {
    await settle();
    const hub = (await fakeBrowser.storage.session.get('panelHub')).panelHub as { panels: unknown };
    expect(hub.panels).toEqual({
      [MKTO_TAB]: { frameId: mktoPanel.frameId, documentId: 'panel-doc-3' },
      [SALES_TAB]: { frameId: salesPanel.frameId, documentId: 'panel-doc-4' },
    });
    const text = JSON.stringify(hub);
    expect(leaks(hub)).toEqual([]);
    for (const f of ext.frames.values()) for (const key of f.dockKeys) expect(text).not.toContain(key);
    expect(PANEL_URL).toMatch(/\/panel\.html$/);
  });
});
