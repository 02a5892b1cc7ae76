/**
 * Textos da checklist em português do Brasil. Com base na tradução da Adobe
 * do guia (marketo.pt-BR, fonte 0d37fbd; domain.md §6), com os rótulos da
 * interface dessa tradução; as etapas 6–7 e os textos próprios da extensão
 * foram traduzidos por nós. Os rótulos do pacote MSI (Marketo Sales Insight
 * Config, Enable MSI Actions) ficam em inglês.
 */
import type { ChecklistTexts } from './types';

export const pt_BR: ChecklistTexts = {
  locale: 'pt_BR',
  source: 'Adobe Experience League, tradução em português do Brasil (fonte 0d37fbd)',
  guideTitle: 'Guia de configuração do administrador do Sales Insight Actions',
  guideVersion: 'Segue o guia da Adobe {version}',
  inviteGroupTitle: 'Convidar usuários para ações do MSI',
  stepNumber: 'Etapa {number}',
  personas: {
    'marketo-admin': 'Administrador do Marketo',
    'salesforce-admin': 'Administrador do Salesforce',
    either: 'Administrador do Marketo ou do Salesforce',
  },
  allPersonas: 'Todas as etapas',
  states: {
    todo: 'A fazer',
    'in-progress': 'Em andamento',
    done: 'Concluído',
    detected: 'Detectado',
    blocked: 'Antes, um passo anterior',
    'not-needed': 'Não é necessário',
  },
  steps: {
    prerequisites: {
      title: 'Pré-requisitos',
      substeps: {
        'msi-enabled':
          'Confirme com a equipe de conta da Adobe (seu gerente de conta) que as ações do MSI foram ativadas para sua conta do Marketo Engage.',
        'crm-sync': 'A sincronização Marketo/Salesforce deve estar configurada.',
      },
      clickPath: '',
      notes: ['Se você não tiver um gerente de conta, entre em contato com o suporte do Marketo.'],
    },
    'set-up-marketo-sales-account': {
      title: 'Configurar Conta de Vendas do Marketo',
      substeps: {
        'open-admin': 'No Marketo, clique em Admin.',
        'open-actions-config': 'Clique em Sales Insight e depois em Configurações de ações.',
        'send-invite':
          'Selecione na lista o administrador do Marketo a ser convidado e clique em Enviar Convite.',
        'credentials-shown':
          'Verifique se o ID do cliente e o Segredo do cliente aparecem no cartão de Informações de integração.',
      },
      clickPath: 'Admin › Sales Insight › Configurações de ações',
      notes: [
        'O usuário receberá um email com as etapas para obter acesso à conta.',
        'Usuários adicionais não são adicionados pelo Marketo, e sim pela página Gerenciamento de Usuários da conta de vendas.',
      ],
    },
    'connect-marketo-sales-account-to-salesforce': {
      title: 'Conectar a Conta de Vendas do Marketo ao Salesforce',
      substeps: {
        'open-settings':
          'Na sua conta do Marketo Sales, clique no ícone de engrenagem e selecione Configurações.',
        'open-salesforce': 'Em Configurações de Administração, clique em Salesforce.',
        'click-connect': 'Na guia Conexões e personalizações, clique em Conectar.',
        confirm: 'Clique em OK.',
      },
      clickPath: '⚙ Configurações › Configurações de Administração › Salesforce › Conexões e personalizações',
      notes: [
        'Se você já estiver conectado ao Salesforce, a conexão será feita. Caso contrário, será solicitado o login.',
      ],
    },
    'connect-marketo-to-your-sales-apps-account': {
      title: 'Conectar o Marketo à sua conta de aplicativos de vendas',
      substeps: {
        'open-settings':
          'Na sua conta do Marketo Sales, clique no ícone de engrenagem e selecione Configurações.',
        'open-marketo': 'Em Configurações de Administração, clique em Marketo.',
        'click-connect': 'Clique em conectar. Sua conta será conectada.',
      },
      clickPath: '⚙ Configurações › Configurações de Administração › Marketo',
      notes: [
        'Se não conectar, copie as credenciais da guia “Configurações de ações” do Marketo Sales Insight e cole-as na guia Configuração.',
      ],
    },
    'initiate-data-sync': {
      title: 'Iniciar Sincronização de Dados',
      substeps: {
        'open-actions-config':
          'No Marketo, clique em Admin, depois em Sales Insight e na guia Configurações de ações.',
        'click-sync': 'No cartão Sincronização de Campo de Ação, clique em Sincronizar.',
        'start-sync':
          'Você verá uma prévia dos campos que serão sincronizados. Clique em Iniciar sincronização.',
      },
      clickPath:
        'Admin › Sales Insight › Configurações de ações › Sincronização de Campo de Ação › Sincronizar',
      notes: [
        'Os registros de pessoas existentes no Marketo e no Salesforce serão sincronizados com sua conta de aplicativos de vendas do Marketo.',
      ],
    },
    'invite-individual-users-to-msi-actions': {
      title: 'Convidar usuários individuais para ações do MSI',
      substeps: {
        'open-user-management':
          'Na sua conta do Marketo Sales, clique no ícone de engrenagem, selecione Configurações e depois Gerenciamento de Usuários em Configurações de Administração.',
        'invite-users': 'Clique em Ações e selecione Convidar Usuários.',
        'enter-emails': 'Insira os endereços de email e clique em Convidar.',
      },
      clickPath:
        '⚙ Configurações › Configurações de Administração › Gerenciamento de Usuários › Ações › Convidar Usuários',
      notes: [
        'Por padrão, todos os novos membros são adicionados à equipe Todos.',
        'Você receberá uma mensagem de confirmação.',
      ],
    },
    'invite-users-via-csv-to-msi-actions': {
      title: 'Convidar usuários via CSV para ações MSI',
      substeps: {
        'open-user-management':
          'Na sua conta do Marketo Sales, clique no ícone de engrenagem, selecione Configurações e depois Gerenciamento de Usuários em Configurações de Administração.',
        'invite-via-csv': 'Clique em Ações e selecione Convidar usuários via CSV.',
        'choose-file': 'Procure o CSV no seu computador, selecione-o e clique em Avançar.',
        'confirm-mapping': 'Confirme se os campos estão mapeados corretamente e clique em Convidar.',
      },
      clickPath:
        '⚙ Configurações › Configurações de Administração › Gerenciamento de Usuários › Ações › Convidar usuários via CSV',
      notes: ['Você receberá uma mensagem de confirmação quando os convites forem enviados.'],
    },
    'install-upgrade-msi-package': {
      title: 'Instalar/atualizar o pacote MSI no Salesforce',
      substeps: {
        'open-listing':
          'Abra a página do Marketo Sales Insight no AppExchange, clique em Get It Now e faça login no AppExchange.',
        'install-or-upgrade':
          'Clique em Install in Production (dica: instale primeiro em uma sandbox) ou escolha a atualização oferecida; aceite os termos e confirme.',
        'choose-access':
          'Escolha instalar somente para administradores, para todos os usuários ou para perfis específicos e conclua.',
        'verify-installed':
          'Verifique se o Marketo Sales Insight aparece em Configuração › Pacotes instalados.',
        'deploy-objects':
          'Em Configuração › Objetos, verifique se todos os objetos do Marketo Sales Insight estão implantados (senão: Editar › Status de implantação: Implantado › Salvar).',
      },
      clickPath: 'AppExchange › Marketo Sales Insight › Get It Now; depois Configuração › Pacotes instalados',
      notes: [
        'São necessárias permissões de administrador do Salesforce.',
        'Após uma atualização, os perfis dos usuários do MSI precisam de acesso de leitura a Lead, Contato, Conta e Oportunidade: o pacote não pode mais concedê-lo.',
      ],
    },
    'configure-msi-actions-in-salesforce': {
      title: 'Configurar as ações do MSI no Salesforce',
      substeps: {
        'remote-sites':
          'Em Configuração › Configurações do site remoto, adicione dois sites com Novo site remoto: https://ims-na1.adobelogin.com e https://mkto-sales-connect.adobe.io.',
        'enable-msi-actions':
          'Na guia Marketo Sales Insight Config, marque Enable MSI Actions, insira a chave secreta da API e clique em Salvar.',
        governance:
          'Opcional: governança das ações do MSI. Desative as campanhas de vendas ou a guia Tarefas, ou recursos nas configurações de ações; isso vale para todos os usuários do MSI.',
      },
      clickPath:
        'Configuração › Configurações do site remoto › Novo site remoto; Marketo Sales Insight Config › Enable MSI Actions',
      notes: [
        'Se a guia Marketo Sales Insight Config não aparecer, abra-a em + (Todas as guias).',
        'A chave secreta da API é definida no Marketo: Admin › Sales Insight › Editar configuração da API.',
      ],
    },
  },
  blocked: {
    'needs-prerequisites': 'Confirme primeiro os pré-requisitos.',
    'needs-account':
      'Requer a conta de vendas do Marketo: convide primeiro o primeiro administrador (etapa 1).',
    'needs-first-admin': 'Primeiro é preciso convidar o primeiro administrador no Marketo (etapa 1).',
    'needs-marketo-connection': 'Conecte primeiro o Marketo à conta de vendas (etapa 3).',
    'needs-package': 'Instale ou atualize primeiro o pacote MSI (etapa 6).',
  },
  evidence: {
    'first-admin-invited': {
      text: 'Primeiro administrador convidado na guia Configurações de ações',
      withDetail: 'Primeiro administrador convidado na guia Configurações de ações: {detail}',
    },
    'client-id-shown': { text: 'ID do cliente exibido no cartão de Informações de integração' },
    'salesforce-connected': {
      text: 'Salesforce exibido como conectado',
      withDetail: 'Salesforce exibido como conectado ({detail})',
    },
    'marketo-connected': { text: 'Marketo exibido como conectado' },
    'sync-preview': { text: 'Prévia dos campos exibida no cartão Sincronização de Campo de Ação' },
    'sync-started': { text: 'Sincronização em andamento no cartão Sincronização de Campo de Ação' },
    'sync-completed': { text: 'Sincronização concluída no cartão Sincronização de Campo de Ação' },
    'invite-confirmed': {
      text: 'Mensagem de confirmação do convite exibida',
      withDetail: 'Mensagem de confirmação do convite exibida ({detail} convidados)',
    },
    'csv-invite-confirmed': {
      text: 'Mensagem de confirmação do convite via CSV exibida',
      withDetail: 'Mensagem de confirmação do convite via CSV exibida ({detail} convidados)',
    },
    'users-listed': {
      text: 'Vários usuários em Gerenciamento de Usuários (convidados individualmente ou via CSV)',
      withDetail: '{detail} usuários em Gerenciamento de Usuários (convidados individualmente ou via CSV)',
    },
    'msi-package-installed': {
      text: 'Marketo Sales Insight listado em Pacotes instalados',
      withDetail: 'Marketo Sales Insight {detail} listado em Pacotes instalados',
    },
    'remote-sites-present': {
      text: 'Os dois sites remotos da Adobe listados em Configurações do site remoto',
    },
    'msi-actions-enabled': { text: 'Enable MSI Actions marcado' },
    'msi-actions-configured': {
      text: 'Os dois sites remotos da Adobe listados e Enable MSI Actions marcado',
    },
    'sales-account-open': {
      text: 'Conectado às Configurações de Administração do app Sales: a conta Sales existe',
    },
    'msi-config-open': { text: 'A guia Marketo Sales Insight Config está lá: o pacote está instalado' },
  },
  evidenceSeen: '{evidence}, em {page}, {date}',
  manualOnly: 'A extensão não consegue verificar esta etapa: marque-a você mesmo.',
  cannotRead: 'A extensão não conseguiu ler isso na página: a etapa continua manual, marque-a você mesmo.',
  setByYou: 'Definido por você',
  actions: {
    markDone: 'Marcar como concluído',
    markInProgress: 'Marcar como em andamento',
    markTodo: 'Marcar como a fazer',
    useDetection: 'Usar o que a extensão detecta',
    reset: 'Redefinir o progresso',
    resetDone: 'O progresso de {instance} foi redefinido.',
    undo: 'Desfazer',
    copySummary: 'Copiar resumo',
    summaryCopied: 'Resumo copiado.',
    exportProgress: 'Exportar o progresso',
    importProgress: 'Importar o progresso',
    imported: '{count} instâncias importadas.',
  },
  progress: '{done} de {total} concluídas',
  cautions: {
    'keep-original-user':
      'Depois de iniciar a sincronização de dados, você não deve remover o usuário original da sua instância do Sales Insight Actions: é o usuário para quem o primeiro convite foi enviado.',
    'keep-original-user-check':
      'A sincronização de dados foi iniciada: não remova nem desative o usuário original (para quem o primeiro convite foi enviado). Verifique se não é esse usuário antes de continuar.',
    'enable-msi-actions-only-if-used':
      'Não marque a caixa de seleção “Enable MSI Actions” a menos que você use os recursos do Sales Insight Actions. Desmarcá-la depois desativa todos os recursos das ações do MSI.',
    'credentials-after-first-invite':
      'Se você não vir um ID do cliente e um Segredo do cliente no cartão de Informações de integração, ative sua instância do Actions convidando o primeiro usuário: o ID do cliente e o Segredo do cliente aparecerão em seguida.',
  },
  originalUser: 'Usuário original: {user}',
  links: {
    'upgrade-msi-package': 'Atualizar seu pacote MSI',
    'sync-data': 'Como os dados são sincronizados entre o Sales Insight Actions, o Marketo e o Salesforce',
    'configure-msi-enterprise': 'Configurar o Marketo Sales Insight no Salesforce Enterprise/Unlimited',
  },
  instance: {
    production: 'produção',
    sandbox: 'sandbox',
    unknownMunchkin: 'ID do Munchkin ainda desconhecido ({host})',
  },
  summary: {
    title: 'Configuração das ações do MSI: {done} de {total} concluídas',
    instance: 'Instância',
    guide: '{title}, versão {version}',
    date: 'Resumo de {date}',
    doneHeading: 'Concluído',
    leftHeading: 'Pendente',
    salesforceAdminHeading: 'Pendente para o administrador do Salesforce',
    nothingLeft: 'Nada pendente.',
    markedDone: 'marcado como concluído',
    alternativeDone: 'não é necessário: os usuários foram convidados da outra forma',
    doc: 'Documentação',
  },
  importErrors: {
    'too-large': 'O arquivo é grande demais ({size} KB, no máximo {max} KB). Nada foi alterado.',
    'bad-json': 'O arquivo não é um JSON válido. Nada foi alterado.',
    'forbidden-key':
      'O arquivo usa “{name}” como nome (em {path}), que nenhuma instância do Marketo nem etapa da lista tem: ele foi alterado ou não é uma exportação desta extensão. Exporte o progresso novamente e importe esse arquivo. Nada foi alterado.',
    'wrong-format':
      'Este não é um arquivo de progresso da checklist do MSI Actions Setup Helper. Nada foi alterado.',
    'wrong-version':
      'O arquivo tem a versão de formato {found}; esta extensão lê versões até a {supported}. Nada foi alterado.',
    'invalid-fields': 'O arquivo tem um valor inválido em {path} ({issue}). Nada foi alterado.',
  },
};
