/**
 * The Marketo Sales Insight Config page (Visualforce): is "Enable MSI Actions"
 * checked? Works in view mode (a checkbox image, or "Checked"/"True" text next
 * to the label) and in edit mode (a checkbox).
 */
import { flatClosest, flatContains, flatParent, queryFirst, renderedText } from '../../../dom/shadow';
import { findByText, findCheckboxByLabel, labelSet } from '../../../dom/text';
import { type Found, found, notFound } from '../../types';
import { checkboxIn, isCheckbox, readYesNo } from '../checkbox';
import { allLabels, ENABLE_MSI_ACTIONS } from '../labels';
import { REASONS } from '../reasons';

export interface MsiConfig {
  enableMsiActions: boolean;
  /** The checkbox, in edit mode. */
  checkbox?: HTMLInputElement;
}

interface EnableField {
  /** The element that shows the value: the checkbox (edit mode) or its display cell. */
  element: HTMLElement;
  value: boolean | undefined;
  checkbox?: HTMLInputElement;
}

const ENABLE = labelSet(allLabels(ENABLE_MSI_ACTIONS));
const MEDIA = 'img, svg, input, [aria-checked], [title]';

/**
 * The first element after the label that shows something (text, an image, a
 * control), climbing at most 3 levels: the data cell of a `labelCol`/`dataCol`
 * pair, the <dd> of a <dt>, the next <div>. Stops at the first such element so
 * the next field's value is never taken for this one.
 */
function valueHolderAfter(labelEl: Element): Element | null {
  for (let cur: Element | null = labelEl, depth = 0; cur && depth < 3; cur = flatParent(cur), depth++) {
    for (let sib = cur.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (renderedText(sib).trim() || sib.matches(MEDIA) || queryFirst(sib, MEDIA)) return sib;
    }
  }
  return null;
}

function fieldFor(labelEl: Element): EnableField | null {
  // <label for> / wrapping <label>, and "[x] Enable MSI Actions" (checkbox just before the text).
  const label = flatClosest<HTMLLabelElement>(labelEl, 'label');
  const bound = label?.control ?? null;
  const before = labelEl.previousElementSibling;
  const box = isCheckbox(bound) ? bound : isCheckbox(before) ? before : null;
  if (box) return { element: box, value: box.checked, checkbox: box };
  const holder = valueHolderAfter(label ?? labelEl);
  if (!holder) return null;
  const inHolder = checkboxIn(holder);
  if (inHolder) return { element: inHolder, value: inHolder.checked, checkbox: inHolder };
  return { element: holder as HTMLElement, value: readYesNo(holder) };
}

/**
 * findByText also returns short ancestors whose whole text is the label
 * (a wrapper <div> around the checkbox and its <label>); keep the innermost
 * ones, which sit next to the value.
 */
function innermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && flatContains(el, other)));
}

function findEnableField(root: ParentNode): EnableField | null {
  let shown: EnableField | null = null;
  for (const labelEl of innermost(findByText(root, ENABLE))) {
    const field = fieldFor(labelEl);
    if (field && field.value !== undefined) return field;
    shown ??= field ?? { element: labelEl as HTMLElement, value: undefined };
  }
  // aria-label / aria-labelledby checkboxes (a component's inner one too) have no visible label text
  // next to them; a role=checkbox element tells its state by aria-checked.
  const control = findCheckboxByLabel(root, ENABLE);
  if (isCheckbox(control)) return { element: control, value: control.checked, checkbox: control };
  if (control) return { element: control, value: control.getAttribute('aria-checked') === 'true' };
  return shown;
}

/** Whether "Enable MSI Actions" is checked, with the checkbox when the page is in edit mode. */
export function readMsiConfig(root: ParentNode): Found<MsiConfig> {
  const field = findEnableField(root);
  if (!field) return notFound(REASONS.noMsiConfig);
  if (field.value === undefined) return notFound(REASONS.msiValueUnreadable);
  return found(
    field.checkbox
      ? { enableMsiActions: field.value, checkbox: field.checkbox }
      : { enableMsiActions: field.value },
  );
}

/** "Enable MSI Actions" for "show me": the checkbox in edit mode, the displayed value in view mode. */
export function locateEnableMsiActions(root: ParentNode): Found<HTMLElement> {
  const field = findEnableField(root);
  return field ? found(field.element) : notFound(REASONS.noMsiConfig);
}
