/**
 * The mark the agent leaves in its frame's isolated world once started (./start.ts): a second
 * injection into the same document starts nothing. The bootstrap, in the same world, reads it to
 * tell the background whether the frame already has an agent (lib/boot/start.ts), so the
 * background injects one at once instead of first messaging a frame that cannot answer.
 * Page script cannot see or set it: it lives in the extension's isolated world.
 */
export const AGENT_FLAG = '__msiActionsAgent';

type Flagged = typeof globalThis & { [AGENT_FLAG]?: boolean };

export const hasAgent = (): boolean => (globalThis as Flagged)[AGENT_FLAG] === true;
export const markAgent = (): void => {
  (globalThis as Flagged)[AGENT_FLAG] = true;
};
