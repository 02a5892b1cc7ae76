/**
 * "Report this page": the background injects the sanitiser's own script into the
 * frame that shows the page, only when asked, and passes on only a snapshot's shape.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { snapshotFrame } from '@/lib/features/report/background';

describe('snapshotFrame', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  let answer: () => unknown;
  beforeEach(() => {
    answer = () => ({ ok: true, html: '<!doctype html>', masked: 2, removed: 1 });
    executeScript = vi.fn(async () => [{ frameId: 0, result: answer() }]);
    Object.assign(fakeBrowser, { scripting: { executeScript } });
  });
  afterEach(() => {
    Object.assign(fakeBrowser, { scripting: undefined });
  });

  it('injects report.js (not the agent) into the asked frame and returns its snapshot', async () => {
    await expect(snapshotFrame(7, 3)).resolves.toEqual({
      ok: true,
      html: '<!doctype html>',
      masked: 2,
      removed: 1,
    });
    expect(executeScript).toHaveBeenCalledOnce();
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: ['/report.js'],
    });
  });

  it('says it could not read the page when the frame cannot be scripted', async () => {
    executeScript.mockRejectedValueOnce(new Error('Frame with ID 3 was removed.'));
    await expect(snapshotFrame(7, 3)).resolves.toEqual({ ok: false });
  });

  it('passes on nothing but a snapshot', async () => {
    for (const odd of [undefined, null, 'html', { ok: true }, { ok: true, html: 1, masked: 0, removed: 0 }]) {
      answer = () => odd;
      await expect(snapshotFrame(7, 3)).resolves.toEqual({ ok: false });
    }
    answer = () => ({ ok: false });
    await expect(snapshotFrame(7, 3)).resolves.toEqual({ ok: false });
  });
});
