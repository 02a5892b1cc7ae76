/**
 * Page recognition: pure, from the URL and the document, through the page
 * adapters. Runs in the bootstrap on every matched page, so it only calls the
 * adapters' cheap `matchUrl`/`matchDocument`.
 */

import { withTextPass } from '../dom/text';
import type { PageReport } from '../messaging/protocol';
import type { AppId, PageAdapter } from '../pages/types';

export interface AppRecogniser {
  app: AppId;
  /** Does this URL belong to the app (for experience.adobe.com: only Marketo Engage routes)? */
  matchesUrl(url: URL): boolean;
  adapters: readonly PageAdapter[];
  /** Instance key parts the URL tells (Marketo only). */
  instance?(url: URL): { munchkinId?: string; instanceHost?: string };
}

export function recognise(url: URL, doc: Document, apps: readonly AppRecogniser[]): PageReport {
  return withTextPass(() => recogniseNow(url, doc, apps));
}

function recogniseNow(url: URL, doc: Document, apps: readonly AppRecogniser[]): PageReport {
  const app = apps.find((a) => a.matchesUrl(url));
  if (!app) return { app: null, page: 'unknown' };
  const instance = app.instance?.(url) ?? {};
  const base = { app: app.app, ...instance };
  // Each adapter's URL verdict once: true names the page, undefined leaves it to the document.
  const candidates = app.adapters
    .map((adapter) => ({ adapter, byUrl: adapter.matchUrl(url) }))
    .filter((c) => c.byUrl !== false);
  const byRoute = candidates.find((c) => c.byUrl === true)?.adapter;
  if (byRoute) return { ...base, page: byRoute.page };
  const byDocument = candidates.find((c) => matchesSafely(c.adapter, doc))?.adapter;
  return { ...base, page: byDocument?.page ?? 'unknown' };
}

/** A host page built unlike anything we know must not break recognition: an adapter that throws does not match. */
function matchesSafely(adapter: PageAdapter, doc: Document): boolean {
  try {
    return adapter.matchDocument(doc);
  } catch {
    return false;
  }
}

export function sameReport(a: PageReport | undefined, b: PageReport): boolean {
  return (
    !!a &&
    a.app === b.app &&
    a.page === b.page &&
    a.munchkinId === b.munchkinId &&
    a.instanceHost === b.instanceHost
  );
}
