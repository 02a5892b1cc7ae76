/**
 * Watches the Sales app's "Invite Users" dialog (addresses typed or pasted, one
 * at a time or many): hands what the field holds over for checking shortly after
 * each change, and, while the check found errors, holds the dialog's Invite
 * button back (a capture-phase listener stops clicks and Enter/Space on it) with
 * a mark beside it, until the addresses change or the user says "invite anyway".
 * Pure DOM; the dialog, its field and Invite are found by `findInviteUsersDialog`.
 *
 * Invariant: nothing here decides from page data; the text is only read and
 * passed on (the panel checks it in its own document), and nothing is written
 * into the page's field.
 */
import { findInviteUsersDialog, type InviteUsersDialog } from '../pages/sales/user-management/invite-users';
import { createHoldMarker } from './hold-marker';

/** Characters of the field passed on (a pasted list of thousands of addresses is cut there). */
export const MAX_TYPED_CHARS = 200_000;
const SETTLE_MS = 300;
/** No answer from the panel by then (closed, reloading): Invite is not held without a reason shown. */
const ANSWER_MS = 5000;

export interface InviteGuardOptions {
  /** The field's text after a change (settled), or '' when the dialog closed. */
  onText(text: string): void;
  /** Label beside Invite while the latest text is being checked. */
  checkingLabel: string;
}

export interface InviteGuard {
  /** Holds Invite back, with `label` beside it (errors in the latest text). */
  hold(label: string): void;
  release(): void;
  dispose(): void;
}

export function guardInviteBox(doc: Document, options: InviteGuardOptions): InviteGuard {
  const win = doc.defaultView;
  const target: EventTarget = win ?? doc;
  const marker = createHoldMarker(doc);
  let held = false;
  let checking = false;
  let label = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;
  let lastText = '';
  let answerTimer: ReturnType<typeof setTimeout> | undefined;

  const current = (): InviteUsersDialog | null => {
    const r = findInviteUsersDialog(doc);
    return r.found ? r.value : null;
  };
  const mark = () => {
    const button = held || checking ? current()?.inviteButton : undefined;
    if (button) marker.place(button, checking ? options.checkingLabel : label);
    else marker.remove();
  };
  const stop = () => {
    held = false;
    checking = false;
    marker.remove();
    observer?.disconnect();
    observer = null;
    if (lastText !== '') {
      lastText = '';
      options.onText('');
    }
  };
  const sync = () => {
    if (!current()) stop();
    else mark();
  };
  const observe = () => {
    if (observer || !win) return;
    observer = new win.MutationObserver(sync);
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'open'],
    });
  };

  const send = () => {
    timer = undefined;
    const dialog = current();
    if (!dialog) return stop();
    const text = dialog.field.value.slice(0, MAX_TYPED_CHARS);
    if (text === lastText) return;
    lastText = text;
    checking = text.trim() !== '';
    held = false;
    mark();
    if (answerTimer !== undefined) clearTimeout(answerTimer);
    answerTimer = setTimeout(() => {
      answerTimer = undefined;
      if (!checking) return;
      checking = false;
      mark();
    }, ANSWER_MS);
    options.onText(text);
  };
  const onInput = (event: Event) => {
    const dialog = current();
    const field = event.composedPath()[0] ?? event.target;
    if (!dialog || field !== dialog.field) return;
    observe();
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(send, SETTLE_MS);
  };
  const onInvite = (event: Event) => {
    if (!held && !checking) return;
    if (event.type === 'keydown') {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
    }
    const button = current()?.inviteButton;
    if (!button || !event.composedPath().includes(button)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    mark();
  };

  target.addEventListener('input', onInput, true);
  target.addEventListener('change', onInput, true);
  target.addEventListener('click', onInvite, true);
  target.addEventListener('keydown', onInvite, true);

  return {
    hold(text) {
      checking = false;
      held = true;
      label = text;
      mark();
    },
    release() {
      checking = false;
      held = false;
      mark();
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      if (answerTimer !== undefined) clearTimeout(answerTimer);
      target.removeEventListener('input', onInput, true);
      target.removeEventListener('change', onInput, true);
      target.removeEventListener('click', onInvite, true);
      target.removeEventListener('keydown', onInvite, true);
      observer?.disconnect();
      observer = null;
      marker.remove();
    },
  };
}
