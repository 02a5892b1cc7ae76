import type { Messages } from './en';

export const zh_CN: Messages = {
  extName: 'MSI Actions 设置助手',
  extDescription:
    '面向 Marketo Sales Insight Actions 管理员的侧边面板：设置检查清单、一键复制凭据和 CSV 检查，适用于 Marketo、Marketo Sales 和 Salesforce。',
  actionTitle: '显示或隐藏 MSI Actions 设置面板',

  panelLabel: 'MSI Actions 设置助手',
  panelTitle: 'MSI Actions 设置',
  panelCollapse: '折叠面板',
  panelExpand: '展开面板',
  panelResize: '面板宽度：拖动或使用方向键调整',
  panelRecognised: '当前页面',
  panelInstance: '实例',
  panelInstanceUnknown: '尚不知道 Munchkin ID',
  panelFrameNote: '读取自嵌入的 Marketo 框架',
  panelStorageReset: '无法读取已保存的数据，已重置为默认值（{what}）。',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Admin › Sales Insight › Actions Config',
  pageSalesSalesforceSettings: 'Settings › Admin Settings › Salesforce',
  pageSalesMarketoSettings: 'Settings › Admin Settings › Marketo',
  pageSalesUserManagement: 'Settings › Admin Settings › User Management',
  pageSalesforceInstalledPackages: '设置 › 已安装的程序包',
  pageSalesforceRemoteSites: '设置 › 远程站点设置',
  pageSalesforceMsiConfig: 'Marketo Sales Insight Config',
  pageUnknown: '助手无法识别的页面',
  pageUnknownHint: '此页面暂无操作。请打开指南中的某个页面；如果此页面本应被识别，请报告此页面。',

  reportOpen: '报告此页面',
  reportTitle: '报告此页面',
  reportIntro:
    '保存此页面的净化副本，以便附加到错误报告中：脚本已移除，表单值以及任何看起来像电子邮件地址、ID 或密钥的内容均已遮盖。不会发送任何内容。',
  reportPreviewLabel: '将保存的内容',
  reportSave: '保存文件',
  reportCancel: '取消',
  reportSaved: '已保存为 {file}。',
  reportStats: '已遮盖 {masked} 个值，已移除 {removed} 个脚本和隐藏元素。',

  optionsTitle: 'MSI Actions 设置助手：选项',
  optionsLanguage: '面板语言',
  optionsLanguageAuto: '与浏览器相同（{language}）',
  optionsSaved: '已保存。',
};
