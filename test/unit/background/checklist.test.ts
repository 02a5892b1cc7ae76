/**
 * The background as the single writer of checklist progress (lib/features/checklist/background.ts):
 * readings pushed by the agent that watches a page become detections of the active
 * instance; the panel's own changes go through the same queue. The whole background
 * runs; tabs, frames and agents are stand-ins (./fake-extension.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeInstance } from '@/lib/checklist/progress';
import { progressItem } from '@/lib/storage/progress';
import { type FakeExtension, installFakeExtension, openPanel, settle } from './fake-extension';

const MKTO_TAB = 1;
const SALES_TAB = 2;
const MARKETO_URL = 'https://engage-ab.marketo.com/?munchkinId=123-ABC-456#x';
const marketoReport = {
  app: 'marketo',
  page: 'marketo-actions-config',
  munchkinId: '123-ABC-456',
  instanceHost: 'engage-ab',
} as const;
const marketoReading = {
  page: 'marketo-actions-config',
  provisioning: { invited: true, invitee: 'admin@acme.com' },
  credentialsShown: true,
  sync: { state: 'in-progress' },
};

let ext: FakeExtension;
let panel: Runtime.MessageSender;

/** The agent watching the tab's page pushes what it shows now. */
const push = (tab: number, frame: number, reading: { page: string; [what: string]: unknown }) =>
  ext.send('agent:reading', { page: reading.page, reading }, ext.content(tab, frame));
const store = () => progressItem.get();

beforeEach(async () => {
  ext = installFakeExtension();
  ext.frame(MKTO_TAB, 0, MARKETO_URL);
  ext.frame(SALES_TAB, 0, 'https://toutapp.com/next#settings/marketo-admin');
  panel = await openPanel(ext, MKTO_TAB, marketoReport);
});

