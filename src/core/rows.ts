// Reading the rows under the header: which rows are commitments, which are section rows (they set
// the field), totals, blanks, and where the signature block ends the table.
import type { TableLayout } from './table';
import type { SheetView } from './sheet-view';
import { foldWords } from './text';

export type RowKind =
  | { kind: 'commitment' }
  | { kind: 'section'; field: string }
  | { kind: 'total' }
  | { kind: 'blank' }
  | { kind: 'end' };

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;
const SECTION_PREFIX = /^\s*((?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[A-Z])\s*[.)/:-]\s*(\S.*)$/;
const TOTAL_WORDS = ['tong cong', 'cong', 'tong', 'tong so', 'cong tong'];
const SIGNATURE_WORDS = [
  'nguoi lap bieu', 'nguoi lap', 'thu truong don vi', 'thu truong co quan', 'ky ten', 'ky ghi ro ho ten',
  'ky va ghi ro ho ten', 'ky ten dong dau', 'noi nhan', 'xac nhan cua thu truong don vi', 'lanh dao don vi',
  'nguoi tong hop', 'ky ho ten',
];
/** Titles that sign only when written in capitals on a row of their own ("GIÁM ĐỐC"), not in an owner column. */
const SIGNING_ROLES = ['giam doc', 'pho giam doc', 'truong phong', 'pho truong phong', 'thu truong', 'kt giam doc'];
/** "Bến Tre, ngày 30 tháng 6 năm 2023": the place-and-date line above signatures. */
const PLACE_DATE = /^[a-z ]{2,40} ngay \S* ?thang \S* ?nam \d{4}$/;

function isRomanOrLetter(text: string): boolean {
  const t = text.replace(/[.):]+$/, '').trim();
  return ROMAN.test(t) || /^[A-Za-z]$/.test(t);
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
  if (numberCol !== undefined && view.origin(row, numberCol).row === row && COMMITMENT_NUMBER.test(view.ownText(row, numberCol)))
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

  if ([numberText, titleText, first].some((t) => t.length < 60 && (TOTAL_WORDS.includes(foldWords(t)) || foldWords(t).startsWith('tong cong'))))
    return { kind: 'total' };

  if (numberText && isRomanOrLetter(numberText)) return { kind: 'section', field: sectionName(titleText || first) };

  if (cells.length === 1) {
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
