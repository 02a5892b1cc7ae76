/**
 * One-click credentials, background side (lib/features/credentials/background.ts): what the
 * registered panel gets for each request, and what reaches the pages. The whole
 * background runs; tabs, frames and agents are stand-ins (./fake-extension.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VAULT_KEY } from '@/lib/credentials/vault';
import { vault } from '@/lib/features/credentials/background';
import { progressItem } from '@/lib/storage/progress';
import { type FakeExtension, installFakeExtension, openPanel } from './fake-extension';

const values = {
  clientId: '5a3e9b52-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  clientSecret: 'Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8',
};
const MARKETO = 'https://app-ab12.marketo.com/#AD0SI2';
const SALES = 'https://toutapp.com/next#settings/marketo-admin';
const MKTO_TAB = 3;
const SALES_TAB = 4;

let ext: FakeExtension;
/** The registered panels of the Marketo and Sales tabs. */
let mktoPanel: Runtime.MessageSender;
let salesPanel: Runtime.MessageSender;

const ask = (type: string, payload: unknown, sender: Runtime.MessageSender) =>
  ext.send(type as never, payload, sender) as Promise<Record<string, unknown>>;
const sentToAgents = (type: string) => ext.toAgents.filter((m) => m.type === type);

beforeEach(async () => {
  await vault.forget();
  ext = installFakeExtension();
  ext.frame(MKTO_TAB, 0, MARKETO, { credentials: values });
  ext.frame(SALES_TAB, 0, SALES, { setUpForm: true });
  mktoPanel = await openPanel(ext, MKTO_TAB, {
    app: 'marketo',
    page: 'marketo-actions-config',
    munchkinId: '123-ABC-456',
  });
  salesPanel = await openPanel(ext, SALES_TAB, { app: 'sales', page: 'sales-marketo-settings' });
});
afterEach(async () => {
  await vault.forget();
});

describe('reading and carrying', () => {
  it('tells the panel where the values are and their last four characters, never the values', async () => {
    const res = await ask('credentials:read', { frameId: 0 }, mktoPanel);
    expect(res).toEqual({ ok: true, clientIdTail: '4a5b', secretTail: '7kL8', secretWasMasked: true });
    expect(JSON.stringify(res)).not.toContain(values.clientSecret.slice(0, 8));
  });

  it('links the page’s host to the Munchkin ID the card shows: the checklist is that instance’s', async () => {
    const TAB = 7;
    ext.frame(TAB, 0, 'https://app-cd34.marketo.com/#MM0A1', {
      credentials: { ...values, munchkinId: '777-QRS-777' },
    });
    // A classic URL says only the host: the checklist is kept under it so far.
    const panel = await openPanel(ext, TAB, {
      app: 'marketo',
      page: 'marketo-actions-config',
      instanceHost: 'app-cd34',
    });
    await ext.send(
      'agent:reading',
      { page: 'marketo-actions-config', reading: { page: 'marketo-actions-config', credentialsShown: true } },
      ext.content(TAB, 0),
    );
    expect((await progressItem.get()).active).toBe('host:app-cd34');
    await ask('credentials:read', { frameId: 0 }, panel);
    const store = await progressItem.get();
    expect(store.active).toBe('munchkin:777-QRS-777');
    expect(store.instances['munchkin:777-QRS-777']).toMatchObject({ host: 'app-cd34' });
    expect(store.instances['host:app-cd34']).toBeUndefined();
  });

  it('carries values only from a Marketo page, read there by the agent at the moment of "Send"', async () => {
    const fromSales = await ask('credentials:carry', { frameId: 0 }, salesPanel);
    expect(fromSales).toEqual({ state: 'none' });
    expect(sentToAgents('agent:read-credentials')).toEqual([]);

    // The page shows new values since the panel's last read: the carried ones are the page's now.
    ext.frames.get(`${MKTO_TAB}/0`)!.credentials = {
      ...values,
      clientSecret: 'Fresh0000000000000000000000000001',
    };
    const carried = await ask('credentials:carry', { frameId: 0 }, mktoPanel);
    expect(carried).toMatchObject({
      state: 'carried',
      secretTail: '0001',
      clientIdTail: '4a5b',
      source: '123-ABC-456',
    });
    expect((await vault.read())?.clientSecret).toBe('Fresh0000000000000000000000000001');
  });

  it('never carries values the panel hands over', async () => {
    const res = await ask(
      'credentials:carry',
      { frameId: 0, clientId: 'planted-id', clientSecret: 'planted-secret', source: 'evil' },
      mktoPanel,
    );
    expect(res).toMatchObject({ state: 'carried', secretTail: '7kL8', source: '123-ABC-456' });
    expect(await vault.read()).toMatchObject(values);
  });

  it('carries nothing from a Marketo frame whose page does not show the values', async () => {
    ext.frames.get(`${MKTO_TAB}/0`)!.credentials = undefined;
    expect(await ask('credentials:carry', { frameId: 0 }, mktoPanel)).toEqual({ state: 'none' });
  });

  it('forgets the carried values when the time is up, across a restart of the worker', async () => {
    await ask('credentials:carry', { frameId: 0 }, mktoPanel);
    // The worker slept past the deadline (its timer never fired): what storage.session holds is out of date.
    const stored = (await fakeBrowser.storage.session.get(VAULT_KEY))[VAULT_KEY] as { expiresAt: number };
    expect(stored.expiresAt).toBeGreaterThan(Date.now() + 9 * 60_000);
    await fakeBrowser.storage.session.set({ [VAULT_KEY]: { ...stored, expiresAt: Date.now() - 1 } });
    expect(await ask('credentials:status', {}, mktoPanel)).toEqual({ state: 'none' });
    expect(
      await ask('credentials:copy', { frameId: 0, field: 'clientSecret', from: 'carried' }, salesPanel),
    ).toEqual({
      reason: 'nothing-carried',
    });
    expect(await ext.send('credentials:reveal', {}, salesPanel)).toEqual({});
    expect(await fakeBrowser.storage.session.get(VAULT_KEY)).toEqual({});
  });
});

