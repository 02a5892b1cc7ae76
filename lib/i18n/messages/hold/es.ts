/** What the host's Next and Invite buttons say while the CSV or address check holds them, in Spanish. */
import type { HoldTexts } from './en';

export const es: HoldTexts = {
  csvHoldChecking: 'Comprobación del CSV: comprobando el archivo…',
  csvHoldErrors: 'Comprobación del CSV: hay errores ({count}). Vea el panel.',
  csvInviteHoldChecking: 'Comprobación de direcciones: comprobando…',
  csvInviteHoldErrors: 'Comprobación de direcciones: hay errores ({count}). Vea el panel.',
};
