/** What went wrong and what to do next, one sentence per failure reason, in Simplified Chinese. */
import type { ReasonTexts } from './en';

export const zh_CN: ReasonTexts = {
  reasonNoTab: '面板丢失了此标签页。请重新加载页面，然后重试。',
  reasonNoAnswer: '页面没有响应。请重新加载页面，然后重试。',
  reasonNotMarketo:
    '这已不再是 Marketo 页面。请在 Marketo 中打开 Admin › Sales Insight › Actions Config，然后点击“重新读取”。',
  reasonNoCard:
    '此页面上没有 Integration Information 卡。请在 Marketo 中打开 Admin › Sales Insight › Actions Config，然后点击“重新读取”。',
  reasonMaskedUnrevealable:
    '客户端密钥已被遮盖，而此卡片无法在此处显示它。请您自己在 Integration Information 卡上显示它，然后点击“重新读取”。',
  reasonInvalidClientId:
    '卡片上显示为客户端ID的内容看起来不像客户端ID（应为 UUID，例如 1a2b3c4d-…）。请重新加载页面并点击“重新读取”；如果仍然如此，请手动复制这些值。',
  reasonInvalidClientSecret:
    '卡片上显示为客户端密钥的内容看起来不像客户端密钥（应为 32 个字母和数字）。请在 Integration Information 卡上显示它并核对，然后点击“重新读取”。',
  reasonReadOther: '无法在此读取凭据。请重新加载页面，然后点击“重新读取”。',
  reasonNothingCarried:
    '已不再保留任何凭据：填写一次后或时间结束时即被清除。请在 Marketo 的 Actions Config 上重新读取，然后点击“发送到 Sales 应用”。',
  reasonNotSalesSettings:
    '此页面不是 Sales 应用的 Marketo 设置页面。请在该应用中打开 Settings › Admin Settings › Marketo，然后再次点击“填写凭据”。',
  reasonNoForm:
    '此页面上没有客户端ID和客户端密钥字段。请打开 Admin Settings › Marketo 的“Set Up”选项卡，然后再次点击“填写凭据”。',
  reasonNoClientIdField:
    '此页面上的表单没有客户端ID字段。请打开 Admin Settings › Marketo 的“Set Up”选项卡，然后再次点击“填写凭据”。',
  reasonNoClientSecretField:
    '此页面上的表单没有客户端密钥字段。请打开 Admin Settings › Marketo 的“Set Up”选项卡，然后再次点击“填写凭据”。',
  reasonAmbiguous:
    '此页面上有两个字段都可能是客户端ID或客户端密钥，因此没有填写任何内容。请自行粘贴这些值（“显示密钥”会显示携带的密钥）。',
  reasonNotAccepted:
    '页面没有保留填入的值。请自行粘贴（“显示密钥”会显示携带的密钥），然后在页面上点击“Save”。',
  reasonInstanceUnconfirmed:
    'Sales 帐户显示的 Marketo 实例与读取这些值的实例不同，因此未填写任何内容。请确认此 Sales 帐户属于哪个实例，勾选同时列出两者的确认项，然后再次点击“立即填写”。',
  reasonFillOther: '没有填写任何内容。请重新加载页面，然后再次点击“填写凭据”。',
  reasonSwapNoDialog:
    '“Invite Users via CSV”对话框已关闭。请重新打开它（Actions › Invite Users via CSV），并在其中选择修正后的文件。',
  reasonSwapNoFileInput: '对话框中现在没有文件字段。请返回第一步，并在其中选择修正后的文件。',
  reasonSwapUnsupported:
    '此浏览器不允许扩展程序将文件放入对话框。请下载修正后的文件，并在对话框中自行选择它。',
  reasonFileUnreadable: '无法读取该文件：选择后它可能已被移动、更改或删除。请重新选择它。',
  reasonFileDenied: '浏览器不允许扩展程序读取此文件。请将它保存到其他文件夹（例如“下载”），然后重新选择。',
  reasonFileFailed:
    '无法检查该文件。请重新选择它；如果再次发生，请将其另存为 CSV UTF-8 后重试。您的文件未被更改。',
  storePanelUi: '面板的宽度和折叠状态',
  storeSettings: '您的选项',
  storeProgress: '您的清单进度',
  storeOther: '部分已保存的数据',
};
