/**
 * The rules of the CSV check for addresses typed or pasted into Invite Users
 * (step 5a): format, duplicates, shared and personal addresses, users already in
 * the instance, seats. The addresses go through the same pipeline as a file with
 * one Email column, so both ways of inviting are judged alike.
 */
import { checkCsv } from './check';
import type { CheckOptions, Finding, Severity } from './types';
import { csvCell } from './write';

export interface TypedAddress {
  /** 1-based position in what was typed. */
  index: number;
  text: string;
  /** Findings about this address (row findings of the check). */
  findings: Finding[];
  /** For a duplicate: the position of its first occurrence. */
  duplicateOf?: number;
}

export interface TypedReport {
  ok: boolean;
  counts: Record<Severity, number>;
  addresses: TypedAddress[];
  /** Findings about the whole list (the seat limit). */
  general: Finding[];
}

/** More addresses than anyone types into a box are checked in a file (this keeps the check quick). */
export const MAX_TYPED = 5000;

export async function checkTypedAddresses(
  addresses: readonly string[],
  options: Pick<CheckOptions, 'seatsUsed' | 'seatLimit' | 'existingEmails'> = {},
): Promise<TypedReport> {
  const list = addresses.slice(0, MAX_TYPED);
  // A `sep=` line fixes the delimiter: an address is never split on a | or ; inside it.
  const text = `sep=,\r\nEmail\r\n${list.map((a) => csvCell(a)).join('\r\n')}\r\n`;
  const report = await checkCsv(new TextEncoder().encode(text), {
    ...options,
    maxFindingsPerCode: MAX_TYPED,
  });
  const out: TypedAddress[] = list.map((a, i) => ({ index: i + 1, text: a, findings: [] }));
  const general: Finding[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) {
    if (f.code === 'sep-line') continue;
    counts[f.severity]++;
    const at = f.row === undefined ? undefined : out[f.row - 2];
    if (!at) {
      general.push(f);
      continue;
    }
    at.findings.push(f);
    if (f.code === 'duplicate-email') at.duplicateOf = Number(f.params.firstRow) - 1;
  }
  return { ok: counts.error === 0, counts, addresses: out, general };
}
