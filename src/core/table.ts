// Finding the commitments table in a sheet: the header row(s), the column-number row, which column
// holds which field, and what is written above the table (the owner, the unit's name, the year).
import { columnLetter } from './grid';
import { type HeaderMatch, matchHeader, matchHeaderText } from './headers';
import type { Field, StatusWord } from './model';
import type { SheetMapping } from './saved-mapping';
import type { SheetView } from './sheet-view';
import { foldWords } from './text';

export interface ColumnInfo {
  col: number;
  /** Header text as shown, "Parent › Child" for a sub-header. */
  header: string;
  match: HeaderMatch;
  /** The field this column was finally taken for (null: kept as extra data). */
  field: Field | null;
  /** 'saved' when the clerk chose it in the add-in. */
  source: 'auto' | 'saved';
}

export interface TableLayout {
  sheet: string;
  /** 0-based rows. */
  headerTop: number;
  headerBottom: number;
  dataTop: number;
  left: number;
  right: number;
  columns: ColumnInfo[];
  fields: Partial<Record<Field, number>>;
  months: { month: number; col: number }[];
  statusMarks: { word: StatusWord; col: number; label: string }[];
  /** The text of the rows above the header, top to bottom (unit name, title, owner line…). */
  titleLines: string[];
  ownerAbove: string | null;
}

/** How many rows from the top a header may start at. */
const HEADER_SCAN_ROWS = 60;
/** Header cells are short; a long paragraph is never one. */
const MAX_HEADER_LENGTH = 80;

function headerMatchAt(view: SheetView, row: number, col: number): HeaderMatch | null {
  const text = view.text(row, col);
  if (!text || text.length > MAX_HEADER_LENGTH) return null;
  const m = matchHeaderText(text);
  return m.field && m.confidence >= 0.6 ? m : null;
}

/** How much a row looks like a header row: the distinct fields it names; needs a title column. */
function headerScore(view: SheetView, row: number): number {
  const fields = new Set<string>();
  for (let c = 0; c < view.cols; c++) {
    const m = headerMatchAt(view, row, c);
    if (m?.field) fields.add(m.field);
  }
  if (!fields.has('title')) return 0;
  fields.delete('title');
  // Besides the title, at least one field that tells a commitments table from any other list.
  const telling = ['deadline', 'owner', 'progress', 'status', 'target', 'start', 'completedOn', 'month'];
  if (![...fields].some((f) => telling.includes(f))) return 0;
  return fields.size + 1;
}

/** The "(1) (2) (3)…" row under a header, also written "1 2 3…" or "A B C…". */
function isColumnNumberRow(view: SheetView, row: number, left: number, right: number): boolean {
  const tokens: string[] = [];
  for (let c = left; c <= right; c++) {
    const t = view.ownText(row, c);
    if (t) tokens.push(t);
  }
  if (tokens.length < 3) return false;
  if (tokens.filter((t) => /^\(\s*[0-9A-Za-z*=+\-/ ]{1,16}\)$/.test(t)).length / tokens.length >= 0.7) return true;
  const codes = tokens.map((t) =>
    /^\d{1,2}$/.test(t) ? Number(t) : /^[A-Za-z]$/.test(t) ? t.toUpperCase().charCodeAt(0) - 64 : NaN,
  );
  if (codes.some(Number.isNaN) || codes[0] > 1) return false;
  return codes.every((n, i) => i === 0 || n === codes[i - 1] + 1);
}

const CHILD_HINTS = ['bat dau', 'ket thuc', 'hoan thanh', 'tu', 'den', 'tu ngay', 'den ngay'];

/** Whether the row under the header is a sub-header (Bắt đầu / Hoàn thành, status marks, months). */
function isSubHeaderRow(view: SheetView, header: number, left: number, right: number): boolean {
  const row = header + 1;
  if (row >= view.rows) return false;
  let own = 0;
  for (let c = left; c <= right; c++) {
    if (view.isCovered(row, c) && view.origin(row, c).row < row) continue; // merged down from the header
    const t = view.ownText(row, c);
    if (!t) continue;
    own++;
    const parent = view.origin(header, c);
    if (view.mergeWidth(parent.row, parent.col) > 1) continue;
    // A whole header word, not a title or a note that happens to hold one ("Triển khai nhiệm vụ…",
    // "Tổng số: 9 đầu việc" match only in part).
    const named = matchHeaderText(t);
    const childLike =
      t.length <= MAX_HEADER_LENGTH &&
      (CHILD_HINTS.includes(foldWords(t)) ||
        matchHeader('ket qua thuc hien', t).statusWord !== undefined ||
        (named.field !== null && named.confidence >= 0.9));
    if (!childLike) return false;
  }
  return own > 0;
}

/** The nearest header text at or left of `col` in `row`: a parent that was centred, not merged. */
function parentText(view: SheetView, row: number, col: number, left: number): string {
  const shown = view.text(row, col);
  if (shown) return shown;
  for (let c = col - 1; c >= left; c--) {
    const t = view.text(row, c);
    if (t) return t;
  }
  return '';
}

const OWNER_LABELS = [
  'nguoi dang ky',
  'ho va ten',
  'ho ten',
  'nguoi cam ket',
  'nguoi chiu trach nhiem',
  'lanh dao phu trach',
  'ten nguoi dang ky',
  'ca nhan dang ky',
  'ca nhan cam ket',
  'nguoi phu trach',
];

