/**
 * Collects findings: counts every occurrence, stores the first N per code so a
 * million-row file with an error on every row stays small in memory.
 */
import { CODE_ORDER, type FindingCode, SEVERITY } from './codes';
import type { Finding, FindingGroup, FindingParams, Severity } from './types';

export const DEFAULT_MAX_FINDINGS_PER_CODE = 1000;

export interface FindingPlace {
  row?: number;
  column?: string;
  columnIndex?: number;
}

export class FindingCollector {
  private readonly counts = new Map<FindingCode, number>();
  private readonly stored = new Map<FindingCode, Finding[]>();
  errors = 0;

  constructor(private readonly cap = DEFAULT_MAX_FINDINGS_PER_CODE) {}

  add(code: FindingCode, place: FindingPlace = {}, params: FindingParams = {}): void {
    if (this.hit(code)) this.store(code, place, params);
  }

  /** Counts a finding; true when it should also be stored (see `store`). */
  hit(code: FindingCode): boolean {
    if (SEVERITY[code] === 'error') this.errors++;
    const n = this.counts.get(code) ?? 0;
    this.counts.set(code, n + 1);
    return n < this.cap;
  }

  /** Stores a finding already counted by `hit`. */
  store(code: FindingCode, place: FindingPlace, params: FindingParams = {}): void {
    const finding: Finding = { code, severity: SEVERITY[code], params };
    if (place.row !== undefined) finding.row = place.row;
    if (place.column !== undefined) finding.column = place.column;
    if (place.columnIndex !== undefined) finding.columnIndex = place.columnIndex;
    let list = this.stored.get(code);
    if (!list) this.stored.set(code, (list = []));
    list.push(finding);
  }

  count(code: FindingCode): number {
    return this.counts.get(code) ?? 0;
  }

  /** Stored findings (file-level first, then by row, then catalogue order), groups and counts. */
  result(): { findings: Finding[]; groups: FindingGroup[]; counts: Record<Severity, number> } {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const groups: FindingGroup[] = [];
    const codes = [...this.counts.keys()].sort((a, b) => CODE_ORDER[a] - CODE_ORDER[b]);
    for (const code of codes) {
      const count = this.counts.get(code)!;
      const findings = this.stored.get(code) ?? [];
      counts[SEVERITY[code]] += count;
      const rows = [...new Set(findings.flatMap((f) => (f.row === undefined ? [] : [f.row])))].sort(
        (a, b) => a - b,
      );
      groups.push({
        code,
        severity: SEVERITY[code],
        count,
        findings,
        rows,
        truncated: findings.length < count,
      });
    }
    const findings = groups
      .flatMap((g) => g.findings)
      .sort(
        (a, b) =>
          (a.row ?? 0) - (b.row ?? 0) ||
          CODE_ORDER[a.code] - CODE_ORDER[b.code] ||
          (a.columnIndex ?? -1) - (b.columnIndex ?? -1),
      );
    return { findings, groups, counts };
  }
}
