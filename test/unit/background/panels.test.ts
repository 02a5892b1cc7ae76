/**
 * The panel registry against an attacker (lib/background/panels.ts, its invariants): who
 * becomes the tab's panel, and what each kind of sender may send. The attacker controls a
 * host page (it can frame panel.html itself, navigate frames, race the dock) or runs as a
 * page elsewhere; it never sees the key, which lives in the background and the dock's closed
 * shadow root.
 */

import { describe, expect, it } from 'vitest';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { createPanelRegistry, mayAccept, type SenderKind } from '@/lib/background/panels';
import { isOurHost } from '@/lib/background/start';
import { agentSchemas } from '@/lib/messaging/agent-protocol';
import { type MessageType, messageSchemas } from '@/lib/messaging/protocol';

const EXT = 'chrome-extension://ourextensionid';
const PANEL_URL = `${EXT}/panel.html`;
const TAB = 4;

/** The panel document the dock framed in tab 4 (frame 9 of the tab, its own document). */
const ourPanel = (extra: Partial<Runtime.MessageSender> & { documentId?: string } = {}) =>
  ({
    id: 'ourextensionid',
    tab: { id: TAB } as Tabs.Tab,
    frameId: 9,
    url: PANEL_URL,
    documentId: 'doc-9',
    ...extra,
  }) as Runtime.MessageSender;

function registry(start = 1_000_000) {
  let t = start;
  const reg = createPanelRegistry(EXT, () => t);
  return { reg, advance: (ms: number) => (t += ms) };
}

const kind = (reg: ReturnType<typeof createPanelRegistry>, sender: Runtime.MessageSender) =>
  reg.kindOf(sender, isOurHost);