describe('copy and reveal: only on the user’s request, only while the dock can be seen', () => {
  it('gives one whole value to copy, from the page or from what is carried', async () => {
    expect(await ask('credentials:copy', { frameId: 0, field: 'clientId', from: 'page' }, mktoPanel)).toEqual(
      {
        value: values.clientId,
      },
    );
    await ask('credentials:carry', { frameId: 0 }, mktoPanel);
    expect(
      await ask('credentials:copy', { frameId: 0, field: 'clientSecret', from: 'carried' }, salesPanel),
    ).toEqual({ value: values.clientSecret });
    expect(await ask('credentials:reveal', {}, salesPanel)).toEqual({ secret: values.clientSecret });
  });

  it('refuses copy, reveal, carry, keep and fill while the page covers the dock', async () => {
    await ask('credentials:carry', { frameId: 0 }, mktoPanel);
    for (const tab of [MKTO_TAB, SALES_TAB]) ext.frames.get(`${tab}/0`)!.dockVisible = false;
    expect(
      await ask('credentials:copy', { frameId: 0, field: 'clientSecret', from: 'page' }, mktoPanel),
    ).toEqual({
      reason: 'not-visible',
    });
    expect(
      await ask('credentials:copy', { frameId: 0, field: 'clientSecret', from: 'carried' }, salesPanel),
    ).toEqual({ reason: 'not-visible' });
    expect(await ask('credentials:reveal', {}, salesPanel)).toEqual({ reason: 'not-visible' });
    expect(await ask('credentials:keep', { keep: true }, salesPanel)).toMatchObject({
      keepUntilExpiry: false,
    });
    expect(await ask('credentials:fill', { frameId: 0 }, salesPanel)).toEqual({
      ok: false,
      reason: 'not-visible',
    });
    // A carry while covered does not replace what is carried.
    ext.frames.get(`${MKTO_TAB}/0`)!.credentials = {
      ...values,
      clientSecret: 'Other000000000000000000000000000',
    };
    await ask('credentials:carry', { frameId: 0 }, mktoPanel);
    expect((await vault.read())?.clientSecret).toBe(values.clientSecret);
    expect(ext.frames.get(`${SALES_TAB}/0`)!.filled).toEqual([]);
  });

  it('lets the user forget at once, visible dock or not', async () => {
    await ask('credentials:carry', { frameId: 0 }, mktoPanel);
    ext.frames.get(`${SALES_TAB}/0`)!.dockVisible = false;
    expect(await ask('credentials:forget', {}, salesPanel)).toEqual({ state: 'none' });
    expect(await vault.read()).toBeNull();
  });
});

