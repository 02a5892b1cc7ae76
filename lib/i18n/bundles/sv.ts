/** Every text of one locale (lib/i18n/locale-texts.ts loads it; the panel loads only the one it shows). */
import type { LocaleTexts } from '../locale-texts';
import { sv as checklist } from '../messages/checklist/sv';
import { sv as csv } from '../messages/csv/sv';
import { sv as findings } from '../messages/findings/sv';
import { sv as hold } from '../messages/hold/sv';
import { sv as reasons } from '../messages/reasons/sv';
import { sv as core } from '../messages/sv';

export const texts: LocaleTexts = {
  messages: { ...core, ...csv, ...hold, ...reasons },
  checklist,
  findings,
};
