/**
 * Admin Settings › User Management: the user list (the page's own total, the
 * rows on screen) and the Remove / Deactivate controls of one user's row.
 * Works on <table>s, ARIA grids (role=row/cell) and plain lists, in open
 * shadow roots too (a data table component).
 */
import { byIdNear, flatClosest, flatContains, queryAll, renderedText } from '../../../dom/shadow';
import { findActionByLabel, isHidden, labelSet, normalizeText, textNodesOf } from '../../../dom/text';
import { type Found, found, notFound } from '../../types';
import { EMAIL_RE, spacedText, squash } from '../find';
import { SALES_WORDS, salesLabels } from '../labels';

export interface SalesUser {
  email: string;
  name?: string;
  role?: string;
  status?: string;
}

export interface UserManagement {
  /** The total the page states ("23 users", "Showing 1–10 of 23"), not the rows on screen. */
  total?: number;
  /** Users in the rows currently shown (one page of a paginated list). */
  visibleUsers: SalesUser[];
}

export interface UserRowActions {
  row: HTMLElement;
  /** The row's menu button (⋯), when Remove/Deactivate sit in a menu that is closed. */
  menuButton?: HTMLElement;
  remove?: HTMLElement;
  deactivate?: HTMLElement;
}

const ROW = 'tr, [role=row]';
const CELL = 'td, th, [role=cell], [role=gridcell], [role=columnheader], [role=rowheader]';
const HEADER_CELL = 'th, [role=columnheader]';

type Column = 'name' | 'email' | 'role' | 'status';
const COLUMN_LABELS: Record<Column, ReadonlySet<string>> = {
  name: labelSet(salesLabels('columnName')),
  email: labelSet(salesLabels('columnEmail')),
  role: labelSet(salesLabels('columnRole')),
  status: labelSet(salesLabels('columnStatus')),
};

const cellsOf = (row: Element): Element[] => queryAll(row, CELL).filter((c) => flatClosest(c, ROW) === row);

function emailIn(text: string): string | undefined {
  return EMAIL_RE.exec(text)?.[0];
}

/** Column index per known header, from the first row made of header cells. */
function headerColumns(rows: Element[]): Partial<Record<Column, number>> {
  const header = rows.find((r) => queryAll(r, HEADER_CELL).length > 0 && !emailIn(spacedText(r)));
  const columns: Partial<Record<Column, number>> = {};
  if (!header) return columns;
  cellsOf(header).forEach((cell, i) => {
    const text = normalizeText(renderedText(cell)) || normalizeText(cell.getAttribute('aria-label') ?? '');
    for (const column of Object.keys(COLUMN_LABELS) as Column[]) {
      if (columns[column] === undefined && COLUMN_LABELS[column].has(text)) columns[column] = i;
    }
  });
  return columns;
}

/** The visible rows (tr / role=row, else li) that hold a user's email. */
function userRows(doc: Document): { rows: Element[]; columns: Partial<Record<Column, number>> } | null {
  const tables = queryAll(doc, 'table, [role=table], [role=grid], [role=treegrid]');
  for (const table of tables) {
    if (flatClosest(table, '[role=dialog]') || isHidden(table)) continue;
    const rows = queryAll(table, ROW).filter((r) => !isHidden(r));
    const columns = headerColumns(rows);
    const withEmail = rows.filter((r) => emailIn(spacedText(r)));
    if (columns.email !== undefined || withEmail.length) return { rows: withEmail, columns };
  }
  const items = queryAll(doc, 'li').filter(
    (li) => !flatClosest(li, '[role=dialog], nav, [role=menu]') && !isHidden(li) && emailIn(spacedText(li)),
  );
  // Innermost list items only.
  const inner = items.filter((li) => !items.some((other) => other !== li && flatContains(li, other)));
  return inner.length ? { rows: inner, columns: {} } : null;
}

function readRow(row: Element, columns: Partial<Record<Column, number>>): SalesUser | null {
  const cells = cellsOf(row);
  const at = (column: Column) => {
    const i = columns[column];
    const cell = i === undefined ? undefined : cells[i];
    const text = cell ? spacedText(cell) : '';
    return text || undefined;
  };
  const email = emailIn(at('email') ?? '') ?? emailIn(spacedText(row));
  if (!email) return null;
  const user: SalesUser = { email };
  const name = at('name');
  const role = at('role');
  const status = at('status');
  if (name && name !== email) user.name = name;
  if (role) user.role = role;
  if (status) user.status = status;
  return user;
}

