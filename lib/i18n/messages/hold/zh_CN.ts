/** What the host's Next and Invite buttons say while the CSV or address check holds them, in Simplified Chinese. */
import type { HoldTexts } from './en';

export const zh_CN: HoldTexts = {
  csvHoldChecking: 'CSV 检查：正在检查文件…',
  csvHoldErrors: 'CSV 检查：发现错误（{count}）。请查看面板。',
  csvInviteHoldChecking: '地址检查：正在检查地址…',
  csvInviteHoldErrors: '地址检查：{count} 个错误。请查看面板。',
};
