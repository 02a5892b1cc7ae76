/** Every text of one locale (lib/i18n/locale-texts.ts loads it; the panel loads only the one it shows). */
import type { LocaleTexts } from '../locale-texts';
import { zh_CN as checklist } from '../messages/checklist/zh_CN';
import { zh_CN as csv } from '../messages/csv/zh_CN';
import { zh_CN as findings } from '../messages/findings/zh_CN';
import { zh_CN as hold } from '../messages/hold/zh_CN';
import { zh_CN as reasons } from '../messages/reasons/zh_CN';
import { zh_CN as core } from '../messages/zh_CN';

export const texts: LocaleTexts = {
  messages: { ...core, ...csv, ...hold, ...reasons },
  checklist,
  findings,
};
