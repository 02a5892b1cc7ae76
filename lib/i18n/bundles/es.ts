/** Every text of one locale (lib/i18n/locale-texts.ts loads it; the panel loads only the one it shows). */
import type { LocaleTexts } from '../locale-texts';
import { es as checklist } from '../messages/checklist/es';
import { es as csv } from '../messages/csv/es';
import { es as core } from '../messages/es';
import { es as findings } from '../messages/findings/es';
import { es as hold } from '../messages/hold/es';
import { es as reasons } from '../messages/reasons/es';

export const texts: LocaleTexts = {
  messages: { ...core, ...csv, ...hold, ...reasons },
  checklist,
  findings,
};