describe('panel registration: the one-time key', () => {
  it('registers the panel document that presents its tab’s fresh key, and only that document', () => {
    const { reg } = registry();
    const key = reg.issueKey(TAB);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(kind(reg, ourPanel())).toBe('stranger');
    expect(reg.redeem(key, ourPanel())).toBe(true);
    expect(kind(reg, ourPanel())).toBe('panel');
    expect(reg.panelOf(TAB)).toEqual({ frameId: 9, documentId: 'doc-9' });
  });

  it('issues a different key each time', () => {
    const { reg } = registry();
    const keys = new Set(Array.from({ length: 50 }, () => reg.issueKey(TAB)));
    expect(keys.size).toBe(50);
  });

  it('refuses a key used once already, even by the same document', () => {
    const { reg } = registry();
    const key = reg.issueKey(TAB);
    expect(reg.redeem(key, ourPanel())).toBe(true);
    // A page that framed panel.html itself replays the key (say it got hold of it afterwards).
    const framedByPage = ourPanel({ frameId: 12, documentId: 'doc-12' });
    expect(reg.redeem(key, framedByPage)).toBe(false);
    expect(reg.redeem(key, ourPanel())).toBe(false);
    expect(kind(reg, framedByPage)).toBe('stranger');
    expect(reg.panelOf(TAB)).toEqual({ frameId: 9, documentId: 'doc-9' });
  });

  it('refuses a key presented after its 60 seconds, and it stays spent', () => {
    const { reg, advance } = registry();
    const key = reg.issueKey(TAB);
    advance(60_000);
    expect(reg.redeem(key, ourPanel())).toBe(false);
    expect(kind(reg, ourPanel())).toBe('stranger');
    expect(reg.panelOf(TAB)).toBeUndefined();
    const fresh = reg.issueKey(TAB);
    advance(59_999);
    expect(reg.redeem(fresh, ourPanel())).toBe(true);
  });

  it('refuses a key issued for another tab, and burns it', () => {
    const { reg } = registry();
    const keyOfTab5 = reg.issueKey(5);
    expect(reg.redeem(keyOfTab5, ourPanel())).toBe(false);
    expect(reg.panelOf(TAB)).toBeUndefined();
    // Spent by the attempt: the dock of tab 5 cannot use it either, it asks for a fresh dock.
    expect(reg.redeem(keyOfTab5, ourPanel({ tab: { id: 5 } as Tabs.Tab }))).toBe(false);
  });

  it.each([
    ['a content script on our host', 'https://app-ab12.marketo.com/#AD0SI2'],
    ['a page that serves its own panel.html', 'https://evil.example/panel.html'],
    ['our host, at the panel’s path', 'https://app-ab12.marketo.com/panel.html'],
    ['another extension’s panel.html', 'chrome-extension://other-id/panel.html'],
    ['a local file named panel.html', 'file:///panel.html'],
    ['another page of ours', `${EXT}/checker.html`],
    ['no URL at all', undefined],
  ])('refuses a right key presented by %s', (_who, url) => {
    const { reg } = registry();
    const key = reg.issueKey(TAB);
    expect(reg.redeem(key, ourPanel({ url }))).toBe(false);
    expect(reg.panelOf(TAB)).toBeUndefined();
    expect(kind(reg, ourPanel({ url }))).not.toBe('panel');
  });

  it('refuses a key presented from no tab (the browser’s side panel) or no frame', () => {
    const { reg } = registry();
    const key = reg.issueKey(TAB);
    expect(reg.redeem(key, ourPanel({ tab: undefined }))).toBe(false);
    expect(reg.redeem(key, ourPanel({ frameId: undefined }))).toBe(false);
    expect(reg.panelOf(TAB)).toBeUndefined();
  });

  it('treats a panel.html in the right tab but another frame or document as a stranger', () => {
    const { reg } = registry();
    expect(reg.redeem(reg.issueKey(TAB), ourPanel())).toBe(true);
    // The page framed panel.html itself, next to our dock.
    expect(kind(reg, ourPanel({ frameId: 13, documentId: 'doc-13' }))).toBe('stranger');
    // The page navigated our frame and back: same frame, a new document.
    expect(kind(reg, ourPanel({ documentId: 'doc-9b' }))).toBe('stranger');
    // Our panel's own tab id on another tab: the record is per tab.
    expect(kind(reg, ourPanel({ tab: { id: 5 } as Tabs.Tab }))).toBe('stranger');
    expect(kind(reg, ourPanel())).toBe('panel');
  });

  it('a new registration in the tab drops the previous panel', () => {
    const { reg } = registry();
    expect(reg.redeem(reg.issueKey(TAB), ourPanel())).toBe(true);
    const next = ourPanel({ frameId: 21, documentId: 'doc-21' });
    expect(reg.redeem(reg.issueKey(TAB), next)).toBe(true);
    expect(kind(reg, next)).toBe('panel');
    expect(kind(reg, ourPanel())).toBe('stranger');
  });

  it('forgetTab drops the tab’s panel and its unused keys, and no other tab’s', () => {
    const { reg } = registry();
    expect(reg.redeem(reg.issueKey(TAB), ourPanel())).toBe(true);
    const other = ourPanel({ tab: { id: 5 } as Tabs.Tab, frameId: 3, documentId: 'doc-5' });
    expect(reg.redeem(reg.issueKey(5), other)).toBe(true);
    const pending = reg.issueKey(TAB);
    reg.forgetTab(TAB);
    expect(reg.panelOf(TAB)).toBeUndefined();
    expect(kind(reg, ourPanel())).toBe('stranger');
    expect(reg.redeem(pending, ourPanel())).toBe(false);
    expect(kind(reg, other)).toBe('panel');
  });
});

describe('who each sender is', () => {
  const { reg } = registry();
  reg.redeem(reg.issueKey(TAB), ourPanel());

  it.each<[string, Partial<Runtime.MessageSender>, SenderKind]>([
    ['our registered panel', {}, 'panel'],
    ['panel.html in the browser’s side panel (no tab)', { tab: undefined, frameId: undefined }, 'side-panel'],
    ['another page of ours (CSV check)', { tab: undefined, url: `${EXT}/checker.html` }, 'extension-page'],
    ['a content script on Marketo', { frameId: 0, url: 'https://app-ab12.marketo.com/#AD0SI2' }, 'content'],
    [
      'a content script on the Sales app',
      { frameId: 0, url: 'https://toutapp.com/next#settings' },
      'content',
    ],
    ['a page off our hosts', { frameId: 0, url: 'https://evil.example/panel.html' }, 'stranger'],
    ['a look-alike host', { frameId: 0, url: 'https://marketo.com.evil.example/' }, 'stranger'],
    ['plain http on our host', { frameId: 0, url: 'http://app-ab12.marketo.com/' }, 'stranger'],
    ['another extension’s panel.html', { url: 'chrome-extension://other-id/panel.html' }, 'stranger'],
    [
      'another extension’s page, no tab',
      { tab: undefined, url: 'chrome-extension://other-id/x.html' },
      'stranger',
    ],
    ['a local file', { frameId: 0, url: 'file:///panel.html' }, 'stranger'],
  ])('%s', (_who, extra, expected) => {
    expect(kind(reg, ourPanel(extra))).toBe(expected);
  });
});

