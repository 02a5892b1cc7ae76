/**
 * Shape of the CSV check's findings texts of one locale: one template per
 * finding code (lib/csv/finding-text.ts fills it from the finding's params)
 * and the words the templates are built from. Every locale is typed by it, so
 * a missing code is a compile error (and test/unit/i18n checks it at run time).
 */
import type { FindingCode, InvalidEmailReason, NotTextKind } from '../../../csv/codes';
import type { Severity } from '../../../csv/types';

/** Codes whose message depends on a `variant` param. */
export type FindingVariant = 'file-empty:blank' | 'missing-email-column:no-header';

export interface FindingTexts {
  codes: Record<FindingCode | FindingVariant, string>;
  /** Plain headings of the report, one per kind of finding. */
  titles: Record<FindingCode, string>;
  reasons: Record<InvalidEmailReason, string>;
  delimiters: Record<',' | ';' | '\t' | '|' | 'other', string>;
  notText: Record<NotTextKind, string>;
  severity: Record<Severity, string>;
  report: { row: string; column: string; severity: string; problem: string; code: string; message: string };
}
