/** Every text of one locale (lib/i18n/locale-texts.ts loads it; the panel loads only the one it shows). */
import type { LocaleTexts } from '../locale-texts';
import { ja as checklist } from '../messages/checklist/ja';
import { ja as csv } from '../messages/csv/ja';
import { ja as findings } from '../messages/findings/ja';
import { ja as hold } from '../messages/hold/ja';
import { ja as core } from '../messages/ja';
import { ja as reasons } from '../messages/reasons/ja';

export const texts: LocaleTexts = {
  messages: { ...core, ...csv, ...hold, ...reasons },
  checklist,
  findings,
};
