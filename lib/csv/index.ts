/**
 * Public API of the CSV checker (Invite Users via CSV). See README.md.
 */
export { checkCsv } from './check';
export {
  FINDING_CODES,
  type FindingCode,
  type FindingCodeInfo,
  type FindingScope,
  INVALID_EMAIL_REASONS,
  type InvalidEmailReason,
  type NotTextKind,
  SEVERITY,
} from './codes';
export { DELIMITERS } from './dialect';
export { analyseEmail, type EmailCell } from './email';
export { formatFinding, severityLabel } from './finding-text';
export {
  buildFixedCsv,
  type FixedCsv,
  type FixOptions,
  type Invitee,
  type KeepOrDrop,
  type LeftOut,
  type LeftReason,
  MAX_LISTED,
  SourceChangedError,
} from './fix';
export { formulaTrigger, looksLikeFormula, neutraliseFormula } from './formula';
export { columnLetter, fieldOfHeader, HEADER_SYNONYMS, normaliseHeader } from './headers';
export { DEFAULT_MAX_BYTES } from './pipeline';
export { buildReportCsv } from './report-csv';
export { trimCell } from './row-feeder';
export { DEFAULT_SEAT_LIMIT, MAX_LENGTH } from './rules';
export { checkTypedAddresses, MAX_TYPED, type TypedAddress, type TypedReport } from './typed';
export type {
  ByteSource,
  CheckOptions,
  CheckProgress,
  CsvChanges,
  CsvEncoding,
  CsvField,
  CsvReport,
  Finding,
  FindingGroup,
  FindingParams,
  KeptRow,
  Severity,
} from './types';
