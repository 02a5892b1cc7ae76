/** What the host's Next and Invite buttons say while the CSV or address check holds them, in German. */
import type { HoldTexts } from './en';

export const de: HoldTexts = {
  csvHoldChecking: 'CSV-Prüfung: Datei wird geprüft…',
  csvHoldErrors: 'CSV-Prüfung: Fehler gefunden ({count}). Siehe Seitenleiste.',
  csvInviteHoldChecking: 'Adressprüfung: Adressen werden geprüft…',
  csvInviteHoldErrors: 'Adressprüfung: Fehler gefunden ({count}). Siehe Bereich.',
};
