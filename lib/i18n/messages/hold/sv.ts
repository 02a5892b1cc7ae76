/** What the host's Next and Invite buttons say while the CSV or address check holds them, in Swedish. */
import type { HoldTexts } from './en';

export const sv: HoldTexts = {
  csvHoldChecking: 'CSV-kontroll: kontrollerar filen…',
  csvHoldErrors: 'CSV-kontroll: fel hittades ({count}). Se panelen.',
  csvInviteHoldChecking: 'Adresskontroll: kontrollerar adresserna…',
  csvInviteHoldErrors: 'Adresskontroll: fel hittades ({count}). Se panelen.',
};
