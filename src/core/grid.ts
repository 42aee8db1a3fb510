// The grid is what both adapters hand to the core: an .xlsx file read by exceljs on the Node side,
// an Office.js range on the Excel side. Dates arrive as Excel serial numbers with a date number
// format, exactly as Office.js gives them, so both sides feed the core the same thing.

export type CellValue = string | number | boolean | null;

/** An inclusive rectangle of 0-based row/column indexes. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** values[row][col], 0-based from A1; rows may be ragged or shorter than the sheet. */
  values: CellValue[][];
  /** Number formats in the same shape as values (missing = General). */
  formats?: (string | null | undefined)[][];
  /** Formulas (without the leading "=") in the same shape as values, for the cells that hold one;
   *  the cell's value is the result saved with it, or null when the file saved none. */
  formulas?: (string | null | undefined)[][];
  /** Font names in the same shape as values (missing = unknown). */
  fonts?: (string | null | undefined)[][];
  merges?: CellArea[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** The sheet itself is hidden or very hidden. */
  hidden?: boolean;
}

export interface WorkbookGrid {
  /** File name as the user knows it (no folder), or the workbook's name in Excel. */
  file: string;
  sheets: SheetGrid[];
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function formatAt(sheet: SheetGrid, row: number, col: number): string | null {
  return sheet.formats?.[row]?.[col] ?? null;
}

export function formulaAt(sheet: SheetGrid, row: number, col: number): string | null {
  return sheet.formulas?.[row]?.[col] ?? null;
}

export function fontAt(sheet: SheetGrid, row: number, col: number): string | null {
  return sheet.fonts?.[row]?.[col] ?? null;
}

export function rowCount(sheet: SheetGrid): number {
  return sheet.values.length;
}

export function columnCount(sheet: SheetGrid): number {
  let n = 0;
  for (const r of sheet.values) if (r && r.length > n) n = r.length;
  return n;
}

/** "A", "B", … "Z", "AA" for a 0-based column index. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A sheet name as a reference prefix, quoted and its quotes doubled: 'Đầu việc'! */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** A1-style address of a 0-based cell. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Parse "E17" into 0-based indexes; null when it is not an A1 address. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
