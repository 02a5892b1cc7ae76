/**
 * The background wires message handlers and the toolbar button; no logic of its own.
 */
import { startBackground } from '@/lib/background/start';

export default defineBackground(() => {
  startBackground();
});
