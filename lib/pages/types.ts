/**
 * Shared vocabulary of the page adapters. Each host page has one folder,
 * lib/pages/<app>/<page>/ (its module's shape: lib/pages/page-module.ts); every
 * reader returns a typed result where "not found" is a value, never an
 * exception.
 */
export type AppId = 'marketo' | 'sales' | 'salesforce';

export const PAGE_IDS = [
  'marketo-actions-config',
  'sales-salesforce-settings',
  'sales-marketo-settings',
  'sales-user-management',
  'salesforce-installed-packages',
  'salesforce-remote-sites',
  'salesforce-msi-config',
] as const;
export type KnownPageId = (typeof PAGE_IDS)[number];
export type PageId = KnownPageId | 'unknown';

/** Result of a reader: a value, or the reason it could not be read. */
export type Found<T> = { found: true; value: T } | { found: false; reason: string };

export const found = <T>(value: T): Found<T> => ({ found: true, value });
export const notFound = <T = never>(reason: string): Found<T> => ({ found: false, reason });

/**
 * Recognises one page. Must be cheap: it runs in the bootstrap on every matched
 * page (no React, no zod, no subtree walks over the whole document when a
 * targeted query will do).
 */
export interface PageAdapter {
  readonly page: KnownPageId;
  readonly app: AppId;
  /**
   * What the URL alone says: true = the route is this page, false = it cannot
   * be this page (wrong host family), undefined = the URL does not tell (the
   * DOM decides).
   */
  matchUrl(url: URL): boolean | undefined;
  /** Looks at the document (visible labels in every UI language). */
  matchDocument(doc: Document): boolean;
}
