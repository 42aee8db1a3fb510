// The Node adapter: an .xlsx file on disk → the grid the core reads. The lean reader (xlsx-fast.ts)
// reads nearly every file; exceljs's in-memory reader is the fallback for what the lean reader does
// not understand (its streaming reader garbles Vietnamese text split across 16 KB chunks,
// exceljs#2063). exceljs is never handed the file as it came: it gets the package rebuilt from parts
// read within the same limits, so a hostile file is refused by both alike.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { type CellValue, type SheetGrid, type WorkbookGrid, parseCellAddress } from '../core/grid';
import type { ReadFailure } from '../core/department-check';
import type { ReadFailureReason } from '../core/rules';
import { PACKAGE_LIMITS, RefusedPackageError, checkGridLimits, packageForExceljs, readXlsxFast } from './xlsx-fast';
import { type Machine, cloudOnlyRead, thisMachine } from './cloud-files';

/** Why a file could not be read, as an issue code and the values its message needs; `detail` is
 *  for the maintainers (an unexpected error's text), never shown in the message. */
export class WorkbookReadError extends Error {
  constructor(
    readonly failure: ReadFailure,
    readonly detail?: string,
  ) {
    super(`${failure.rule}: ${JSON.stringify(failure.params)}${detail ? ` (${detail})` : ''}`);
  }

  get rule(): ReadFailure['rule'] {
    return this.failure.rule;
  }

  /** The parameters, read without first asking which rule it is. */
  get params(): { readonly format?: string | number; readonly reason?: ReadFailureReason } {
    return this.failure.params;
  }
}

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);
/** Office Open XML workbooks: a workbook, with macros, a template, a template with macros. */
const OOXML_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xltx', '.xltm']);
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

/** Excel serial (1900 date system, what the core reads) of a Date that exceljs built from a serial
 *  (at UTC midnight, in the workbook's own date system: a 1904 serial is already the right day). */
function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  // exceljs reads a result of blanks (<v> </v>) as NaN: no value.
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return plainValue((v as { text: ExcelJS.CellValue }).text);
    if ('error' in v) return null;
  }
  return null;
}

const isFormula = (v: ExcelJS.CellValue): v is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue =>
  v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v || 'shareType' in v);

function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  const formats: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  const arrays: { ref: string; text: string }[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.isMerged && cell.master !== cell) return;
      const raw = cell.value;
      let v: CellValue;
      if (isFormula(raw)) {
        // A formula counts by its saved result. cell.result, not cell.value.result: exceljs's value
        // leaves out a result of 0, false or "" (as if none had been saved).
        const result = (cell as unknown as { result?: ExcelJS.CellValue }).result;
        v = result && typeof result === 'object' && 'error' in result ? null : plainValue(result ?? null);
        const formula = cell.formula || null;
        if (formula) {
          ((formulas ??= [])[r] ??= [])[c] = formula;
          const { shareType, ref } = raw as { shareType?: string; ref?: string };
          if (shareType === 'array' && ref?.includes(':')) arrays.push({ ref, text: formula });
        }
      } else v = plainValue(raw);
      const fmt = cell.numFmt || null;
      const font = cell.font?.name || null;
      if (v === null && !fmt && !font) return;
      (values[r] ??= [])[c] = v;
      if (fmt) (formats[r] ??= [])[c] = fmt;
      if (font) (fonts[r] ??= [])[c] = font;
    });
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  // Every cell of an array formula's range holds its formula (only the top-left says so in the file).
  for (const { ref, text } of arrays) {
    const [a, b] = ref.split(':').map((x) => parseCellAddress(x));
    if (!a || !b) continue;
    for (let r = a.row; r <= Math.min(b.row, values.length - 1); r++)
      for (let c = a.col; c <= Math.min(b.col, values[r].length - 1); c++)
        if (values[r][c] !== undefined && !formulas?.[r]?.[c]) ((formulas ??= [])[r] ??= [])[c] = text;
  }
  const hiddenColumns: number[] = [];
  const colCount = ws.columnCount;
  for (let c = 1; c <= colCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c - 1);
  const merges = Object.values(
    (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })
      ._merges ?? {},
  ).map((m) => ({
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

function describeFormat(buffer: Buffer, fileName: string): WorkbookReadError | null {
  const ext = path.extname(fileName).toLowerCase();
  if (buffer.subarray(0, 8).equals(OLE2_MAGIC)) {
    // Encrypted .xlsx files are OLE2 containers too, holding an EncryptedPackage stream.
    if (buffer.includes(Buffer.from('EncryptedPackage', 'utf16le')))
      return new WorkbookReadError({ rule: 'encrypted-file', params: {} });
    return new WorkbookReadError({
      rule: 'unsupported-format',
      params: { format: ext === '.xlsx' ? '.xls (Excel 97-2003)' : ext || '.xls' },
    });
  }
  if (!buffer.subarray(0, 2).equals(ZIP_MAGIC)) {
    if (OOXML_EXTENSIONS.has(ext))
      return new WorkbookReadError({ rule: 'unreadable-file', params: { reason: 'not-xlsx' } });
    return new WorkbookReadError({ rule: 'unsupported-format', params: { format: ext || '?' } });
  }
  if (ext === '.ods') return new WorkbookReadError({ rule: 'unsupported-format', params: { format: '.ods' } });
  return null;
}

/** A refusal as the reason the clerk reads. */
function refusal(e: RefusedPackageError): WorkbookReadError {
  return new WorkbookReadError({ rule: 'unreadable-file', params: { reason: e.reason } }, e.detail);
}

/** Read with exceljs only (the fallback path; also the reference the lean reader is tested against). */
export async function readWorkbookWithExceljs(buffer: Buffer, fileName: string): Promise<WorkbookGrid> {
  const bad = describeFormat(buffer, fileName);
  if (bad) throw bad;
  let rebuilt: Uint8Array;
  try {
    rebuilt = packageForExceljs(buffer);
  } catch (e) {
    if (e instanceof RefusedPackageError) throw refusal(e);
    throw new WorkbookReadError(
      { rule: 'unreadable-file', params: { reason: 'corrupt' } },
      e instanceof Error ? e.message.split('\n')[0].slice(0, 160) : String(e),
    );
  }
  return loadWithExceljs(Buffer.from(rebuilt.buffer, rebuilt.byteOffset, rebuilt.byteLength), fileName);
}

export async function readWorkbookBuffer(buffer: Buffer, fileName: string): Promise<WorkbookGrid> {
  const bad = describeFormat(buffer, fileName);
  if (bad) throw bad;
  try {
    return readXlsxFast(buffer, path.basename(fileName));
  } catch (e) {
    // A package refused for what it is (a zip bomb, XML entities, a damaged archive) goes to no other reader.
    if (e instanceof RefusedPackageError) throw refusal(e);
    // Whatever else the lean reader does not understand, exceljs gets a chance to read.
  }
  return readWorkbookWithExceljs(buffer, fileName);
}

async function loadWithExceljs(buffer: Buffer, fileName: string): Promise<WorkbookGrid> {
  // Loaded only when needed: most workbooks never get here, and exceljs whole takes ≈190 ms to load.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(
      { rule: 'unreadable-file', params: { reason: 'corrupt' } },
      e instanceof Error ? e.message.split('\n')[0].slice(0, 160) : String(e),
    );
  }
  // A zip without a workbook in it loads "successfully" into an exceljs workbook without properties.
  if (!wb.properties) throw new WorkbookReadError({ rule: 'unreadable-file', params: { reason: 'not-xlsx' } });
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => sheets.push(sheetToGrid(ws)));
  const grid = { file: path.basename(fileName), sheets };
  // The core gets no more from this reader than from the lean one.
  try {
    checkGridLimits(grid);
  } catch (e) {
    if (e instanceof RefusedPackageError) throw refusal(e);
    throw e;
  }
  return grid;
}

