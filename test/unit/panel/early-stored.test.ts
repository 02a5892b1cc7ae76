/**
 * The panel's stored settings and dock state, read by its first script (lib/panel/early-stored.ts)
 * and checked by the app as ever (lib/storage/validated.ts getItemsFrom).
 */
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PANEL_STORED_KEYS, startStoredRead, storedReader } from '@/lib/panel/early-stored';
import { panelUiItem, settingsItem } from '@/lib/storage/items';
import { storedKeys } from '@/lib/storage/stored-keys';
import { getItemsFrom } from '@/lib/storage/validated';

const fresh = () => ({}) as Window;

describe('the panel’s early read of its settings', () => {
  it('reads the very keys the app’s first render asks for, so the app uses it', () => {
    const names = [settingsItem.key, panelUiItem.key].map((k) => k.replace(/^local:/, ''));
    expect([...PANEL_STORED_KEYS].sort()).toEqual(storedKeys(names).sort());
  });

  it('starts one read per document, and hands it to the app once', async () => {
    const win = fresh();
    const local = {
      get: vi.fn(async (keys: string[]) => Object.fromEntries(keys.map((k) => [k, `v:${k}`]))),
    };
    startStoredRead(win, local);
    startStoredRead(win, local);
    expect(local.get).toHaveBeenCalledTimes(1);
    const read = storedReader(win, local);
    const first = await read([...PANEL_STORED_KEYS].reverse());
    expect(first?.settings).toBe('v:settings');
    expect(local.get).toHaveBeenCalledTimes(1);
    // A later read sees later values: a fresh one.
    await read([...PANEL_STORED_KEYS]);
    expect(local.get).toHaveBeenCalledTimes(2);
  });

  it('reads afresh when asked for other keys, or when nothing was started', async () => {
    const local = { get: vi.fn(async () => ({})) };
    const win = fresh();
    startStoredRead(win, local);
    await storedReader(win, local)(['other', 'other$']);
    expect(local.get).toHaveBeenLastCalledWith(['other', 'other$']);
    const none = fresh();
    await storedReader(none, local)([...PANEL_STORED_KEYS]);
    expect(local.get).toHaveBeenCalledTimes(3);
  });

  it('gives the app checked values: a corrupt stored state falls back, a failed read reads each item', async () => {
    await browser.storage.local.set({ panelUi: { collapsed: 'yes', width: -1 }, panelUi$: { v: 2 } });
    const win = fresh();
    startStoredRead(win, browser.storage.local);
    const [settings, ui] = await getItemsFrom(
      storedReader(win, browser.storage.local),
      settingsItem,
      panelUiItem,
    );
    expect(ui).toEqual(await panelUiItem.get());
    expect(settings).toEqual(await settingsItem.get());
    const failing = { get: vi.fn(async () => Promise.reject(new Error('gone'))) };
    const again = fresh();
    startStoredRead(again, failing);
    const [, ui2] = await getItemsFrom(storedReader(again, failing), settingsItem, panelUiItem);
    expect(ui2).toEqual(await panelUiItem.get());
  });
});
