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
.csv-group summary .csv-group-count { font-weight: 400; color: var(--muted, #5b5b66); }
.csv-report h2, .csv-dialog h2 { font-size: 15px; margin: 6px 0 2px; }
.csv-fixall { border: 1px solid var(--line, #d5d5dc); border-radius: 6px; padding: 6px 8px; margin: 0; }
.csv-fixall legend { font-weight: 600; padding: 0 4px; }
.csv-preview h3 { margin: 4px 0; }
.csv-fixall .row, .csv-report > .row { flex-wrap: wrap; }
.csv-grid-wrap { max-height: 360px; }
.csv-grid-wrap:focus-visible, .csv-grid td:focus-visible, .csv-grid button:focus-visible {
  outline: 2px solid var(--focus, #ff8f00); outline-offset: -2px; }
.csv-grid td { cursor: default; }
.csv-grid tr[data-state="ok"] td, .csv-grid tr[data-state="ok"] th { background: #e8f5ec; }
.csv-grid tr[data-state="ok"] .csv-grid-status { color: var(--ok, #1a7f37); font-weight: 600; }
.csv-grid tr[data-state="removed"] td:not(.csv-grid-status) { color: var(--muted, #5b5b66); text-decoration: line-through; }
.csv-grid .csv-grid-status { white-space: normal; min-width: 180px; max-width: 320px; }
.csv-grid th[data-mark="error"] { color: var(--err, #c62828); }
.csv-cell-input { width: 100%; min-width: 120px; font: inherit; padding: 1px 3px; }
.csv-grid button.link { background: none; border: 0; padding: 0; color: var(--accent, #1463c8);
  text-decoration: underline; cursor: pointer; font: inherit; }
.csv-preview { border: 1px solid var(--line, #d5d5dc); border-radius: 6px; padding: 8px; display: flex;
  flex-direction: column; gap: 6px; }
.csv-choice { border: 1px solid var(--line, #d5d5dc); border-radius: 6px; padding: 4px 8px; margin: 0; }
.csv-choice legend { font-size: 13px; padding: 0 4px; }
.csv-findings li[data-reason] { list-style: disc; }
.csv-wide { align-self: flex-end; }
.csv-invite { border: 1px solid var(--accent, #1463c8); border-radius: 6px; padding: 8px; margin-top: 8px; }
.csv-invite[data-ok="false"] { border-color: var(--err, #c62828); }
.csv-invite li[data-severity="error"] { color: var(--err, #c62828); }
.csv-invite li[data-severity="warning"] { color: var(--warn, #9a6700); }
`;
