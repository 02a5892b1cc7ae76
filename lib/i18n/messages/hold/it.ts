/** What the host's Next and Invite buttons say while the CSV or address check holds them, in Italian. */
import type { HoldTexts } from './en';

export const it: HoldTexts = {
  csvHoldChecking: 'Controllo del CSV: controllo del file in corso…',
  csvHoldErrors: 'Controllo del CSV: errori trovati ({count}). Vedi il pannello.',
  csvInviteHoldChecking: 'Controllo indirizzi: controllo in corso…',
  csvInviteHoldErrors: 'Controllo indirizzi: trovati errori ({count}). Vedi il pannello.',
};
