import { describe, expect, it } from 'vitest';
import { type ClipboardLike, copyThenClear } from '@/lib/credentials/clipboard';

function fakeClipboard(options: { denyRead?: boolean; denyWrite?: boolean } = {}) {
  const state = { text: 'before' };
  const clipboard: ClipboardLike = {
    async writeText(t) {
      if (options.denyWrite) throw new Error('NotAllowedError');
      state.text = t;
    },
    async readText() {
      if (options.denyRead) throw new Error('NotAllowedError: Read permission denied.');
      return state.text;
    },
  };
  const pending: Array<() => void> = [];
  const timers = { set: (fn: () => void) => pending.push(fn), clear: () => {} };
  return {
    state,
    clipboard,
    timers,
    fire: () => {
      for (const f of pending.splice(0)) f();
    },
  };
}

describe('copyThenClear', () => {
  it('clears the clipboard after the delay when it still holds our value', async () => {
    const f = fakeClipboard();
    const res = await copyThenClear('s3cret', 30, f.clipboard, f.timers);
    expect(res.copied).toBe(true);
    expect(f.state.text).toBe('s3cret');
    f.fire();
    expect(await res.cleared).toBe('cleared');
    expect(f.state.text).toBe('');
  });
  it('leaves what the user copied since', async () => {
    const f = fakeClipboard();
    const res = await copyThenClear('s3cret', 30, f.clipboard, f.timers);
    f.state.text = 'something else';
    f.fire();
    expect(await res.cleared).toBe('changed');
    expect(f.state.text).toBe('something else');
  });
  it('says so when it may not read the clipboard, and does not clear blindly', async () => {
    const f = fakeClipboard({ denyRead: true });
    const res = await copyThenClear('s3cret', 30, f.clipboard, f.timers);
    f.fire();
    expect(await res.cleared).toBe('denied');
    expect(f.state.text).toBe('s3cret');
  });
  it('does not schedule anything when clearing is off', async () => {
    const f = fakeClipboard();
    const res = await copyThenClear('s3cret', 0, f.clipboard, f.timers);
    expect(await res.cleared).toBe('off');
    f.fire();
    expect(f.state.text).toBe('s3cret');
  });
  it('reports a refused copy', async () => {
    const f = fakeClipboard({ denyWrite: true });
    expect((await copyThenClear('s3cret', 30, f.clipboard, f.timers)).copied).toBe(false);
  });
});
