/** Every text of one locale (lib/i18n/locale-texts.ts loads it; the panel loads only the one it shows). */
import type { LocaleTexts } from '../locale-texts';
import { fr as checklist } from '../messages/checklist/fr';
import { fr as csv } from '../messages/csv/fr';
import { fr as findings } from '../messages/findings/fr';
import { fr as core } from '../messages/fr';
import { fr as hold } from '../messages/hold/fr';
import { fr as reasons } from '../messages/reasons/fr';

export const texts: LocaleTexts = {
  messages: { ...core, ...csv, ...hold, ...reasons },
  checklist,
  findings,
};
