/** What the host's Next and Invite buttons say while the CSV or address check holds them, in French. */
import type { HoldTexts } from './en';

export const fr: HoldTexts = {
  csvHoldChecking: 'Vérification du CSV : fichier en cours de vérification…',
  csvHoldErrors: 'Vérification du CSV : erreurs trouvées ({count}). Voir le panneau.',
  csvInviteHoldChecking: 'Vérification des adresses : en cours…',
  csvInviteHoldErrors: 'Vérification des adresses : erreurs trouvées ({count}). Voir le panneau.',
};
