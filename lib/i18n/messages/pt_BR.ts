import type { Messages } from './en';

export const pt_BR: Messages = {
  extName: 'Assistente de configuração do MSI Actions',
  extDescription:
    'Painel lateral para administradores do Marketo Sales Insight Actions: checklist de configuração, credenciais com um clique e verificação de arquivos CSV, no Marketo, no Marketo Sales e no Salesforce.',
  actionTitle: 'Mostrar ou ocultar o painel de configuração do MSI Actions',

  panelLabel: 'Assistente de configuração do MSI Actions',
  panelTitle: 'Configuração do MSI Actions',
  panelCollapse: 'Recolher o painel',
  panelExpand: 'Expandir o painel',
  panelResize: 'Largura do painel: arraste ou use as teclas de seta',
  panelRecognised: 'Você está em',
  panelInstance: 'Instância',
  panelInstanceUnknown: 'Munchkin ID ainda desconhecido',
  panelStorageReset:
    'Não foi possível ler os dados salvos, e eles foram redefinidos para os valores padrão ({what}).',
  recoverSection:
    '{section} parou de funcionar por causa de um erro. O resto do painel continua funcionando; redefina esta seção para iniciá-la de novo.',
  recoverSectionReset: 'Redefinir esta seção',
  recoverPage:
    'Esta página parou de funcionar por causa de um erro. Redefina-a para começar de novo: suas configurações e seu progresso são mantidos.',
  recoverPageReset: 'Redefinir esta página',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Admin › Sales Insight › Configurações de ações',
  pageSalesSalesforceSettings: 'Configurações › Configurações de Administração › Salesforce',
  pageSalesMarketoSettings: 'Configurações › Configurações de Administração › Marketo',
  pageSalesUserManagement: 'Configurações › Configurações de Administração › Gerenciamento de Usuários',
  pageSalesforceInstalledPackages: 'Configuração › Pacotes instalados',
  pageSalesforceRemoteSites: 'Configuração › Configurações do site remoto',
  pageSalesforceMsiConfig: 'Marketo Sales Insight Config',
  pageUnknown: 'uma página que o assistente não reconhece',
  pageUnknownHint:
    'Nada a fazer aqui por enquanto. Abra uma das páginas do guia ou relate esta página se ela deveria ter sido reconhecida.',

  reportOpen: 'Relatar esta página',
  reportFailed: 'Não foi possível copiar esta página. Recarregue a página e tente novamente.',
  credNotVisible:
    'Para isso o painel precisa estar totalmente visível: feche o que o cobre e tente novamente.',
  reportTitle: 'Relatar esta página',
  reportIntro:
    'Salva uma cópia higienizada desta página para anexar a um relatório de bug: só a estrutura e os rótulos são mantidos; scripts, comentários e tudo o que poderia executar ou carregar algo são removidos; valores de formulário e tudo o que pareça um e-mail, ID ou segredo são mascarados. Nada é enviado.',
  reportPreviewLabel: 'O que será salvo',
  reportSave: 'Salvar arquivo',
  reportCancel: 'Cancelar',
  reportSaved: 'Salvo como {file}.',
  reportStats:
    '{masked} valores mascarados, {removed} scripts, comentários e outras partes ativas removidos.',

  credTitle: 'Credenciais',
  credNone: 'Nenhuma credencial lida nesta página e nenhuma mantida na memória deste navegador.',
  credNotYet:
    'Esta instância do Marketo ainda não mostra o ID do cliente nem o Segredo do cliente: eles aparecem no cartão de Informações de integração depois que o primeiro administrador é convidado pelo cartão de provisionamento e ativa a conta.',
  credShowProvisioning: 'Mostrar o cartão de provisionamento',
  credReadAgain: 'Ler novamente',
  credReady: 'Lidas desta página{instance}.',
  credClientId: 'ID do cliente',
  credClientSecret: 'Segredo do cliente',
  credMasked: 'terminado em {tail}',
  credCopyClientId: 'Copiar ID do cliente',
  credCopyClientSecret: 'Copiar Segredo do cliente',
  credCopied: 'Copiado. A área de transferência será limpa em {seconds} s se ainda contiver este valor.',
  credCopiedNoClear: 'Copiado. A limpeza da área de transferência está desativada nas opções.',
  credCopyFailed: 'O navegador recusou a gravação na área de transferência.',
  credClipboardCleared: 'Área de transferência limpa.',
  credClipboardChanged: 'A área de transferência não foi limpa: agora ela contém outra coisa.',
  credClipboardDenied:
    'A área de transferência não foi limpa: o navegador não permite que a extensão a leia. Limpe-a você mesmo.',
  credSend: 'Enviar para o aplicativo Sales',
  credCarried:
    'Mantidas por {minutes} minutos na memória deste navegador e depois esquecidas (restam {time}). Lidas em {source}: ID do cliente …{idTail}, Segredo do cliente …{secretTail}.',
  credCarriedUnknownSource: 'uma instância desconhecida',
  credForget: 'Esquecer agora',
  credKeep: 'Mantê-las até o fim do tempo (caso contrário, são esquecidas após um preenchimento)',
  credReveal: 'Mostrar segredo',
  credHide: 'Ocultar segredo',
  credFill: 'Preencher credenciais',
  credFillHint:
    'Abra Configurações › Configurações de Administração › Marketo no aplicativo Sales para preenchê-las.',
  credPreviewTitle: 'Prestes a preencher',
  credPreviewSource: 'Valores lidos da instância do Marketo {source}.',
  credPreviewPage: 'Esta página pertence ao Munchkin ID {munchkin}.',
  credPreviewOpenedTab: 'A guia Configuração foi aberta para você.',
  credFillConfirm: 'Preencher agora',
  credFillCancel: 'Cancelar',
  credFilled:
    'Preenchido e confirmado. Agora clique você mesmo em Salvar ou Conectar na página: a extensão nunca faz isso.',
  credFillForgotten: 'Os valores foram esquecidos após este preenchimento.',
  credFieldOutcome: '{field}: {outcome}',
  credOutcome_filled: 'preenchido',
  credOutcome_notAccepted: 'não aceito pela página',
  credOutcome_readonly: 'somente leitura',
  credOutcome_disabled: 'desativado',
  credOutcome_kept: 'mantido como está na página',
  credOutcome_missing: 'campo não encontrado',
  credSaveLabel: 'Clique em Salvar',
  credShowLabel: 'Aqui',
  credMunchkin: 'Munchkin ID',

  clInstance: 'Instância',
  clNoInstance:
    'Ainda não há nenhuma instância do Marketo: abra uma vez Admin › Sales Insight › Configurações de ações no Marketo e o checklist começará a acompanhá-la.',
  clPersona: 'Mostrar etapas para',
  clShowMe: 'Mostrar onde',
  clHere: 'Aqui',
  clDoc: 'Documentação da Adobe',
  clGoTo: 'Não está nesta página. Acesse: {path}',
  clControlMissing: 'O controle não está nesta página no momento. Onde encontrá-lo: {path}',
  clRemovalTitle: 'Mantenha o usuário original',
  clRemovalConfirm: 'Remover mesmo assim',
  clRemovalCancel: 'Manter o usuário',

  optionsTitle: 'Assistente de configuração do MSI Actions: opções',
  optionsLanguage: 'Idioma do painel',
  optionsLanguageAuto: 'Igual ao navegador ({language})',
  optionsSaved: 'Salvo.',
  optionsClipboard: 'Limpar a área de transferência após copiar uma credencial (segundos, 0 = nunca)',
  optionsCarry: 'Esquecer as credenciais enviadas ao aplicativo Sales após (minutos)',
  optionsPanelPlace: 'Onde o painel abre',
  optionsPanelPlacePage: 'Na página, fixado à direita',
  optionsPanelPlaceSide: 'No painel lateral do navegador (nada é adicionado à página)',
  optionsPanelPlaceHint: 'Vale para as páginas que você abrir em seguida.',
  // issue 15: show me, keyboard, wrong-instance guard
  clOutlined: 'Destacado na página: onde agir para “{step}”. Pressione Esc para remover o contorno.',
  clOutlineGone: 'Contorno removido.',
  credInstanceDifferent:
    'Outra instância do Marketo: estes valores foram lidos em {source}, mas esta conta Sales tem o ID do Munchkin {page}. Preenchê-los a conectaria a {source}.',
  credInstanceUnconfirmed:
    'Instância não confirmada: esta conta Sales tem o ID do Munchkin {page}, mas os valores foram lidos em {source}, onde nenhum ID do Munchkin era exibido. Verifique se pertencem a {page}.',
  credInstanceConfirm: 'Verifiquei: preencher os valores de {source} na conta Sales de {page}',
  commandFocusPanel: 'Abrir o painel de configuração do MSI Actions e mover o foco do teclado para ele',

  // "Next on this page" (components/panel/NextOnPage.tsx) and the dock making room (issue 15).
  nextHeading: 'Próxima ação nesta página',
  nextSendInvite: 'Convide o primeiro administrador do Sales',
  nextSendInviteWhy:
    'O convite cria a conta do Marketo Sales; depois as credenciais de API dela aparecem nesta página.',
  nextSendCredentials: 'Envie as credenciais para o app Sales',
  nextSendCredentialsWhy:
    'O app Sales precisa deste Client ID e deste Client Secret para se conectar ao Marketo. O painel os leva para você, só na memória.',
  nextStartSync: 'Inicie a sincronização de dados',
  nextStartSyncWhy: 'O Marketo e o app Sales estão conectados: a sincronização envia seus dados do Marketo.',
  nextConnectSalesforce: 'Conecte o Salesforce',
  nextConnectSalesforceWhy: 'A conta do Sales lê e grava seus dados de CRM por esta conexão.',
  nextFillCredentials: 'Preencha as credenciais do Marketo',
  nextFillCredentialsWhy:
    'O painel coloca neste formulário o Client ID e o Client Secret lidos no Marketo, depois que você confere o que será preenchido.',
  nextCheckCsv: 'Verifique seu arquivo de usuários antes de convidar',
  nextCheckCsvWhy:
    'Abra {path} e escolha o arquivo: o painel o verifica antes de Avançar. Você também pode verificá-lo aqui antes.',
  nextCheckCsvDialog: 'Verifique o arquivo escolhido na caixa de diálogo',
  nextCheckCsvDialogWhy:
    'O painel lê o arquivo escolhido na caixa de diálogo e segura Avançar enquanto houver erros. O resultado aparece abaixo.',
  nextInstallPackage: 'Instale ou atualize o pacote Marketo Sales Insight',
  nextInstallPackageWhy: 'O Salesforce precisa do pacote antes de o MSI Actions poder ser configurado.',
  nextRemoteSite: 'Adicione o site remoto do Marketo',
  nextRemoteSiteWhy:
    'O Salesforce só chama os endereços listados aqui: sem ele, o MSI Actions não alcança o Marketo.',
  nextEnableMsi: 'Ative o MSI Actions',
  nextEnableMsiWhy: 'Esta configuração disponibiliza o MSI Actions para seus usuários do Salesforce.',
  nextShowMe: 'Mostre-me onde',
  nextOpenSection: 'Ir até lá',
  nextNothingHere: 'Nada mais a fazer nesta página.',
  nextGoTo: 'Próxima etapa: {step}. Vá para: {path}',
  nextGoToStep: 'Próxima etapa: {step}.',
  nextAllDone: 'Todas as etapas foram concluídas.',
  nextGuide: 'Etapas no guia da Adobe',
  panelMadeRoom: 'O painel abriu espaço para a caixa de diálogo da página.',
};
