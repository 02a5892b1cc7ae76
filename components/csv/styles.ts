/** Styles of the CSV check, rendered in a <style> inside the panel's shadow root (or the checker page). */
export const CSV_CSS = `
.csv-dropzone { border: 2px dashed var(--line, #d5d5dc); border-radius: 8px; padding: 12px;
  display: flex; flex-direction: column; gap: 6px; align-items: flex-start; }
.csv-dropzone[data-over="true"] { border-color: var(--accent, #1463c8); background: #eef4fc; }
.csv-dropzone input[type="file"] { position: absolute; width: 1px; height: 1px; opacity: 0; pointer-events: none; }
.csv-report { display: flex; flex-direction: column; gap: 8px; }
.csv-report[hidden], .csv-dialog[hidden] { display: none; }
.csv-verdict { font-weight: 600; border-radius: 6px; padding: 6px 8px; }
.csv-verdict[data-ok="true"] { color: var(--ok, #1a7f37); border: 1px solid var(--ok, #1a7f37); }
.csv-verdict[data-ok="false"] { color: var(--err, #c62828); border: 1px solid var(--err, #c62828); }
.csv-summary { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; font-size: 13px; }
.csv-summary dt { color: var(--muted, #5b5b66); }
.csv-summary dd { margin: 0; }
.csv-table-wrap { overflow: auto; max-height: 280px; border: 1px solid var(--line, #d5d5dc); border-radius: 6px; }
.csv-table { border-collapse: collapse; font-size: 12px; width: 100%; }
.csv-table th, .csv-table td { border-bottom: 1px solid var(--line, #d5d5dc); padding: 3px 6px; text-align: left;
  vertical-align: top; white-space: nowrap; max-width: 220px; overflow: hidden; text-overflow: ellipsis; }
.csv-table th { background: #f5f6f8; position: sticky; top: 0; }
.csv-table td[data-mark="error"] { background: #fdecea; outline: 1px solid var(--err, #c62828); }
.csv-table td[data-mark="warning"] { background: #fff6e0; outline: 1px solid var(--warn, #9a6700); }
.csv-group { border: 1px solid var(--line, #d5d5dc); border-radius: 6px; padding: 6px 8px; }
.csv-group[data-severity="error"] { border-color: var(--err, #c62828); }
.csv-group[data-severity="warning"] { border-color: var(--warn, #9a6700); }
.csv-group summary { cursor: pointer; font-weight: 600; font-size: 13px; }
.csv-findings { margin: 4px 0 0; padding-left: 18px; font-size: 13px; }
.csv-findings .csv-row { color: var(--muted, #5b5b66); margin-right: 4px; }
.csv-dialog { border: 1px solid var(--accent, #1463c8); border-radius: 6px; padding: 8px; display: flex;
  flex-direction: column; gap: 6px; }
.csv-error { color: var(--err, #c62828); }
`;
