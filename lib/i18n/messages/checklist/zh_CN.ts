/**
 * 简体中文清单文本。依据 Adobe 指南的中文译文（marketo.zh-Hans，种子 451b5cd，
 * 最新版本 09a656c；domain.md §6）。Marketo、销售应用和 Salesforce 的界面标签
 * 保留英文，与中文用户实际看到的一致；第 6–7 步和扩展自身的文本由我们翻译。
 */
import type { ChecklistTexts } from './types';

export const zh_CN: ChecklistTexts = {
  locale: 'zh_CN',
  source: 'Adobe Experience League 简体中文译文（来源 09a656c）',
  guideTitle: 'Sales Insight Actions 管理员设置指南',
  guideVersion: '依据 Adobe 指南 {version}',
  inviteGroupTitle: '邀请用户使用 MSI Actions',
  stepNumber: '第 {number} 步',
  personas: {
    'marketo-admin': 'Marketo 管理员',
    'salesforce-admin': 'Salesforce 管理员',
    either: 'Marketo 管理员或 Salesforce 管理员',
  },
  allPersonas: '全部步骤',
  states: {
    todo: '待办',
    'in-progress': '进行中',
    done: '已完成',
    detected: '已检测到',
    blocked: '先完成前一步',
    'not-needed': '无需',
  },
  steps: {
    prerequisites: {
      title: '先决条件',
      substeps: {
        'msi-enabled': '与 Adobe 客户团队（您的客户经理）确认已为您的 Marketo Engage 帐户启用 MSI Actions。',
        'crm-sync': '必须已设置 Marketo/Salesforce 同步。',
      },
      clickPath: '',
      notes: ['如果您没有客户经理，请联系 Marketo 支持。'],
    },
    'set-up-marketo-sales-account': {
      title: '设置 Marketo 销售帐户',
      substeps: {
        'open-admin': '在 Marketo 中，单击 Admin。',
        'open-actions-config': '单击 Sales Insight，然后单击 Actions Config。',
        'send-invite': '从 Marketo 管理员列表中选择要邀请的人，然后单击 Send Invite。',
        'credentials-shown': '确认 Integration Information 卡片上显示了客户端 ID 和客户端密钥。',
      },
      clickPath: 'Admin › Sales Insight › Actions Config',
      notes: [
        '该用户将收到一封电子邮件，其中包含获取帐户访问权限的步骤。',
        '其他用户不通过 Marketo 添加，而是在销售帐户的 User Management 页面中添加。',
      ],
    },
    'connect-marketo-sales-account-to-salesforce': {
      title: '将 Marketo 销售帐户连接到 Salesforce',
      substeps: {
        'open-settings': '在您的 Marketo Sales 帐户中，单击齿轮图标，然后选择 Settings。',
        'open-salesforce': '在 Admin Settings 下，单击 Salesforce。',
        'click-connect': '在 Connections & Customizations 选项卡中，单击 Connect。',
        confirm: '单击 OK。',
      },
      clickPath: '⚙ Settings › Admin Settings › Salesforce › Connections & Customizations',
      notes: ['如果您已登录 Salesforce，即会完成连接；否则系统会要求您登录。'],
    },
    'connect-marketo-to-your-sales-apps-account': {
      title: '将 Marketo 连接到您的销售应用程序帐户',
      substeps: {
        'open-settings': '在您的 Marketo Sales 帐户中，单击齿轮图标，然后选择 Settings。',
        'open-marketo': '在 Admin Settings 下，单击 Marketo。',
        'click-connect': '单击 connect。随后您的帐户即会连接。',
      },
      clickPath: '⚙ Settings › Admin Settings › Marketo',
      notes: [
        '如果未能连接，请从 Marketo Sales Insight 的“Actions Config”选项卡复制凭据，并粘贴到 Set Up 选项卡中。',
      ],
    },
    'initiate-data-sync': {
      title: '启动数据同步',
      substeps: {
        'open-actions-config': '在 Marketo 中，单击 Admin，然后单击 Sales Insight 和 Actions Config 选项卡。',
        'click-sync': '在 Action Field Sync 卡片中，单击 Sync。',
        'start-sync': '您将看到要同步的字段预览。单击 Start Sync。',
      },
      clickPath: 'Admin › Sales Insight › Actions Config › Action Field Sync › Sync',
      notes: ['同时存在于 Marketo 和 Salesforce 中的人员记录将同步到您的 Marketo 销售应用程序帐户。'],
    },
    'invite-individual-users-to-msi-actions': {
      title: '邀请个人用户使用 MSI Actions',
      substeps: {
        'open-user-management':
          '在您的 Marketo Sales 帐户中，单击齿轮图标，选择 Settings，然后在 Admin Settings 下选择 User Management。',
        'invite-users': '单击 Actions 并选择 Invite Users。',
        'enter-emails': '输入电子邮件地址，然后单击 Invite。',
      },
      clickPath: '⚙ Settings › Admin Settings › User Management › Actions › Invite Users',
      notes: ['默认情况下，所有新成员都会添加到 Everyone 团队。', '您将收到一条确认消息。'],
    },
    'invite-users-via-csv-to-msi-actions': {
      title: '通过 CSV 邀请用户使用 MSI Actions',
      substeps: {
        'open-user-management':
          '在您的 Marketo Sales 帐户中，单击齿轮图标，选择 Settings，然后在 Admin Settings 下选择 User Management。',
        'invite-via-csv': '单击 Actions 并选择 Invite Users via CSV。',
        'choose-file': '在计算机上找到 CSV 文件，选中它，然后单击 Next。',
        'confirm-mapping': '确认字段映射正确，然后单击 Invite。',
      },
      clickPath: '⚙ Settings › Admin Settings › User Management › Actions › Invite Users via CSV',
      notes: ['邀请发送后，您将收到一条确认消息。'],
    },
    'install-upgrade-msi-package': {
      title: '在 Salesforce 中安装/升级 MSI 包',
      substeps: {
        'open-listing':
          '在 AppExchange 上打开 Marketo Sales Insight 页面，单击 Get It Now 并登录 AppExchange。',
        'install-or-upgrade':
          '单击 Install in Production（建议先在沙盒中安装），或选择提供的升级；接受条款并确认。',
        'choose-access': '选择仅为管理员安装、为所有用户安装或为特定配置文件安装，然后完成。',
        'verify-installed': '确认 Marketo Sales Insight 已列在 Setup › Installed Packages 中。',
        'deploy-objects':
          '在 Setup › Objects 中，确认所有 Marketo Sales Insight 对象均为 Deployed（否则：Edit › Deployment Status: Deployed › Save）。',
      },
      clickPath: 'AppExchange › Marketo Sales Insight › Get It Now；然后 Setup › Installed Packages',
      notes: [
        '需要 Salesforce 管理员权限。',
        '升级后，MSI 用户的配置文件需要对 Lead、Contact、Account 和 Opportunity 的读取权限：该包已无法再授予这些权限。',
      ],
    },
    'configure-msi-actions-in-salesforce': {
      title: '在 Salesforce 中配置 MSI Actions',
      substeps: {
        'remote-sites':
          '在 Setup › Remote Site Settings 中添加两个 New Remote Site：https://ims-na1.adobelogin.com 和 https://mkto-sales-connect.adobe.io。',
        'enable-msi-actions':
          '在 Marketo Sales Insight Config 选项卡中，勾选 Enable MSI Actions，输入 API Secret Key，然后单击 Save。',
        governance:
          '可选：MSI Actions 治理。停用销售活动或任务选项卡，或停用 Actions settings 下的功能；这些设置适用于所有 MSI 用户。',
      },
      clickPath:
        'Setup › Remote Site Settings › New Remote Site；Marketo Sales Insight Config › Enable MSI Actions',
      notes: [
        '如果未显示 Marketo Sales Insight Config 选项卡，请通过 +（All Tabs）打开。',
        'API Secret Key 在 Marketo 中设置：Admin › Sales Insight › Edit API Configuration。',
      ],
    },
  },
  blocked: {
    'needs-prerequisites': '请先确认先决条件。',
    'needs-account': '需要 Marketo 销售帐户：请先邀请第一位管理员（第 1 步）。',
    'needs-first-admin': '需要先在 Marketo 中邀请第一位管理员（第 1 步）。',
    'needs-marketo-connection': '请先将 Marketo 连接到销售帐户（第 3 步）。',
    'needs-package': '请先安装或升级 MSI 包（第 6 步）。',
  },
  evidence: {
    'first-admin-invited': {
      text: '已在 Actions Config 选项卡中邀请第一位管理员',
      withDetail: '已在 Actions Config 选项卡中邀请第一位管理员：{detail}',
    },
    'client-id-shown': { text: 'Integration Information 卡片上显示了客户端 ID' },
    'salesforce-connected': {
      text: 'Salesforce 显示为已连接',
      withDetail: 'Salesforce 显示为已连接（{detail}）',
    },
    'marketo-connected': { text: 'Marketo 显示为已连接' },
    'sync-preview': { text: 'Action Field Sync 卡片上显示了字段预览' },
    'sync-started': { text: 'Action Field Sync 卡片显示同步进行中' },
    'sync-completed': { text: 'Action Field Sync 卡片显示同步已完成' },
    'invite-confirmed': {
      text: '显示了邀请确认消息',
      withDetail: '显示了邀请确认消息（已邀请 {detail} 人）',
    },
    'csv-invite-confirmed': {
      text: '显示了 CSV 邀请确认消息',
      withDetail: '显示了 CSV 邀请确认消息（已邀请 {detail} 人）',
    },
    'users-listed': {
      text: 'User Management 中有多位用户（单独邀请或通过 CSV 邀请）',
      withDetail: 'User Management 中有 {detail} 位用户（单独邀请或通过 CSV 邀请）',
    },
    'msi-package-installed': {
      text: 'Marketo Sales Insight 已列在 Installed Packages 中',
      withDetail: 'Marketo Sales Insight {detail} 已列在 Installed Packages 中',
    },
    'remote-sites-present': { text: 'Remote Site Settings 中已列出两个 Adobe 远程站点' },
    'msi-actions-enabled': { text: '已勾选 Enable MSI Actions' },
    'msi-actions-configured': { text: '已列出两个 Adobe 远程站点并已勾选 Enable MSI Actions' },
    'sales-account-open': { text: '已登录 Sales 应用的 Admin Settings：Sales 账户已存在' },
    'msi-config-open': { text: 'Marketo Sales Insight Config 选项卡已存在：软件包已安装' },
  },
  evidenceSeen: '{evidence}，页面：{page}，{date}',
  manualOnly: '扩展无法检查此步骤：请自行标记。',
  cannotRead: '扩展无法在此页面上读取此信息：该步骤仍需手动处理，请自行标记。',
  setByYou: '由您设置',
  actions: {
    markDone: '标记为已完成',
    markInProgress: '标记为进行中',
    markTodo: '标记为待办',
    useDetection: '使用扩展的检测结果',
    reset: '重置进度',
    resetDone: '已重置 {instance} 的进度。',
    undo: '撤消',
    copySummary: '复制摘要',
    summaryCopied: '摘要已复制。',
    exportProgress: '导出进度',
    importProgress: '导入进度',
    imported: '已导入 {count} 个实例。',
  },
  progress: '已完成 {done}/{total}',
  cautions: {
    'keep-original-user':
      '启动数据同步后，不应删除 Sales Insight Actions 实例上的原始用户：即第一封邀请发送给的用户。',
    'keep-original-user-check':
      '数据同步已启动：请勿删除或停用原始用户（第一封邀请发送给的用户）。继续之前，请确认此用户不是该原始用户。',
    'enable-msi-actions-only-if-used':
      '除非您在使用 Sales Insight Actions 功能，否则不要勾选“Enable MSI Actions”复选框。之后取消勾选会停用所有 MSI Actions 功能。',
    'credentials-after-first-invite':
      '如果 Integration Information 卡片上没有显示客户端 ID 和客户端密钥，请通过邀请第一位用户来激活您的 Actions 实例，随后即会显示客户端 ID 和客户端密钥。',
  },
  originalUser: '原始用户：{user}',
  links: {
    'upgrade-msi-package': '升级 MSI 包',
    'sync-data': 'Sales Insight Actions、Marketo 和 Salesforce 之间的数据如何同步',
    'configure-msi-enterprise': '在 Salesforce Enterprise/Unlimited 中配置 Marketo Sales Insight',
  },
  instance: {
    production: '生产',
    sandbox: '沙盒',
    unknownMunchkin: '尚不知道 Munchkin ID（{host}）',
  },
  summary: {
    title: 'MSI Actions 设置：已完成 {done}/{total}',
    instance: '实例',
    guide: '{title}，版本 {version}',
    date: '摘要日期：{date}',
    doneHeading: '已完成',
    leftHeading: '待完成',
    salesforceAdminHeading: 'Salesforce 管理员待完成',
    nothingLeft: '没有待完成的步骤。',
    markedDone: '已标记为完成',
    alternativeDone: '无需执行：已通过另一种方式邀请用户',
    doc: '文档',
  },
  importErrors: {
    'too-large': '文件过大（{size} KB，最多 {max} KB）。未做任何更改。',
    'bad-json': '该文件不是有效的 JSON。未做任何更改。',
    'forbidden-key':
      '文件在 {path} 处使用了名称“{name}”，没有任何 Marketo 实例或清单步骤使用此名称：该文件已被修改，或不是本扩展导出的文件。请重新导出进度并导入该文件。未做任何更改。',
    'wrong-format': '这不是 MSI Actions Setup Helper 的清单进度文件。未做任何更改。',
    'wrong-version': '该文件的格式版本为 {found}；此扩展最多可读取版本 {supported}。未做任何更改。',
    'invalid-fields': '文件中 {path} 处的值无效（{issue}）。未做任何更改。',
  },
};
