import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { defineValidatedItem, getItemsFrom } from '@/lib/storage/validated';
import { z } from '@/lib/zod-mini';

const schema = z.object({ collapsed: z.boolean(), width: z.number().check(z.gte(100)) });

describe('defineValidatedItem', () => {
  it('returns the fallback when nothing is stored', async () => {
    const item = defineValidatedItem('local:t1', {
      schema,
      fallback: { collapsed: false, width: 300 },
      version: 1,
    });
    expect(await item.get()).toEqual({ collapsed: false, width: 300 });
  });
  it('round-trips valid values', async () => {
    const item = defineValidatedItem('local:t2', {
      schema,
      fallback: { collapsed: false, width: 300 },
      version: 1,
    });
    await item.set({ collapsed: true, width: 420 });
    expect(await item.get()).toEqual({ collapsed: true, width: 420 });
  });
  it('falls back and reports corrupt data instead of throwing', async () => {
    await browser.storage.local.set({ t3: { collapsed: 'yes', width: -5 } });
    const onCorrupt = vi.fn();
    const item = defineValidatedItem('local:t3', {
      schema,
      fallback: { collapsed: false, width: 300 },
      version: 1,
      onCorrupt,
    });
    expect(await item.get()).toEqual({ collapsed: false, width: 300 });
    expect(onCorrupt).toHaveBeenCalledWith('local:t3', expect.any(String));
  });
  it('migrates old versions forward', async () => {
    await browser.storage.local.set({ t4: { open: false, w: 500 }, t4$: { v: 1 } });
    const item = defineValidatedItem('local:t4', {
      schema,
      fallback: { collapsed: false, width: 300 },
      version: 2,
      migrations: {
        2: (old) => ({ collapsed: !(old as { open: boolean }).open, width: (old as { w: number }).w }),
      },
    });
    expect(await item.get()).toEqual({ collapsed: true, width: 500 });
  });
  it('refuses to store an invalid value', async () => {
    const item = defineValidatedItem('local:t5', {
      schema,
      fallback: { collapsed: false, width: 300 },
      version: 1,
    });
    await expect(item.set({ collapsed: false, width: 1 })).rejects.toThrow();
  });
});

describe('settings item', () => {
  it('migrates v1 settings forward, keeping the chosen language', async () => {
    await browser.storage.local.set({ settings: { locale: 'fr' }, settings$: { v: 1 } });
    const { settingsItem } = await import('@/lib/storage/items');
    expect(await settingsItem.get()).toEqual({
      locale: 'fr',
      clipboardClearSeconds: 30,
      carryMinutes: 10,
      panelPlace: 'page',
    });
  });

  it('migrates v2 settings to v3: the panel stays in the page, the timers are kept', async () => {
    await browser.storage.local.set({
      settings: { locale: 'ja', clipboardClearSeconds: 5, carryMinutes: 3 },
      settings$: { v: 2 },
    });
    // WXT migrates an item when it is defined: a fresh module, as in a context that starts after an update.
    vi.resetModules();
    const { settingsItem } = await import('@/lib/storage/items');
    expect(await settingsItem.get()).toEqual({
      locale: 'ja',
      clipboardClearSeconds: 5,
      carryMinutes: 3,
      panelPlace: 'page',
    });
  });
});

describe('getItemsFrom', () => {
  const readLocal = (keys: string[]) => browser.storage.local.get(keys);
  const ui = () =>
    defineValidatedItem('local:g-ui', { schema, fallback: { collapsed: false, width: 300 }, version: 1 });

  it('reads several items in one storage round trip, each checked as get checks it', async () => {
    await browser.storage.local.set({
      'g-ui': { collapsed: true, width: 420 },
      'g-bad': { collapsed: 'no' },
    });
    const onCorrupt = vi.fn();
    const bad = defineValidatedItem('local:g-bad', {
      schema,
      fallback: { collapsed: false, width: 300 },
      version: 1,
      onCorrupt,
    });
    const empty = defineValidatedItem('local:g-none', {
      schema,
      fallback: { collapsed: false, width: 111 },
      version: 1,
    });
    const get = vi.spyOn(browser.storage.local, 'get');
    expect(await getItemsFrom(readLocal, ui(), bad, empty)).toEqual([
      { collapsed: true, width: 420 },
      { collapsed: false, width: 300 },
      { collapsed: false, width: 111 },
    ]);
    expect(get).toHaveBeenCalledOnce();
    expect(onCorrupt).toHaveBeenCalledWith('local:g-bad', expect.any(String));
    get.mockRestore();
  });

  it('reads an item stored at an older version through its migrations', async () => {
    await browser.storage.local.set({ 'g-old': { open: true, w: 500 }, 'g-old$': { v: 1 } });
    const item = defineValidatedItem('local:g-old', {
      schema,
      fallback: { collapsed: false, width: 300 },
      version: 2,
      migrations: {
        2: (old) => ({ collapsed: (old as { open: boolean }).open, width: (old as { w: number }).w }),
      },
    });
    expect(await getItemsFrom(readLocal, item)).toEqual([{ collapsed: true, width: 500 }]);
  });
});
