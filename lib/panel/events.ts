/**
 * What the background pushes to a panel document through its port
 * (lib/background/panel-hub.ts → components/panel/usePanelChannel.ts).
 * The page's own data never comes this way but for what the panel shows:
 * the recognised page, the steps the page could not tell, the file chosen in
 * the CSV dialog (to check it in the panel's own document), and the removal caution.
 */
import type { ShownPage } from '../background/tab-pages';
import type { CarryStatus } from '../messaging/protocol';

export type PanelEvent =
  | { kind: 'page'; page: ShownPage }
  | { kind: 'unread'; unread: string[] }
  /** The carried credentials changed (sent, forgotten, expired): tails and deadline only. */
  | { kind: 'carry'; status: CarryStatus }
  | {
      kind: 'csv-file';
      frameId: number;
      seq: number;
      name: string;
      size: number;
      base64: string;
      /** The fixed file the panel swapped in: its report replaces the original's. */
      swapped?: boolean;
    }
  | { kind: 'csv-state'; frameId: number; state: 'idle' | 'checking' | 'held' | 'released' }
  /** The addresses typed into Invite Users, to check with the CSV rules ('' once the dialog closed). */
  | { kind: 'invite-text'; frameId: number; seq: number; text: string }
  | { kind: 'removal'; frameId: number; id: number; originalUser?: string }
  /** The focus shortcut was pressed: the panel takes the keyboard focus. */
  | { kind: 'focus' };
