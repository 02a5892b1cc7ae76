/**
 * User Management › Actions › Invite Users (step 5a, one address at a time): the
 * dialog, the field where addresses are typed or pasted, and its Invite button.
 * Found by the dialog's title in every UI language and form semantics (a
 * multi-line field, else an email or text field), never by our demo's classes.
 * The CSV dialog, whose title also mentions "Invite Users", is not this one.
 */
import { isHidden } from '../../../dom/text';
import { type Found, found, notFound } from '../../types';
import { action, dialogTitle, mentions, openDialogs } from '../find';
import { salesLabels } from '../labels';

export interface InviteUsersDialog {
  dialog: HTMLElement;
  /** Where the addresses are typed (comma, semicolon, space or one per line). */
  field: HTMLTextAreaElement | HTMLInputElement;
  inviteButton?: HTMLElement;
}

const FIELD = 'textarea, input[type=email], input[type=text], input:not([type])';

export function findInviteUsersDialog(doc: Document): Found<InviteUsersDialog> {
  const titles = salesLabels('inviteUsers');
  const csvTitles = salesLabels('inviteUsersCsv');
  for (const dialog of openDialogs(doc)) {
    const title = dialogTitle(dialog);
    if (!mentions(title, titles, 60) || mentions(title, csvTitles, 80)) continue;
    if (dialog.querySelector('input[type=file]')) continue;
    const fields = [...dialog.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(FIELD)].filter(
      (f) => !isHidden(f) && !f.disabled,
    );
    const field =
      fields.find((f) => f.localName === 'textarea') ?? fields.find((f) => f.type === 'email') ?? fields[0];
    if (!field) return notFound('no-email-field');
    const inviteButton = action(dialog, 'invite') ?? undefined;
    return found({ dialog, field, ...(inviteButton ? { inviteButton } : {}) });
  }
  return notFound('no-invite-dialog');
}

/** The addresses in the field's text, as the app splits them: commas, semicolons, spaces, line breaks. */
export function typedAddresses(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((a) => a.trim())
    .filter(Boolean);
}
