/** What the host's Next and Invite buttons say while the CSV or address check holds them, in Japanese. */
import type { HoldTexts } from './en';

export const ja: HoldTexts = {
  csvHoldChecking: 'CSV チェック：ファイルをチェックしています…',
  csvHoldErrors: 'CSV チェック：エラーがあります（{count}）。パネルを確認してください。',
  csvInviteHoldChecking: 'アドレスチェック：確認中…',
  csvInviteHoldErrors: 'アドレスチェック：エラー {count} 件。パネルを確認してください。',
};
