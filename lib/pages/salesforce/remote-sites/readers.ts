/**
 * Setup › Remote Site Settings: the sites listed, and whether the two Adobe
 * sites MSI Actions needs are there (checklist row 7, domain.md §5.2).
 */
import { findActionByLabel, labelSet } from '../../../dom/text';
import { type Found, found, notFound } from '../../types';
import { readYesNo } from '../checkbox';
import {
  ACTIVE,
  ADOBE_REMOTE_SITES,
  allLabels,
  NEW_REMOTE_SITE,
  REMOTE_SITE_NAME,
  REMOTE_SITE_URL,
} from '../labels';
import { REASONS } from '../reasons';
import { cellText, readTable } from '../table';

export interface RemoteSite {
  name: string;
  url: string;
  /** Absent when the list has no Active column or its value can't be read. */
  active?: boolean;
}

export interface AdobeRemoteSites {
  /** https://ims-na1.adobelogin.com is listed and not inactive. */
  ims: boolean;
  /** https://mkto-sales-connect.adobe.io is listed and not inactive. */
  salesConnect: boolean;
}

const COLUMNS = {
  name: labelSet(allLabels(REMOTE_SITE_NAME)),
  url: labelSet(allLabels(REMOTE_SITE_URL)),
  active: labelSet(allLabels(ACTIVE)),
};

/** The remote sites listed on the page (the list view, not the edit form). */
export function readRemoteSites(root: ParentNode): Found<RemoteSite[]> {
  const table = readTable(root, COLUMNS, 'url', (columns) => columns.has('name'));
  if (!table) return notFound(REASONS.noRemoteSitesTable);
  const sites: RemoteSite[] = [];
  for (const { cells } of table.rows) {
    const name = cellText(cells.name);
    const url = cellText(cells.url);
    if (!name && !url) continue;
    const site: RemoteSite = { name, url };
    const active = cells.active ? readYesNo(cells.active) : undefined;
    if (active !== undefined) site.active = active;
    sites.push(site);
  }
  return found(sites);
}

/**
 * Compares origins: case, a trailing slash, a default port or a path don't
 * matter (a remote site authorises a whole host).
 */
export function sameSiteUrl(a: string, b: string): boolean {
  const origin = (value: string) => {
    const text = value.trim();
    try {
      return new URL(text).origin.toLowerCase();
    } catch {
      return text.toLowerCase().replace(/\/+$/, '');
    }
  };
  return origin(a) === origin(b);
}

/** Which of the two Adobe remote sites are set up (listed and not marked inactive). */
export function readAdobeRemoteSites(root: ParentNode): Found<AdobeRemoteSites> {
  const sites = readRemoteSites(root);
  if (!sites.found) return sites;
  const has = (url: string) => sites.value.some((s) => s.active !== false && sameSiteUrl(s.url, url));
  return found({ ims: has(ADOBE_REMOTE_SITES.ims), salesConnect: has(ADOBE_REMOTE_SITES.salesConnect) });
}

/** The "New Remote Site" button, for "show me". */
export function locateNewRemoteSite(root: ParentNode): Found<HTMLElement> {
  const button = findActionByLabel(root, labelSet(allLabels(NEW_REMOTE_SITE)));
  return button ? found(button) : notFound(REASONS.noNewRemoteSite);
}
