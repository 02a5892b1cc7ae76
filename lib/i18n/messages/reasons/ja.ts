/** What went wrong and what to do next, one sentence per failure reason, in Japanese. */
import type { ReasonTexts } from './en';

export const ja: ReasonTexts = {
  reasonNoTab: 'パネルがこのタブを見失いました。ページを再読み込みしてから、もう一度お試しください。',
  reasonNoAnswer: 'ページが応答しませんでした。再読み込みしてから、もう一度お試しください。',
  reasonNotMarketo:
    'ここはもう Marketo のページではありません。Marketo で 管理者 › Sales Insight › Actions 設定 を開き、「再読み取り」を押してください。',
  reasonNoCard:
    'このページには統合情報カードがありません。Marketo で 管理者 › Sales Insight › Actions 設定 を開き、「再読み取り」を押してください。',
  reasonMaskedUnrevealable:
    'クライアントシークレットが伏せられており、このカードにはここで表示する方法がありません。統合情報カードでご自身で表示してから、「再読み取り」を押してください。',
  reasonInvalidClientId:
    'カードにクライアント ID として表示されている値が、クライアント ID の形式ではありません（1a2b3c4d-… のような UUID）。ページを再読み込みして「再読み取り」を押してください。変わらない場合は、値を手動でコピーしてください。',
  reasonInvalidClientSecret:
    'カードにクライアントシークレットとして表示されている値が、その形式ではありません（英数字 32 文字）。統合情報カードで表示して確認してから、「再読み取り」を押してください。',
  reasonReadOther:
    'ここでは資格情報を読み取れませんでした。ページを再読み込みしてから、「再読み取り」を押してください。',
  reasonNothingCarried:
    '運んでいる資格情報はもうありません。1 回入力した後、またはタイマーが終わると消去されます。Marketo の Actions 設定 でもう一度読み取り、「Sales アプリに送信」を押してください。',
  reasonNotSalesSettings:
    'このページは Sales アプリの Marketo 設定ではありません。Sales アプリで 設定 › 管理者設定 › Marketo を開き、もう一度「資格情報を入力」を押してください。',
  reasonNoForm:
    'このページにはクライアント ID とクライアントシークレットの入力欄がありません。管理者設定 › Marketo の「設定」タブを開き、もう一度「資格情報を入力」を押してください。',
  reasonNoClientIdField:
    'このページのフォームにはクライアント ID の入力欄がありません。管理者設定 › Marketo の「設定」タブを開き、もう一度「資格情報を入力」を押してください。',
  reasonNoClientSecretField:
    'このページのフォームにはクライアントシークレットの入力欄がありません。管理者設定 › Marketo の「設定」タブを開き、もう一度「資格情報を入力」を押してください。',
  reasonAmbiguous:
    'このページの 2 つの入力欄がどちらもクライアント ID またはクライアントシークレットの可能性があるため、何も入力しませんでした。値をご自身で貼り付けてください（「シークレットを表示」で運んでいるシークレットが表示されます）。',
  reasonNotAccepted:
    'ページが入力された値を保持しませんでした。値をご自身で貼り付け（「シークレットを表示」で運んでいるシークレットが表示されます）、ページの「保存」を押してください。',
  reasonFillOther:
    '何も入力されませんでした。ページを再読み込みしてから、もう一度「資格情報を入力」を押してください。',
  reasonSwapNoDialog:
    '「CSV 経由でユーザーを招待する」ダイアログが閉じています。もう一度開き（Actions › CSV 経由でユーザーを招待する）、そこで修正済みファイルを選択してください。',
  reasonSwapNoFileInput:
    'ダイアログにファイルの入力欄が表示されていません。最初の手順に戻り、そこで修正済みファイルを選択してください。',
  reasonSwapUnsupported:
    'このブラウザーでは、拡張機能がダイアログにファイルを設定できません。修正済みファイルをダウンロードし、ダイアログでご自身で選択してください。',
  reasonFileUnreadable:
    'ファイルを読み取れませんでした。選択した後に移動、変更、または削除された可能性があります。もう一度選択してください。',
  reasonFileDenied:
    'ブラウザーが拡張機能によるこのファイルの読み取りを許可しませんでした。別のフォルダー（たとえば「ダウンロード」）に保存してから、もう一度選択してください。',
  reasonFileFailed:
    'ファイルをチェックできませんでした。もう一度選択してください。再び起きる場合は、CSV UTF-8 形式で保存してからやり直してください。ファイルは変更されていません。',
  storePanelUi: 'パネルの幅と折りたたみの状態',
  storeSettings: 'オプション',
  storeProgress: 'チェックリストの進捗',
  storeOther: '一部の保存データ',
};
