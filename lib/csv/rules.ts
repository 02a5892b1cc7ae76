/**
 * The rule engine: header findings, then one pass per data row. It keeps only
 * the set of emails seen (with the row of their first occurrence).
 */
import type { FindingCode } from './codes';
import { analyseEmail, isPersonalDomain, isRoleAccount, looksLikeEmail } from './email';
import { EmailSet, hashEmail, lastHash, scanCommonEmail } from './email-set';
import type { FindingCollector } from './findings';
import { formulaTrigger } from './formula';
import { columnLetter, fieldOfHeader, normaliseHeader } from './headers';
import type { CsvField, FindingParams } from './types';

export const DEFAULT_SEAT_LIMIT = 100;

/** Longest value per field (Salesforce: username/email 80, first name 40, last name 80). */
export const MAX_LENGTH: Readonly<Record<CsvField | 'other', number>> = {
  email: 80,
  firstName: 40,
  lastName: 80,
  fullName: 121,
  team: 80,
  role: 80,
  title: 128,
  other: 255,
};

/** What the rules concluded about one record. */
export interface RowVerdict {
  blank: boolean;
  /** The user took the row out of the file (not checked). */
  removed: boolean;
  /** The row has at least one error (it would fail to invite). */
  error: boolean;
  /** Same email as an earlier row: drop it. */
  duplicate: boolean;
  /** The valid address to send (trimmed, extracted), or null. */
  address: string | null;
  /** A shared mailbox (info@…), a free-mail address, someone already a user. */
  role: boolean;
  personal: boolean;
  existing: boolean;
  /** Physical line where the row starts. */
  line: number;
  /** People inside a row broken by quoting (it could not be taken apart), by line. */
  people?: { address: string; line: number }[];
}

/** White space (incl. NBSP, ideographic space, BOM) and zero-width characters. */
export const isBlankChar = (c: number) =>
  c <= 32 ||
  c === 0x85 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200d) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x2060 ||
  c === 0x3000 ||
  c === 0xfeff;

export function isBlankCell(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) if (!isBlankChar(cell.charCodeAt(i))) return false;
  return true;
}

const MAX_PARAM_CHARS = 120;
/** Longer email cells are invalid at once (an address has at most 254 characters, a name around it fewer than this). */
const MAX_EMAIL_CELL = 1024;
const clip = (s: string) => (s.length > MAX_PARAM_CHARS ? s.slice(0, MAX_PARAM_CHARS - 1) + '…' : s);

/** True when every cell from `from` on is blank. */
function isBlankRecord(cells: string[], from: number): boolean {
  for (let i = from; i < cells.length; i++) if (!isBlankCell(cells[i]!)) return false;
  return true;
}

export interface RuleOptions {
  seatsUsed?: number;
  seatLimit?: number;
  existingEmails?: Iterable<string>;
}

export class CsvRules {
  headers: string[] = [];
  mapping: (CsvField | null)[] = [];
  headerRow = 0;
  /** Data rows (not blank). */
  rows = 0;
  private emailCol = -1;
  private columnNames: string[] = [];
  private limits: number[] = [];
  private readonly seen = new EmailSet();
  private readonly existing = new EmailSet();
  private newUsers = 0;
  private readonly verdict: RowVerdict = {
    blank: false,
    removed: false,
    error: false,
    duplicate: false,
    address: null,
    role: false,
    personal: false,
    existing: false,
    line: 0,
  };

  constructor(
    private readonly out: FindingCollector,
    private readonly options: RuleOptions = {},
  ) {
    for (const e of options.existingEmails ?? []) {
      hashEmail(analyseEmail(e).address);
      this.existing.firstRowOrAdd(lastHash.h1, lastHash.h2, 1);
    }
  }

  /** About how many data rows the file has (from its size and its first lines): sizes the set of emails once. */
  expectRows(count: number): void {
    this.seen.reserve(count);
  }

  get hasHeader(): boolean {
    return this.headerRow > 0;
  }

  /** Index of the email column, -1 when there is none (or no header yet). */
  get emailColumn(): number {
    return this.emailCol;
  }

  get uniqueEmails(): number {
    return this.seen.size;
  }

  isBlank(cells: string[]): boolean {
    return isBlankRecord(cells, 0);
  }

  setHeader(cells: string[], row: number): void {
    this.headerRow = row;
    this.headers = cells.map((c, i) => (i === 0 ? c.replace(/^\ufeff/, '') : c).trim());
    this.columnNames = this.headers.map((h, i) => h || columnLetter(i));
    const byKey = new Map<string, number>();
    const byField = new Map<CsvField, number>();
    // A first row of data (no header row) gets one finding, not one per cell.
    const dataLike =
      !this.headers.some((h) => fieldOfHeader(h) === 'email') && this.headers.some(looksLikeEmail);
    this.mapping = this.headers.map((h, i) => {
      const place = { row, column: this.columnNames[i]!, columnIndex: i };
      if (!h) {
        this.out.add('blank-header', place, { letter: columnLetter(i) });
        return null;
      }
      const key = normaliseHeader(h) || h;
      const field = fieldOfHeader(h);
      const first = byKey.get(key) ?? (field ? byField.get(field) : undefined);
      if (first !== undefined) {
        this.out.add('duplicate-header', place, {
          first: this.columnNames[first]!,
          firstLetter: columnLetter(first),
        });
        return null;
      }
      byKey.set(key, i);
      if (!field) {
        if (!dataLike) this.out.add('unknown-column', place, { letter: columnLetter(i) });
        return null;
      }
      byField.set(field, i);
      return field;
    });
    this.emailCol = this.mapping.indexOf('email');
    this.limits = this.mapping.map((f) => MAX_LENGTH[f ?? 'other']);
    if (this.emailCol < 0) {
      this.out.add('missing-email-column', { row }, { variant: dataLike ? 'no-header' : 'not-found' });
    }
  }

