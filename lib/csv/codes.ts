/**
 * The rule catalogue: every finding code with its severity. Codes are stable
 * identifiers (tests, the CLI's JSON and the UI rely on them); add new ones at the
 * end of their scope, never rename.
 */
import type { Severity } from './types';

export type FindingScope = 'file' | 'header' | 'row' | 'instance';

export interface FindingCodeInfo {
  readonly code: string;
  readonly severity: Severity;
  readonly scope: FindingScope;
  /** `buildFixedCsv` repairs it (or drops the row) without losing data. */
  readonly fixable: boolean;
}

const def = <C extends string>(code: C, severity: Severity, scope: FindingScope, fixable = false) =>
  ({ code, severity, scope, fixable }) as const;

export const FINDING_CODES = [
  def('file-empty', 'error', 'file'),
  def('no-data-rows', 'error', 'file'),
  def('not-text', 'error', 'file'),
  def('file-too-large', 'error', 'file'),
  def('encoding-fallback', 'warning', 'file'),
  def('encoding-utf16', 'info', 'file'),
  def('sep-line', 'info', 'file'),
  def('delimiter', 'info', 'file'),
  def('ambiguous-delimiter', 'warning', 'file'),
  def('unclosed-quote', 'error', 'file'),
  def('missing-email-column', 'error', 'header'),
  def('duplicate-header', 'error', 'header'),
  def('blank-header', 'warning', 'header'),
  def('unknown-column', 'info', 'header'),
  def('missing-email', 'error', 'row'),
  def('invalid-email', 'error', 'row'),
  def('duplicate-email', 'error', 'row', true),
  def('email-whitespace', 'warning', 'row', true),
  def('display-name-email', 'warning', 'row', true),
  def('ragged-row', 'error', 'row'),
  def('blank-row', 'info', 'row', true),
  def('formula-injection', 'warning', 'row', true),
  def('role-account', 'warning', 'row'),
  def('personal-domain', 'warning', 'row'),
  def('value-too-long', 'warning', 'row'),
  def('malformed-quote', 'warning', 'row'),
  /** A row broken by a quote left open at a line end was read line by line (lib/csv/recover.ts). */
  def('quote-recovered', 'warning', 'row', true),
  /** A person inside a row broken by quoting that could not be taken apart: listed by line. */
  def('broken-row-person', 'error', 'row'),
  def('seat-limit', 'error', 'instance'),
  def('existing-user', 'warning', 'instance'),
] as const satisfies readonly FindingCodeInfo[];

export type FindingCode = (typeof FINDING_CODES)[number]['code'];

export const SEVERITY: Readonly<Record<FindingCode, Severity>> = Object.fromEntries(
  FINDING_CODES.map((c) => [c.code, c.severity]),
) as Record<FindingCode, Severity>;

export const CODE_ORDER: Readonly<Record<FindingCode, number>> = Object.fromEntries(
  FINDING_CODES.map((c, i) => [c.code, i]),
) as Record<FindingCode, number>;

/** Reasons given with `invalid-email` (params.reason). */
export const INVALID_EMAIL_REASONS = [
  'no-at',
  'fullwidth-at',
  'multiple-at',
  'space',
  'empty-local',
  'empty-domain',
  'domain-no-dot',
  'trailing-dot',
  'leading-dot',
  'consecutive-dots',
  'invalid-character',
  'non-ascii',
  'domain-label',
  'top-level-domain',
  'too-long',
  'formula-start',
] as const;
export type InvalidEmailReason = (typeof INVALID_EMAIL_REASONS)[number];

/** Kinds of non-text files (params.kind of `not-text`). */
export type NotTextKind = 'xlsx' | 'xls' | 'pdf' | 'binary';
