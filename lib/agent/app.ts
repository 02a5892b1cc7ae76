/**
 * The app this agent serves, and only that: its pages' modules, the handlers of
 * its features' messages, and the guards its pages install while watched. Each
 * app has its own agent bundle (entrypoints/agent-<app>.ts, the app's
 * definition in lib/agent/apps/), and the background injects the one of the
 * frame's app (lib/background/frames.ts): a frame compiles only what its app can
 * use, on the host's main thread (npm run bench:host, "our own time in one task").
 */
import type { Handlers } from '../messaging/receive';
import type { HighlightTargetName } from '../pages/catalogue';
import type { PageModule } from '../pages/page-module';
import type { AppId, Found, KnownPageId } from '../pages/types';

export interface AgentApp {
  app: AppId;
  /** The app's page modules (lib/pages/<app>/<page>/page.ts). */
  pages: readonly PageModule[];
  /** Its features' handlers of the background's agent messages (lib/features/<feature>/agent*.ts). */
  handlers: Partial<Handlers>;
  /** What a watched page of the app installs besides its readings (User Management's guards); stop functions. */
  guards?(page: KnownPageId, doc: Document): Array<() => void>;
}

let running: readonly AgentApp[] = [];

/**
 * The agent's app, once, at its start (lib/agent/start.ts). The unit tests run the page code of
 * every app in one realm: they install all three (test/setup.ts), or the one a case is about.
 */
export function runApp(...apps: AgentApp[]): void {
  running = apps;
}

const pagesOf = () => running.flatMap((a) => a.pages);

/** The module of one of this app's pages; undefined for another app's page. */
export const agentPage = (page: KnownPageId): PageModule | undefined => pagesOf().find((m) => m.id === page);

/** Where a "show me" target is, on this app's pages; undefined for another app's target. */
export function agentLocator(target: HighlightTargetName): ((doc: Document) => Found<Element>) | undefined {
  for (const m of pagesOf()) {
    const locate = (m.locate as Partial<Record<string, (doc: Document) => Found<Element>>>)[target];
    if (locate) return locate;
  }
  return undefined;
}

/** The guards a watched page installs (none outside its app). */
export const appGuards = (page: KnownPageId, doc: Document): Array<() => void> =>
  running.flatMap((a) => a.guards?.(page, doc) ?? []);
