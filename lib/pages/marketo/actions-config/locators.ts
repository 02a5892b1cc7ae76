/**
 * "Show me where to click" on Marketo Engage: the elements the checklist
 * points at, found by their visible words in any UI language.
 */
import { flatClosest, flatParent, queryAll, renderedText } from '@/lib/dom/shadow';
import { findByText, isHidden, normalizeText } from '@/lib/dom/text';
import { type Found, found, notFound } from '@/lib/pages/types';
import { visibleAction } from '../cards';
import { ACTIONS_CONFIG_TAB, ADMIN_NAV, SALES_INSIGHT, SEND_INVITE, START_SYNC, SYNC } from '../labels';
import { findFieldSyncCard, findIntegrationCard, findProvisioningCard } from './readers';

const result = (el: Element | null | undefined, what: string): Found<HTMLElement> =>
  el ? found(el as HTMLElement) : notFound(`no-${what}`);

const CLICKABLE = 'a, button, [role=button], [role=tab], [role=treeitem], [role=menuitem], [role=link], li';

/** The item (tab, tree node, link) around a text element. */
const clickable = (el: Element): Element => flatClosest(el, CLICKABLE) ?? el;

/** Text matches without their wrappers (findByText also returns short parents of the same text). */
const innermost = (els: Element[]): Element[] =>
  els.filter((e) => !els.some((o) => o !== e && e.contains(o)));

export const locateProvisioningCard = (doc: Document) => result(findProvisioningCard(doc), 'card');
export const locateIntegrationCard = (doc: Document) => result(findIntegrationCard(doc), 'card');

export const locateSendInvite = (doc: Document) =>
  result(visibleAction(findProvisioningCard(doc) ?? doc, SEND_INVITE), 'button');

export const locateSyncButton = (doc: Document) =>
  result(visibleAction(findFieldSyncCard(doc) ?? doc, SYNC), 'button');

export const locateStartSync = (doc: Document) =>
  result(visibleAction(findFieldSyncCard(doc) ?? doc, START_SYNC), 'button');

/** The "Admin" entry of the main navigation (a link/button/menu item, first in page order). */
export const locateAdminNav = (doc: Document) =>
  result(
    visibleAction(doc, ADMIN_NAV) ?? innermost(findByText(doc.body ?? doc, ADMIN_NAV)).map(clickable)[0],
    'admin-nav',
  );

/** Whether an item sits in a list together with an "Actions Config" item (i.e. it is the tab, not the tree node). */
function besideActionsConfig(item: Element): boolean {
  if (flatClosest(item, '[role=tablist]')) return true;
  const li = flatClosest(item, 'li');
  const list = (li && flatParent(li)) ?? flatParent(item);
  if (!list) return false;
  const wanted = new Set(ACTIONS_CONFIG_TAB.map(normalizeText));
  return [...list.children].some(
    (sib) => !sib.contains(item) && wanted.has(normalizeText(renderedText(sib))),
  );
}

/** The "Sales Insight" node of the admin tree (not the "Sales Insight" tab next to "Actions Config"). */
export function locateSalesInsightNode(doc: Document): Found<HTMLElement> {
  const candidates = innermost(findByText(doc.body ?? doc, SALES_INSIGHT)).map(clickable);
  const inTree = candidates.find((c) =>
    flatClosest(c, '[role=tree], [role=treeitem], nav, [role=navigation]'),
  );
  const notTab = candidates.find((c) => !flatClosest(c, '[role=tab]') && !besideActionsConfig(c));
  return result(inTree ?? notTab, 'sales-insight-node');
}

/** The "Actions Config" tab. */
export function locateActionsConfigTab(doc: Document): Found<HTMLElement> {
  const root = doc.body ?? doc;
  const tab = queryAll(root, '[role=tab]').find(
    (t) =>
      !isHidden(t) && ACTIONS_CONFIG_TAB.some((l) => normalizeText(l) === normalizeText(renderedText(t))),
  );
  return result(
    tab ?? innermost(findByText(root, ACTIONS_CONFIG_TAB)).map(clickable)[0],
    'actions-config-tab',
  );
}
