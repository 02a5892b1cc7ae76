/**
 * チェックリストの日本語テキスト。Adobe のガイドの日本語訳（marketo.ja-JP、
 * ソース 0d37fbd；domain.md §6）に基づき、UI ラベルもその訳に合わせています。
 * ステップ 6–7 と拡張機能独自のテキストは私たちが翻訳しました。MSI パッケージの
 * ラベル（Marketo Sales Insight Config、Enable MSI Actions）は英語のままです。
 */
import type { ChecklistTexts } from './types';

export const ja: ChecklistTexts = {
  locale: 'ja',
  source: 'Adobe Experience League 日本語訳（ソース 0d37fbd）',
  guideTitle: 'Sales Insight Actions 管理者設定ガイド',
  guideVersion: 'Adobe のガイド {version} に準拠',
  inviteGroupTitle: 'MSI Actions にユーザーを招待',
  stepNumber: 'ステップ {number}',
  personas: {
    'marketo-admin': 'Marketo 管理者',
    'salesforce-admin': 'Salesforce 管理者',
    either: 'Marketo 管理者または Salesforce 管理者',
  },
  allPersonas: 'すべてのステップ',
  states: {
    todo: '未着手',
    'in-progress': '進行中',
    done: '完了',
    detected: '検出済み',
    blocked: '前の手順が先',
    'not-needed': '不要',
  },
  steps: {
    prerequisites: {
      title: '前提条件',
      substeps: {
        'msi-enabled':
          'Marketo Engage アカウントで MSI Actions が有効になっていることを、Adobe アカウントチーム（アカウントマネージャー）に確認します。',
        'crm-sync': 'Marketo と Salesforce の同期が設定されている必要があります。',
      },
      clickPath: '',
      notes: ['アカウントマネージャーがいない場合は、Marketo サポートにお問い合わせください。'],
    },
    'set-up-marketo-sales-account': {
      title: 'Marketo Sales アカウントの設定',
      substeps: {
        'open-admin': 'Marketo で「管理者」をクリックします。',
        'open-actions-config': '「Sales Insight」をクリックし、「アクション設定」をクリックします。',
        'send-invite': '招待する Marketo 管理者を一覧から選択し、「招待を送信」をクリックします。',
        'credentials-shown':
          '統合情報カードにクライアント ID とクライアントシークレットが表示されていることを確認します。',
      },
      clickPath: '管理者 › Sales Insight › アクション設定',
      notes: [
        'ユーザーには、アカウントにアクセスする手順が記載されたメールが届きます。',
        '追加のユーザーは Marketo からではなく、Sales アカウントの User Management ページから追加します。',
      ],
    },
    'connect-marketo-sales-account-to-salesforce': {
      title: 'Marketo Sales アカウントの Salesforce への接続',
      substeps: {
        'open-settings': 'Marketo Sales アカウントで歯車アイコンをクリックし、「設定」を選択します。',
        'open-salesforce': '「管理者設定」で「Salesforce」をクリックします。',
        'click-connect': '「接続とカスタマイズ」タブで「接続」をクリックします。',
        confirm: '「OK」をクリックします。',
      },
      clickPath: '⚙ 設定 › 管理者設定 › Salesforce › 接続とカスタマイズ',
      notes: [
        'Salesforce に既にログインしている場合は接続されます。ログインしていない場合は、ログインを求められます。',
      ],
    },
    'connect-marketo-to-your-sales-apps-account': {
      title: 'Marketo を Marketo Sales アカウントに接続',
      substeps: {
        'open-settings': 'Marketo Sales アカウントで歯車アイコンをクリックし、「設定」を選択します。',
        'open-marketo': '「管理者設定」で「Marketo」をクリックします。',
        'click-connect': '「接続」をクリックします。アカウントが接続されます。',
      },
      clickPath: '⚙ 設定 › 管理者設定 › Marketo',
      notes: [
        '接続されない場合は、Marketo Sales Insight の「アクション設定」タブから資格情報をコピーし、「設定」（Set Up）タブに貼り付けます。',
      ],
    },
    'initiate-data-sync': {
      title: 'データ同期の開始',
      substeps: {
        'open-actions-config':
          'Marketo で「管理者」、「Sales Insight」の順にクリックし、「アクション設定」タブを開きます。',
        'click-sync': '「アクションフィールドを同期」カードで「同期」をクリックします。',
        'start-sync': '同期されるフィールドのプレビューが表示されます。「同期の開始」をクリックします。',
      },
      clickPath: '管理者 › Sales Insight › アクション設定 › アクションフィールドを同期 › 同期',
      notes: [
        'Marketo と Salesforce の両方に存在する人物レコードが、Marketo Sales アカウントに同期されます。',
      ],
    },
    'invite-individual-users-to-msi-actions': {
      title: '個々のユーザーを MSI Actions に招待する',
      substeps: {
        'open-user-management':
          'Marketo Sales アカウントで歯車アイコンをクリックし、「設定」を選択して、「管理者設定」の「User Management」を選択します。',
        'invite-users': '「Actions」をクリックし、「ユーザーを招待する」を選択します。',
        'enter-emails': 'メールアドレスを入力し、「招待する」をクリックします。',
      },
      clickPath: '⚙ 設定 › 管理者設定 › User Management › Actions › ユーザーを招待する',
      notes: [
        'デフォルトでは、新しいメンバーはすべて「全員」チームに追加されます。',
        '確認メッセージが表示されます。',
      ],
    },
    'invite-users-via-csv-to-msi-actions': {
      title: 'CSV 経由で MSI Actions にユーザーを招待する',
      substeps: {
        'open-user-management':
          'Marketo Sales アカウントで歯車アイコンをクリックし、「設定」を選択して、「管理者設定」の「User Management」を選択します。',
        'invite-via-csv': '「Actions」をクリックし、「CSV 経由でユーザーを招待する」を選択します。',
        'choose-file': 'コンピューター上の CSV を参照して選択し、「次へ」をクリックします。',
        'confirm-mapping':
          'フィールドが正しくマッピングされていることを確認し、「招待する」をクリックします。',
      },
      clickPath: '⚙ 設定 › 管理者設定 › User Management › Actions › CSV 経由でユーザーを招待する',
      notes: ['招待が送信されると、確認メッセージが表示されます。'],
    },
    'install-upgrade-msi-package': {
      title: 'Salesforce での MSI パッケージのインストール/アップグレード',
      substeps: {
        'open-listing':
          'AppExchange で Marketo Sales Insight のページを開き、「Get It Now」をクリックして AppExchange にログインします。',
        'install-or-upgrade':
          '「Install in Production」をクリックするか（ヒント：まず Sandbox にインストール）、表示されるアップグレードを選択し、利用規約に同意して確定します。',
        'choose-access':
          '管理者のみ、全ユーザー、または特定のプロファイルのいずれかのインストールを選択して完了します。',
        'verify-installed':
          '設定 › インストール済みパッケージに Marketo Sales Insight が表示されていることを確認します。',
        'deploy-objects':
          '設定 › オブジェクトで、Marketo Sales Insight のすべてのオブジェクトがリリース済みであることを確認します（そうでない場合：編集 › リリース状況：リリース済み › 保存）。',
      },
      clickPath: 'AppExchange › Marketo Sales Insight › Get It Now、次に 設定 › インストール済みパッケージ',
      notes: [
        'Salesforce の管理者権限が必要です。',
        'アップグレード後、MSI ユーザーのプロファイルにはリード、取引先責任者、取引先、商談への参照アクセス権が必要です。パッケージではこの権限を付与できなくなりました。',
      ],
    },
    'configure-msi-actions-in-salesforce': {
      title: 'Salesforce での MSI Actions の設定',
      substeps: {
        'remote-sites':
          '設定 › リモートサイトの設定で、新規リモートサイトを 2 つ追加します：https://ims-na1.adobelogin.com と https://mkto-sales-connect.adobe.io。',
        'enable-msi-actions':
          '「Marketo Sales Insight Config」タブで「Enable MSI Actions」をオンにし、API 秘密鍵を入力して「保存」をクリックします。',
        governance:
          '任意：MSI Actions のガバナンス。セールスキャンペーンや ToDo タブ、または Actions の設定にある機能を無効にできます。これはすべての MSI ユーザーに適用されます。',
      },
      clickPath:
        '設定 › リモートサイトの設定 › 新規リモートサイト、Marketo Sales Insight Config › Enable MSI Actions',
      notes: [
        '「Marketo Sales Insight Config」タブが表示されない場合は、+（すべてのタブ）から開きます。',
        'API 秘密鍵は Marketo の 管理者 › Sales Insight › API 設定の編集 で設定します。',
      ],
    },
  },
  blocked: {
    'needs-prerequisites': '先に前提条件を確認してください。',
    'needs-account': 'Marketo Sales アカウントが必要です。先に最初の管理者を招待してください（ステップ 1）。',
    'needs-first-admin': '先に Marketo で最初の管理者を招待する必要があります（ステップ 1）。',
    'needs-marketo-connection': '先に Marketo を Sales アカウントに接続してください（ステップ 3）。',
    'needs-package': '先に MSI パッケージをインストールまたはアップグレードしてください（ステップ 6）。',
  },
  evidence: {
    'first-admin-invited': {
      text: '「アクション設定」タブで最初の管理者を招待済み',
      withDetail: '「アクション設定」タブで最初の管理者を招待済み：{detail}',
    },
    'client-id-shown': { text: '統合情報カードにクライアント ID が表示されている' },
    'salesforce-connected': {
      text: 'Salesforce が接続済みと表示されている',
      withDetail: 'Salesforce が接続済みと表示されている（{detail}）',
    },
    'marketo-connected': { text: 'Marketo が接続済みと表示されている' },
    'sync-preview': { text: '「アクションフィールドを同期」カードにフィールドのプレビューが表示されている' },
    'sync-started': { text: '「アクションフィールドを同期」カードで同期が進行中' },
    'sync-completed': { text: '「アクションフィールドを同期」カードで同期が完了' },
    'invite-confirmed': {
      text: '招待の確認メッセージが表示された',
      withDetail: '招待の確認メッセージが表示された（{detail} 人を招待）',
    },
    'csv-invite-confirmed': {
      text: 'CSV による招待の確認メッセージが表示された',
      withDetail: 'CSV による招待の確認メッセージが表示された（{detail} 人を招待）',
    },
    'users-listed': {
      text: 'User Management に複数のユーザー（個別または CSV で招待）',
      withDetail: 'User Management に {detail} 人のユーザー（個別または CSV で招待）',
    },
    'msi-package-installed': {
      text: 'インストール済みパッケージに Marketo Sales Insight が表示されている',
      withDetail: 'インストール済みパッケージに Marketo Sales Insight {detail} が表示されている',
    },
    'remote-sites-present': { text: 'リモートサイトの設定に Adobe の 2 つのリモートサイトが表示されている' },
    'msi-actions-enabled': { text: 'Enable MSI Actions がオン' },
    'msi-actions-configured': { text: 'Adobe の 2 つのリモートサイトがあり、Enable MSI Actions がオン' },
    'sales-account-open': { text: 'Sales アプリの管理者設定にサインイン済み：Sales アカウントは作成済み' },
    'msi-config-open': { text: 'Marketo Sales Insight Config タブがある：パッケージはインストール済み' },
  },
  evidenceSeen: '{evidence}（{page}、{date}）',
  manualOnly: '拡張機能はこのステップを確認できません。ご自身でマークしてください。',
  cannotRead:
    '拡張機能はこのページでこの情報を読み取れませんでした。このステップは手動のままです。ご自身でマークしてください。',
  setByYou: 'ユーザーが設定',
  actions: {
    markDone: '完了にする',
    markInProgress: '進行中にする',
    markTodo: '未着手にする',
    useDetection: '拡張機能の検出結果を使う',
    reset: '進捗をリセット',
    resetDone: '{instance} の進捗をリセットしました。',
    undo: '元に戻す',
    copySummary: '概要をコピー',
    summaryCopied: '概要をコピーしました。',
    exportProgress: '進捗をエクスポート',
    importProgress: '進捗をインポート',
    imported: '{count} 件のインスタンスをインポートしました。',
  },
  progress: '{total} 件中 {done} 件完了',
  cautions: {
    'keep-original-user':
      'データ同期の開始後は、Sales Insight Actions インスタンスの元のユーザーを削除しないでください。これは最初の招待が送信されたユーザーです。',
    'keep-original-user-check':
      'データ同期は開始済みです。元のユーザー（最初の招待が送信されたユーザー）を削除または無効化しないでください。続行する前に、このユーザーがその元のユーザーでないことを確認してください。',
    'enable-msi-actions-only-if-used':
      'Sales Insight Actions の機能を使用していない限り、「Enable MSI Actions」チェックボックスをオンにしないでください。後でオフにすると、MSI Actions のすべての機能が無効になります。',
    'credentials-after-first-invite':
      '統合情報カードにクライアント ID とクライアントシークレットが表示されない場合は、最初のユーザーを招待して Actions インスタンスを有効にしてください。その後、クライアント ID とクライアントシークレットが表示されます。',
  },
  originalUser: '元のユーザー：{user}',
  links: {
    'upgrade-msi-package': 'MSI パッケージのアップグレード',
    'sync-data': 'Sales Insight Actions、Marketo、Salesforce 間のデータ同期の仕組み',
    'configure-msi-enterprise': 'Salesforce Enterprise/Unlimited での Marketo Sales Insight の設定',
  },
  instance: {
    production: '本番',
    sandbox: 'Sandbox',
    unknownMunchkin: 'Munchkin ID はまだ不明（{host}）',
  },
  summary: {
    title: 'MSI Actions の設定：{total} 件中 {done} 件完了',
    instance: 'インスタンス',
    guide: '{title}、バージョン {version}',
    date: '{date} 時点の概要',
    doneHeading: '完了',
    leftHeading: '残り',
    salesforceAdminHeading: 'Salesforce 管理者の残り',
    nothingLeft: '残りはありません。',
    markedDone: '完了としてマーク',
    alternativeDone: '不要：ユーザーはもう一方の方法で招待済み',
    doc: 'ドキュメント',
  },
  importErrors: {
    'too-large': 'ファイルが大きすぎます（{size} KB、上限 {max} KB）。何も変更されていません。',
    'bad-json': 'ファイルが有効な JSON ではありません。何も変更されていません。',
    'forbidden-key':
      'ファイルは {path} で「{name}」という名前を使っていますが、この名前の Marketo インスタンスやチェックリストの手順はありません。ファイルが改変されたか、この拡張機能のエクスポートではありません。進捗をもう一度エクスポートし、そのファイルをインポートしてください。何も変更されていません。',
    'wrong-format':
      'これは MSI Actions Setup Helper のチェックリスト進捗ファイルではありません。何も変更されていません。',
    'wrong-version':
      'ファイルの形式バージョンは {found} です。この拡張機能が読み込めるのはバージョン {supported} までです。何も変更されていません。',
    'invalid-fields': 'ファイルの {path} に無効な値があります（{issue}）。何も変更されていません。',
  },
};
