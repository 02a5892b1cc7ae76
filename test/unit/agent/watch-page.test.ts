import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { holdReadingsUntil } from '@/lib/agent/reading-gate';
import { watchPage } from '@/lib/agent/watch-page';

interface Sent {
  type: string;
  payload: { page: string; reading: Record<string, unknown> };
}

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('agent: page readings', () => {
  afterEach(() => {
    watchPage(null);
    document.body.replaceChildren();
  });

  it('a "connected" the background missed is sent again after the host took it away', async () => {
    document.body.innerHTML =
      '<h1>Marketo</h1><p role="status">Saved. Marketo is connected.</p><button type="button">Disconnect</button>';
    const sent: Sent[] = [];
    let ready = false;
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      sent.push(msg as Sent);
      // The background does not know yet which frame shows the page: it refuses the first reading.
      const ok = ready;
      ready = true;
      return Promise.resolve({ ok });
    });
    watchPage('sales-marketo-settings', document);
    await until(() => sent.length >= 1);
    // The host's message and its button go away before the retry.
    document.body.innerHTML = '<h1>Marketo</h1>';
    await until(() => sent.length >= 2);
    expect(sent.map((m) => m.payload.reading)).toEqual([
      { page: 'sales-marketo-settings', marketo: { connected: true } },
      { page: 'sales-marketo-settings', marketo: { connected: true } },
    ]);
  });

  it('sends the first reading only once the panel of a dock starting in this frame is shown', async () => {
    document.body.innerHTML =
      '<h1>Marketo</h1><p role="status">Saved. Marketo is connected.</p><button type="button">Disconnect</button>';
    const sent: Sent[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      sent.push(msg as Sent);
      return Promise.resolve({ ok: true });
    });
    let shown = () => {};
    holdReadingsUntil(new Promise<void>((r) => (shown = r)));
    watchPage('sales-marketo-settings', document);
    // The page changes meanwhile: still nothing read while the panel starts.
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 150));
    expect(sent).toEqual([]);
    shown();
    await until(() => sent.length >= 1);
    expect(sent[0]?.payload.reading).toEqual({
      page: 'sales-marketo-settings',
      marketo: { connected: true },
    });
  });
});
