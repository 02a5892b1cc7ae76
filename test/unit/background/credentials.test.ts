import { beforeEach, describe, expect, it, vi } from 'vitest';

const frames = vi.hoisted(() => ({
  frameUrl: vi.fn<(tabId: number, frameId: number) => Promise<URL | null>>(),
  callAgent: vi.fn(),
  tabOf: (sender: { tab?: { id?: number } }) => sender.tab?.id,
}));
vi.mock('@/lib/background/frames', () => frames);

import { credentialHandlers, vault } from '@/lib/background/credentials';

const values = {
  clientId: '5a3e9b52-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  clientSecret: 'Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8',
};
const fromMarketo = {
  id: 'x',
  tab: { id: 3 } as never,
  frameId: 0,
  url: 'https://app-ab12.marketo.com/#AD0SI2',
};
const fromSales = {
  id: 'x',
  tab: { id: 4 } as never,
  frameId: 0,
  url: 'https://toutapp.com/next#settings/marketo-admin',
};

describe('background credential handlers', () => {
  beforeEach(async () => {
    frames.frameUrl.mockReset();
    frames.callAgent.mockReset();
    await vault.forget();
  });

  it('carries values only from a Marketo page', async () => {
    const refused = await credentialHandlers['credentials:carry']!({ ...values }, fromSales);
    expect(refused).toEqual({ state: 'none' });
    const carried = await credentialHandlers['credentials:carry']!(
      { ...values, source: '123-ABC-456' },
      fromMarketo,
    );
    expect(carried).toMatchObject({ state: 'carried', secretTail: '7kL8', source: '123-ABC-456' });
  });

  it('never sends values to a frame whose URL is not the Sales app', async () => {
    await credentialHandlers['credentials:carry']!({ ...values }, fromMarketo);
    frames.frameUrl.mockResolvedValue(new URL('https://evil.example/next#settings/marketo-admin'));
    const res = await credentialHandlers['credentials:fill']!({ frameId: 0 }, fromSales);
    expect(res).toEqual({ ok: false, reason: 'not-sales-app' });
    expect(frames.callAgent).not.toHaveBeenCalled();
  });

  it('never sends values to a Sales page that its adapter does not recognise as the Marketo settings', async () => {
    await credentialHandlers['credentials:carry']!({ ...values }, fromMarketo);
    frames.frameUrl.mockResolvedValue(new URL('https://toutapp.com/next#settings/admin/user-management'));
    frames.callAgent.mockResolvedValueOnce({ ok: false, reason: 'not-marketo-settings' });
    const res = await credentialHandlers['credentials:fill']!({ frameId: 0 }, fromSales);
    expect(res).toEqual({ ok: false, reason: 'not-marketo-settings' });
    expect(frames.callAgent).toHaveBeenCalledTimes(1);
    expect(frames.callAgent.mock.calls[0]?.[2]).toBe('agent:fill-preview');
    expect(JSON.stringify(frames.callAgent.mock.calls)).not.toContain(values.clientSecret);
  });

  it('fills a recognised page and forgets the values after a confirmed fill', async () => {
    await credentialHandlers['credentials:carry']!({ ...values }, fromMarketo);
    frames.frameUrl.mockResolvedValue(new URL('https://toutapp.com/next#settings/marketo-admin'));
    frames.callAgent
      .mockResolvedValueOnce({
        ok: true,
        fields: { munchkinId: false, clientId: true, clientSecret: true },
        openedSetupTab: false,
      })
      .mockResolvedValueOnce({
        ok: true,
        fields: { clientId: 'filled', clientSecret: 'filled' },
        saveButtonFound: true,
        forgotten: false,
      });
    const res = await credentialHandlers['credentials:fill']!({ frameId: 0 }, fromSales);
    expect(res).toMatchObject({ ok: true, forgotten: true });
    expect(frames.callAgent.mock.calls[1]?.[3]).toEqual({ values });
    expect(await vault.status()).toEqual({ state: 'none' });
  });

  it('answers "nothing carried" without touching any frame', async () => {
    const res = await credentialHandlers['credentials:fill']!({ frameId: 0 }, fromSales);
    expect(res).toEqual({ ok: false, reason: 'nothing-carried' });
    expect(frames.frameUrl).not.toHaveBeenCalled();
  });
});
