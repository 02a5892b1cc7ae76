/**
 * A browser for the background's tests: tabs with frames, each frame with its URL
 * (what `location.href` says in it now) and, once injected, an agent of its own.
 * The background runs unchanged (lib/background/start.ts): its messages arrive
 * through `runtime.onMessage` with the sender the browser would set, its calls to
 * agents go through `tabs.sendMessage` and the agent's own router and schemas,
 * and the functions it runs in frames are serialised and evaluated against the
 * frame's fake isolated world, as `scripting.executeScript` does.
 *
 * The agents here are stand-ins (the real ones are tested against demo pages in
 * test/unit/agent/): they answer from what the test says the page shows.
 */
import { vi } from 'vitest';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/lib/background/start';
import { agentSchemas } from '@/lib/messaging/agent-protocol';
import type { CredentialValuesPayload, MessageType, Payload } from '@/lib/messaging/protocol';
import { type Handlers, routeMessageWith } from '@/lib/messaging/receive';
import { PANEL_PORT } from '@/lib/panel/channel';
import type { PanelEvent } from '@/lib/panel/events';

export const EXT_ID = fakeBrowser.runtime.id;
export const PANEL_URL = fakeBrowser.runtime.getURL('/panel.html');

/** What a frame's page shows, as far as the stand-in agent is concerned. */
export interface FakePage {
  /** Actions Config: the values the Integration Information card shows. */
  credentials?: CredentialValuesPayload;
  /** The Sales app's Set Up form is there to fill. */
  setUpForm?: boolean;
  /** The Munchkin ID the Set Up form already shows (the Sales account's instance). */
  pageMunchkinId?: string;
  /** The dock (top frame only) is on screen, uncovered; false: covered by a decoy. */
  dockVisible?: boolean;
  /** The top frame's bootstrap answers the toolbar (through the bridge global). */
  toolbar?: () => 'toggled' | 'load' | 'ignored';
  /** What the top frame's bootstrap recognised, on its bridge (it reports pages of the guide only). */
  top?: unknown;
}

export interface FakeFrame extends FakePage {
  tabId: number;
  frameId: number;
  url: string;
  /** An agent runs in the frame's current document. */
  agent: boolean;
  /** Keys the background handed to this frame's agent with `agent:dock`. */
  dockKeys: string[];
  /** What `agent:fill` put into this frame's form. */
  filled: CredentialValuesPayload[];
}

export interface ToAgent {
  tabId: number;
  frameId: number;
  url: string;
  type: MessageType;
  payload: unknown;
}

export interface FakePort {
  readonly posted: PanelEvent[];
  disconnected: boolean;
  disconnect(): void;
}

function event<A extends unknown[]>() {
  const listeners = new Set<(...args: A) => unknown>();
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.add(l),
    removeListener: (l: (...args: A) => unknown) => void listeners.delete(l),
    hasListener: (l: (...args: A) => unknown) => listeners.has(l),
    hasListeners: () => listeners.size > 0,
    trigger: (...args: A) => [...listeners].map((l) => l(...args)),
  };
}

