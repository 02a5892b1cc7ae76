/** Every text of one locale (lib/i18n/locale-texts.ts loads it; the panel loads only the one it shows). */
import type { LocaleTexts } from '../locale-texts';
import { it as checklist } from '../messages/checklist/it';
import { it as csv } from '../messages/csv/it';
import { it as findings } from '../messages/findings/it';
import { it as hold } from '../messages/hold/it';
import { it as core } from '../messages/it';
import { it as reasons } from '../messages/reasons/it';

export const texts: LocaleTexts = {
  messages: { ...core, ...csv, ...hold, ...reasons },
  checklist,
  findings,
};
