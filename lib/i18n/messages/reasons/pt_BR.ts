/** What went wrong and what to do next, one sentence per failure reason, in Brazilian Portuguese. */
import type { ReasonTexts } from './en';

export const pt_BR: ReasonTexts = {
  reasonNoTab: 'O painel perdeu o controle desta guia. Recarregue a página e tente novamente.',
  reasonNoAnswer: 'A página não respondeu. Recarregue-a e tente novamente.',
  reasonNotMarketo:
    'Esta não é mais uma página do Marketo. Abra Admin › Sales Insight › Configurações de ações no Marketo e clique em Ler novamente.',
  reasonNoCard:
    'Não há cartão de Informações de integração nesta página. Abra Admin › Sales Insight › Configurações de ações no Marketo e clique em Ler novamente.',
  reasonMaskedUnrevealable:
    'O Segredo do cliente está mascarado e o cartão não oferece nenhuma forma de mostrá-lo aqui. Mostre-o você mesmo no cartão de Informações de integração e clique em Ler novamente.',
  reasonInvalidClientId:
    'O que o cartão mostra como ID do cliente não parece um (um UUID como 1a2b3c4d-…). Recarregue a página e clique em Ler novamente; se continuar assim, copie os valores manualmente.',
  reasonInvalidClientSecret:
    'O que o cartão mostra como Segredo do cliente não parece um (32 letras e dígitos). Mostre-o no cartão de Informações de integração, confira-o e clique em Ler novamente.',
  reasonReadOther: 'Não foi possível ler as credenciais aqui. Recarregue a página e clique em Ler novamente.',
  reasonNothingCarried:
    'Nenhuma credencial é mais mantida: elas são esquecidas após um preenchimento ou quando o tempo termina. Leia-as novamente em Configurações de ações do Marketo e clique em Enviar para o aplicativo Sales.',
  reasonNotSalesSettings:
    'Esta página não são as configurações do Marketo do aplicativo Sales. Abra lá Configurações › Configurações de Administração › Marketo e clique novamente em Preencher credenciais.',
  reasonNoForm:
    'Não há campos de ID do cliente e Segredo do cliente nesta página. Abra a guia Configuração de Configurações de Administração › Marketo e clique novamente em Preencher credenciais.',
  reasonNoClientIdField:
    'O formulário desta página não tem campo de ID do cliente. Abra a guia Configuração de Configurações de Administração › Marketo e clique novamente em Preencher credenciais.',
  reasonNoClientSecretField:
    'O formulário desta página não tem campo de Segredo do cliente. Abra a guia Configuração de Configurações de Administração › Marketo e clique novamente em Preencher credenciais.',
  reasonAmbiguous:
    'Dois campos desta página poderiam ser cada um o ID do cliente ou o Segredo do cliente, então nada foi preenchido. Cole os valores você mesmo (Mostrar segredo exibe o segredo transportado).',
  reasonNotAccepted:
    'A página não manteve os valores recebidos. Cole-os você mesmo (Mostrar segredo exibe o segredo transportado) e clique em Salvar na página.',
  reasonInstanceUnconfirmed:
    'A conta do Sales mostra outra instância do Marketo, diferente daquela em que os valores foram lidos, por isso nada foi preenchido. Verifique a qual instância esta conta do Sales pertence, marque a confirmação que cita as duas e clique novamente em Preencher agora.',
  reasonFillOther: 'Nada foi preenchido. Recarregue a página e clique novamente em Preencher credenciais.',
  reasonSwapNoDialog:
    'A caixa de diálogo Convidar usuários via CSV está fechada. Abra-a novamente (Ações › Convidar usuários via CSV) e escolha lá o arquivo corrigido.',
  reasonSwapNoFileInput:
    'A caixa de diálogo não mostra mais um campo de arquivo. Volte à primeira etapa e escolha lá o arquivo corrigido.',
  reasonSwapUnsupported:
    'Este navegador não permite que a extensão coloque um arquivo na caixa de diálogo. Baixe o arquivo corrigido e escolha-o você mesmo na caixa de diálogo.',
  reasonFileUnreadable:
    'Não foi possível ler o arquivo: ele pode ter sido movido, alterado ou excluído depois que você o escolheu. Escolha-o novamente.',
  reasonFileDenied:
    'O navegador não permitiu que a extensão lesse este arquivo. Salve-o em outra pasta (Downloads, por exemplo) e escolha-o novamente.',
  reasonFileFailed:
    'Não foi possível verificar o arquivo. Escolha-o novamente; se acontecer de novo, salve-o como CSV UTF-8 e tente outra vez. Seu arquivo não foi alterado.',
  storePanelUi: 'a largura do painel e se estava recolhido',
  storeSettings: 'suas opções',
  storeProgress: 'o progresso da sua lista de verificação',
  storeOther: 'alguns dados salvos',
};
