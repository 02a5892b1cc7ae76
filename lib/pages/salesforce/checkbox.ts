/**
 * Reads a yes/no value the way Salesforce shows it: a checkbox (edit mode),
 * an image whose alt/title says "Checked" / "Not Checked" (Classic detail
 * views), an element with aria-checked, or plain text ("True", "Vrai"…).
 */
import { queryAll, queryFirst, renderedText } from '../../dom/shadow';
import { labelSet, normalizeText } from '../../dom/text';
import { allLabels, CHECKED, NOT_CHECKED } from './labels';

const YES = labelSet(allLabels(CHECKED));
const NO = labelSet(allLabels(NOT_CHECKED));

function fromText(text: string | null): boolean | undefined {
  const norm = normalizeText(text ?? '');
  if (!norm) return undefined;
  if (NO.has(norm)) return false;
  if (YES.has(norm)) return true;
  return undefined;
}

/** Classic checkbox images are named checkbox_checked / checkbox_unchecked. */
function fromImageName(src: string): boolean | undefined {
  const file = src.split(/[?#]/)[0]?.split('/').pop()?.toLowerCase() ?? '';
  if (/unchecked|uncheck|_off\b/.test(file)) return false;
  if (/checked|check|_on\b/.test(file)) return true;
  return undefined;
}

/**
 * True for an <input type=checkbox>. Tag checks, not `instanceof`: documents
 * of other frames (and of jsdom demo windows) have their own element classes.
 */
export const isCheckbox = (el: Element | null | undefined): el is HTMLInputElement =>
  !!el && el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox';

/** The checkbox input in (or being) `el`, if any. */
export function checkboxIn(el: Element): HTMLInputElement | null {
  if (isCheckbox(el)) return el;
  return queryFirst<HTMLInputElement>(el, 'input[type=checkbox]');
}

/** true / false when `el` shows a recognisable yes/no value, undefined otherwise. */
export function readYesNo(el: Element): boolean | undefined {
  const box = checkboxIn(el);
  if (box) return box.checked;
  const aria = el.matches('[aria-checked]') ? el : queryFirst(el, '[aria-checked]');
  if (aria) return aria.getAttribute('aria-checked') === 'true';
  const text = fromText(renderedText(el));
  if (text !== undefined) return text;
  for (const node of [el, ...queryAll(el, 'img, [title], [aria-label]')]) {
    const value =
      fromText(node.getAttribute('alt')) ??
      fromText(node.getAttribute('title')) ??
      fromText(node.getAttribute('aria-label'));
    if (value !== undefined) return value;
  }
  const img = el.tagName === 'IMG' ? el : queryFirst(el, 'img');
  return img ? fromImageName(img.getAttribute('src') ?? '') : undefined;
}
