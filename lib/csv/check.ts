/**
 * `checkCsv`: reads an Invite Users via CSV file and returns its report.
 */
import { DEFAULT_MAX_FINDINGS_PER_CODE, FindingCollector } from './findings';
import { runPipeline } from './pipeline';
import type { ByteSource, CheckOptions, CsvReport, KeptRow } from './types';

export async function checkCsv(source: ByteSource, options: CheckOptions = {}): Promise<CsvReport> {
  const out = new FindingCollector(options.maxFindingsPerCode ?? DEFAULT_MAX_FINDINGS_PER_CODE);
  const keep = options.keepRows === true ? Number.POSITIVE_INFINITY : options.keepRows || 0;
  const keptRows: KeptRow[] = [];
  let keptRowsTruncated = false;
  const result = await runPipeline(source, options, out, {
    onRow(row, cells, verdict) {
      if (verdict.blank || verdict.removed || keep === 0) return;
      if (keptRows.length < keep) keptRows.push({ row, cells });
      else keptRowsTruncated = true;
    },
  });
  const { findings, groups, counts } = out.result();
  const { rules } = result;
  return {
    ok: counts.error === 0,
    encoding: result.encoding,
    delimiter: result.delimiter,
    newline: result.newline,
    sepLine: result.sepLine,
    rows: rules.rows,
    headerRow: rules.headerRow,
    headers: rules.headers,
    mapping: rules.mapping,
    findings,
    counts,
    groups,
    keptRows,
    keptRowsTruncated,
    bytes: result.bytes,
    uniqueEmails: rules.uniqueEmails,
  };
}
