/**
 * Locators the Sales app's pages share: the way to Admin Settings (gear,
 * Settings, the admin menu's entries) and OK in a confirm dialog, found by
 * visible label or role, in open shadow roots too. Each page's own "show me"
 * targets are in its folder (lib/pages/sales/<page>/locators.ts).
 */
import {
  flatClosest,
  flatContains,
  flatFollowing,
  queryAll,
  queryFirst,
  renderedText,
} from '../../dom/shadow';
import { findByText, isHidden, labelSet, normalizeText } from '../../dom/text';
import { type Found, found, notFound } from '../types';
import { action, fromElement, openDialogs } from './find';
import { type SalesLabelKey, salesLabels } from './labels';

const CLICKABLE =
  'button, a, [role=button], [role=menuitem], [role=link], [role=tab], [role=treeitem], summary';
const ICON =
  '[class*=gear i], [class*=cog i], [data-icon*=gear i], [data-icon*=cog i], [data-icon*=settings i]';

/** The gear icon button in the header (aria-label/title "Settings", or a gear/cog icon). */
export function locateGear(doc: Document): Found<HTMLElement> {
  const settings = labelSet(salesLabels('settings'), ['Settings menu', 'Gear']);
  for (const el of queryAll<HTMLElement>(doc, CLICKABLE)) {
    if (flatClosest(el, '[role=menu]') || isHidden(el) || el.getAttribute('role') === 'menuitem') continue;
    const name = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.getAttribute('label') ?? '';
    if (settings.has(normalizeText(name))) return found(el);
    if (renderedText(el).trim() === '⚙' || queryFirst(el, ICON)) return found(el);
  }
  const icon = queryFirst(doc, ICON);
  return fromElement(icon ? flatClosest<HTMLElement>(icon, CLICKABLE) : null, 'no-gear');
}

/** Settings in the open gear menu. */
export function locateSettingsMenuItem(doc: Document): Found<HTMLElement> {
  const labels = salesLabels('settings');
  for (const menu of queryAll<HTMLElement>(doc, '[role=menu], [role=listbox]')) {
    if (isHidden(menu)) continue;
    const item =
      action(menu, 'settings') ?? (findByText(menu, labels, { selector: CLICKABLE })[0] as HTMLElement);
    if (item) return found(item);
  }
  return notFound('menu-closed');
}

/** What to click next to reach Settings: the menu item when the gear menu is open, else the gear. */
export function locateSettings(doc: Document): Found<HTMLElement> {
  const item = locateSettingsMenuItem(doc);
  return item.found ? item : locateGear(doc);
}

export type AdminEntry = 'salesforce' | 'marketo' | 'user-management';
const ENTRY_LABELS: Record<AdminEntry, SalesLabelKey> = {
  salesforce: 'salesforce',
  marketo: 'marketo',
  'user-management': 'userManagement',
};

const HEADING = 'h1, h2, h3, h4, h5, h6, [role=heading], dt, legend';

/**
 * An entry of the settings menu under "Admin Settings" (Salesforce, Marketo,
 * User Management). A personal "My Account › Salesforce" entry is skipped:
 * the entry must be the first one after the Admin Settings heading with no
 * other heading in between.
 */
export function locateAdminMenuEntry(doc: Document, entry: AdminEntry): Found<HTMLElement> {
  const labels = labelSet(salesLabels(ENTRY_LABELS[entry]));
  const candidates = queryAll<HTMLElement>(doc, CLICKABLE).filter(
    (el) =>
      !flatClosest(el, '[role=dialog]') &&
      !isHidden(el) &&
      el.getAttribute('role') !== 'tab' &&
      labels.has(normalizeText(renderedText(el))),
  );
  if (!candidates.length) return notFound('no-menu-entry');
  const headings = findByText(doc, salesLabels('adminSettings'));
  const allHeadings = queryAll(doc, HEADING);
  const after = flatFollowing(doc);
  for (const heading of headings) {
    for (const el of candidates) {
      if (!after(heading, el)) continue;
      const between = allHeadings.some(
        (h) =>
          h !== heading &&
          !flatContains(h, el) &&
          after(heading, h) &&
          after(h, el) &&
          !flatContains(h, heading),
      );
      if (!between) return found(el);
    }
  }
  if (headings.length) return notFound('no-admin-settings-entry');
  return candidates.length === 1 ? found(candidates[0]!) : notFound('no-admin-settings-section');
}

/** OK in the open confirm dialog. */
export function locateOk(doc: Document): Found<HTMLElement> {
  for (const dialog of openDialogs(doc).reverse()) {
    const ok = action(dialog, 'ok');
    if (ok) return found(ok);
  }
  return notFound('no-dialog');
}
