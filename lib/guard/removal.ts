/**
 * "Cautions that act": on User Management, once the data sync has started,
 * removing or deactivating the original user (the first invitee) is stopped in
 * the capture phase, before the app sees the click, until the user confirms.
 * The control may sit in a component's open shadow root: the click's composed
 * path names it (a listener on the document only sees the host as target).
 */
import { eventOrigin, flatClosest, isOwnHost, renderedText, withShadowScan } from '../dom/shadow';
import { textMatches } from '../dom/text';
import { salesLabels } from '../pages/sales/labels';
import { findUserRowActions } from '../pages/sales/user-management/users';

export interface RemovalAttempt {
  /** The control the user pressed (Remove or Deactivate). */
  control: HTMLElement;
  /** Replays the click once, past the guard. */
  proceed(): void;
}

export interface RemovalGuardOptions {
  /** The original user's email, when known, and whether a caution applies now. */
  shouldGuard(): { originalUser?: string } | null;
  onAttempt(attempt: RemovalAttempt): void;
}

const ACTIONS = 'button, a, [role=menuitem], [role=button]';

/** Inside one of our own elements (never guarded: the panel's own buttons). */
function insideOwnHost(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (isOwnHost(cur)) return true;
  return false;
}

export function installRemovalGuard(doc: Document, options: RemovalGuardOptions): () => void {
  let allowed: Element | null = null;
  const remove = salesLabels('remove');
  const deactivate = salesLabels('deactivate');

  const isGuarded = (control: HTMLElement, originalUser?: string): boolean => {
    if (originalUser) {
      const row = withShadowScan(() => findUserRowActions(doc, originalUser));
      return row.found && (row.value.remove === control || row.value.deactivate === control);
    }
    // Original user unknown: every removal gets the "check first" caution.
    const text = renderedText(control).trim() || control.getAttribute('aria-label') || '';
    return textMatches(text, remove) || textMatches(text, deactivate);
  };

  const onClick = (event: Event) => {
    const origin = eventOrigin(event) as Element | null;
    const control = origin?.nodeType === 1 ? flatClosest<HTMLElement>(origin, ACTIONS) : null;
    if (!control || insideOwnHost(control)) return;
    if (allowed === control) {
      allowed = null;
      return;
    }
    const guard = options.shouldGuard();
    if (!guard || !isGuarded(control, guard.originalUser)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    options.onAttempt({
      control,
      proceed: () => {
        allowed = control;
        control.click();
      },
    });
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
