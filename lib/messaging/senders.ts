/**
 * Who may send a message to the background: each feature's protocol
 * (lib/features/<feature>/protocol.ts) says which of these kinds may send each
 * of its types, and the background checks it before any handler runs
 * (lib/background/panels.ts `mayAccept`). A type no kind is listed for is
 * accepted from nobody. Type-only for the bootstraps: nothing here runs.
 */
export type SenderKind =
  /** A content script of ours on a host page (bootstrap, agent). */
  | 'content'
  /** The panel document our dock framed in this tab (registered). */
  | 'panel'
  /** panel.html in the browser's own side panel / sidebar (no tab). */
  | 'side-panel'
  /** Another extension page (options, CSV check). */
  | 'extension-page'
  /** Anything else: a panel.html framed by a page, an unregistered document. */
  | 'stranger';

/** The kinds that may send each message type of a map of schemas (one entry per type). */
export type Senders<M> = { readonly [T in keyof M]: readonly SenderKind[] };

/** Only the tab's registered panel or the browser's side panel. */
export const FROM_PANEL = ['panel', 'side-panel'] as const satisfies readonly SenderKind[];
/** Only a content script of ours (bootstrap, agent) on one of our hosts. */
export const FROM_CONTENT = ['content'] as const satisfies readonly SenderKind[];