describe('readings from the page', () => {
  it('has the agent of the frame that shows the page watch it', () => {
    expect(ext.toAgents.filter((m) => m.type === 'agent:watch')).toEqual([
      expect.objectContaining({ tabId: MKTO_TAB, frameId: 0, payload: { page: 'marketo-actions-config' } }),
    ]);
  });

  it('applies what the page shows to the instance, with evidence (and never a query string)', async () => {
    expect(await push(MKTO_TAB, 0, marketoReading)).toEqual({ ok: true });
    const saved = await store();
    const instance = activeInstance(saved)!;
    expect(instance.key).toBe('munchkin:123-ABC-456');
    expect(instance.steps['set-up-marketo-sales-account']).toMatchObject({
      status: 'detected',
      evidence: {
        what: 'first-admin-invited',
        detail: 'admin@acme.com',
        url: 'https://engage-ab.marketo.com/',
      },
    });
    expect(instance.steps['initiate-data-sync']?.status).toBe('detected');
    expect(JSON.stringify(saved)).not.toContain('munchkinId=');
  });

  it('takes readings only from the frame that shows the page, for that page', async () => {
    // A sub-frame of the page (ours to script, the page's to fill) claims the page shows more.
    ext.frame(MKTO_TAB, 3, 'https://engage-ab.marketo.com/frame');
    expect(await push(MKTO_TAB, 3, marketoReading)).toEqual({ ok: false });
    // The right frame, another page than the one it reported.
    expect(
      await push(MKTO_TAB, 0, { page: 'sales-marketo-settings', marketo: { connected: true } } as never),
    ).toEqual({ ok: false });
    // A tab where nothing was recognised.
    expect(await push(SALES_TAB, 0, { page: 'sales-marketo-settings' })).toEqual({ ok: false });
    expect(Object.keys((await store()).instances)).toEqual([]);
  });

  it('sends Sales and Salesforce detections to the active instance, and none without one', async () => {
    await ext.send(
      'page:report',
      { app: 'sales', page: 'sales-marketo-settings' },
      ext.content(SALES_TAB, 0),
    );
    const sales = { page: 'sales-marketo-settings', marketo: { connected: true } };
    expect(await push(SALES_TAB, 0, sales)).toEqual({ ok: true });
    expect(Object.keys((await store()).instances)).toEqual([]);

    await push(MKTO_TAB, 0, marketoReading);
    // The same reading again is still applied (a new instance was made active meanwhile).
    expect(await push(SALES_TAB, 0, { ...sales, marketo: { connected: true } })).toEqual({ ok: true });
    const instance = activeInstance(await store())!;
    expect(instance.steps['connect-marketo-to-your-sales-apps-account']?.status).toBe('detected');
  });

  it('tells the panel which steps the page could not read, and badges the tab with the progress', async () => {
    const port = ext.connect(panel);
    await push(MKTO_TAB, 0, { page: 'marketo-actions-config', credentialsShown: true });
    await settle();
    expect(port.posted).toContainEqual({ kind: 'unread', unread: ['initiate-data-sync'] });
    const badge = await fakeBrowser.action.getBadgeText({ tabId: MKTO_TAB });
    expect(badge).toMatch(/^1\/\d+$/);
    // A tab that shows no page of the guide gets no badge of ours.
    expect(await fakeBrowser.action.getBadgeText({ tabId: SALES_TAB })).not.toMatch(/\//);
  });
});

describe('the user’s changes', () => {
  let key: string;
  beforeEach(async () => {
    await push(MKTO_TAB, 0, marketoReading);
    key = activeInstance(await store())!.key;
  });

  it('serialises concurrent updates: none is lost', async () => {
    await Promise.all([
      ext.send('checklist:set-status', { key, step: 'prerequisites', status: 'done' }, panel),
      ext.send(
        'checklist:set-status',
        { key, step: 'install-upgrade-msi-package', status: 'in-progress' },
        panel,
      ),
      push(MKTO_TAB, 0, { ...marketoReading, sync: { state: 'completed' } }),
    ]);
    const steps = activeInstance(await store())!.steps;
    expect(steps.prerequisites?.status).toBe('done');
    expect(steps['install-upgrade-msi-package']?.status).toBe('in-progress');
    expect(steps['initiate-data-sync']?.status).toBe('detected');
  });

  it('refuses unknown steps and instances without writing anything', async () => {
    const before = JSON.stringify(await store());
    expect(
      await ext.send('checklist:set-status', { key, step: 'no-such-step', status: 'done' }, panel),
    ).toEqual({
      ok: false,
    });
    expect(await ext.send('checklist:set-active', { key: 'munchkin:999-ZZZ-999' }, panel)).toEqual({
      ok: false,
    });
    expect(JSON.stringify(await store())).toBe(before);
  });

  it('refuses Object.prototype’s names as instances, from the panel or in a file, without writing anything', async () => {
    const before = JSON.stringify(await store());
    for (const name of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      expect(await ext.send('checklist:set-active', { key: name }, panel)).toEqual({ ok: false });
      expect(await ext.send('checklist:reset', { key: name }, panel)).toEqual({ ok: false });
      expect(
        await ext.send('checklist:set-status', { key: name, step: 'prerequisites', status: 'done' }, panel),
      ).toEqual({ ok: false });
      const previous = `{"key":"${name}","sandbox":false,"steps":{},"createdAt":0,"updatedAt":0}`;
      expect(await ext.send('checklist:undo-reset', { previous }, panel)).toEqual({ ok: false });
    }
    const issueFile = `{"format":"msi-actions-setup-helper/checklist-progress","version":1,"store":{"version":1,"active":"__proto__","instances":{"__proto__":{"key":"__proto__","sandbox":false,"steps":{},"createdAt":0,"updatedAt":0}}}}`;
    expect(await ext.send('checklist:import', { text: issueFile }, panel)).toMatchObject({
      ok: false,
      code: 'forbidden-key',
    });
    expect(JSON.stringify(await store())).toBe(before);
    expect(activeInstance(await store())?.key).toBe(key);
  });

  it('resets with undo, and refuses a bad import without changing anything', async () => {
    const reset = (await ext.send('checklist:reset', { key }, panel)) as { ok: boolean; previous?: string };
    expect(reset.ok).toBe(true);
    expect(activeInstance(await store())!.steps['set-up-marketo-sales-account']).toBeUndefined();
    expect(await ext.send('checklist:undo-reset', { previous: reset.previous! }, panel)).toEqual({
      ok: true,
    });
    expect(activeInstance(await store())!.steps['set-up-marketo-sales-account']?.status).toBe('detected');

    const before = JSON.stringify(await store());
    expect(await ext.send('checklist:import', { text: '{"not": "ours"}' }, panel)).toMatchObject({
      ok: false,
      code: 'wrong-format',
    });
    expect(await ext.send('checklist:undo-reset', { previous: '{"key": 1}' }, panel)).toEqual({ ok: false });
    expect(JSON.stringify(await store())).toBe(before);
  });

  it('come only from the panel or our own pages: never from a content script or a stranger', async () => {
    const change = { key, step: 'prerequisites', status: 'done' };
    const fromPage = ext.content(MKTO_TAB, 0);
    const stranger = ext.panelDoc(MKTO_TAB, 66, 'framed-by-page');
    for (const sender of [fromPage, stranger]) {
      expect(await ext.send('checklist:set-status', change, sender)).toEqual({ error: 'bad-sender' });
      expect(await ext.send('checklist:reset', { key }, sender)).toEqual({ error: 'bad-sender' });
      expect(await ext.send('checklist:import', { text: '{}' }, sender)).toEqual({ error: 'bad-sender' });
    }
    expect(activeInstance(await store())!.steps.prerequisites).toBeUndefined();
    // The options page (an extension page, no tab) may.
    const options = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    expect(await ext.send('checklist:set-status', change, options)).toEqual({ ok: true });
    expect(activeInstance(await store())!.steps.prerequisites?.status).toBe('done');
  });
});
