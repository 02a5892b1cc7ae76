import type { Messages } from './en';

export const ja: Messages = {
  extName: 'MSI Actions セットアップヘルパー',
  extDescription:
    'Marketo Sales Insight Actions 管理者向けのサイドパネル。Marketo、Marketo Sales、Salesforce 上で、セットアップのチェックリスト、ワンクリックでの資格情報のコピー、CSV のチェックを提供します。',
  actionTitle: 'MSI Actions セットアップパネルの表示／非表示',

  panelLabel: 'MSI Actions セットアップヘルパー',
  panelTitle: 'MSI Actions のセットアップ',
  panelCollapse: 'パネルを折りたたむ',
  panelExpand: 'パネルを展開',
  panelResize: 'パネルの幅：ドラッグするか矢印キーで調整します',
  panelRecognised: '現在のページ',
  panelInstance: 'インスタンス',
  panelInstanceUnknown: 'Munchkin ID はまだ不明です',
  panelFrameNote: '埋め込まれた Marketo フレームから読み取りました',
  panelStorageReset: '保存されたデータを読み取れなかったため、初期設定にリセットしました（{what}）。',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: '管理者 › Sales Insight › Actions 設定',
  pageSalesSalesforceSettings: '設定 › 管理者設定 › Salesforce',
  pageSalesMarketoSettings: '設定 › 管理者設定 › Marketo',
  pageSalesUserManagement: '設定 › 管理者設定 › User Management',
  pageSalesforceInstalledPackages: '設定 › インストール済みパッケージ',
  pageSalesforceRemoteSites: '設定 › リモートサイトの設定',
  pageSalesforceMsiConfig: 'Marketo Sales Insight Config',
  pageUnknown: 'ヘルパーが認識できないページ',
  pageUnknownHint:
    'このページで行う操作はまだありません。ガイドのいずれかのページを開いてください。このページが認識されるべきだった場合は、報告してください。',

  reportOpen: 'このページを報告',
  reportTitle: 'このページを報告',
  reportIntro:
    'バグレポートに添付するため、このページのサニタイズ済みコピーを保存します。スクリプトは削除され、フォームの値やメールアドレス、ID、シークレットと思われるものはすべてマスクされます。データはどこにも送信されません。',
  reportPreviewLabel: '保存される内容',
  reportSave: 'ファイルを保存',
  reportCancel: 'キャンセル',
  reportSaved: '{file} として保存しました。',
  reportStats: '{masked} 件の値をマスクし、{removed} 件のスクリプトと非表示要素を削除しました。',

  optionsTitle: 'MSI Actions セットアップヘルパー：オプション',
  optionsLanguage: 'パネルの言語',
  optionsLanguageAuto: 'ブラウザーと同じ（{language}）',
  optionsSaved: '保存しました。',
};
