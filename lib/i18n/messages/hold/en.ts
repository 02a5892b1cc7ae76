/** What the host's Next and Invite buttons say while the CSV or address check holds them, in English. */
export const en = {
  csvHoldChecking: 'CSV check: checking the file…',
  csvHoldErrors: 'CSV check: errors found ({count}). See the panel.',
  csvInviteHoldChecking: 'Address check: checking the addresses…',
  csvInviteHoldErrors: 'Address check: errors found ({count}). See the panel.',
} as const;

/** Keys of this area: every locale defines all of them. */
export type HoldKey = keyof typeof en;
export type HoldTexts = Record<HoldKey, string>;
