/**
 * axe-core run inside the panel's own document. The panel is an extension page
 * framed in a closed shadow root, so an axe run on the host page (even with
 * `include('msi-panel')`) cannot see into it: axe is injected into the panel
 * frame itself, the way @axe-core/playwright injects into frames.
 */
import type { Frame } from '@playwright/test';
import axe from 'axe-core';

/** The violations axe finds in the panel's document, as `rule: targets` lines (empty: none). */
export async function panelViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(axe.source);
  return frame.evaluate(async () => {
    const run = (globalThis as unknown as { axe: typeof axe }).axe;
    const result = await run.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
