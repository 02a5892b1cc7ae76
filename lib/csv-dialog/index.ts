/** Interception at the Sales app's "Invite Users via CSV" dialog (see guard.ts). */
export {
  type CsvDialogGuard,
  type CsvDialogGuardOptions,
  type GuardState,
  guardCsvDialog,
  type ReplaceResult,
} from './guard';
export { createHoldMarker, type HoldMarker } from './hold-marker';
export { guardInviteBox, type InviteGuard, type InviteGuardOptions, MAX_TYPED_CHARS } from './invite-guard';