describe('what each sender may send (mayAccept)', () => {
  const all = Object.keys(messageSchemas) as MessageType[];
  const sensitive = all.filter((t) => t.startsWith('credentials:'));
  const contentTypes = [
    'page:report',
    'agent:reading',
    'agent:dock-lost',
    'agent:csv-file',
    'agent:csv-state',
    'dock:shown',
  ];

  it('content scripts: only page reports and what their page shows; never credentials or checklist changes', () => {
    const allowed = all.filter((t) => mayAccept('content', t));
    expect(allowed.sort()).toEqual([...contentTypes, 'agent:removal', 'agent:invite-text'].sort());
    for (const t of sensitive) expect(mayAccept('content', t), t).toBe(false);
    for (const t of all.filter((t) => t.startsWith('checklist:')))
      expect(mayAccept('content', t), t).toBe(false);
    expect(mayAccept('content', 'panel:hello')).toBe(false);
    expect(mayAccept('content', 'page:highlight')).toBe(false);
    expect(mayAccept('content', 'csv:verdict')).toBe(false);
    // A page cannot release the hold on Invite or swap a file in: only the panel decides.
    expect(mayAccept('content', 'invite:verdict')).toBe(false);
    expect(mayAccept('content', 'csv:replace')).toBe(false);
    expect(mayAccept('content', 'removal:decide')).toBe(false);
  });

  it('a stranger (unregistered panel.html, foreign page): only panel:hello', () => {
    expect(all.filter((t) => mayAccept('stranger', t))).toEqual(['panel:hello']);
  });

  it('other extension pages: only the checklist types', () => {
    expect(all.filter((t) => mayAccept('extension-page', t)).sort()).toEqual([
      'checklist:import',
      'checklist:reset',
      'checklist:set-active',
      'checklist:set-status',
      'checklist:undo-reset',
    ]);
  });

  it('background → agent types: taken from no sender at all (only the background sends them)', () => {
    const kinds: SenderKind[] = ['content', 'panel', 'side-panel', 'extension-page', 'stranger'];
    const toAgent = Object.keys(agentSchemas) as MessageType[];
    expect(toAgent.length).toBeGreaterThan(10);
    for (const k of kinds) for (const t of toAgent) expect(mayAccept(k, t), `${k} ${t}`).toBe(false);
  });

  it('the registered panel and the side panel: everything but what only content scripts report', () => {
    for (const k of ['panel', 'side-panel'] as const) {
      for (const t of sensitive) expect(mayAccept(k, t), `${k} ${t}`).toBe(true);
      expect(mayAccept(k, 'checklist:set-status')).toBe(true);
      for (const t of [...contentTypes, 'agent:removal'] as MessageType[]) {
        expect(mayAccept(k, t), `${k} ${t}`).toBe(false);
      }
    }
  });
});

describe('keeping the registered panels across a restart of the service worker', () => {
  it('round-trips through records/restore', () => {
    const { reg } = registry();
    reg.redeem(reg.issueKey(TAB), ourPanel());
    const records = JSON.parse(JSON.stringify(reg.records()));
    expect(records).toEqual({ [TAB]: { frameId: 9, documentId: 'doc-9' } });

    const { reg: woken } = registry();
    woken.restore(records);
    expect(kind(woken, ourPanel())).toBe('panel');
    expect(kind(woken, ourPanel({ documentId: 'doc-other' }))).toBe('stranger');
    expect(woken.records()).toEqual(records);
  });

  it('restores no keys, ignores malformed records, and does not override a panel registered since', () => {
    const { reg } = registry();
    const key = reg.issueKey(TAB);
    const { reg: woken } = registry();
    woken.restore(reg.records());
    expect(woken.redeem(key, ourPanel())).toBe(false);

    woken.restore({
      x: { frameId: 1 },
      '7': { frameId: 'zero' as never },
      '8': null as never,
      '9': { frameId: 2, documentId: 42 as never },
    });
    expect(woken.records()).toEqual({ '9': { frameId: 2 } });

    expect(woken.redeem(woken.issueKey(TAB), ourPanel())).toBe(true);
    woken.restore({ [TAB]: { frameId: 30, documentId: 'stale' } });
    expect(woken.panelOf(TAB)).toEqual({ frameId: 9, documentId: 'doc-9' });
  });
});
