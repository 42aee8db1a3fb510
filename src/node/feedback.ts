// `--feedback DIR`: the feedback workbooks (src/core/feedback.ts says what they show), written with
// exceljs's plain Workbook — each is small — and each written atomically, like every output.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  type FeedbackBook,
  type FeedbackSheet,
  type FeedbackTarget,
  type FeedbackValue,
  hyperlinkLocation,
} from '../core/feedback';
import type { Lang } from '../core/model';
import { CATALOGUES } from '../core/catalogue';
import { writeFileAtomic } from './atomic-write';
import { charsPerLine, rowHeight } from './summary/row-height';

/** Excel refuses a string constant longer than this in a formula (#VALUE! in HYPERLINK). */
const FORMULA_STRING_LIMIT = 255;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };

/** The path Excel follows from the feedback workbook to the unit's file: relative to DIR, with
 *  forward slashes (Excel reads them on Windows too, and they are the only ones a Mac reads). */
export function linkHref(dir: string, folder: string, file: string): string {
  const rel = path.relative(path.resolve(dir), path.resolve(folder, file));
  return rel.split(path.sep).join('/');
}

/** A string constant inside a formula: quotes doubled. */
function quoted(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** `=HYPERLINK("path#'Sheet'!E17","E17")`, or just the text when Excel could not follow the link
 *  (a location past its 255 characters, or a `#` in the path that would cut it short). */
export function linkValue(text: string, target: FeedbackTarget, href: (file: string) => string): ExcelJS.CellValue {
  const to = href(target.file);
  const location = hyperlinkLocation(to, target.sheet, target.cell);
  if (to.includes('#') || location.length > FORMULA_STRING_LIMIT) return text;
  return { formula: `HYPERLINK(${quoted(location)},${quoted(text)})`, result: text };
}

function cellValue(v: FeedbackValue, href: (file: string) => string): ExcelJS.CellValue {
  if (v === null || typeof v === 'string' || typeof v === 'number') return v;
  if (v.kind === 'date') {
    const [y, m, d] = v.iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return linkValue(v.text, v.target, href);
}

function addSheet(wb: ExcelJS.Workbook, sheet: FeedbackSheet, href: (file: string) => string): void {
  const ws = wb.addWorksheet(sheet.name);
  sheet.heading.forEach((line, k) => {
    const row = ws.addRow([line]);
    row.getCell(1).font = k === 0 ? { bold: true, size: 14 } : k === sheet.heading.length - 1 ? { bold: true } : {};
  });
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (!sheet.columns.length) {
    ws.getColumn(1).width = 100;
    return;
  }
  ws.addRow([]);
  const headerRow = ws.addRow(sheet.columns.map((c) => c.header));
  const first = headerRow.number;
  headerRow.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  sheet.columns.forEach((c, k) => (ws.getColumn(k + 1).width = c.width));
  // Every cell wraps: a row gets the height its longest text needs, or LibreOffice draws it over the next.
  const perLine = sheet.columns.map((c) => charsPerLine(c.width));
  for (const values of sheet.rows) {
    const row = ws.addRow(values.map((v) => cellValue(v, href)));
    const height = rowHeight(
      values.map((v) => (v !== null && typeof v === 'object' ? (v.kind === 'link' ? v.text : null) : v)),
      perLine,
    );
    if (height) row.height = height;
    values.forEach((v, k) => {
      const cell = row.getCell(k + 1);
      cell.border = THIN;
      cell.alignment = { vertical: 'top', wrapText: true };
      if (v !== null && typeof v === 'object' && v.kind === 'date') cell.numFmt = 'dd/mm/yyyy';
      if (v !== null && typeof v === 'object' && v.kind === 'link' && typeof cell.value === 'object')
        cell.font = LINK_FONT;
    });
  }
  ws.views = [{ state: 'frozen', ySplit: first }];
  ws.autoFilter = { from: { row: first, column: 1 }, to: { row: first, column: sheet.columns.length } };
  ws.pageSetup.printTitlesRow = `${first}:${first}`;
}

/** One feedback workbook, as the bytes of its .xlsx. */
export async function feedbackWorkbook(book: FeedbackBook, href: (file: string) => string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'camket';
  // A fixed date: the same merge writes the same bytes.
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  for (const sheet of book.sheets) addSheet(wb, sheet, href);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Why DIR cannot take the feedback, or null. A folder that is not there yet is made. */
export async function feedbackDirProblem(dir: string, lang: Lang): Promise<string | null> {
  const st = await fs.stat(dir).catch(() => null);
  if (st && !st.isDirectory()) return CATALOGUES[lang].merge.feedbackNotFolder(dir);
  return null;
}

/** Write one book into DIR atomically (the folder made if need be); returns its path. */
export async function writeFeedbackBook(dir: string, folder: string, book: FeedbackBook): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, book.fileName);
  await writeFileAtomic(target, await feedbackWorkbook(book, (file) => linkHref(dir, folder, file)));
  return target;
}