  /** Adds a finding at a cell; `params` is only built when the finding is stored. */
  private cell(code: FindingCode, row: number, i: number, params?: () => FindingParams): void {
    if (this.out.hit(code)) {
      this.out.store(
        code,
        { row, column: this.columnNames[i] ?? columnLetter(i), columnIndex: i },
        params?.(),
      );
    }
  }

  /**
   * Checks one record after the header. The returned verdict object is reused
   * for the next row: read it before checking another one.
   */
  checkRow(cells: string[], row: number, line = 0): RowVerdict {
    const v = this.reset(line);
    if (isBlankRecord(cells, 0)) {
      this.out.add('blank-row', { row });
      v.blank = true;
      return v;
    }
    this.rows++;
    const out = this.out;
    const errorsBefore = out.errors;
    const width = this.headers.length;
    if (cells.length < width || (cells.length > width && !isBlankRecord(cells, width))) {
      out.add('ragged-row', { row }, { expected: width, actual: cells.length });
    }
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell === '') continue;
      const c = cell.charCodeAt(0);
      // Letters and digits first: nearly every cell starts with one and cannot start a formula.
      const plain = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      const first = plain && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0 ? null : formulaTrigger(cell);
      if (first) this.cell('formula-injection', row, i, () => ({ first, value: clip(cell) }));
      const max = this.limits[i] ?? MAX_LENGTH.other;
      if (cell.length > max) this.cell('value-too-long', row, i, () => ({ length: cell.length, max }));
    }
    const col = this.emailCol;
    if (col >= 0) {
      const raw = cells[col] ?? '';
      if (isBlankCell(raw)) this.cell('missing-email', row, col);
      else if (scanCommonEmail(raw)) this.checkHashed(raw, row);
      // No address is that long: not worth the detailed look (a quote storm's one cell).
      else if (raw.length > MAX_EMAIL_CELL)
        this.cell('invalid-email', row, col, () => ({ value: clip(raw), reason: 'too-long' }));
      else this.checkEmailCell(raw, row);
    }
    v.error = out.errors > errorsBefore;
    return v;
  }

  /** The verdict of a row the user took out of the file. */
  removed(line: number): RowVerdict {
    const v = this.reset(line);
    v.removed = true;
    return v;
  }

  private reset(line: number): RowVerdict {
    const v = this.verdict;
    v.blank = false;
    v.removed = false;
    v.error = false;
    v.duplicate = false;
    v.address = null;
    v.role = false;
    v.personal = false;
    v.existing = false;
    v.line = line;
    v.people = undefined;
    return v;
  }

  private checkEmailCell(raw: string, row: number): void {
    const email = analyseEmail(raw);
    const col = this.emailCol;
    const address = email.address;
    if (email.invalid) {
      const reason = email.invalid;
      this.cell('invalid-email', row, col, () => ({ value: clip(raw), reason }));
      return;
    }
    if (email.whitespace) this.cell('email-whitespace', row, col, () => ({ value: clip(raw), address }));
    if (email.displayName) this.cell('display-name-email', row, col, () => ({ value: clip(raw), address }));
    hashEmail(address);
    this.checkHashed(address, row);
  }

  /** Rules for a valid address already hashed (`lastHash`): duplicates, existing users, role and personal addresses. */
  private checkHashed(address: string, row: number): void {
    const col = this.emailCol;
    this.verdict.address = address;
    const { h1, h2, local, domain } = lastHash;
    const firstRow = this.seen.firstRowOrAdd(h1, h2, row);
    if (firstRow !== 0) {
      this.cell('duplicate-email', row, col, () => ({ address, firstRow }));
      this.verdict.duplicate = true;
      return;
    }
    if (this.existing.size > 0 && this.existing.has(h1, h2)) {
      this.cell('existing-user', row, col, () => ({ address }));
      this.verdict.existing = true;
    } else this.newUsers++;
    if (isRoleAccount(address, local)) {
      this.cell('role-account', row, col, () => ({ address }));
      this.verdict.role = true;
    }
    if (isPersonalDomain(address, domain)) {
      this.verdict.personal = true;
      this.cell('personal-domain', row, col, () => ({
        address,
        domain: address.slice(address.lastIndexOf('@') + 1),
      }));
    }
  }

  /** Instance-level rules, once every row is read. */
  finish(): void {
    const limit = this.options.seatLimit ?? DEFAULT_SEAT_LIMIT;
    const used = this.options.seatsUsed ?? 0;
    const needed = this.newUsers;
    if (needed + used > limit) {
      this.out.add(
        'seat-limit',
        {},
        { needed, used, limit, total: needed + used, over: needed + used - limit },
      );
    }
  }
}
