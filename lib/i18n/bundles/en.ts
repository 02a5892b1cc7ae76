/** Every text of one locale (lib/i18n/locale-texts.ts loads it; the panel loads only the one it shows). */
import type { LocaleTexts } from '../locale-texts';
import { en as checklist } from '../messages/checklist/en';
import { en as csv } from '../messages/csv/en';
import { en as core } from '../messages/en';
import { en as findings } from '../messages/findings/en';
import { en as hold } from '../messages/hold/en';
import { en as reasons } from '../messages/reasons/en';

export const texts: LocaleTexts = {
  messages: { ...core, ...csv, ...hold, ...reasons },
  checklist,
  findings,
};