describe('fill', () => {
  beforeEach(async () => {
    await ask('credentials:carry', { frameId: 0 }, mktoPanel);
    ext.toAgents.length = 0;
  });

  it('fills a recognised Set Up form and forgets the values after a confirmed fill', async () => {
    const res = await ask('credentials:fill', { frameId: 0 }, salesPanel);
    expect(res).toMatchObject({ ok: true, forgotten: true });
    expect(ext.frames.get(`${SALES_TAB}/0`)!.filled).toEqual([values]);
    expect(await vault.status()).toEqual({ state: 'none' });
  });

  it('keeps the values until the timer ends when the user asked to', async () => {
    expect(await ask('credentials:keep', { keep: true }, salesPanel)).toMatchObject({
      keepUntilExpiry: true,
    });
    expect(await ask('credentials:fill', { frameId: 0 }, salesPanel)).toMatchObject({
      ok: true,
      forgotten: false,
    });
    expect(await vault.status()).toMatchObject({ state: 'carried' });
  });

  it.each([
    ['another Sales page (a look-alike form)', 'https://toutapp.com/next#settings/admin/user-management'],
    ['another toutapp.com host', 'https://evil.toutapp.com/next#settings/marketo-admin'],
    ['plain http', 'http://toutapp.com/next#settings/marketo-admin'],
    ['another port', 'https://toutapp.com:8443/next#settings/marketo-admin'],
    ['a page off the Sales app', 'https://evil.example/next#settings/marketo-admin'],
  ])('never sends values to %s, whatever its form looks like', async (_what, url) => {
    ext.navigate(SALES_TAB, 0, url, { setUpForm: true });
    expect(await ask('credentials:fill', { frameId: 0 }, salesPanel)).toEqual({
      ok: false,
      reason: 'not-sales-app',
    });
    expect(await ask('credentials:fill-preview', { frameId: 0 }, salesPanel)).toEqual({
      ok: false,
      reason: 'not-sales-app',
    });
    expect(ext.toAgents.filter((m) => m.type === 'agent:fill' || m.type === 'agent:fill-preview')).toEqual(
      [],
    );
    expect(JSON.stringify(ext.toAgents)).not.toContain(values.clientSecret);
    expect(await vault.status()).toMatchObject({ state: 'carried' });
  });

  it('reads the frame’s URL in the frame at the time of the fill, not the one it had when it reported', async () => {
    // A sub-frame of the Sales tab that reported the settings page, then went elsewhere.
    ext.frame(SALES_TAB, 2, SALES, { setUpForm: true });
    await ext.send(
      'page:report',
      { app: 'sales', page: 'sales-marketo-settings' },
      ext.content(SALES_TAB, 2),
    );
    ext.navigate(SALES_TAB, 2, 'https://evil.toutapp.com/next#settings/marketo-admin', { setUpForm: true });
    expect(await ask('credentials:fill', { frameId: 2 }, salesPanel)).toEqual({
      ok: false,
      reason: 'not-sales-app',
    });
    expect(ext.frames.get(`${SALES_TAB}/2`)!.filled).toEqual([]);
  });

  it('never sends values to a Sales page that its agent does not recognise as the Marketo settings', async () => {
    ext.frames.get(`${SALES_TAB}/0`)!.setUpForm = false;
    const res = await ask('credentials:fill', { frameId: 0 }, salesPanel);
    expect(res).toEqual({ ok: false, reason: 'not-marketo-settings' });
    expect(sentToAgents('agent:fill-preview')).toHaveLength(1);
    expect(sentToAgents('agent:fill')).toEqual([]);
    expect(JSON.stringify(ext.toAgents)).not.toContain(values.clientSecret);
  });

  it('answers "nothing carried" without touching the target frame', async () => {
    await vault.forget();
    ext.scripts.length = 0;
    const res = await ask('credentials:fill', { frameId: 0 }, salesPanel);
    expect(res).toEqual({ ok: false, reason: 'nothing-carried' });
    expect(ext.scripts).toEqual([]);
    expect(ext.toAgents.map((m) => m.type)).toEqual(['agent:dock-visible']);
  });
});
