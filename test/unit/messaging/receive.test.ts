import { describe, expect, it, vi } from 'vitest';
import { agentSchemas } from '@/lib/messaging/agent-protocol';
import { routeMessageWith } from '@/lib/messaging/receive';
import { routeMessage } from '@/lib/messaging/route';

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
    const handler = vi.fn(() => ({ secret: 'never' }));
    const fromOther = await routeMessage(
      { 'credentials:reveal': handler },
      opts,
      { type: 'credentials:reveal', payload: {} },
      { ...sender, id: 'someone-else' },
    );
    expect(fromOther).toEqual({ error: 'bad-sender' });
    const accept = vi.fn(() => false);
    const refused = await routeMessage(
      { 'credentials:reveal': handler },
      { ...opts, accept },
      { type: 'credentials:reveal', payload: {} },
      sender,
    );
    expect(refused).toEqual({ error: 'bad-sender' });
    expect(accept).toHaveBeenCalledWith('credentials:reveal', sender);
    expect(handler).not.toHaveBeenCalled();
  });

  it('checks the sender before the payload: a refused sender learns nothing of the schema', async () => {
    const res = await routeMessage(
      { 'credentials:copy': vi.fn() },
      { ...opts, accept: () => false },
      { type: 'credentials:copy', payload: { frameId: -1, field: 'password' } },
      sender,
    );
    expect(res).toEqual({ error: 'bad-sender' });
  });

  it('ignores messages it has no handler for, so other listeners can answer', () => {
    expect(
      routeMessage({}, opts, { type: 'panel:hello', payload: { key: 'a'.repeat(32) } }, sender),
    ).toBeUndefined();
    expect(routeMessage({}, opts, 'hello', sender)).toBeUndefined();
    expect(routeMessage({}, opts, { type: 'nope' }, sender)).toBeUndefined();
    // A type that is not in the protocol is not looked up on the handlers object.
    expect(routeMessage({}, opts, { type: 'toString', payload: {} }, sender)).toBeUndefined();
  });
});

describe('the agent router (zod/mini schemas only)', () => {
  const fromBackground = { id: 'ext-id' };
  const values = { clientId: 'id-1', clientSecret: 'secret-1', munchkinId: '123-ABC-456' };

  it('passes valid payloads, with unknown keys stripped as the classic schemas do', async () => {
    const fill = vi.fn(() => ({ ok: true as const, filled: [] }));
    await routeMessageWith(
      agentSchemas,
      { 'agent:fill': fill as never },
      opts,
      { type: 'agent:fill', payload: { values: { ...values, extra: 'x' } } },
      fromBackground,
    );
    expect(fill).toHaveBeenCalledWith({ values }, fromBackground);
  });

  it.each([
    ['agent:fill', { values: { ...values, clientId: '' } }],
    ['agent:fill', { values: { ...values, munchkinId: '123-abc-456' } }],
    ['agent:highlight', { target: 'marketo-sync', label: 'x'.repeat(121) }],
    ['agent:highlight', { target: 'somewhere-else', label: 'x' }],
    ['agent:read-page', { page: 'unknown' }],
  ])('rejects a bad %s payload', async (type, payload) => {
    const handler = vi.fn();
    const res = await routeMessageWith(
      agentSchemas,
      { [type]: handler } as never,
      opts,
      { type, payload },
      fromBackground,
    );
    expect(res).toEqual({ error: 'bad-payload' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('ignores every message type that is not the agent’s', () => {
    const res = routeMessageWith(
      agentSchemas,
      { 'page:report': vi.fn() } as never,
      opts,
      { type: 'page:report', payload: { app: null, page: 'unknown' } },
      fromBackground,
    );
    expect(res).toBeUndefined();
  });
});
