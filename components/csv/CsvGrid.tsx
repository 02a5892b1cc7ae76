import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { CsvChanges, CsvReport, Finding } from '@/lib/csv';
import { formatFinding } from '@/lib/csv/finding-text';
import { columnLetter } from '@/lib/csv/headers';
import { useI18n } from '../i18n/I18nProvider';
import { CsvHeading } from './CsvHeading';

/** Rows listed in the grid: the rows with problems (the first ones), and every row edited or taken out. */
export const GRID_ROWS = 200;

type Mark = { severity: 'error' | 'warning'; messages: string[]; codes: string[] };
type RowState = 'error' | 'warning' | 'ok' | 'removed';

/** Per row, the marks of its cells (column index → mark; -1 for the row as a whole). */
export function marksByRow(findings: Finding[], locale: string): Map<number, Map<number, Mark>> {
  const rows = new Map<number, Map<number, Mark>>();
  for (const f of findings) {
    if (f.row === undefined || f.severity === 'info') continue;
    const cells = rows.get(f.row) ?? new Map<number, Mark>();
    rows.set(f.row, cells);
    const at = f.columnIndex ?? -1;
    const mark = cells.get(at) ?? { severity: f.severity, messages: [], codes: [] };
    if (f.severity === 'error') mark.severity = 'error';
    mark.messages.push(formatFinding(f, locale));
    mark.codes.push(f.code);
    cells.set(at, mark);
  }
  return rows;
}

function rowState(marks: Map<number, Mark> | undefined, removed: boolean): RowState {
  if (removed) return 'removed';
  if (!marks) return 'ok';
  for (const m of marks.values()) if (m.severity === 'error') return 'error';
  return 'warning';
}

interface Props {
  file: File;
  report: CsvReport;
  changes: CsvChanges;
  /** A check with the latest change is running. */
  busy: boolean;
  onEdit(row: number, cells: string[]): void;
  onRemove(row: number, removed: boolean): void;
}

/**
 * The rows with problems as an editable grid (the ARIA grid pattern): one tab
 * stop, arrow keys move between cells, Enter or F2 edits the cell, Enter keeps
 * the edit and Escape drops it. An edited row is checked again at once; a row
 * that has no problem left stays listed, marked as fixed. The grid scrolls inside
 * a focusable region, so keyboard users reach every column.
 */
