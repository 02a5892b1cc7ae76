/** The checklist progress item (written by the background only; read and watched by the panel). */
import type { ProgressStore } from '../checklist/progress';
import { PROGRESS_STORAGE_KEY, progressItemOptions } from '../checklist/schema';
import { defineValidatedItem } from './validated';

export const progressItem = defineValidatedItem<ProgressStore>(PROGRESS_STORAGE_KEY, progressItemOptions);
