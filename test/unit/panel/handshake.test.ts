/**
 * The panel document's side of the key handshake (lib/panel/handshake.ts), run by its first script
 * while its HTML is parsed: it says it is here to the window that framed it, takes a key from that
 * window only, presents it, and counts as accepted only when the background says so.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  isPanelReady,
  isPanelShown,
  PANEL_READY,
  PANEL_SHOWN,
  panelKeyMessage,
  panelKeyOf,
  sayShownAfterPaint,
  startHandshake,
} from '@/lib/panel/handshake';

const KEY = '0123456789abcdef0123456789abcdef';

/** A framed document's window: its parent records what it is posted; messages arrive as events. */
function framedWindow() {
  const parent = { postMessage: vi.fn() };
  const win = Object.assign(new EventTarget(), { parent }) as unknown as Window;
  const receive = (data: unknown, source: unknown = parent) =>
    win.dispatchEvent(new MessageEvent('message', { data, source: source as Window }));
  return { win, parent, receive };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the panel’s key handshake', () => {
  it('says it is here to the window that framed it, and nothing more', () => {
    const { win, parent } = framedWindow();
    void startHandshake(win, vi.fn());
    expect(parent.postMessage).toHaveBeenCalledOnce();
    expect(parent.postMessage).toHaveBeenCalledWith(PANEL_READY, '*');
    expect(isPanelReady(parent.postMessage.mock.calls[0]?.[0])).toBe(true);
  });

  it('presents the key its parent posts, and is accepted when the background says so', async () => {
    const { win, receive } = framedWindow();
    const hello = vi.fn(async () => ({ ok: true }));
    const onAccepted = vi.fn();
    let accepted = false;
    void startHandshake(win, hello, onAccepted).then(() => {
      accepted = true;
    });
    receive(panelKeyMessage(KEY));
    await settle();
    expect(hello).toHaveBeenCalledWith(KEY);
    expect(accepted).toBe(true);
    expect(onAccepted).toHaveBeenCalledOnce();
    // Later keys are not presented again.
    receive(panelKeyMessage('f'.repeat(32)));
    await settle();
    expect(hello).toHaveBeenCalledOnce();
  });

  it('takes no key from anyone but its parent, nor anything that is not a key', async () => {
    const { win, receive } = framedWindow();
    const hello = vi.fn(async () => ({ ok: true }));
    void startHandshake(win, hello);
    receive(panelKeyMessage(KEY), win);
    receive(panelKeyMessage(KEY), null);
    receive({ msiPanelKey: 'not-a-key' });
    receive({ msiPanelKey: 42 });
    receive('0123456789abcdef0123456789abcdef');
    await settle();
    expect(hello).not.toHaveBeenCalled();
  });

  it('is never accepted when the background refuses the key (a page that framed panel.html itself)', async () => {
    const { win, receive } = framedWindow();
    const hello = vi.fn(async () => ({ ok: false }));
    let accepted = false;
    void startHandshake(win, hello).then(() => {
      accepted = true;
    });
    receive(panelKeyMessage(KEY));
    receive(panelKeyMessage('f'.repeat(32)));
    await settle();
    expect(hello).toHaveBeenCalledTimes(2);
    expect(accepted).toBe(false);
  });

  it('runs once per document: the app’s script gets the handshake its first script started', () => {
    const { win, parent } = framedWindow();
    const first = startHandshake(win, vi.fn());
    const second = startHandshake(win, vi.fn());
    expect(second).toBe(first);
    expect(parent.postMessage).toHaveBeenCalledOnce();
  });

  it('reads a key only as 32 hex digits', () => {
    expect(panelKeyOf(panelKeyMessage(KEY))).toBe(KEY);
    expect(panelKeyOf({ msiPanelKey: KEY.toUpperCase() })).toBeUndefined();
    expect(panelKeyOf({ msiPanelKey: `${KEY}0` })).toBeUndefined();
    expect(panelKeyOf(null)).toBeUndefined();
  });

  it('says it is shown to its parent after the next frame, and nothing when cancelled or not framed', () => {
    const { win, parent } = framedWindow();
    const frames: (() => void)[] = [];
    const cancelFrame = vi.fn();
    sayShownAfterPaint(win, (cb) => frames.push(cb), cancelFrame);
    expect(parent.postMessage).not.toHaveBeenCalled();
    frames[0]?.();
    expect(parent.postMessage).toHaveBeenCalledWith(PANEL_SHOWN, '*');
    expect(isPanelShown(parent.postMessage.mock.calls[0]?.[0])).toBe(true);
    expect(isPanelReady(PANEL_SHOWN)).toBe(false);
    sayShownAfterPaint(win, () => 7, cancelFrame)();
    expect(cancelFrame).toHaveBeenCalledWith(7);
    // The browser's side panel: no parent to tell.
    const top = { postMessage: vi.fn() } as unknown as Window & { parent: Window };
    top.parent = top;
    const next = vi.fn();
    sayShownAfterPaint(top, next);
    expect(next).not.toHaveBeenCalled();
  });
});