export function installFakeExtension() {
  const frames = new Map<string, FakeFrame>();
  /** Every message the background sent to an agent, in order. */
  const toAgents: ToAgent[] = [];
  /** Every `scripting.executeScript` the background ran. */
  const scripts: Array<{ tabId: number; frameId: number; files?: string[]; args?: unknown[] }> = [];
  const onConnect = event<[Runtime.Port]>();
  const at = (tabId: number, frameId: number) => frames.get(`${tabId}/${frameId}`);

  /** The stand-in agent of one frame (the background is the only sender it answers). */
  const agentOf = (f: FakeFrame): Handlers => ({
    'agent:dock': ({ key }) => {
      f.dockKeys.push(key);
      return { ok: true, mounted: 'new' };
    },
    'agent:dock-visible': () =>
      f.dockVisible === false ? { visible: false, why: 'covered' } : { visible: true },
    'agent:watch': () => ({ ok: true }),
    'agent:read-credentials': () =>
      f.credentials
        ? { ok: true, values: { ...f.credentials }, secretWasMasked: true }
        : { ok: false, reason: 'not-actions-config' },
    'agent:fill-preview': () =>
      f.setUpForm
        ? {
            ok: true,
            fields: { munchkinId: true, clientId: true, clientSecret: true },
            openedSetupTab: false,
            ...(f.pageMunchkinId ? { pageMunchkinId: f.pageMunchkinId } : {}),
          }
        : { ok: false, reason: 'not-marketo-settings' },
    'agent:fill': ({ values }) => {
      f.filled.push(values);
      return {
        ok: true,
        fields: { clientId: 'filled', clientSecret: 'filled' },
        saveButtonFound: true,
        forgotten: false,
      };
    },
  });

  const executeScript = vi.fn(
    async (injection: {
      target: { tabId: number; frameIds: number[] };
      files?: string[];
      func?: (...a: unknown[]) => unknown;
      args?: unknown[];
    }) => {
      const frameId = injection.target.frameIds[0] as number;
      const { tabId } = injection.target;
      scripts.push({
        tabId,
        frameId,
        ...(injection.files ? { files: injection.files } : {}),
        args: injection.args,
      });
      const f = at(tabId, frameId);
      if (!f) throw new Error(`No frame with id ${frameId} in tab ${tabId}.`);
      if (injection.files) {
        f.agent = true;
        return [{ frameId, result: undefined }];
      }
      // Serialised and run in the frame's isolated world: its location, its bridge global.
      const world = {
        __msiActionsBridge: f.toolbar || f.top ? { toolbar: f.toolbar, top: f.top } : undefined,
      };
      const run = new Function(
        'location',
        'globalThis',
        'args',
        `return (${String(injection.func)})(...args);`,
      );
      return [{ frameId, result: await run({ href: f.url }, world, injection.args ?? []) }];
    },
  );

  const sendMessage = vi.fn(async (tabId: number, message: unknown, options?: { frameId?: number }) => {
    const frameId = options?.frameId ?? 0;
    const f = at(tabId, frameId);
    if (!f?.agent) throw new Error('Could not establish connection. Receiving end does not exist.');
    const { type, payload } = message as { type: MessageType; payload: unknown };
    toAgents.push({ tabId, frameId, url: f.url, type, payload });
    // The agent's own router: background only (no tab), its own schemas.
    return routeMessageWith(
      agentSchemas,
      agentOf(f),
      { extensionId: EXT_ID, accept: (_type, s) => s.tab === undefined },
      message,
      { id: EXT_ID },
    );
  });

  Object.assign(fakeBrowser, { scripting: { executeScript } });
  Object.assign(fakeBrowser.tabs, { sendMessage });
  Object.assign(fakeBrowser.runtime, { onConnect });
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en', getMessage: () => '' });
  // Chrome's side panel (lib/background/start.ts): the fake browser throws "not implemented" for it.
  Object.assign(fakeBrowser.sidePanel, { setPanelBehavior: async () => {} });

  const bg = startBackground();

  /** Delivers a message as the browser does: to the background's listener, with the browser-set sender. */
  async function send<T extends MessageType>(
    type: T,
    payload: Payload<T> | unknown,
    sender: Runtime.MessageSender,
  ) {
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type, payload },
      // The polyfill's sender type (what lib/ uses) for the browser's own.
      sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1],
      () => {},
    );
    return answers.find((a: unknown) => a !== undefined) as unknown;
  }

  return {
    bg,
    frames,
    toAgents,
    scripts,
    executeScript,
    sendMessage,
    send,
    frame(tabId: number, frameId: number, url: string, page: FakePage = {}): FakeFrame {
      const f: FakeFrame = { tabId, frameId, url, agent: false, dockKeys: [], filled: [], ...page };
      frames.set(`${tabId}/${frameId}`, f);
      return f;
    },
    /** The frame's document is replaced (navigation): a new URL, no agent in it yet. */
    navigate(tabId: number, frameId: number, url: string, page: FakePage = {}) {
      const f = at(tabId, frameId);
      if (!f) throw new Error('no such frame');
      Object.assign(f, {
        url,
        agent: false,
        credentials: undefined,
        setUpForm: undefined,
        pageMunchkinId: undefined,
        ...page,
      });
    },
    /** The sender of a content script of ours in that frame (bootstrap or agent). */
    content(tabId: number, frameId: number): Runtime.MessageSender {
      const f = at(tabId, frameId);
      return { id: EXT_ID, tab: { id: tabId } as Tabs.Tab, frameId, url: f?.url };
    },
    /** The sender of a panel.html document framed in the tab (by our dock, or by anyone). */
    panelDoc(tabId: number, frameId: number, documentId: string): Runtime.MessageSender {
      return { id: EXT_ID, tab: { id: tabId } as Tabs.Tab, frameId, url: PANEL_URL, documentId } as never;
    },
    /** A panel document opens its port, as lib/panel/channel.ts does. */
    connect(sender: Runtime.MessageSender): FakePort {
      const posted: PanelEvent[] = [];
      const onDisconnect = event<[Runtime.Port]>();
      const port = {
        name: PANEL_PORT,
        sender,
        posted,
        disconnected: false,
        postMessage: (m: PanelEvent) => {
          if (port.disconnected) throw new Error('Attempting to use a disconnected port object');
          posted.push(structuredClone(m));
        },
        disconnect() {
          port.disconnected = true;
        },
        onDisconnect,
        onMessage: event<[unknown]>(),
      };
      onConnect.trigger(port as unknown as Runtime.Port);
      return port;
    },
  };
}

export type FakeExtension = ReturnType<typeof installFakeExtension>;

/** Settles the background's fire-and-forget work (persisting, badges, watches). */
export const settle = () => new Promise((r) => setTimeout(r, 0));

/**
 * A page of the guide recognised in the tab's top frame: its bootstrap reports it, the
 * background puts the dock up, the dock frames panel.html and posts it the key, and the
 * panel document presents it. Returns the panel's sender.
 */
export async function openPanel(
  ext: FakeExtension,
  tabId: number,
  report: Payload<'page:report'>,
  panel = { frameId: 50 + tabId, documentId: `panel-doc-${tabId}` },
) {
  await ext.send('page:report', report, ext.content(tabId, 0));
  const key = ext.frames.get(`${tabId}/0`)?.dockKeys.at(-1);
  if (!key) throw new Error('no dock was put up');
  const sender = ext.panelDoc(tabId, panel.frameId, panel.documentId);
  const hello = await ext.send('panel:hello', { key }, sender);
  if (!(hello as { ok?: boolean }).ok) throw new Error('the panel was not registered');
  return sender;
}
