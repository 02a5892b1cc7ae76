/**
 * What the Sales app pages' recognisers share (each page's own lives in
 * lib/pages/sales/<page>/recognise.ts). Runs in the bootstrap on every
 * toutapp.com page, so it stays cheap: the route is a hint (known routes match
 * at once), otherwise a few targeted queries on headings, the selected menu
 * item and exact label texts decide.
 */
import { normalizeText, recognitionRoots } from '../../dom/text';
import type { PageAdapter } from '../types';
import { labelsOf, SALES_PAGE_LABELS } from './page-labels';
import { isSalesUrl, salesRoute } from './url';

/** Page title or selected menu entry / tab (aria-current, aria-selected). */
const TITLE_OR_SELECTED =
  'h1, h2, [role=heading], [aria-current=page], [aria-current=true], [aria-selected=true]';

/** The text of a shadow root without its <style>s. */
function shadowText(root: ShadowRoot): string {
  let text = '';
  for (const node of root.childNodes) {
    const name = (node as Element).localName;
    if (name !== 'style' && name !== 'script') text += node.textContent ?? '';
  }
  return text;
}

/** The text an element shows: its own, or (a component such as a tab with a `label`) its shadow root's. */
function shownText(el: Element): string {
  const own = el.textContent ?? '';
  if (own.trim() || !el.shadowRoot) return own;
  return shadowText(el.shadowRoot);
}

export function titleOrSelected(doc: Document, labelSet: () => ReadonlySet<string>): boolean {
  const labels = labelSet();
  for (const el of doc.querySelectorAll(TITLE_OR_SELECTED)) {
    if (labels.has(normalizeText(shownText(el)))) return true;
  }
  // Web components: titles and selected tabs inside open shadow roots (none on ordinary pages).
  for (const root of recognitionRoots(doc)) {
    for (const el of root.querySelectorAll(TITLE_OR_SELECTED)) {
      if (labels.has(normalizeText(shownText(el)))) return true;
    }
  }
  return false;
}

/** The route is `prefix` or below it (`settings/marketo-admin/setup`). */
const routeUnder = (route: string, prefix: string) => route === prefix || route.startsWith(`${prefix}/`);

export function routeAdapter(
  page: PageAdapter['page'],
  routePrefix: string,
  matchDocument: (doc: Document) => boolean,
): PageAdapter {
  return {
    page,
    app: 'sales',
    matchUrl(url) {
      if (!isSalesUrl(url)) return false;
      return routeUnder(salesRoute(url), routePrefix) ? true : undefined;
    },
    matchDocument,
  };
}

export const pageLabels = (key: keyof typeof SALES_PAGE_LABELS) => labelsOf(SALES_PAGE_LABELS[key]);
