/**
 * The two messages between the dock (lib/agent/dock.ts, in the host page's isolated world) and the
 * panel document it frames (entrypoints/panel/main.tsx), before the background knows the panel:
 * 1. the panel → its parent window, as its script starts: "I am here" (nothing secret: the page
 *    sees it too, and cannot send it as our frame);
 * 2. the dock → the panel's own window, for the extension's origin only: the one-time key the
 *    background issued, which the panel then presents (`panel:hello`);
 * and, once accepted and painted, the panel → its parent window: "I am shown" (`PANEL_SHOWN`).
 */
const KEY = /^[0-9a-f]{32}$/;

export const PANEL_READY = { msiPanelReady: true } as const;

export const isPanelReady = (data: unknown): boolean =>
  (data as { msiPanelReady?: unknown } | null)?.msiPanelReady === true;

/**
 * The panel → its parent window, once its sections are painted after it was accepted: "I am shown".
 * Nothing secret either; the dock lets the agent's first reading of the page start then
 * (lib/agent/reading-gate.ts), so that it does not take the host's thread and a core while the
 * panel starts.
 */
export const PANEL_SHOWN = { msiPanelShown: true } as const;

export const isPanelShown = (data: unknown): boolean =>
  (data as { msiPanelShown?: unknown } | null)?.msiPanelShown === true;

/** Says "shown" to the parent window after the next frame (the rendered sections painted); returns a cancel. */
export function sayShownAfterPaint(
  win: Window,
  nextFrame: (cb: () => void) => number = (cb) => win.requestAnimationFrame(cb),
  cancelFrame: (id: number) => void = (id) => win.cancelAnimationFrame(id),
): () => void {
  if (win.parent === win) return () => {};
  const id = nextFrame(() => win.parent.postMessage(PANEL_SHOWN, '*'));
  return () => cancelFrame(id);
}

export const panelKeyMessage = (key: string) => ({ msiPanelKey: key });

/** The key a message carries, when it is one (32 hex digits); undefined otherwise. */
export function panelKeyOf(data: unknown): string | undefined {
  const key = (data as { msiPanelKey?: unknown } | null)?.msiPanelKey;
  return typeof key === 'string' && KEY.test(key) ? key : undefined;
}

/** The panel's acceptance, started by its first script (entrypoints/panel-handshake.ts) and awaited by its app. */
const ACCEPTED = '__msiPanelAccepted';
type HandshakeWindow = Window & { [ACCEPTED]?: Promise<void> };

/**
 * Starts the key handshake of a framed panel document: says to the parent window that it is here,
 * takes the key the dock posts back (from the parent window only), presents it to the background
 * with `hello`, and resolves once the background accepted it; never, in a panel.html that a page
 * framed itself (the background knows no key it could be given). Once per document: a second call
 * returns the same promise. Run while the HTML is still being parsed (a classic script before the
 * app's modules), the handshake is over before the app's script has run (`npm run bench:host`).
 */
export function startHandshake(
  win: Window,
  hello: (key: string) => Promise<{ ok?: boolean } | undefined>,
  onAccepted: () => void = () => {},
): Promise<void> {
  const w = win as HandshakeWindow;
  w[ACCEPTED] ??= new Promise<void>((resolve) => {
    let done = false;
    const onMessage = (event: MessageEvent) => {
      const key = panelKeyOf(event.data);
      if (done || event.source !== win.parent || !key) return;
      void hello(key)
        .then((res) => {
          if (!res?.ok || done) return;
          done = true;
          win.removeEventListener('message', onMessage);
          onAccepted();
          resolve();
        })
        .catch(() => {});
    };
    win.addEventListener('message', onMessage);
    // To whatever page framed us (one of our hosts, or a page framing panel.html itself): it says
    // nothing but that we are here.
    win.parent.postMessage(PANEL_READY, '*');
  });
  return w[ACCEPTED];
}
