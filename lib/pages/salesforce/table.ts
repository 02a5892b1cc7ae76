/**
 * Reads a list shown as a table (HTML <table> or an ARIA grid/table) by its
 * visible column headers, in any order and position. Header rows may sit in
 * <thead> or in the body (Salesforce Classic), header cells may be <th>, <td>
 * or role=columnheader, and row headers (<th scope=row>) count as cells.
 * In open shadow roots too (a data table component, Lightning's native shadow).
 */
import { flatClosest, flatFollowing, queryAll, renderedText } from '../../dom/shadow';
import { findByText, isHidden, normalizeText } from '../../dom/text';

const TABLE = 'table, [role=grid], [role=table], [role=treegrid]';
const ROW = 'tr, [role=row]';
const CELL = 'td, th, [role=cell], [role=gridcell], [role=rowheader], [role=columnheader]';

export type Columns<K extends string> = Readonly<Record<K, ReadonlySet<string>>>;

export interface TableRow<K extends string> {
  row: Element;
  cells: Partial<Record<K, Element>>;
}

export interface TableRead<K extends string> {
  table: Element;
  rows: TableRow<K>[];
}

/** Cells of a row, in visual order. */
function cellsOf(row: Element): Element[] {
  const direct = [...row.children].filter((c) => c.matches(CELL));
  if (direct.length > 0) return direct;
  return queryAll(row, CELL).filter((c) => flatClosest(c, ROW) === row);
}

/** A header cell "says" a label: its aria-label, its whole text, or one of its elements' own text. */
function headerSays(cell: Element, labels: ReadonlySet<string>): boolean {
  if (labels.has(normalizeText(cell.getAttribute('aria-label') ?? ''))) return true;
  if (labels.has(normalizeText(renderedText(cell)))) return true;
  return findByText(cell, labels, { limit: 1, includeHidden: true }).length > 0;
}

function isHeaderRow(row: Element): boolean {
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((c) => c.matches('th[scope=col], [role=columnheader], thead *'));
}

function mapColumns<K extends string>(headerRow: Element, columns: Columns<K>): Map<K, number> {
  const headers = cellsOf(headerRow);
  const map = new Map<K, number>();
  for (const key of Object.keys(columns) as K[]) {
    const index = headers.findIndex((cell) => headerSays(cell, columns[key]));
    if (index >= 0) map.set(key, index);
  }
  return map;
}

/** Header cells naming the anchor column (also by aria-label), then any element showing its label. */
function anchorCandidates(root: ParentNode, labels: ReadonlySet<string>): Element[] {
  const headers = queryAll(root, 'th, [role=columnheader]').filter(
    (cell) => !isHidden(cell) && headerSays(cell, labels),
  );
  return [...headers, ...findByText(root, labels)];
}

/**
 * The first table whose header row names the columns that `accept` needs.
 * `anchor` is the column searched for first (its header text locates the
 * table). Returns null when no such table is on the page.
 */
export function readTable<K extends string>(
  root: ParentNode,
  columns: Columns<K>,
  anchor: NoInfer<K>,
  accept: (found: ReadonlySet<NoInfer<K>>) => boolean,
): TableRead<K> | null {
  for (const labelEl of anchorCandidates(root, columns[anchor])) {
    const headerRow = flatClosest(labelEl, ROW);
    const table = headerRow ? flatClosest(headerRow, TABLE) : null;
    if (!headerRow || !table) continue;
    const map = mapColumns(headerRow, columns);
    if (!map.has(anchor) || !accept(new Set(map.keys()))) continue;
    const rows: TableRow<K>[] = [];
    const after = flatFollowing(table.ownerDocument);
    for (const row of queryAll(table, ROW)) {
      if (flatClosest(row, TABLE) !== table || row === headerRow || isHeaderRow(row)) continue;
      // Data rows come after the header row.
      if (!after(headerRow, row)) continue;
      const cells = cellsOf(row);
      const picked: Partial<Record<K, Element>> = {};
      for (const [key, index] of map) if (cells[index]) picked[key] = cells[index];
      rows.push({ row, cells: picked });
    }
    return { table, rows };
  }
  return null;
}

/** The visible text of a cell, single-spaced and trimmed ('' for an empty cell). */
export function cellText(cell: Element | undefined): string {
  return (cell ? renderedText(cell) : '').replace(/[\s\u00a0]+/g, ' ').trim();
}
