import { describe, expect, it, vi } from 'vitest';
import { routeMessage } from '@/lib/messaging/receive';

const sender = { id: 'ext-id', tab: { id: 7 } as never, frameId: 0, url: 'https://app-ab12.marketo.com/' };
const opts = { extensionId: 'ext-id' };

describe('routeMessage', () => {
  it('validates the payload and calls the typed handler', async () => {
    const handler = vi.fn(() => ({ ok: true as const }));
    const res = await routeMessage(
      { 'page:report': handler },
      opts,
      {
        type: 'page:report',
        payload: { app: 'marketo', page: 'marketo-actions-config', munchkinId: '123-ABC-456' },
      },
      sender,
    );
    expect(res).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledWith(
      { app: 'marketo', page: 'marketo-actions-config', munchkinId: '123-ABC-456' },
      sender,
    );
  });

  it('answers bad payloads with an error instead of calling the handler', async () => {
    const handler = vi.fn();
    const res = await routeMessage(
      { 'page:report': handler },
      opts,
      { type: 'page:report', payload: { app: 'marketo', page: 'not-a-page' } },
      sender,
    );
    expect(res).toEqual({ error: 'bad-payload' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a malformed Munchkin ID', async () => {
    const res = await routeMessage(
      { 'page:report': () => ({ ok: true }) },
      opts,
      {
        type: 'page:report',
        payload: { app: 'marketo', page: 'unknown', munchkinId: '123-abc-456<script>' },
      },
      sender,
    );
    expect(res).toEqual({ error: 'bad-payload' });
  });

  it('drops messages from another extension or a refused sender', async () => {
    const handler = vi.fn();
    const fromOther = await routeMessage(
      { 'panel:load': handler },
      opts,
      { type: 'panel:load', payload: { reason: 'toolbar' } },
      { ...sender, id: 'someone-else' },
    );
    expect(fromOther).toEqual({ error: 'bad-sender' });
    const refused = await routeMessage(
      { 'panel:load': handler },
      { ...opts, accept: () => false },
      { type: 'panel:load', payload: { reason: 'toolbar' } },
      sender,
    );
    expect(refused).toEqual({ error: 'bad-sender' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('ignores messages it has no handler for, so other listeners can answer', () => {
    expect(routeMessage({}, opts, { type: 'panel:load', payload: {} }, sender)).toBeUndefined();
    expect(routeMessage({}, opts, 'hello', sender)).toBeUndefined();
    expect(routeMessage({}, opts, { type: 'nope' }, sender)).toBeUndefined();
  });
});
