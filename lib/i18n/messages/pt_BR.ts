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
  panelFrameNote: 'Lido de um quadro incorporado do Marketo',
  panelStorageReset:
    'Não foi possível ler os dados salvos, e eles foram redefinidos para os valores padrão ({what}).',

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
  reportTitle: 'Relatar esta página',
  reportIntro:
    'Salva uma cópia higienizada desta página para anexar a um relatório de bug: scripts removidos, valores de formulário e tudo o que pareça um e-mail, ID ou segredo mascarados. Nada é enviado.',
  reportPreviewLabel: 'O que será salvo',
  reportSave: 'Salvar arquivo',
  reportCancel: 'Cancelar',
  reportSaved: 'Salvo como {file}.',
  reportStats: '{masked} valores mascarados, {removed} scripts e elementos ocultos removidos.',

  optionsTitle: 'Assistente de configuração do MSI Actions: opções',
  optionsLanguage: 'Idioma do painel',
  optionsLanguageAuto: 'Igual ao navegador ({language})',
  optionsSaved: 'Salvo.',
};