/** "Lê Thị B - Phó Giám đốc" → "Lê Thị B". */
function personName(text: string): string {
  return text
    .split(/\s+[-–—]\s+|,\s*|\s*\(/)[0]
    .replace(/[.;:]+$/, '')
    .trim();
}

/** The owner named once above the table: `Người đăng ký: Lê Thị B - Phó Giám đốc`. */
export function findOwnerAbove(view: SheetView, headerTop: number): string | null {
  for (let r = 0; r < headerTop; r++) {
    for (let c = 0; c < view.cols; c++) {
      if (view.isCovered(r, c)) continue;
      const t = view.ownText(r, c);
      if (!t) continue;
      const colon = t.indexOf(':');
      const label = foldWords(colon >= 0 ? t.slice(0, colon) : t);
      if (!OWNER_LABELS.includes(label)) continue;
      let rest = colon >= 0 ? t.slice(colon + 1).trim() : '';
      for (let c2 = c + 1; !rest && c2 < view.cols; c2++) rest = view.ownText(r, c2);
      const name = personName(rest);
      if (name) return name;
    }
  }
  return null;
}

function titleLines(view: SheetView, headerTop: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < headerTop; r++) {
    const parts: string[] = [];
    for (let c = 0; c < view.cols; c++) {
      if (view.isCovered(r, c)) continue;
      const t = view.ownText(r, c);
      if (t) parts.push(t);
    }
    if (parts.length) lines.push(parts.join(' | '));
  }
  return lines;
}

/** Keep one column per field: the surest match, the leftmost on a tie. */
function assignFields(columns: ColumnInfo[]): Partial<Record<Field, number>> {
  const fields: Partial<Record<Field, number>> = {};
  const best: Partial<Record<Field, ColumnInfo>> = {};
  for (const col of columns) {
    const f = col.match.field;
    if (!f || f === 'month' || col.match.statusWord) continue;
    const held = best[f];
    const saved = col.source === 'saved';
    if (
      !held ||
      (saved && held.source !== 'saved') ||
      (saved === (held.source === 'saved') && col.match.confidence > held.match.confidence)
    )
      best[f] = col;
  }
  for (const [f, col] of Object.entries(best) as [Field, ColumnInfo][]) {
    fields[f] = col.col;
    col.field = f;
  }
  return fields;
}

function headerRange(view: SheetView, top: number, bottom: number): { left: number; right: number } {
  let left = -1;
  let right = -1;
  for (let r = top; r <= bottom; r++)
    for (let c = 0; c < view.cols; c++) {
      if (!view.text(r, c)) continue;
      if (left < 0 || c < left) left = c;
      if (c > right) right = c;
    }
  return { left: Math.max(left, 0), right };
}

/** Find the commitments table; null when the sheet holds none. */
export function detectTable(view: SheetView, saved?: SheetMapping): TableLayout | null {
  let headerTop = -1;
  let headerBottom = -1;
  if (saved && saved.headerRow - 1 < view.rows) {
    headerTop = saved.headerRow - 1;
    headerBottom = headerTop + saved.headerRows - 1;
  } else {
    let bestScore = 0;
    const last = Math.min(view.rows, HEADER_SCAN_ROWS);
    for (let r = 0; r < last; r++) {
      const s = headerScore(view, r);
      if (s > bestScore) {
        bestScore = s;
        headerTop = r;
      }
    }
    if (headerTop < 0) return null;
    // Header cells merged down over two rows show their text in both, and the lower row, which
    // also names the children (Bắt đầu | Kết thúc), can score higher: start at the merges' top.
    let top = headerTop;
    for (let c = 0; c < view.cols; c++) {
      if (!headerMatchAt(view, headerTop, c)) continue;
      const o = view.origin(headerTop, c);
      if (o.row < top && o.row >= headerTop - 1) top = o.row;
    }
    headerTop = top;
    headerBottom = headerTop;
  }
  let { left, right } = headerRange(view, headerTop, headerBottom);
  if (right < 0) return null;
  if (!saved && isSubHeaderRow(view, headerTop, left, right)) {
    headerBottom = headerTop + 1;
    ({ left, right } = headerRange(view, headerTop, headerBottom));
  }

  const columns: ColumnInfo[] = [];
  for (let c = left; c <= right; c++) {
    const top = headerBottom > headerTop ? parentText(view, headerTop, c, left) : view.text(headerTop, c);
    const child = headerBottom > headerTop ? view.text(headerBottom, c) : '';
    const header = child && child !== top ? (top ? `${top} › ${child}` : child) : top;
    if (!header) continue;
    let match = matchHeader(top || null, child || null);
    let source: ColumnInfo['source'] = 'auto';
    const chosen = saved?.columns[columnLetter(c)];
    if (chosen) {
      match = chosen === 'ignore' ? { field: null, confidence: 1 } : { field: chosen, confidence: 1 };
      source = 'saved';
    }
    columns.push({ col: c, header, match, field: null, source });
  }
  const fields = assignFields(columns);
  if (fields.title === undefined) return null;

  const months = columns
    .filter((c) => c.match.field === 'month' && c.match.month)
    .map((c) => ({ month: c.match.month!, col: c.col }));
  months.forEach((m) => (columns.find((c) => c.col === m.col)!.field = 'progress'));
  const statusMarks = columns
    .filter((c) => c.match.statusWord)
    .map((c) => ({ word: c.match.statusWord!, col: c.col, label: c.header.split(' › ').pop()! }));
  statusMarks.forEach((m) => (columns.find((c) => c.col === m.col)!.field = 'status'));

  let dataTop = headerBottom + 1;
  while (dataTop < view.rows && isColumnNumberRow(view, dataTop, left, right)) dataTop++;

  return {
    sheet: view.name,
    headerTop,
    headerBottom,
    dataTop,
    left,
    right,
    columns,
    fields,
    months,
    statusMarks,
    titleLines: titleLines(view, headerTop),
    ownerAbove: findOwnerAbove(view, headerTop),
  };
}
