/**
 * User Management › Actions › Invite Users / Invite Users via CSV: the CSV
 * dialog and its stage, and the confirmation message shown after inviting.
 */
import { isHidden } from '../../dom/text';
import { type Found, found, notFound } from '../types';
import { action, dialogTitle, mentions, openDialogs, squash } from './find';
import { SALES_WORDS, salesLabels } from './labels';

export interface InviteConfirmation {
  /** The message as shown ("3 invitations sent"). */
  text: string;
  /** The number in the message, when there is one. */
  count?: number;
}

export type CsvStage = 'choose-file' | 'mapping' | 'done';

export interface CsvDialog {
  dialog: HTMLElement;
  fileInput?: HTMLInputElement;
  nextButton?: HTMLElement;
  inviteButton?: HTMLElement;
  stage: CsvStage;
}

const CONFIRMATION = new RegExp(
  `(?:${SALES_WORDS.invitation}).*(?:${SALES_WORDS.sent})|(?:${SALES_WORDS.sent}).*(?:${SALES_WORDS.invitation})`,
  'iu',
);

function confirmationIn(text: string): InviteConfirmation | null {
  if (!text || text.length > 200 || !CONFIRMATION.test(text)) return null;
  const count = /\d+/.exec(text);
  return count ? { text, count: Number(count[0]) } : { text };
}

/**
 * The confirmation shown after inviting: a status/alert/live region first,
 * then any short visible text that says invitations were sent.
 */
export function readInviteConfirmation(doc: Document): Found<InviteConfirmation> {
  const regions = doc.querySelectorAll('[role=status], [role=alert], [aria-live], output');
  for (const region of regions) {
    if (region.closest('msi-panel') || isHidden(region)) continue;
    const hit = confirmationIn(squash(region.textContent));
    if (hit) return found(hit);
  }
  const walker = doc.createTreeWalker(doc.body ?? doc, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, msi-panel, textarea') || isHidden(parent)) continue;
    const hit = confirmationIn(squash(parent.textContent)) ?? confirmationIn(squash(node.nodeValue));
    if (hit) return found(hit);
  }
  return notFound('no-confirmation');
}

/** Does a short text block inside `root` confirm that invitations were sent? */
function confirmationInside(root: Element): boolean {
  for (const el of root.querySelectorAll('p, div, span, li, strong')) {
    if (el.childElementCount <= 2 && !isHidden(el) && confirmationIn(squash(el.textContent))) return true;
  }
  return false;
}

/**
 * The "Invite Users via CSV" dialog: found by its title, or as a dialog with a
 * file input. Stage: 'done' once it confirms, 'choose-file' while it shows a
 * file input, 'mapping' otherwise (column → field selects, Invite).
 */
export function findCsvDialog(doc: Document): Found<CsvDialog> {
  const csvTitles = salesLabels('inviteUsersCsv');
  const dialog = openDialogs(doc).find(
    (d) => mentions(dialogTitle(d), csvTitles, 80) || d.querySelector('input[type=file]') !== null,
  );
  if (!dialog) return notFound('no-csv-dialog');
  const fileInput = dialog.querySelector<HTMLInputElement>('input[type=file]') ?? undefined;
  const nextButton = action(dialog, 'next') ?? undefined;
  const inviteButton = action(dialog, 'invite') ?? undefined;
  const region = dialog.querySelector('[role=status], [role=alert], [aria-live]');
  const confirmed =
    confirmationIn(squash(region?.textContent)) !== null ||
    (!fileInput && !inviteButton && !nextButton && confirmationInside(dialog));
  let stage: CsvStage = 'mapping';
  if (confirmed) stage = 'done';
  else if (fileInput && !isHidden(fileInput)) stage = 'choose-file';
  return found({
    dialog,
    stage,
    ...(fileInput ? { fileInput } : {}),
    ...(nextButton ? { nextButton } : {}),
    ...(inviteButton ? { inviteButton } : {}),
  });
}
