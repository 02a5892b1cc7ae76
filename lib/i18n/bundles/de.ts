/** Every text of one locale (lib/i18n/locale-texts.ts loads it; the panel loads only the one it shows). */
import type { LocaleTexts } from '../locale-texts';
import { de as checklist } from '../messages/checklist/de';
import { de as csv } from '../messages/csv/de';
import { de as core } from '../messages/de';
import { de as findings } from '../messages/findings/de';
import { de as hold } from '../messages/hold/de';
import { de as reasons } from '../messages/reasons/de';

export const texts: LocaleTexts = {
  messages: { ...core, ...csv, ...hold, ...reasons },
  checklist,
  findings,
};
