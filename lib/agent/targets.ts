/** Where each "show me" target is found: every page module's locators (lib/pages/registry.ts). */
import type { HighlightTarget } from '../messaging/protocol';
import { LOCATORS } from '../pages/registry';
import type { Found } from '../pages/types';

export const TARGETS: Record<HighlightTarget, (doc: Document) => Found<Element>> = LOCATORS;
