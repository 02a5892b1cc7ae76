/**
 * The common shape of a host page's module. Each page the extension knows has
 * one folder, lib/pages/<app>/<page>/, holding all of its DOM knowledge:
 *
 * - about.ts: what is known without touching the DOM (id, app, the names of
 *   its "show me" targets, which target each checklist step points at). Pure
 *   data: the message protocol and the panel import it (lib/pages/catalogue.ts).
 * - recognise.ts: the bootstrap's recogniser (cheap; see PageAdapter).
 * - readers, locators, fill targets: the page's finders.
 * - page.ts: the page module below, tying them together. The agent's readings,
 *   "show me" and fill go through these modules (lib/pages/registry.ts).
 *
 * Shared per-app pieces (label tables, URL helpers, finders) stay in lib/pages/<app>/.
 */
import type { PageReading } from '../checklist/detections';
import type { StepId } from '../checklist/steps';
import type { readCredentials, readMunchkinId } from './marketo/actions-config/readers';
import type {
  findCredentialFields,
  findSetupTab,
  readPageMunchkinId,
} from './sales/marketo-settings/credentials';
import type { locateSave } from './sales/marketo-settings/locators';
import type { AppId, Found, KnownPageId, PageAdapter } from './types';

/** The reading of one page: what its readers found, as plain data (lib/checklist/detections.ts). */
export type ReadingOf<P extends KnownPageId> = Extract<PageReading, { page: P }>;

/** What is known about a page without touching its DOM (safe for the panel and the message schemas). */
export interface PageAbout<P extends KnownPageId = KnownPageId, T extends string = string> {
  readonly id: P;
  readonly app: AppId;
  /** Names of the controls "show me" can point at on this page: stable, the panel sends them to the agent. */
  readonly targets: readonly T[];
  /** For a checklist step done on this page: the control "show me" points at. */
  readonly showMe: Readonly<Partial<Record<StepId, T>>>;
}

/** One part of a page's reading: each walks the document on its own. */
export type ReadingPiece<P extends KnownPageId> = (doc: Document) => Partial<ReadingOf<P>>;

export interface PageModule<P extends KnownPageId = KnownPageId, T extends string = string>
  extends PageAbout<P, T> {
  /** Recognition, as the bootstrap runs it (the bootstrap imports recognise.ts alone, never this module). */
  readonly recognise: PageAdapter;
  /**
   * The page's reading in pieces, in order. The agent gives the host's main
   * thread back between two pieces (lib/agent/read-page.ts readPageSliced),
   * so a page whose reading walks the document several times has several.
   */
  readonly read: readonly ReadingPiece<P>[];
  /** Where each "show me" target is (highlight); every name of `targets`. */
  readonly locate: Readonly<Record<T, (doc: Document) => Found<Element>>>;
  /** A page that shows the Marketo credentials: where they are read (lib/features/credentials/agent-read.ts). */
  readonly credentials?: CredentialsSource;
  /** A page with the form the credentials are filled into: its fill targets (lib/features/credentials/agent-fill.ts). */
  readonly fill?: CredentialsForm;
}

export interface CredentialsSource {
  /** The Client ID and Client Secret shown on the page (never kept by the page module). */
  readonly read: typeof readCredentials;
  /** The instance's Munchkin ID as the page (or its URL) tells it. */
  readonly munchkinId: typeof readMunchkinId;
}

export interface CredentialsForm {
  /** The Client ID / Client Secret inputs (inside open shadow roots too). */
  readonly fields: typeof findCredentialFields;
  /** The tab that shows the fields, when they are not shown yet. */
  readonly setupTab: typeof findSetupTab;
  readonly save: typeof locateSave;
  /** The Munchkin ID the form already holds (the wrong-instance check). */
  readonly munchkinId: typeof readPageMunchkinId;
}

/** A reader's value, or undefined when it could not read it (a reading never holds a reason). */
export const valueIfFound = <T>(result: Found<T>): T | undefined => (result.found ? result.value : undefined);

/** The whole reading of a page at once (no pause between the pieces). */
export function readAll<P extends KnownPageId>(module: PageModule<P>, doc: Document): ReadingOf<P> {
  const reading = { page: module.id } as ReadingOf<P>;
  for (const piece of module.read) Object.assign(reading, piece(doc));
  return reading;
}
