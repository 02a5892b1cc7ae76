/** Salesforce's own Save and Edit buttons (Setup forms, the MSI Config page), for "show me". */
import { findActionByLabel, labelSet } from '../../dom/text';
import { type Found, found, notFound } from '../types';
import { allLabels, EDIT, SAVE } from './labels';
import { REASONS } from './reasons';

const SAVE_LABELS = labelSet(allLabels(SAVE));
const EDIT_LABELS = labelSet(allLabels(EDIT));

/** The first visible "Save" button (Classic pages repeat it at the top and bottom). */
export function locateSaveButton(root: ParentNode): Found<HTMLElement> {
  const button = findActionByLabel(root, SAVE_LABELS);
  return button ? found(button) : notFound(REASONS.noSave);
}

/** The first visible "Edit" button. */
export function locateEditButton(root: ParentNode): Found<HTMLElement> {
  const button = findActionByLabel(root, EDIT_LABELS);
  return button ? found(button) : notFound(REASONS.noEdit);
}
