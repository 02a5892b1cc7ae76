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
  panelStorageReset: '保存されたデータを読み取れなかったため、初期設定にリセットしました（{what}）。',
  recoverSection:
    '「{section}」はエラーのため動作を停止しました。パネルのほかの部分は引き続き使えます。このセクションをリセットすると再開します。',
  recoverSectionReset: 'このセクションをリセット',
  recoverPage:
    'このページはエラーのため動作を停止しました。リセットするとやり直せます。設定と進捗は保持されます。',
  recoverPageReset: 'このページをリセット',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: '管理者 › Sales Insight › アクション設定',
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
  reportFailed: 'このページのコピーを取得できませんでした。ページを再読み込みして、もう一度お試しください。',
  credNotVisible:
    'この操作にはパネル全体が見えている必要があります。パネルを覆っているものを閉じて、もう一度お試しください。',
  reportTitle: 'このページを報告',
  reportIntro:
    'バグレポートに添付するため、このページのサニタイズ済みコピーを保存します。残すのはページの構造とラベルだけです。スクリプト、コメント、実行や読み込みを行う可能性のあるものはすべて削除され、フォームの値やメールアドレス、ID、シークレットと思われるものはすべてマスクされます。データはどこにも送信されません。',
  reportPreviewLabel: '保存される内容',
  reportSave: 'ファイルを保存',
  reportCancel: 'キャンセル',
  reportSaved: '{file} として保存しました。',
  reportStats:
    '{masked} 件の値をマスクし、{removed} 件のスクリプト、コメント、その他の動的な部分を削除しました。',

  credTitle: '資格情報',
  credNone: 'このページでは資格情報を読み取っておらず、このブラウザーのメモリにも保持していません。',
  credNotYet:
    'この Marketo インスタンスには、まだクライアント ID とクライアントシークレットが表示されていません。プロビジョニングカードから最初の管理者を招待し、その管理者がアカウントを有効化すると、統合情報カードに表示されます。',
  credShowProvisioning: 'プロビジョニングカードを表示',
  credReadAgain: '再読み取り',
  credReady: 'このページから読み取りました{instance}。',
  credClientId: 'クライアント ID',
  credClientSecret: 'クライアントシークレット',
  credMasked: '末尾 {tail}',
  credCopyClientId: 'クライアント ID をコピー',
  credCopyClientSecret: 'クライアントシークレットをコピー',
  credCopied: 'コピーしました。クリップボードにこの値が残っている場合は、{seconds} 秒後に消去されます。',
  credCopiedNoClear: 'コピーしました。オプションでクリップボードの消去がオフになっています。',
  credCopyFailed: 'ブラウザーがクリップボードへの書き込みを拒否しました。',
  credClipboardCleared: 'クリップボードを消去しました。',
  credClipboardChanged: 'クリップボードは消去されませんでした。すでに別の内容に変わっています。',
  credClipboardDenied:
    'クリップボードは消去されませんでした。ブラウザーが拡張機能による読み取りを許可していません。手動で消去してください。',
  credSend: 'Sales アプリに送信',
  credCarried:
    'このブラウザーのメモリに {minutes} 分間だけ保持し、その後消去します（残り {time}）。{source} で読み取り：クライアント ID …{idTail}、クライアントシークレット …{secretTail}。',
  credCarriedUnknownSource: '不明なインスタンス',
  credForget: '今すぐ破棄',
  credKeep: '時間切れまで保持する（オフの場合は 1 回入力すると消去）',
  credReveal: 'シークレットを表示',
  credHide: 'シークレットを隠す',
  credFill: '資格情報を入力',
  credFillHint: 'Sales アプリで 設定 › 管理者設定 › Marketo を開いて入力してください。',
  credPreviewTitle: '入力内容の確認',
  credPreviewSource: 'Marketo インスタンス {source} から読み取った値です。',
  credPreviewPage: 'このページの Munchkin ID は {munchkin} です。',
  credPreviewOpenedTab: '「設定」タブを開きました。',
  credFillConfirm: '今すぐ入力',
  credFillCancel: 'キャンセル',
  credFilled:
    '入力して確認しました。ページ上の「保存」または「接続」はご自身で押してください。拡張機能が押すことはありません。',
  credFillForgotten: 'この入力の後、値を消去しました。',
  credFieldOutcome: '{field}：{outcome}',
  credOutcome_filled: '入力済み',
  credOutcome_notAccepted: 'ページに受け付けられませんでした',
  credOutcome_readonly: '読み取り専用',
  credOutcome_disabled: '無効',
  credOutcome_kept: 'ページの値のまま',
  credOutcome_missing: 'フィールドが見つかりません',
  credSaveLabel: '「保存」を押してください',
  credShowLabel: 'ここ',
  credMunchkin: 'Munchkin ID',

  clInstance: 'インスタンス',
  clNoInstance:
    'Marketo インスタンスがまだありません。Marketo で 管理者 › Sales Insight › アクション設定 を一度開くと、チェックリストでの追跡が始まります。',
  clPersona: '表示するステップの対象',
  clShowMe: '場所を表示',
  clHere: 'ここ',
  clDoc: 'Adobe のドキュメント',
  clGoTo: 'このページにはありません。移動先：{path}',
  clControlMissing: 'このコントロールは現在このページにありません。場所：{path}',
  clRemovalTitle: '元のユーザーを残してください',
  clRemovalConfirm: 'それでも削除',
  clRemovalCancel: 'ユーザーを残す',

  optionsTitle: 'MSI Actions セットアップヘルパー：オプション',
  optionsLanguage: 'パネルの言語',
  optionsLanguageAuto: 'ブラウザーと同じ（{language}）',
  optionsSaved: '保存しました。',
  optionsClipboard: '資格情報のコピー後にクリップボードを消去するまでの時間（秒、0 = 消去しない）',
  optionsCarry: 'Sales アプリに送信した資格情報を消去するまでの時間（分）',
  optionsPanelPlace: 'パネルを開く場所',
  optionsPanelPlacePage: 'ページ内(右側にドッキング)',
  optionsPanelPlaceSide: 'ブラウザーのサイドパネル(ページには何も追加されません)',
  optionsPanelPlaceHint: '次に開くページから適用されます。',
  // issue 15: show me, keyboard, wrong-instance guard
  clOutlined: 'ページ上で「{step}」の操作場所を囲みました。Esc キーで枠を消せます。',
  clOutlineGone: '枠を消しました。',
  credInstanceDifferent:
    '別の Marketo インスタンス：これらの値は {source} で読み取られましたが、この Sales アカウントの Munchkin ID は {page} です。入力すると {source} に接続されます。',
  credInstanceUnconfirmed:
    'インスタンスを確認できません：この Sales アカウントの Munchkin ID は {page} ですが、値は Munchkin ID が表示されていなかった {source} で読み取られました。{page} のものか確認してください。',
  credInstanceConfirm: '確認しました：{source} の値を {page} の Sales アカウントに入力する',
  commandFocusPanel: 'MSI Actions のセットアップパネルを開き、キーボードフォーカスを移す',

  // "Next on this page" (components/panel/NextOnPage.tsx) and the dock making room (issue 15).
  nextHeading: 'このページで次にすること',
  nextSendInvite: '最初の Sales 管理者を招待する',
  nextSendInviteWhy:
    '招待すると Marketo Sales アカウントが作成され、その API 資格情報がこのページに表示されます。',
  nextSendCredentials: '資格情報を Sales アプリに送信する',
  nextSendCredentialsWhy:
    'Sales アプリが Marketo に接続するには、この Client ID と Client Secret が必要です。パネルがメモリ上だけで運びます。',
  nextStartSync: 'データ同期を始める',
  nextStartSyncWhy: 'Marketo と Sales アプリは接続済みです。同期で Marketo のデータが送られます。',
  nextConnectSalesforce: 'Salesforce を接続する',
  nextConnectSalesforceWhy: 'Sales アカウントはこの接続を通じて CRM データを読み書きします。',
  nextFillCredentials: 'Marketo の資格情報を入力する',
  nextFillCredentialsWhy:
    '入力内容を確認した後、パネルが Marketo で読み取った Client ID と Client Secret をこのフォームに入力します。',
  nextCheckCsv: '招待の前にユーザーファイルを確認する',
  nextCheckCsvWhy:
    '{path} を開いてファイルを選ぶと、「次へ」の前にパネルが確認します。ここで先に確認することもできます。',
  nextCheckCsvDialog: 'ダイアログで選んだファイルを確認する',
  nextCheckCsvDialogWhy:
    'パネルはダイアログで選ばれたファイルを読み、エラーがある間は「次へ」を止めます。結果は下に表示されます。',
  nextInstallPackage: 'Marketo Sales Insight パッケージをインストールまたはアップグレードする',
  nextInstallPackageWhy: 'MSI Actions を設定する前に、Salesforce にこのパッケージが必要です。',
  nextRemoteSite: 'Marketo のリモートサイトを追加する',
  nextRemoteSiteWhy:
    'Salesforce はここに登録されたアドレスにしか接続しません。登録がないと MSI Actions は Marketo に届きません。',
  nextEnableMsi: 'MSI Actions を有効にする',
  nextEnableMsiWhy: 'この設定で Salesforce ユーザーが MSI Actions を使えるようになります。',
  nextShowMe: '場所を表示',
  nextOpenSection: '移動',
  nextNothingHere: 'このページでの作業は残っていません。',
  nextGoTo: '次のステップ：{step}。移動先：{path}',
  nextGoToStep: '次のステップ：{step}。',
  nextAllDone: 'すべてのステップが完了しました。',
  nextGuide: 'Adobe ガイドの手順',
  panelMadeRoom: 'ページのダイアログのためにパネルを避けました。',
};
