/**
 * What the Salesforce pages' recognisers share (each page's own lives in
 * lib/pages/salesforce/<page>/recognise.ts). They run in the bootstrap on every
 * Salesforce frame: only exact-text XPath checks (hasExactText), no tree walks.
 *
 * The Setup tree lists "Installed Packages" and "Remote Site Settings" on
 * every Setup page, so page titles alone prove nothing: each page is
 * recognised by labels only it shows (its column headers or form labels).
 */
import { isSalesforceUrl } from './url';

/** A label as it stands alone or before its value ("Name:"). */
export const exact = (labels: readonly string[]) => labels.flatMap((l) => [l, `${l}:`]);

/** URL verdict shared by the pages with a route: other hosts can't be them, our routes are. */
export const routeOrUnknown = (url: URL, route: (u: URL) => boolean): boolean | undefined =>
  !isSalesforceUrl(url) ? false : route(url) ? true : undefined;
