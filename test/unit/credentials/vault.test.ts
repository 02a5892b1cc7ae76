import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { createVault, VAULT_KEY } from '@/lib/credentials/vault';

const values = {
  clientId: '5a3e9b52-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  clientSecret: 'Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8',
  munchkinId: '123-ABC-456',
};

describe('vault', () => {
  let t = 1_000_000;
  const timers: Array<{ at: number; fn: () => void }> = [];
  const make = () =>
    createVault({
      area: browser.storage.session,
      now: () => t,
      setTimer: (fn, ms) => timers.push({ at: t + ms, fn }),
      clearTimer: () => {},
    });
  const advance = async (ms: number) => {
    t += ms;
    const due = timers.filter((x) => x.at <= t);
    for (const timer of due) {
      timers.splice(timers.indexOf(timer), 1);
      timer.fn();
    }
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  };
  beforeEach(() => {
    t = 1_000_000;
    timers.length = 0;
  });

  it('keeps the values in storage.session only, and shows only fingerprints', async () => {
    const vault = make();
    const status = await vault.carry({ ...values, source: '123-ABC-456' }, 10 * 60_000);
    expect(status).toEqual({
      state: 'carried',
      munchkinId: '123-ABC-456',
      source: '123-ABC-456',
      clientIdTail: '4a5b',
      secretTail: '7kL8',
      carriedAt: 1_000_000,
      expiresAt: t + 10 * 60_000,
      keepUntilExpiry: false,
    });
    expect(JSON.stringify(status)).not.toContain(values.clientSecret);
    expect((await browser.storage.session.get(VAULT_KEY))[VAULT_KEY]).toMatchObject(values);
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(await browser.storage.sync.get(null)).toEqual({});
  });

  it('forgets the values when the time limit ends', async () => {
    const vault = make();
    await vault.carry(values, 60_000);
    await advance(59_000);
    expect((await vault.status()).state).toBe('carried');
    await advance(2_000);
    expect(await browser.storage.session.get(VAULT_KEY)).toEqual({});
    expect(await vault.status()).toEqual({ state: 'none' });
  });

  it('never hands out expired values, even if the timer did not run', async () => {
    const vault = make();
    await vault.carry(values, 1000);
    t += 5000; // timers not run (service worker was asleep)
    expect(await vault.read()).toBeNull();
    expect(await browser.storage.session.get(VAULT_KEY)).toEqual({});
  });

  it('is one-shot after a confirmed fill unless kept until the timer ends', async () => {
    const vault = make();
    await vault.carry(values, 60_000);
    expect(await vault.afterConfirmedFill()).toBe(true);
    expect(await vault.status()).toEqual({ state: 'none' });

    await vault.carry(values, 60_000);
    await vault.setKeepUntilExpiry(true);
    expect(await vault.afterConfirmedFill()).toBe(false);
    expect((await vault.status()).state).toBe('carried');
  });

  it('forgets on request', async () => {
    const vault = make();
    await vault.carry(values, 60_000);
    await vault.forget();
    expect(await vault.status()).toEqual({ state: 'none' });
  });
});
