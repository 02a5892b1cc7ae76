/**
 * A panel document renders while the background decides whether to accept it, but
 * nothing leaves it before: no message (its hello apart) and no port. One that is
 * never accepted (a panel.html a page framed itself) never sends anything.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { holdSendsUntil, sendToBackground } from '@/lib/messaging/send';
import { openPanelChannel } from '@/lib/panel/channel';

const sent: string[] = [];

describe('before the background accepted the panel', () => {
  afterEach(() => {
    sent.length = 0;
    holdSendsUntil(Promise.resolve());
  });

  const recordSends = () =>
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push((message as { type: string }).type);
      return { ok: true };
    });

  it('holds every message but the hello, and lets them go, in order, once accepted', async () => {
    recordSends();
    let accept = () => {};
    holdSendsUntil(new Promise<void>((resolve) => (accept = resolve)));
    const progress = sendToBackground('checklist:set-active', { key: 'mkto:123-ABC-456' });
    const hello = sendToBackground('panel:hello', { key: 'a'.repeat(32) });
    await hello;
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual(['panel:hello']);
    accept();
    await progress;
    expect(sent).toEqual(['panel:hello', 'checklist:set-active']);
  });

  it('sends nothing at all when never accepted', async () => {
    recordSends();
    holdSendsUntil(new Promise(() => {}));
    void sendToBackground('credentials:status', {});
    void sendToBackground('checklist:set-active', { key: 'mkto:123-ABC-456' });
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toEqual([]);
  });

  it('opens the port only once accepted, and not if closed before', async () => {
    const connect = vi.fn(() => ({
      onMessage: { addListener() {} },
      onDisconnect: { addListener() {} },
      disconnect() {},
      postMessage() {},
    }));
    let accept = () => {};
    const accepted = new Promise<void>((resolve) => (accept = resolve));
    openPanelChannel(connect as never, accepted);
    const closedEarly = openPanelChannel(connect as never, accepted);
    closedEarly.close();
    await new Promise((r) => setTimeout(r, 20));
    expect(connect).not.toHaveBeenCalled();
    accept();
    await accepted;
    expect(connect).toHaveBeenCalledOnce();
  });
});
