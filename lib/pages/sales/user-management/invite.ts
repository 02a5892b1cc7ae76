/**
 * User Management › Actions › Invite Users / Invite Users via CSV: the CSV
 * dialog and its stage, and the confirmation message shown after inviting.
 */
import { queryAll, queryFirst, renderedText } from '../../../dom/shadow';
import { isHidden, textNodesOf } from '../../../dom/text';
import { type Found, found, notFound } from '../../types';
import { action, dialogTitle, mentions, openDialogs, squash } from '../find';
import { SALES_WORDS, salesLabels } from '../labels';

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
  const regions = queryAll(doc, '[role=status], [role=alert], [aria-live], output');
  for (const region of regions) {
    if (isHidden(region)) continue;
    const hit = confirmationIn(squash(renderedText(region)));
    if (hit) return found(hit);
  }
  for (const node of textNodesOf(doc.body ?? doc)) {
    const parent = node.parentElement;
    if (!parent || parent.closest('textarea') || isHidden(parent)) continue;
    const hit = confirmationIn(squash(renderedText(parent))) ?? confirmationIn(squash(node.nodeValue));
    if (hit) return found(hit);
  }
  return notFound('no-confirmation');
}

/** Does a short text block inside `root` confirm that invitations were sent? */
function confirmationInside(root: Element): boolean {
  for (const el of queryAll(root, 'p, div, span, li, strong')) {
    if (el.childElementCount <= 2 && !isHidden(el) && confirmationIn(squash(renderedText(el)))) return true;
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
    (d) => mentions(dialogTitle(d), csvTitles, 80) || queryFirst(d, 'input[type=file]') !== null,
  );
  if (!dialog) return notFound('no-csv-dialog');
  // The file input may sit in a component's shadow root inside the dialog.
  const fileInput = queryFirst<HTMLInputElement>(dialog, 'input[type=file]') ?? undefined;
  const nextButton = action(dialog, 'next') ?? undefined;
  const inviteButton = action(dialog, 'invite') ?? undefined;
  const region = queryFirst(dialog, '[role=status], [role=alert], [aria-live]');
  const confirmed =
    confirmationIn(squash(region ? renderedText(region) : '')) !== null ||
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
