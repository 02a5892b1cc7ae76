/**
 * Guards the Sales app's "Invite Users via CSV" dialog (pure DOM, no React):
 * when a file is chosen in it, hands the File over for checking; while the
 * check runs or found errors, holds the dialog's Next button back (a
 * capture-phase listener stops clicks and Enter/Space on it) and marks it;
 * can swap the chosen file for another one in place. Everything is released
 * when the dialog closes. The dialog, its file input and Next are found by
 * `findCsvDialog` (labels and roles, never our demo's classes), in open shadow
 * roots too: a file field component's inner <input type=file> announces the
 * choice with a composed `input` event (its `change` does not leave the shadow
 * root), so both are listened for, once per choice.
 */
import { type DeepObserver, observeRendered } from '../dom/observe';
import { flatContains, queryFirst, withShadowScan } from '../dom/shadow';
import { type CsvDialog, findCsvDialog } from '../pages/sales/user-management/invite';
import { createHoldMarker } from './hold-marker';

/** idle: no file chosen in an open dialog; checking/held: Next is held back; released: Next works. */
export type GuardState = 'idle' | 'checking' | 'held' | 'released';

export type ReplaceResult = 'replaced' | 'stale' | 'no-dialog' | 'no-file-input' | 'unsupported';

export interface CsvDialogGuardOptions {
  /**
   * A file was chosen in the dialog (Next is held, with `checkingLabel`, until `release`);
   * `swapped` when it is the file `replaceFile` put there, held and checked like any other.
   */
  onFile(file: File, swapped?: boolean): void;
  /** The dialog closed (or lost its file): nothing is held any more. */
  onClose(): void;
  /** Label beside Next while the file is being checked. */
  checkingLabel: string;
  /** State changes, for the UI. */
  onState?(state: GuardState): void;
}

export interface CsvDialogGuard {
  readonly state: GuardState;
  /** Holds Next back (errors found), with `label` shown beside it. */
  hold(label: string): void;
  /** Lets Next through; with `replay`, a press on Next held while checking is made again now. */
  release(options?: { replay?: boolean }): void;
  /**
   * Puts `file` in the dialog's file input in place of the chosen one. Next stays held while that
   * file is checked like a chosen one (`onFile(file, true)`): what the dialog holds is what the
   * report describes.
   */
  replaceFile(file: File): ReplaceResult;
  /** Removes every listener and mark. */
  dispose(): void;
}

const isFileInput = (node: unknown): node is HTMLInputElement =>
  typeof node === 'object' &&
  node !== null &&
  (node as Element).nodeType === 1 &&
  (node as Element).localName === 'input' &&
  (node as HTMLInputElement).type === 'file';

export function guardCsvDialog(doc: Document, options: CsvDialogGuardOptions): CsvDialogGuard {
  const win = doc.defaultView;
  const target: EventTarget = win ?? doc;
  const marker = createHoldMarker(doc);
  let state: GuardState = 'idle';
  let label = options.checkingLabel;
  let pendingPress = false;
  let ownEvent = false;
  let observer: DeepObserver | null = null;
  /** The last choice handled: its `input` and `change` events are one choice. */
  let lastChoice: { input: HTMLInputElement; file: File | undefined } | null = null;

  const current = (): CsvDialog | null => {
    const res = withShadowScan(() => findCsvDialog(doc));
    return res.found ? res.value : null;
  };
  const setState = (next: GuardState) => {
    if (state === next) return;
    state = next;
    options.onState?.(next);
  };
  const holding = () => state === 'checking' || state === 'held';

  const mark = () => {
    const next = holding() ? current()?.nextButton : undefined;
    if (next) marker.place(next, label);
    else marker.remove();
  };

  const close = () => {
    observer?.disconnect();
    observer = null;
    marker.remove();
    pendingPress = false;
    lastChoice = null;
    setState('idle');
    options.onClose();
  };

  // Re-checked after every DOM change while a session is open: the app may
  // re-render the dialog (a new Next button) or close it.
  const sync = () =>
    withShadowScan(() => {
      observer?.refresh();
      if (!current()) close();
      else mark();
    });
  const observe = () => {
    if (observer || !win) return;
    // The document and the open shadow roots: a dialog component re-renders inside its own root.
    observer = observeRendered(
      doc,
      {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['hidden', 'style', 'aria-hidden', 'open'],
      },
      sync,
    );
  };

  const onChange = (event: Event) => {
    if (ownEvent) return;
    const input = event.composedPath()[0] ?? event.target;
    if (!isFileInput(input)) return;
    const file = input.files?.[0];
    if (lastChoice?.input === input && lastChoice.file === file) return; // the same choice's other event
    const dialog = current();
    if (!dialog || !flatContains(dialog.dialog, input)) return;
    lastChoice = { input, file };
    pendingPress = false;
    observe();
    if (!file) {
      // Choice cancelled: nothing to check, nothing to hold.
      setState('released');
      marker.remove();
      return;
    }
    label = options.checkingLabel;
    setState('checking');
    mark();
    options.onFile(file);
  };

  const onNext = (event: Event) => {
    if (!holding()) return;
    if (event.type === 'keydown') {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
    }
    const next = current()?.nextButton;
    if (!next || !event.composedPath().includes(next)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (state === 'checking' && event.type === 'click') pendingPress = true;
    mark();
  };

  target.addEventListener('input', onChange, true);
  target.addEventListener('change', onChange, true);
  target.addEventListener('click', onNext, true);
  target.addEventListener('keydown', onNext, true);

  const release = (opts: { replay?: boolean } = {}) => {
    if (state === 'idle') return;
    const replay = opts.replay === true && pendingPress;
    pendingPress = false;
    setState('released');
    marker.remove();
    if (replay) current()?.nextButton?.click();
  };

  return {
    get state() {
      return state;
    },
    hold(text) {
      if (state === 'idle') return;
      label = text;
      pendingPress = false;
      setState('held');
      mark();
    },
    release,
    replaceFile(file) {
      const dialog = current();
      if (!dialog) return 'no-dialog';
      const input =
        dialog.fileInput ?? queryFirst<HTMLInputElement>(dialog.dialog, 'input[type=file]') ?? undefined;
      if (!input) return 'no-file-input';
      const Transfer = win?.DataTransfer;
      if (!Transfer || !win) return 'unsupported';
      try {
        const transfer = new Transfer();
        transfer.items.add(file);
        ownEvent = true;
        input.files = transfer.files;
        if (input.files?.length !== 1) return 'unsupported';
        // Composed: a file field component hears its inner input, and so does the app above it.
        input.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
      } catch {
        return 'unsupported';
      } finally {
        ownEvent = false;
      }
      observe();
      pendingPress = false;
      label = options.checkingLabel;
      setState('checking');
      mark();
      options.onFile(file, true);
      return 'replaced';
    },
    dispose() {
      target.removeEventListener('input', onChange, true);
      target.removeEventListener('change', onChange, true);
      target.removeEventListener('click', onNext, true);
      target.removeEventListener('keydown', onNext, true);
      observer?.disconnect();
      observer = null;
      marker.remove();
      state = 'idle';
    },
  };
}