export function CsvGrid({ file, report, changes, busy, onEdit, onRemove }: Props) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const noteId = useId();
  // Rows once listed stay listed while this file is open (a fixed row turns green, it does not vanish).
  const listed = useRef<{ file: File; rows: Map<number, string[]> }>({ file, rows: new Map() });
  if (listed.current.file !== file) listed.current = { file, rows: new Map() };
  const [active, setActive] = useState({ r: 0, c: 0 });
  const [editing, setEditing] = useState<{ row: number; col: number; value: string } | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const focusAfter = useRef(false);

  const marks = marksByRow(report.findings, locale);
  const kept = new Map(report.keptRows.map((r) => [r.row, r.cells]));
  const rows = listed.current.rows;
  for (const k of report.keptRows) {
    if (rows.size >= GRID_ROWS) break;
    if (marks.has(k.row) && !rows.has(k.row)) rows.set(k.row, k.cells);
  }
  for (const row of [...(changes.cells?.keys() ?? []), ...(changes.removed ?? [])]) {
    if (!rows.has(row)) rows.set(row, kept.get(row) ?? []);
  }
  for (const [row, cells] of kept) if (rows.has(row)) rows.set(row, cells);
  const order = [...rows.keys()].sort((a, b) => a - b);
  const width = Math.max(report.headers.length, ...order.map((r) => rows.get(r)!.length));
  const columns = Array.from({ length: width }, (_, i) => report.headers[i] || columnLetter(i));
  // Columns: the data cells, then the status cell (with its button).
  const lastCol = width;
  const r = Math.min(active.r, Math.max(0, order.length - 1));
  const c = Math.min(active.c, lastCol);

  const focusActive = () => {
    const el = table.current?.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`);
    const target = el?.querySelector<HTMLElement>('button, input') ?? el;
    target?.focus();
  };
  useLayoutEffect(() => {
    if (!focusAfter.current) return;
    focusAfter.current = false;
    focusActive();
  });
  // A new file starts at the first cell.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset per file only.
  useEffect(() => {
    setActive({ r: 0, c: 0 });
    setEditing(null);
  }, [file]);

  if (order.length === 0) return null;

  const move = (dr: number, dc: number, to?: { r?: number; c?: number }) => {
    const next = {
      r: Math.max(0, Math.min(order.length - 1, to?.r ?? r + dr)),
      c: Math.max(0, Math.min(lastCol, to?.c ?? c + dc)),
    };
    focusAfter.current = true;
    setActive(next);
  };
  const startEdit = (ri: number, ci: number) => {
    const row = order[ri]!;
    if (ci >= width || changes.removed?.has(row)) return;
    setEditing({ row, col: ci, value: rows.get(row)?.[ci] ?? '' });
  };
  const commit = () => {
    if (!editing) return;
    const cells = [...(rows.get(editing.row) ?? [])];
    while (cells.length <= editing.col) cells.push('');
    if (cells[editing.col] !== editing.value) {
      cells[editing.col] = editing.value;
      onEdit(editing.row, cells);
    }
    setEditing(null);
    focusAfter.current = true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1, 0),
      ArrowUp: () => move(-1, 0),
      ArrowRight: () => move(0, 1),
      ArrowLeft: () => move(0, -1),
      Home: () => move(0, 0, e.ctrlKey ? { r: 0, c: 0 } : { c: 0 }),
      End: () => move(0, 0, e.ctrlKey ? { r: order.length - 1, c: lastCol } : { c: lastCol }),
      PageDown: () => move(10, 0),
      PageUp: () => move(-10, 0),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    } else if ((e.key === 'Enter' || e.key === 'F2') && c < width) {
      e.preventDefault();
      startEdit(r, c);
    }
  };

  return (
    <div className="csv-grid-section" data-testid="csv-grid-section">
      <CsvHeading id={titleId}>{t('csvGridTitle')}</CsvHeading>
      <p className="note" id={noteId}>
        {t('csvGridHelp', { count: GRID_ROWS })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable). */}
      <section className="csv-table-wrap csv-grid-wrap" aria-labelledby={titleId} tabIndex={0}>
        <table
          ref={table}
          className="csv-table csv-grid"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern on a table (arrow keys, one tab stop, cells edited in place).
          role="grid"
          aria-labelledby={titleId}
          aria-describedby={noteId}
          aria-rowcount={order.length + 1}
          aria-colcount={width + 2}
          aria-busy={busy}
          data-testid="csv-grid"
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{t('csvRowHeader')}</th>
              {columns.map((name, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                <th key={i} scope="col">
                  {name}
                </th>
              ))}
              <th scope="col">{t('csvGridStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {order.map((row, ri) => {
              const removed = changes.removed?.has(row) ?? false;
              const rowMarks = marks.get(row);
              const state = rowState(rowMarks, removed);
              const cells = rows.get(row) ?? [];
              const whole = rowMarks?.get(-1);
              const messages = rowMarks ? [...rowMarks.values()].flatMap((m) => m.messages) : [];
              const edited = changes.cells?.has(row) ?? false;
              let status = messages[0] ?? t(edited ? 'csvGridFixed' : 'csvGridOk');
              if (removed) status = t('csvGridRemoved');
              else if (messages.length > 1)
                status = t('csvGridMore', { first: status, count: messages.length - 1 });
              return (
                <tr key={row} data-row={row} data-state={state} aria-rowindex={ri + 2}>
                  <th
                    scope="row"
                    {...(whole ? { 'data-mark': whole.severity, title: `${whole.codes.join(', ')}` } : {})}
                  >
                    {row}
                  </th>
                  {Array.from({ length: width }, (_, ci) => {
                    const mark = rowMarks?.get(ci);
                    const isActive = ri === r && ci === c;
                    const isEditing = editing?.row === row && editing.col === ci;
                    return (
                      // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard path is the grid's own (arrows, Enter, F2) on the table.
                      <td
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                        key={ci}
                        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the grid above.
                        role="gridcell"
                        data-cell={`${ri}:${ci}`}
                        tabIndex={isActive && !isEditing ? 0 : -1}
                        aria-readonly={removed}
                        {...(mark
                          ? {
                              'data-mark': mark.severity,
                              // The message in words; the code stays in the tooltip (and the JSON).
                              title: `${mark.messages.join('\n')}\n(${mark.codes.join(', ')})`,
                            }
                          : {})}
                        onClick={() => setActive({ r: ri, c: ci })}
                        onDoubleClick={() => startEdit(ri, ci)}
                      >
                        {isEditing ? (
                          <input
                            // biome-ignore lint/a11y/noAutofocus: the edit starts where the user pressed Enter.
                            autoFocus
                            className="csv-cell-input"
                            aria-label={t('csvGridEditLabel', { column: columns[ci] ?? '', row })}
                            value={editing.value}
                            onChange={(e) => setEditing({ ...editing, value: e.target.value })}
                            onBlur={commit}
                            onKeyDown={(e) => {
                              if (e.key === 'Enter') {
                                e.preventDefault();
                                commit();
                              } else if (e.key === 'Escape') {
                                e.preventDefault();
                                setEditing(null);
                                focusAfter.current = true;
                              }
                              e.stopPropagation();
                            }}
                          />
                        ) : (
                          (cells[ci] ?? '')
                        )}
                      </td>
                    );
                  })}
                  <td
                    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the grid above.
                    role="gridcell"
                    tabIndex={-1}
                    data-cell={`${ri}:${width}`}
                    className="csv-grid-status"
                    data-testid="csv-grid-status"
                  >
                    <span>{status}</span>{' '}
                    <button
                      type="button"
                      className="link"
                      tabIndex={ri === r && c === width ? 0 : -1}
                      data-testid={removed ? 'csv-grid-restore' : 'csv-grid-remove'}
                      onClick={() => {
                        setActive({ r: ri, c: width });
                        onRemove(row, !removed);
                      }}
                    >
                      {removed ? t('csvGridRestore', { row }) : t('csvGridRemove', { row })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
