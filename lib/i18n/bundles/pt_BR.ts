/** Every text of one locale (lib/i18n/locale-texts.ts loads it; the panel loads only the one it shows). */
import type { LocaleTexts } from '../locale-texts';
import { pt_BR as checklist } from '../messages/checklist/pt_BR';
import { pt_BR as csv } from '../messages/csv/pt_BR';
import { pt_BR as findings } from '../messages/findings/pt_BR';
import { pt_BR as hold } from '../messages/hold/pt_BR';
import { pt_BR as core } from '../messages/pt_BR';
import { pt_BR as reasons } from '../messages/reasons/pt_BR';

export const texts: LocaleTexts = {
  messages: { ...core, ...csv, ...hold, ...reasons },
  checklist,
  findings,
};
