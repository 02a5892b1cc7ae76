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

/**
 * `busy`: a re-check of a page that keeps changing (the watcher's back-off, lib/boot/watch.ts):
 * it keeps the last answer of whether the document could hold web components (lib/dom/text.ts).
 */
export function recognise(url: URL, doc: Document, apps: readonly AppRecogniser[], busy = false): PageReport {
  return withTextPass(() => recogniseNow(url, doc, apps), { probeComponents: !busy });
}

interface UrlVerdict {
  report: PageReport;
  /** Adapters the URL leaves to the document, in order (none when the URL named the page). */
  byDocument: readonly PageAdapter[];
}

/** The URL's part of the last recognition: the watcher passes the same URL object until the address changes. */
let lastUrl: { url: URL; apps: readonly AppRecogniser[]; verdict: UrlVerdict } | undefined;

function urlVerdict(url: URL, apps: readonly AppRecogniser[]): UrlVerdict {
  if (lastUrl?.url === url && lastUrl.apps === apps) return lastUrl.verdict;
  const verdict = judgeUrl(url, apps);
  lastUrl = { url, apps, verdict };
  return verdict;
}

function judgeUrl(url: URL, apps: readonly AppRecogniser[]): UrlVerdict {
  const app = apps.find((a) => a.matchesUrl(url));
  if (!app) return { report: { app: null, page: 'unknown' }, byDocument: [] };
  const report: PageReport = { app: app.app, page: 'unknown', ...app.instance?.(url) };
  // Each adapter's URL verdict once: true names the page, undefined leaves it to the document.
  const byDocument: PageAdapter[] = [];
  for (const adapter of app.adapters) {
    const byUrl = adapter.matchUrl(url);
    if (byUrl === true) return { report: { ...report, page: adapter.page }, byDocument: [] };
    if (byUrl === undefined) byDocument.push(adapter);
  }
  return { report, byDocument };
}

function recogniseNow(url: URL, doc: Document, apps: readonly AppRecogniser[]): PageReport {
  const { report, byDocument } = urlVerdict(url, apps);
  const page = byDocument.find((adapter) => matchesSafely(adapter, doc))?.page;
  return page ? { ...report, page } : { ...report };
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
