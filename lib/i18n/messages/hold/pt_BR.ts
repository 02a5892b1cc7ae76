/** What the host's Next and Invite buttons say while the CSV or address check holds them, in Brazilian Portuguese. */
import type { HoldTexts } from './en';

export const pt_BR: HoldTexts = {
  csvHoldChecking: 'Verificação do CSV: verificando o arquivo…',
  csvHoldErrors: 'Verificação do CSV: erros encontrados ({count}). Veja o painel.',
  csvInviteHoldChecking: 'Verificação de endereços: verificando…',
  csvInviteHoldErrors: 'Verificação de endereços: erros encontrados ({count}). Veja o painel.',
};
