// Reading the rows under the header: which rows are commitments, which are section rows (they set
// the field), footers (totals, averages, notes), blanks, and where the signature block ends the
// table. A footer is told by what it is — a label that sums up, a formula over the column above, a
// note — never by a list of whole rows.
import type { TableLayout } from './table';
import type { SheetView } from './sheet-view';
import { foldWords } from './text';

export type RowKind =
  | { kind: 'commitment' }
  | { kind: 'section'; field: string }
  | { kind: 'total' }
  | { kind: 'note' }
  | { kind: 'blank' }
  | { kind: 'end' };

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const SECTION_PREFIX = /^\s*((?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[A-Z])\s*[.)/:-]\s*(\S.*)$/;
const TOTAL_WORDS = ['tong cong', 'cong', 'tong', 'tong so', 'cong tong', 'trung binh', 'binh quan', 'trung binh cong'];
/** Labels that sum up the table: "Tổng số: 9 đầu việc", "Tiến độ bình quân", "Tỷ lệ hoàn thành trung bình (%)".
 *  A title that only begins like one ("Tổng số lượt khách đạt 1,8 triệu") is a commitment: "tổng số"
 *  counts only with a count of tasks after it. */
const TOTAL_LABEL =
  /^(tong cong|cong tong)\b|^tong so( (dau viec|nhiem vu|cong viec|viec))? \d+( (dau viec|nhiem vu|cong viec|viec))?$|^((tien do|ty le( hoan thanh)?|muc do hoan thanh)( thuc hien)? )?(binh quan|trung binh)( chung| cong)?$/;
/** Notes under the table: "(*) Thời hạn theo Kế hoạch số 12/KH-…", "Ghi chú: …", "Lưu ý: …". */
const NOTE_START = /^\s*(\(\*+\)|\*+\s|(ghi chú|ghi chu|lưu ý|luu y|chú thích|chu thich|nguồn|nguon)\s*:)/iu;
/** Aggregates that sum up a column: "SUM(F8:F16)", "SUBTOTAL(109,[Tiến độ])", "COUNTA(B8:B16)". */
const AGGREGATE =
  /^_?(?:xlfn\.)?(SUM|AVERAGE|AVERAGEA|SUBTOTAL|AGGREGATE|COUNT|COUNTA|COUNTIF|COUNTIFS|SUMIF|SUMIFS|AVERAGEIF|AVERAGEIFS|MAX|MIN)\s*\(/i;
/** Where a range's last row lies: "F8:F16" → 16. */
const RANGE_END = /\$?[A-Z]{1,3}\$?\d+\s*:\s*\$?[A-Z]{1,3}\$?(\d+)/gi;
const SIGNATURE_WORDS = [
  'nguoi lap bieu',
  'nguoi lap',
  'thu truong don vi',
  'thu truong co quan',
  'ky ten',
  'ky ghi ro ho ten',
  'ky va ghi ro ho ten',
  'ky ten dong dau',
  'noi nhan',
  'xac nhan cua thu truong don vi',
  'lanh dao don vi',
  'nguoi tong hop',
  'ky ho ten',
];
/** Titles that sign only when written in capitals on a row of their own ("GIÁM ĐỐC"), not in an owner column. */
const SIGNING_ROLES = ['giam doc', 'pho giam doc', 'truong phong', 'pho truong phong', 'thu truong', 'kt giam doc'];
/** "Bến Tre, ngày 30 tháng 6 năm 2023": the place-and-date line above signatures. */
const PLACE_DATE = /^[a-z ]{2,40} ngay \S* ?thang \S* ?nam \d{4}$/;

function isRomanOrLetter(text: string): boolean {
  // "a)", "b)" number the items under a group heading; sections are "A", "B." or "I.".
  if (/^[a-z]\)$/.test(text.trim())) return false;
  const t = text.replace(/[.):]+$/, '').trim();
  return ROMAN.test(t) || /^[A-Za-z]$/.test(t);
}

/** A formula that sums up the column above this row (a totals row, an Excel table's totals row):
 *  an aggregate over a range that ends above it, or a structured reference to a table column. */
export function summarisesAbove(formula: string, row: number): boolean {
  if (!AGGREGATE.test(formula)) return false;
  if (/\[[^\]]+\]/.test(formula)) return true;
  let any = false;
  for (const m of formula.matchAll(RANGE_END)) {
    if (Number(m[1]) - 1 >= row) return false;
    any = true;
  }
  return any;
}

/** Whether the row's figures are formulas summing up the columns above. */
function hasSummaryFormula(view: SheetView, table: TableLayout, row: number): boolean {
  if (!view.hasFormulas) return false;
  for (let c = table.left; c <= table.right; c++) {
    const f = view.formula(row, c);
    if (f !== null && view.origin(row, c).row === row && summarisesAbove(f, row)) return true;
  }
  return false;
}

/** "I. LĨNH VỰC VĂN HÓA" → "LĨNH VỰC VĂN HÓA". */
export function sectionName(text: string): string {
  const m = SECTION_PREFIX.exec(text);
  return (m ? m[2] : text).replace(/[:.]+$/, '').trim();
}

function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase();
}

