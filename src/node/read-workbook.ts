// The Node adapter: an .xlsx file on disk → the grid the core reads. exceljs's in-memory reader is
// used on purpose: its streaming reader garbles Vietnamese text split across 16 KB chunks (exceljs#2063).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { CellValue, SheetGrid, WorkbookGrid } from '../core/grid';
import type { ReadFailureReason, RuleCode } from '../core/rules';
import { HostilePackageError, readXlsxFast } from './xlsx-fast';

/** Why a file could not be read, as an issue code and the values its message needs. */
export class WorkbookReadError extends Error {
  constructor(
    readonly rule: Extract<RuleCode, 'unsupported-format' | 'unreadable-file' | 'encrypted-file'>,
    readonly params: { format?: string; reason?: ReadFailureReason; detail?: string } = {},
  ) {
    super(`${rule}: ${JSON.stringify(params)}`);
  }
}

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

/** Excel serial of a Date that exceljs built from a serial (it uses UTC midnight). */
function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return date1904 ? serial - 1462 : serial;
}

function plainValue(v: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    // A formula counts by its saved result.
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) {
      const r = (v as { result?: ExcelJS.CellValue }).result;
      if (r && typeof r === 'object' && 'error' in r) return null;
      return plainValue(r ?? null, date1904);
    }
    if ('text' in v) return plainValue((v as { text: ExcelJS.CellValue }).text, date1904);
    if ('error' in v) return null;
  }
  return null;
}

function sheetToGrid(ws: ExcelJS.Worksheet, date1904: boolean): SheetGrid {
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  const formats: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.isMerged && cell.master !== cell) return;
      const v = plainValue(cell.value, date1904);
      const raw = cell.value;
      const formula = raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw) ? cell.formula || null : null;
      if (formula) ((formulas ??= [])[r] ??= [])[c] = formula;
      const fmt = cell.numFmt || null;
      const font = cell.font?.name || null;
      if (v === null && !fmt && !font) return;
      (values[r] ??= [])[c] = v;
      if (fmt) (formats[r] ??= [])[c] = fmt;
      if (font) (fonts[r] ??= [])[c] = font;
    });
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  const hiddenColumns: number[] = [];
  const colCount = ws.columnCount;
  for (let c = 1; c <= colCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c - 1);
  const merges = Object.values((ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {}).map((m) => ({
    top: m.top - 1,
    left: m.left - 1,
    bottom: m.bottom - 1,
    right: m.right - 1,
  }));
  return {
    name: ws.name,
    values,
    formats,
    fonts,
    merges,
    hiddenRows,
    hiddenColumns,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    ...(formulas ? { formulas } : {}),
  };
}

/** Remove drawings (charts, images) from the package: the core needs none, and exceljs 4.4.0
 *  throws on drawings written without the `xdr:` prefix (exceljs#2591). */
async function withoutDrawings(buffer: Buffer): Promise<Buffer> {
  const { default: Zip } = await import('jszip');
  const zip: JSZip = await Zip.loadAsync(buffer);
  for (const name of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(name)) {
      const xml = await zip.file(name)!.async('string');
      zip.file(name, xml.replace(/<Relationship\b[^>]*Type="[^"]*\/drawing"[^>]*\/>/g, ''));
    } else if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const xml = await zip.file(name)!.async('string');
      zip.file(name, xml.replace(/<(\w+:)?drawing\b[^>]*\/>/g, '').replace(/<(\w+:)?legacyDrawing\b[^>]*\/>/g, ''));
    } else if (name.startsWith('xl/drawings/')) {
      zip.remove(name);
    }
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

function describeFormat(buffer: Buffer, fileName: string): WorkbookReadError | null {
  const ext = path.extname(fileName).toLowerCase();
  if (buffer.subarray(0, 8).equals(OLE2_MAGIC)) {
    // Encrypted .xlsx files are OLE2 containers too, holding an EncryptedPackage stream.
    if (buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return new WorkbookReadError('encrypted-file');
    return new WorkbookReadError('unsupported-format', { format: ext === '.xlsx' ? '.xls (Excel 97-2003)' : ext || '.xls' });
  }
  if (!buffer.subarray(0, 2).equals(ZIP_MAGIC)) {
    if (ext === '.xlsx' || ext === '.xlsm') return new WorkbookReadError('unreadable-file', { reason: 'not-xlsx' });
    return new WorkbookReadError('unsupported-format', { format: ext || '?' });
  }
  if (ext === '.ods') return new WorkbookReadError('unsupported-format', { format: '.ods' });
  return null;
}

/** Read with exceljs only (the fallback path; also the reference the lean reader is tested against). */
export async function readWorkbookWithExceljs(buffer: Buffer, fileName: string): Promise<WorkbookGrid> {
  const bad = describeFormat(buffer, fileName);
  if (bad) throw bad;
  return loadWithExceljs(buffer, fileName);
}

export async function readWorkbookBuffer(buffer: Buffer, fileName: string): Promise<WorkbookGrid> {
  const bad = describeFormat(buffer, fileName);
  if (bad) throw bad;
  try {
    return readXlsxFast(buffer, path.basename(fileName));
  } catch (e) {
    // A package refused for what it is (a zip bomb, XML entities) goes to no other reader.
    if (e instanceof HostilePackageError) throw new WorkbookReadError('unreadable-file', { reason: e.reason });
    // Whatever else the lean reader does not understand, exceljs gets a chance to read.
  }
  return loadWithExceljs(buffer, fileName);
}

async function loadWithExceljs(buffer: Buffer, fileName: string): Promise<WorkbookGrid> {
  // Loaded only when needed: most workbooks never get here, and exceljs whole takes ≈190 ms to load.
  const { default: Excel } = await import('exceljs');
  const load = async (b: Buffer) => {
    const wb = new Excel.Workbook();
    await wb.xlsx.load(b as unknown as ArrayBuffer);
    return wb;
  };
  let wb: ExcelJS.Workbook;
  try {
    wb = await load(buffer);
  } catch (first) {
    try {
      wb = await load(await withoutDrawings(buffer));
    } catch {
      throw new WorkbookReadError('unreadable-file', { reason: 'corrupt', detail: first instanceof Error ? first.message.split('\n')[0].slice(0, 160) : String(first) });
    }
  }
  // A zip without a workbook in it loads "successfully" into an exceljs workbook without properties.
  if (!wb.properties) throw new WorkbookReadError('unreadable-file', { reason: 'not-xlsx' });
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => sheets.push(sheetToGrid(ws, date1904)));
  return { file: path.basename(fileName), sheets };
}

export async function readWorkbookFile(filePath: string): Promise<WorkbookGrid> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    const reason: ReadFailureReason =
      code === 'ENOENT' ? 'not-found' : code === 'EBUSY' || code === 'EPERM' ? 'locked' : code === 'EACCES' ? 'no-access' : 'corrupt';
    throw new WorkbookReadError('unreadable-file', { reason, detail: code });
  }
  return readWorkbookBuffer(buffer, filePath);
}
