/**
 * `formatFinding`: a finding's message in the admin's language. The templates
 * live with every other UI text, in lib/i18n/messages/findings/<locale>.ts; they
 * use `{name}` placeholders filled from the finding's params, its column, and
 * derived values (reasonText, delimiterName, kindText, sizeText…).
 */

import { findingTexts } from '../i18n/findings-loaded';
import { format } from '../i18n/format';
import { type Locale, resolveLocale } from '../i18n/locales';
import type { FindingTexts, FindingVariant } from '../i18n/messages/findings';
import type { InvalidEmailReason, NotTextKind } from './codes';
import type { Finding, Severity } from './types';

function delimiterName(c: FindingTexts, d: string | number | undefined): string {
  const key = String(d ?? ',');
  return key in c.delimiters
    ? c.delimiters[key as keyof FindingTexts['delimiters']]
    : format(c.delimiters.other, { char: key });
}

function formatBytes(n: number, locale: Locale): string {
  const tag = locale.replace('_', '-');
  if (n >= 1024 * 1024) {
    return `${(n / (1024 * 1024)).toLocaleString(tag, { maximumFractionDigits: 1 })} MB`;
  }
  if (n >= 1024) return `${(n / 1024).toLocaleString(tag, { maximumFractionDigits: 1 })} KB`;
  return `${n} B`;
}

/** The finding's message in `locale` (English for unknown locales). */
export function formatFinding(finding: Finding, locale: Locale | string = 'en'): string {
  const loc = resolveLocale(locale);
  const c = findingTexts(loc);
  const p = finding.params;
  const variantKey = `${finding.code}:${p.variant}`;
  const template = variantKey in c.codes ? c.codes[variantKey as FindingVariant] : c.codes[finding.code];
  const values: Record<string, string | number> = { ...p };
  if (finding.column !== undefined) values.column = finding.column;
  if (finding.row !== undefined) values.row = finding.row;
  if (typeof p.reason === 'string' && p.reason in c.reasons) {
    values.reasonText = c.reasons[p.reason as InvalidEmailReason];
  }
  if (typeof p.kind === 'string' && p.kind in c.notText) values.kindText = c.notText[p.kind as NotTextKind];
  if (p.delimiter !== undefined) values.delimiterName = delimiterName(c, p.delimiter);
  if (p.other !== undefined) values.otherName = delimiterName(c, p.other);
  if (finding.code === 'file-too-large') {
    values.sizeText = formatBytes(Number(p.size), loc);
    values.maxText = formatBytes(Number(p.max), loc);
  }
  if (typeof p.encoding === 'string')
    values.encodingName = p.encoding.toUpperCase().replace('LE', ' LE').replace('BE', ' BE');
  if (p.first === 'TAB' || p.first === 'CR') values.first = p.first === 'TAB' ? 'Tab' : 'CR';
  return format(template, values);
}

export function severityLabel(severity: Severity, locale: Locale | string = 'en'): string {
  return findingTexts(resolveLocale(locale)).severity[severity];
}