const NUMBER = '(\\d{1,3}(?:[,.\\s\u00a0\u202f]\\d{3})*|\\d+)';
const TOTAL_PATTERNS: RegExp[] = [
  // "Showing 1–10 of 23", "Affichage de 1 à 10 sur 23", "1-10 von 23"
  new RegExp(`\\d+\\s*(?:[-–—]|à|a|bis|to|até)\\s*\\d+\\s+(?:${SALES_WORDS.of})\\s+${NUMBER}`, 'iu'),
  // "23 users", "23 utilisateurs", "23 名用户"
  new RegExp(`(?:^|[^\\d])${NUMBER}\\s*(?:${SALES_WORDS.users})(?![\\p{L}])`, 'iu'),
  // "Total: 23", "Users (23)"
  new RegExp(`(?:total|gesamt|合計|总计|共)\\s*[:：]?\\s*${NUMBER}`, 'iu'),
  new RegExp(`(?:${SALES_WORDS.users})\\s*\\(${NUMBER}\\)`, 'iu'),
  // "全 23 件", "23 件中"
  new RegExp(`全\\s*${NUMBER}\\s*件|${NUMBER}\\s*件中`, 'u'),
];

/** The total the page states outside the rows (pager, count next to the title). */
function pageTotal(doc: Document, rows: Element[]): number | undefined {
  const texts: string[] = [];
  for (const node of textNodesOf(doc.body ?? doc)) {
    const parent = node.parentElement;
    if (!parent || flatClosest(parent, '[role=dialog], option')) continue;
    if (rows.some((r) => flatContains(r, parent)) || isHidden(parent)) continue;
    const block = parent.childElementCount <= 3 ? squash(renderedText(parent)) : squash(node.nodeValue);
    if (block && block.length <= 120 && !texts.includes(block)) texts.push(block);
  }
  for (const pattern of TOTAL_PATTERNS) {
    for (const text of texts) {
      const match = pattern.exec(text);
      const digits = match?.slice(1).find(Boolean);
      if (digits) return Number(digits.replace(/\D/g, ''));
    }
  }
  return undefined;
}

/** The users shown and the page's own total. */
export function readUserManagement(doc: Document): Found<UserManagement> {
  const list = userRows(doc);
  if (!list) return notFound('no-user-table');
  const visibleUsers = list.rows
    .map((r) => readRow(r, list.columns))
    .filter((u): u is SalesUser => u !== null);
  const total = pageTotal(doc, list.rows);
  return found(total === undefined ? { visibleUsers } : { total, visibleUsers });
}

const MENU_TEXT = /^(?:[⋯…⋮︙•·]+|\.{3}|more|plus|más|mehr|mais|altro|mer|更多|その他)$/i;

/** The row's menu button: aria-haspopup, or a "⋯"/"More" button. */
function rowMenuButton(row: Element): HTMLElement | undefined {
  const buttons = queryAll<HTMLElement>(row, 'button, [role=button], a').filter((b) => !isHidden(b));
  return (
    buttons.find((b) => b.hasAttribute('aria-haspopup')) ??
    buttons.find((b) => MENU_TEXT.test(squash(renderedText(b)) || squash(b.getAttribute('aria-label'))))
  );
}

/**
 * The Remove and Deactivate controls of the row of `email` (visible ones in
 * the row, or in the row's open menu), and the row's menu button.
 */
export function findUserRowActions(doc: Document, email: string): Found<UserRowActions> {
  const list = userRows(doc);
  if (!list) return notFound('no-user-table');
  const wanted = email.trim().toLowerCase();
  const exact = (r: Element) =>
    [r, ...queryAll(r, '*')].some((el) =>
      [...el.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim().toLowerCase() === wanted),
    );
  const mentioned = (r: Element) =>
    [...spacedText(r).matchAll(new RegExp(EMAIL_RE.source, 'gi'))].some((m) => m[0].toLowerCase() === wanted);
  const row = (list.rows.find(exact) ?? list.rows.find(mentioned)) as HTMLElement | undefined;
  if (!row) return notFound('user-not-found');
  const menuButton = rowMenuButton(row);
  const scopes: ParentNode[] = [row];
  const controls =
    menuButton?.getAttribute('aria-expanded') === 'true' && menuButton.getAttribute('aria-controls');
  const menu = controls && menuButton ? byIdNear(menuButton, controls) : null;
  if (menu && !flatContains(row, menu)) scopes.push(menu);
  let remove: HTMLElement | null = null;
  let deactivate: HTMLElement | null = null;
  for (const scope of scopes) {
    remove ??= findActionByLabel(scope, salesLabels('remove'));
    deactivate ??= findActionByLabel(scope, salesLabels('deactivate'));
  }
  if (!menuButton && !remove && !deactivate) return notFound('no-row-actions');
  return found({
    row,
    ...(menuButton ? { menuButton } : {}),
    ...(remove ? { remove } : {}),
    ...(deactivate ? { deactivate } : {}),
  });
}