/** Distinct non-empty values shown across the table's columns in a row (merged areas count once). */
function shownCells(view: SheetView, table: TableLayout, row: number): { col: number; text: string }[] {
  const seen = new Set<string>();
  const cells: { col: number; text: string }[] = [];
  for (let c = table.left; c <= table.right; c++) {
    const o = view.origin(row, c);
    if (o.row !== row) {
      // A value merged down from a row above (an owner spanning several rows) is not this row's own.
      continue;
    }
    const key = `${o.row},${o.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = view.ownText(o.row, o.col);
    if (text) cells.push({ col: c, text });
  }
  return cells;
}

/** "1", "12", "1.2", "3a": the number of a commitment, never of a section, total or signature. */
const COMMITMENT_NUMBER = /^\d{1,4}(\.\d{1,3})*[a-z]?\.?$/;

export function classifyRow(view: SheetView, table: TableLayout, row: number): RowKind {
  const numberCol = table.fields.number;
  if (
    numberCol !== undefined &&
    view.origin(row, numberCol).row === row &&
    COMMITMENT_NUMBER.test(view.ownText(row, numberCol))
  )
    return { kind: 'commitment' };
  const cells = shownCells(view, table, row);
  if (cells.length === 0) return { kind: 'blank' };

  for (const { text } of cells) {
    // Signature lines are short; a commitment's long title never is one.
    if (text.length > 60) continue;
    const words = foldWords(text);
    if (SIGNATURE_WORDS.includes(words) || PLACE_DATE.test(words)) return { kind: 'end' };
  }
  if (cells.every(({ text }) => isUpperCase(text) && SIGNING_ROLES.includes(foldWords(text)))) return { kind: 'end' };

  const titleCol = table.fields.title!;
  const numberText = numberCol !== undefined ? view.text(row, numberCol) : '';
  const titleText = view.text(row, titleCol);
  const first = cells[0].text;

  if (
    [numberText, titleText, first].some(
      (t) => t.length < 60 && (TOTAL_WORDS.includes(foldWords(t)) || TOTAL_LABEL.test(foldWords(t))),
    )
  )
    return { kind: 'total' };
  if (hasSummaryFormula(view, table, row)) return { kind: 'total' };
  if (cells.every(({ text }) => NOTE_START.test(text)) || (cells.length === 1 && NOTE_START.test(first)))
    return { kind: 'note' };

  if (numberText && isRomanOrLetter(numberText)) return { kind: 'section', field: sectionName(titleText || first) };

  if (cells.length === 1 && !NUMBERED_TITLE.test(cells[0].text)) {
    const only = cells[0];
    const o = view.origin(row, only.col);
    const wide = view.mergeWidth(o.row, o.col) > 1;
    if (SECTION_PREFIX.test(only.text) && (wide || only.col !== titleCol || isUpperCase(only.text)))
      return { kind: 'section', field: sectionName(only.text) };
    if (wide || isUpperCase(only.text) || /^linh vuc\b/.test(foldWords(only.text)))
      return { kind: 'section', field: sectionName(only.text) };
  }
  return { kind: 'commitment' };
}

/** A title that numbers itself: "1. Công tác tuyên truyền" → "1". */
const NUMBERED_TITLE = /^\s*(\d{1,3})[.)]\s+\S/;
/** How far below a heading its first item may lie (blank rows between are skipped). */
const HEADING_LOOKAHEAD = 4;

/** The marks that number the items under a group heading: "1.1", "a)", "-", "+", "•". */
function isSubItemMark(text: string, heading: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (t.startsWith(`${heading}.`) && /^\d+\.\d/.test(t)) return true;
  return /^([a-zđ][).]|[-+•–*])(\s|$)/u.test(t);
}

/**
 * A numbered group heading ("1. Công tác tuyên truyền, quảng bá") whose only text is its title, with
 * its items ("1.1", "a)", "-") under it: it is neither a commitment nor an issue. Without items under
 * it, the same row is a commitment. Figures that sum up its items (a formula) do not count as its own.
 */
export function isGroupHeading(view: SheetView, table: TableLayout, row: number): boolean {
  // Most rows are commitments with a deadline: the cheapest sign they are no heading.
  const deadlineCol = table.fields.deadline;
  if (deadlineCol !== undefined && !view.isCovered(row, deadlineCol) && view.ownText(row, deadlineCol)) return false;
  const titleCol = table.fields.title!;
  const numberCol = table.fields.number;
  const numberText = numberCol !== undefined ? view.ownText(row, numberCol).trim() : '';
  const titleText = view.text(row, titleCol);
  const heading =
    /^(\d{1,3})\.?$/.exec(numberText)?.[1] ?? (numberText ? null : (NUMBERED_TITLE.exec(titleText)?.[1] ?? null));
  if (!heading || !titleText) return false;
  const titleOrigin = view.origin(row, titleCol);
  for (let c = table.left; c <= table.right; c++) {
    if (c === numberCol) continue;
    const o = view.origin(row, c);
    if (o.row !== row || (o.row === titleOrigin.row && o.col === titleOrigin.col)) continue;
    if (!view.text(row, c)) continue;
    const f = view.formula(row, c);
    if (f !== null && AGGREGATE.test(f)) continue;
    return false;
  }
  for (let r = row + 1; r < view.rows && r <= row + HEADING_LOOKAHEAD; r++) {
    const kind = classifyRow(view, table, r).kind;
    if (kind === 'blank') continue;
    if (kind !== 'commitment') return false;
    const mark = numberCol !== undefined ? view.ownText(r, numberCol) : '';
    return isSubItemMark(mark, heading) || (!mark.trim() && isSubItemMark(view.text(r, titleCol), heading));
  }
  return false;
}
