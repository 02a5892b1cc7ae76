/**
 * Reads the state the checklist cares about from the page this frame shows,
 * through the page's module (one of this agent's app: ./app.ts), as plain data
 * (lib/checklist/detections.ts turns it into detections). Never reveals
 * anything: the Client ID is only checked for presence, the secret is not read
 * at all.
 */
import type { PageReading } from '../checklist/detections';
import { withShadowScan } from '../dom/shadow';
import { readAll } from '../pages/page-module';
import type { KnownPageId } from '../pages/types';
import { agentPage } from './app';

/** Gives the host's main thread back between two pieces of work (a task boundary). */
export type Pause = () => Promise<void>;
export const yieldToHost: Pause = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * The same reading as readPage, with the host's main thread given back between
 * the page's pieces (a page whose reading walks the document several times has
 * several: no one task of ours on the host's main thread does them all; npm run
 * bench:host). The page may change between two pieces: the watcher reads again
 * once the changes settle (lib/agent/watch-page.ts), so the next reading has it.
 * The first piece waits for a pause too: the callers are message handlers whose
 * own task already did work (agent:watch installs the page's observer and guards).
 */
export async function readPageSliced(
  page: KnownPageId,
  doc: Document = document,
  pause: Pause = yieldToHost,
): Promise<PageReading> {
  const reading = { page } as PageReading;
  for (const piece of moduleOf(page).read) {
    await pause();
    // Each piece looks for open shadow roots once (the page may have changed since the last piece).
    Object.assign(
      reading,
      withShadowScan(() => piece(doc)),
    );
  }
  return reading;
}

export function readPage(page: KnownPageId, doc: Document = document): PageReading {
  // One look for open shadow roots for all the readers of the page.
  return withShadowScan(() => readAll(moduleOf(page), doc));
}

function moduleOf(page: KnownPageId) {
  const module = agentPage(page);
  // Another app's page: the background asks each frame's agent about its own app's pages only.
  if (!module) throw new Error(`No reader for ${page} in this agent.`);
  return module;
}