/** The file system and machine readWorkbookFile uses: the real ones, or a test's. */
export interface ReadSystem extends Machine {
  stat(p: string): Promise<{ isFile(): boolean; size: number }>;
  lstat(p: string): Promise<unknown>;
  readFile(p: string): Promise<Buffer>;
}

const realSystem = (): ReadSystem => ({
  ...thisMachine(),
  stat: (p) => fs.stat(p),
  lstat: (p) => fs.lstat(p),
  readFile: (p) => fs.readFile(p),
});

export async function readWorkbookFile(filePath: string, sys: ReadSystem = realSystem()): Promise<WorkbookGrid> {
  let buffer: Buffer;
  try {
    const stat = await sys.stat(filePath);
    // A device or a pipe never ends; a file larger than any workbook is not read into memory at all.
    if (!stat.isFile())
      throw new WorkbookReadError({ rule: 'unreadable-file', params: { reason: 'not-xlsx' } }, 'not a file');
    if (stat.size > PACKAGE_LIMITS.MAX_FILE_BYTES)
      throw new WorkbookReadError({ rule: 'unreadable-file', params: { reason: 'too-large' } }, 'file size');
    // An attachment saved before it finished downloading: said as such by merge and validate alike.
    if (stat.size === 0) throw new WorkbookReadError({ rule: 'unreadable-file', params: { reason: 'empty' } });
    buffer = await sys.readFile(filePath);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    const exists =
      code === 'ENOENT' &&
      (await sys.lstat(filePath).then(
        () => true,
        () => false,
      ));
    // A file OneDrive keeps online fails to open with an error libuv does not map: not a damaged file.
    const reason: ReadFailureReason = cloudOnlyRead(filePath, e, exists, sys)
      ? 'cloud-only'
      : code === 'ENOENT'
        ? 'not-found'
        : code === 'EBUSY' || code === 'EPERM'
          ? 'locked'
          : code === 'EACCES'
            ? 'no-access'
            : 'corrupt';
    throw new WorkbookReadError({ rule: 'unreadable-file', params: { reason } }, code);
  }
  // Named in NFC, as every name camket shows: macOS gives NFD.
  return readWorkbookBuffer(buffer, path.basename(filePath).normalize('NFC'));
}
