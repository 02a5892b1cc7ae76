import { beforeEach, describe, expect, it, vi } from 'vitest';

const frames = vi.hoisted(() => ({
  frameUrl: vi.fn(async () => new URL('https://engage-ab.marketo.com/?munchkinId=123-ABC-456#x')),
  callAgent: vi.fn(),
  tabOf: (sender: { tab?: { id?: number } }) => sender.tab?.id,
}));
vi.mock('@/lib/background/frames', () => frames);

import { checklistHandlers } from '@/lib/background/checklist';
import { activeInstance } from '@/lib/checklist/progress';
import { progressItem } from '@/lib/storage/progress';

const sender = { id: 'x', tab: { id: 1 } as never, frameId: 0, url: 'https://engage-ab.marketo.com/' };
const marketoReading = {
  page: 'marketo-actions-config',
  provisioning: { invited: true, invitee: 'admin@acme.com' },
  credentialsShown: true,
  sync: { state: 'in-progress' },
};
const identity = { munchkinId: '123-ABC-456', host: 'engage-ab', sandbox: false };
const refresh = (page: string, withIdentity = true) =>
  checklistHandlers['checklist:refresh']!(
    { frameId: 0, page: page as never, ...(withIdentity ? { identity } : {}) },
    sender,
  );

describe('background checklist handlers', () => {
  beforeEach(() => {
    frames.callAgent.mockReset();
  });

  it('applies what the page shows to the instance, with evidence (and never a query string)', async () => {
    frames.callAgent.mockResolvedValue(marketoReading);
    expect(await refresh('marketo-actions-config')).toMatchObject({ ok: true });
    const store = await progressItem.get();
    const instance = activeInstance(store)!;
    expect(instance.key).toBe('munchkin:123-ABC-456');
    expect(instance.steps['set-up-marketo-sales-account']).toMatchObject({
      status: 'detected',
      evidence: { what: 'first-admin-invited', detail: 'admin@acme.com' },
    });
    expect(instance.steps['initiate-data-sync']?.status).toBe('detected');
    expect(JSON.stringify(store)).not.toContain('munchkinId=');
  });

  it('sends Sales and Salesforce detections to the active instance, and none without one', async () => {
    frames.callAgent.mockResolvedValue({ page: 'sales-marketo-settings', marketo: { connected: true } });
    expect(await refresh('sales-marketo-settings', false)).toMatchObject({
      ok: false,
      reason: 'no-instance',
    });
    frames.callAgent.mockResolvedValueOnce(marketoReading);
    await refresh('marketo-actions-config');
    frames.callAgent.mockResolvedValue({ page: 'sales-marketo-settings', marketo: { connected: true } });
    await refresh('sales-marketo-settings', false);
    const instance = activeInstance(await progressItem.get())!;
    expect(instance.steps['connect-marketo-to-your-sales-apps-account']?.status).toBe('detected');
  });

  it('serialises concurrent updates: none is lost', async () => {
    frames.callAgent.mockResolvedValueOnce(marketoReading);
    await refresh('marketo-actions-config');
    const key = activeInstance(await progressItem.get())!.key;
    await Promise.all([
      checklistHandlers['checklist:set-status']!({ key, step: 'prerequisites', status: 'done' }, sender),
      checklistHandlers['checklist:set-status']!(
        { key, step: 'install-upgrade-msi-package', status: 'in-progress' },
        sender,
      ),
    ]);
    const steps = activeInstance(await progressItem.get())!.steps;
    expect(steps.prerequisites?.status).toBe('done');
    expect(steps['install-upgrade-msi-package']?.status).toBe('in-progress');
  });

  it('resets with undo, and refuses a bad import without changing anything', async () => {
    frames.callAgent.mockResolvedValueOnce(marketoReading);
    await refresh('marketo-actions-config');
    const key = activeInstance(await progressItem.get())!.key;
    const reset = await checklistHandlers['checklist:reset']!({ key }, sender);
    expect(activeInstance(await progressItem.get())!.steps['set-up-marketo-sales-account']).toBeUndefined();
    await checklistHandlers['checklist:undo-reset']!({ previous: reset.previous! }, sender);
    expect(activeInstance(await progressItem.get())!.steps['set-up-marketo-sales-account']?.status).toBe(
      'detected',
    );

    const before = JSON.stringify(await progressItem.get());
    const bad = await checklistHandlers['checklist:import']!({ text: '{"not": "ours"}' }, sender);
    expect(bad).toMatchObject({ ok: false, code: 'wrong-format' });
    expect(JSON.stringify(await progressItem.get())).toBe(before);
  });
});
