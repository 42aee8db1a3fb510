/// <reference types="office-js" />
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   every round trip goes through counter()'s sync(), which these rules do not know as context.sync() */
// The thin Office.js adapter: the open workbook → the core's WorkbookGrid, and the pane's results
// → the workbook. Every function takes an Excel.RequestContext (Excel.run gives one; the tests give
// an emulation) and queues as much as it can before each context.sync(): the number of round trips
// depends on what is done, never on how many rows the workbook has.
import type { CellArea, CellValue, SheetGrid, WorkbookGrid } from '../core/grid';
import { columnLetter, parseCellAddress } from '../core/grid';
import { isDateFormat } from '../core/dates';
import { detectLegacyEncoding } from '../core/legacy';

/** Days between the 1900 and the 1904 date systems. */
export const DATE1904_OFFSET = 1462;

/** What the pane needs (getCellProperties/getRowProperties, RangeAreas, special cells): checked
 *  when the pane starts, which then says plainly which Excel it needs. */
export const MIN_EXCEL_API = '1.9';
/** What manifest.xml asks for: only enough to start and say so (Excel 2016 has 1.1), so that an
 *  older Excel shows the button and the reason rather than nothing. */
export const MANIFEST_EXCEL_API = '1.1';
/** Range.getMergedAreasOrNullObject. Without it the pane reads no merges and says so. */
export const MERGES_EXCEL_API = '1.13';

export interface Capabilities {
  mergedAreas: boolean;
}

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  return { mergedAreas: isSetSupported('ExcelApi', MERGES_EXCEL_API) };
}

/** An error the pane can explain to a clerk: each code has a message in i18n.ts. */
export class AddinError extends Error {
  constructor(
    readonly code:
      'empty-workbook' | 'sheet-protected' | 'sheet-missing' | 'sheet-hidden' | 'no-status-column' | 'read-only',
    readonly detail: string = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
  }
}

type Sync = () => Promise<void>;

/** context.sync(), counted: the pane reports round trips, the tests assert them. */
function counter(context: Excel.RequestContext): { sync: Sync; count: () => number } {
  let n = 0;
  return {
    sync: async () => {
      n++;
      await context.sync();
    },
    count: () => n,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Rows per block are bounded by cells, so one range stays far under Excel's per-range limits. */
export const BLOCK_CELLS = 50_000;
export const MAX_BLOCK_ROWS = 5_000;
/** Excel refuses merged-area queries over ranges holding more than 512 merges: ask in small bands. */
export const MERGE_BAND_ROWS = 400;
/** Response bytes a band's merges take per row, about (a merge is four numbers). */
const MERGE_ROW_BYTES = 16;

export interface SheetInfo {
  name: string;
  visibility: string;
  protected: boolean;
  /** 0-based position and size of the used range (values only); null for an empty sheet. */
  used: { row: number; col: number; rows: number; cols: number } | null;
}

export interface ReadResult {
  grid: WorkbookGrid;
  sheets: SheetInfo[];
  /** context.sync() calls made. */
  syncs: number;
  /** Batches Excel refused as too large and that were read again in halves. */
  splits: number;
  mergesRead: boolean;
  /** Opened read-only (Workbook.readOnly, ExcelApi 1.8): nothing can be written, marks included. */
  readOnly: boolean;
  /** The 1904 date system (a workbook made on a Mac): its date serials are 1462 days smaller. */
  date1904: boolean;
}

export interface ReadOptions {
  capabilities: Capabilities;
  /** Plan each round trip under this many bytes: Excel on the web (WEB_PAYLOAD_BUDGET). None on
   *  the desktop, where requests are not limited. */
  payloadBudget?: number;
  /** The workbook's name when Excel gives none (a new, unsaved workbook). */
  fallbackName?: string;
}

/**
 * A piece of work that can be queued, finished after its sync, and halved if Excel refuses it:
 * a band of rows to read, a block of cells to write. `bytes` is what it is expected to add to the
 * request or the response, in UTF-8 bytes of Office.js's JSON.
 */
interface Job {
  bytes: number;
  queue(): () => void;
  split(): Job[] | null;
}

interface OfficeErrorLike {
  code?: string;
  message?: string;
}

/** Errors that a smaller request can avoid: payload size, an aborted request, resource limits,
 *  the 512-merges limit. */
export function isSplittableError(e: unknown): boolean {
  const { code = '', message = '' } = (e ?? {}) as OfficeErrorLike;
  return (
    /payload|toolarge|limit|resource|aborted|generalexception/i.test(code) || /payload|too large|limit/i.test(message)
  );
}

/**
 * Excel on the web refuses a request or a response over 5 MB (UTF-8 bytes of the whole round
 * trip; "Resource limits and performance optimization for Office Add-ins"). Batches are planned
 * under this, a fifth below, since estimates (already a quarter over what the sampled rows took)
 * are estimates; a refusal is still halved. Any lower and a workbook that fits in one round trip
 * would take two.
 */
export const WEB_PAYLOAD_BUDGET = 4_000_000;

/** What one queued action costs in the request besides its arguments (ids, object paths): a
 *  generous guess, so that writes planned by it stay under the budget. */
export const ACTION_BYTES = 200;

export function utf8Bytes(data: unknown): number {
  return new TextEncoder().encode(typeof data === 'string' ? data : JSON.stringify(data ?? null)).length;
}

/** Jobs in order, cut into batches of at most `budget` bytes; a job larger than the budget is
 *  halved until it fits. Without a budget: one batch. */
function planBatches(jobs: Job[], budget: number | undefined): Job[][] {
  if (!budget) return jobs.length ? [jobs] : [];
  const out: Job[][] = [];
  let batch: Job[] = [];
  let bytes = 0;
  const place = (j: Job): void => {
    // Too big for the batch: halve it to fill what is left, when that is worth a range of its own.
    const room = budget - bytes;
    if (j.bytes > room && (j.bytes > budget || room > budget / 8)) {
      const parts = j.split();
      if (parts) return parts.forEach(place);
    }
    if (batch.length && bytes + j.bytes > budget) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(j);
    bytes += j.bytes;
  };
  jobs.forEach(place);
  if (batch.length) out.push(batch);
  return out;
}

async function runJobs(sync: Sync, jobs: Job[], onSplit: () => void, budget?: number): Promise<void> {
  for (const batch of planBatches(jobs, budget)) await runBatch(sync, batch, onSplit);
}

async function runBatch(sync: Sync, jobs: Job[], onSplit: () => void): Promise<void> {
  if (!jobs.length) return;
  const finishers = jobs.map((j) => j.queue());
  try {
    await sync();
  } catch (e) {
    if (!isSplittableError(e)) throw e;
    let parts: Job[][] | null = null;
    if (jobs.length > 1) {
      const half = Math.ceil(jobs.length / 2);
      parts = [jobs.slice(0, half), jobs.slice(half)];
    } else {
      const pieces = jobs[0].split();
      parts = pieces ? [pieces] : null;
    }
    if (!parts) throw e;
    onSplit();
    for (const p of parts) await runBatch(sync, p, onSplit);
    return;
  }
  for (const f of finishers) f();
}

/** Rows [top, top+count), halved on demand; `rowBytes` per row. */
function bandJob(top: number, count: number, rowBytes: number, queue: (top: number, count: number) => () => void): Job {
  return {
    bytes: count * rowBytes,
    queue: () => queue(top, count),
    split: () => {
      if (count <= 1) return null;
      const half = Math.ceil(count / 2);
      return [bandJob(top, half, rowBytes, queue), bandJob(top + half, count - half, rowBytes, queue)];
    },
  };
}

/** A write that cannot be cut smaller. */
function writeJob(bytes: number, queue: () => void): Job {
  return {
    bytes,
    queue: () => {
      queue();
      return () => undefined;
    },
    split: () => null,
  };
}

function bands(top: number, count: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let r = 0; r < count; r += size) out.push([top + r, Math.min(size, count - r)]);
  return out;
}

/** Rows sampled (web only) to foresee how many bytes a sheet's rows will take. */
export const SAMPLE_ROWS = 200;

/** Bytes a row of values and formulas is expected to take, from the first rows of a sheet: a
 *  margin over what they took. 0 without a sample (no budget to keep). */
function sampleRowBytes(sample: Excel.Range | undefined): number {
  if (!sample || sample.isNullObject || !sample.values.length) return 0;
  const formulas = sample.formulas.flat().filter((f) => typeof f === 'string' && f.startsWith('='));
  return Math.ceil((1.25 * (utf8Bytes(sample.values) + utf8Bytes(formulas))) / sample.values.length) + 24;
}

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;

/** Only a cell whose text a legacy font would change needs its font read. */
export function fontMatters(v: CellValue): boolean {
  return typeof v === 'string' && detectLegacyEncoding(v, '.VnTime') !== null;
}

interface SheetRead {
  info: SheetInfo;
  ws: Excel.Worksheet;
  values: CellValue[][];
  formats: (string | null)[][];
  formulas: (string | null)[][];
  fonts: (string | null)[][];
  merges: Map<string, CellArea>;
  hiddenRows: number[];
  hiddenColumns: number[];
  /** Cells whose text looks like an Excel error: checked against valueTypes. */
  errorLike: Set<string>;
  /** Range.rowHidden / columnHidden of the used range are false when nothing is hidden. */
  someRowsHidden: boolean;
  someColumnsHidden: boolean;
  /** Response bytes one row of values and formulas is expected to take (from a sample; web only). */
  rowBytes: number;
}

/**
 * Read every sheet as the core needs it, in four round trips whatever the size: (1) the sheet list,
 * (2) each sheet's used range and protection, (3) values, hidden rows/columns and merged areas, in
 * row blocks, (4) number formats and fonts, only for the cells whose meaning depends on them (a
 * number's format says date or percent; a font says TCVN3/VNI only for text a legacy font would
 * change) and the type of cells that look like #N/A. A batch that Excel on the web refuses as too
 * large (5 MB per request) is read again in halves; on the desktop that never happens.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<ReadResult> {
  const { sync, count } = counter(context);
  let splits = 0;
  const onSplit = () => splits++;

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const workbook = context.workbook;
  workbook.load('name,readOnly');
  // DATE(1904,1,1) is day 0 in the 1904 date system, day 1462 in the 1900 one.
  const day1904 = workbook.functions.date(1904, 1, 1);
  day1904.load('value');
  await sync();
  const date1904 = day1904.value === 0;

  const sample = new Map<Excel.Worksheet, Excel.Range>();
  const probes = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden');
    ws.protection.load('protected');
    if (options.payloadBudget) {
      // The first rows tell how heavy the rest will be, so the blocks can be planned to fit.
      const first = ws.getRange(`1:${SAMPLE_ROWS}`).getUsedRangeOrNullObject(true);
      first.load('values,formulas');
      sample.set(ws, first);
    }
    return { ws, used };
  });
  await sync();

  const reads: SheetRead[] = probes.map(({ ws, used }) => ({
    info: {
      name: ws.name,
      visibility: ws.visibility,
      protected: ws.protection.protected,
      used: used.isNullObject
        ? null
        : { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    },
    someRowsHidden: !used.isNullObject && used.rowHidden !== false,
    someColumnsHidden: !used.isNullObject && used.columnHidden !== false,
    rowBytes: sampleRowBytes(sample.get(ws)),
    ws,
    values: [],
    formats: [],
    formulas: [],
    fonts: [],
    merges: new Map(),
    hiddenRows: [],
    hiddenColumns: [],
    errorLike: new Set(),
  }));

  // Round trip 3: values, formulas, hidden rows and columns, merged areas. Only what is there is
  // asked for: Range.formulas would send every value a second time, so only the formula cells'
  // formulas come (special cells); row and column properties only where something is hidden.
  const jobs: Job[] = [];
  for (const s of reads) {
    const u = s.info.used;
    if (!u) continue;
    const rowsPerBlock = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(BLOCK_CELLS / u.cols)));
    for (const [top, n] of bands(u.row, u.rows, rowsPerBlock)) {
      jobs.push(
        bandJob(top, n, s.rowBytes, (t, k) => {
          const range = s.ws.getRangeByIndexes(t, u.col, k, u.cols);
          range.load('values');
          // Formulas too: the core tells a totals row or a mirror of another sheet by them.
          const formulaCells = s.ws.getRangeByIndexes(t, u.col, k, u.cols).getSpecialCellsOrNullObject('Formulas');
          formulaCells.load('areas/items/formulas,areas/items/rowIndex,areas/items/columnIndex');
          const rows = s.someRowsHidden ? range.getRowProperties({ rowHidden: true }) : null;
          return () => {
            range.values.forEach((row, i) => {
              const r = t + i;
              const out: CellValue[] = (s.values[r] = []);
              row.forEach((v, j) => {
                const c = u.col + j;
                if (v === '' || v === null || v === undefined) return;
                out[c] = v as CellValue;
                if (typeof v === 'string' && ERROR_TEXT.test(v)) s.errorLike.add(`${r},${c}`);
              });
            });
            // The finisher runs after runBatch's sync.
            if (!formulaCells.isNullObject)
              for (const area of formulaCells.areas.items)
                area.formulas.forEach((row, i) =>
                  row.forEach((f, j) => {
                    if (typeof f !== 'string' || !f.startsWith('=')) return;
                    const r = area.rowIndex + i;
                    const c = area.columnIndex + j;
                    (s.formulas[r] ??= [])[c] = f.slice(1);
                    // Excel has calculated every formula: "" is its result (=IF(…;"";…)), not a
                    // result missing, as the file's empty text result is to the merge.
                    if (s.values[r]?.[c] === undefined) (s.values[r] ??= [])[c] = '';
                  }),
                );
            rows?.value.forEach((p, i) => {
              if (p.rowHidden) s.hiddenRows.push(t + i);
            });
          };
        }),
      );
    }
    if (s.someColumnsHidden)
      jobs.push({
        bytes: u.cols * 24,
        queue: () => {
          const cols = s.ws.getRangeByIndexes(u.row, u.col, 1, u.cols).getColumnProperties({ columnHidden: true });
          return () =>
            cols.value.forEach((p, j) => {
              if (p.columnHidden) s.hiddenColumns.push(u.col + j);
            });
        },
        split: () => null,
      });
    if (options.capabilities.mergedAreas) {
      for (const [top, n] of bands(u.row, u.rows, MERGE_BAND_ROWS)) {
        jobs.push(
          bandJob(top, n, MERGE_ROW_BYTES, (t, k) => {
            // Each merge comes from the band holding its top-left cell (office-js #3611), whole, from
            // areas.items: the address has been seen to name top-left cells only (#1590).
            const merged = s.ws.getRangeByIndexes(t, u.col, k, u.cols).getMergedAreasOrNullObject();
            merged.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
            return () => {
              if (merged.isNullObject) return;
              for (const a of merged.areas.items) {
                const area = {
                  top: a.rowIndex,
                  left: a.columnIndex,
                  bottom: a.rowIndex + a.rowCount - 1,
                  right: a.columnIndex + a.columnCount - 1,
                };
                s.merges.set(`${area.top},${area.left},${area.bottom},${area.right}`, area);
              }
            };
          }),
        );
      }
    }
  }
  await runJobs(sync, jobs, onSplit, options.payloadBudget);

  // Round trip 4: formats of numbers, fonts of legacy-looking text, types of error-looking text.
  const needJobs: Job[] = [];
  for (const s of reads) {
    const u = s.info.used;
    if (!u) continue;
    const rowsPerBlock = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(BLOCK_CELLS / u.cols)));
    for (const [top, n] of bands(u.row, u.rows, rowsPerBlock)) {
      for (let c = u.col; c < u.col + u.cols; c++) {
        const need = columnNeeds(s, c, top, n);
        if (need.format) needJobs.push(segmentJob(s, c, need.format, 'format'));
        if (need.font) needJobs.push(segmentJob(s, c, need.font, 'font'));
        if (need.type) needJobs.push(segmentJob(s, c, need.type, 'type'));
      }
    }
  }
  await runJobs(sync, needJobs, onSplit, options.payloadBudget);

  const name = workbook.name || options.fallbackName || 'Workbook';
  const sheets: SheetGrid[] = reads.map((s) => {
    for (let r = 0; r < s.values.length; r++) s.values[r] ??= [];
    // The core counts days in the 1900 system, as the Node reader gives them: move a 1904
    // workbook's dates (the numbers shown as dates) there too.
    if (date1904)
      s.formats.forEach((row, r) =>
        row?.forEach((f, c) => {
          const v = s.values[r][c];
          if (typeof v === 'number' && isDateFormat(f)) s.values[r][c] = v + DATE1904_OFFSET;
        }),
      );
    return {
      name: s.info.name,
      values: s.values,
      formats: s.formats,
      formulas: s.formulas,
      fonts: s.fonts,
      merges: [...s.merges.values()].sort((a, b) => a.top - b.top || a.left - b.left),
      hiddenRows: s.hiddenRows.sort((a, b) => a - b),
      hiddenColumns: s.hiddenColumns.sort((a, b) => a - b),
      hidden: s.info.visibility !== 'Visible',
    };
  });
  return {
    grid: { file: name, sheets },
    sheets: reads.map((s) => s.info),
    syncs: count(),
    splits,
    mergesRead: options.capabilities.mergedAreas,
    readOnly: workbook.readOnly,
    date1904,
  };
}

type Segment = { top: number; count: number };

/** The rows of one column (within a block) whose format, font or value type must be read. */
function columnNeeds(
  s: SheetRead,
  c: number,
  top: number,
  n: number,
): { format?: Segment; font?: Segment; type?: Segment } {
  const span = { format: [-1, -1], font: [-1, -1], type: [-1, -1] };
  const widen = (k: keyof typeof span, r: number) => {
    if (span[k][0] < 0) span[k][0] = r;
    span[k][1] = r;
  };
  for (let r = top; r < top + n; r++) {
    const v = s.values[r]?.[c];
    if (v === undefined || v === null) continue;
    if (typeof v === 'number') widen('format', r);
    else if (fontMatters(v)) widen('font', r);
    if (s.errorLike.has(`${r},${c}`)) widen('type', r);
  }
  const seg = (k: keyof typeof span): Segment | undefined =>
    span[k][0] < 0 ? undefined : { top: span[k][0], count: span[k][1] - span[k][0] + 1 };
  return { format: seg('format'), font: seg('font'), type: seg('type') };
}

/** Response bytes a cell's number format, font name or value type takes, about. */
const SEGMENT_CELL_BYTES = { format: 24, font: 48, type: 16 };

function segmentJob(s: SheetRead, c: number, seg: Segment, kind: 'format' | 'font' | 'type'): Job {
  return bandJob(seg.top, seg.count, SEGMENT_CELL_BYTES[kind], (t, k) => {
    const range = s.ws.getRangeByIndexes(t, c, k, 1);
    if (kind === 'font') {
      const props = range.getCellProperties({ format: { font: { name: true } } });
      return () =>
        props.value.forEach((row, i) => {
          const name = row[0]?.format?.font?.name;
          if (name && fontMatters(s.values[t + i]?.[c] ?? null)) (s.fonts[t + i] ??= [])[c] = name;
        });
    }
    if (kind === 'format') range.load('numberFormat');
    else range.load('valueTypes');
    return () => {
      if (kind === 'format') {
        range.numberFormat.forEach((row, i) => {
          const v = s.values[t + i]?.[c];
          if (typeof v === 'number') (s.formats[t + i] ??= [])[c] = String(row[0] ?? '');
        });
      } else {
        range.valueTypes.forEach((row, i) => {
          // A formula's error has no saved value for the core; typed text "#N/A" stays text.
          if (row[0] === 'Error' && s.values[t + i]) delete s.values[t + i][c];
        });
      }
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Marking problem cells

/** Marks are conditional formats whose rule carries this tag: found by it, removed by it, and
 *  never touching the clerk's own fills, borders or number formats. */
export const MARK_TAG = 'camket-mark';

export function markFormula(severity: string): string {
  return `=LEN("${MARK_TAG}:${severity}")>0`;
}

export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(MARK_TAG);
}

export const MARK_STYLE: Record<string, { fill: string; border: string }> = {
  error: { fill: '#FDE7E9', border: '#C50F1F' },
  warning: { fill: '#FFF4CE', border: '#C19C00' },
  info: { fill: '#EFF6FC', border: '#0F6CBD' },
};

/** A block of problem cells that one rule covers: 0-based, inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Problem cells → as few rectangles as they allow: runs of adjacent rows in a column, then runs of
 * the same rows in adjacent columns. Each becomes one plain address ("D7:E9"), never a list: Excel
 * on Windows wants a list in the PC's own separator (";" in many locales; office-js #1167, #1985),
 * which an add-in cannot ask for.
 */
export function coalesceCells(cells: string[]): CellRect[] {
  const byCol = new Map<number, number[]>();
  for (const a of cells) {
    const p = parseCellAddress(a);
    if (p) (byCol.get(p.col) ?? byCol.set(p.col, []).get(p.col)!).push(p.row);
  }
  const runs: CellRect[] = [];
  for (const [col, rows] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      runs.push({ top: start, bottom: sorted[i - 1], left: col, right: col });
      start = sorted[i];
    }
  }
  const open = new Map<string, CellRect>();
  const out: CellRect[] = [];
  for (const r of runs) {
    const k = `${r.top}:${r.bottom}`;
    const prev = open.get(k);
    if (prev && prev.right === r.left - 1) prev.right = r.left;
    else {
      const copy = { ...r };
      open.set(k, copy);
      out.push(copy);
    }
  }
  return out;
}

function rectAddress(r: CellRect): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${columnLetter(r.right)}${r.bottom + 1}`;
}

export interface MarkTarget {
  sheet: string;
  cell: string;
  severity: string;
}

export interface MarkResult {
  marked: number;
  removed: number;
  /** Sheets left unmarked because they are protected. */
  skipped: string[];
  syncs: number;
  /** Batches Excel refused as too large and that were sent again in halves. */
  splits: number;
}

/** Find every camket mark in these sheets (two round trips) and return the jobs that remove them. */
async function findMarks(sync: Sync, sheets: Excel.Worksheet[]): Promise<Job[]> {
  const collections = sheets.map((ws) => {
    const cfs = ws.getRange().conditionalFormats;
    cfs.load('items/type');
    return cfs;
  });
  await sync();
  const rules: { cf: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule }[] = [];
  for (const cfs of collections)
    for (const cf of cfs.items) {
      if (cf.type !== 'Custom') continue;
      const rule = cf.custom.rule;
      rule.load('formula');
      rules.push({ cf, rule });
    }
  if (rules.length) await sync();
  return rules
    .filter(({ rule }) => isMarkFormula(rule.formula))
    .map(({ cf }) => writeJob(ACTION_BYTES, () => cf.delete()));
}

function sheetsByName(context: Excel.RequestContext, names: string[]): Excel.Worksheet[] {
  return names.map((n) => context.workbook.worksheets.getItem(n));
}

export interface WriteOptions {
  /** Plan each round trip under this many bytes (Excel on the web: WEB_PAYLOAD_BUDGET). */
  payloadBudget?: number;
  /** The workbook counts dates in the 1904 system: dates written are moved there (ReadResult.date1904). */
  date1904?: boolean;
}

/** Replace every mark with one per block of problem cells: old marks out, new ones in, in one last
 *  batch (more only when Excel on the web could not take them at once). */
export async function markCells(
  context: Excel.RequestContext,
  targets: MarkTarget[],
  sheets: SheetInfo[],
  options: WriteOptions = {},
): Promise<MarkResult> {
  const { sync, count } = counter(context);
  const open = sheets.filter((s) => !s.protected);
  const skipped = sheets.filter((s) => s.protected && targets.some((t) => t.sheet === s.name)).map((s) => s.name);
  const removals = await findMarks(
    sync,
    sheetsByName(
      context,
      open.map((s) => s.name),
    ),
  );
  const jobs: Job[] = [...removals];
  let marked = 0;
  // Lowest severity first: each new mark goes on top, so errors end above warnings and notes.
  const severities = Object.keys(MARK_STYLE).reverse();
  for (const s of open) {
    marked += new Set(targets.filter((t) => t.sheet === s.name).map((t) => t.cell)).size;
    for (const severity of severities) {
      const cells = [
        ...new Set(targets.filter((t) => t.sheet === s.name && t.severity === severity).map((t) => t.cell)),
      ];
      for (const rect of coalesceCells(cells)) {
        const address = rectAddress(rect);
        const formula = markFormula(severity);
        jobs.push(
          writeJob(
            MARK_ACTIONS * ACTION_BYTES +
              utf8Bytes(formula) +
              utf8Bytes(address) +
              4 * utf8Bytes(MARK_STYLE[severity].border),
            () => addMark(context, s.name, address, severity),
          ),
        );
      }
    }
  }
  let splits = 0;
  await runJobs(sync, jobs, () => splits++, options.payloadBudget);
  return { marked, removed: removals.length, skipped, syncs: count(), splits };
}

/** Actions one mark queues: the range, the format, its rule, fill, four edges of two, priority. */
const MARK_ACTIONS = 14;

function addMark(context: Excel.RequestContext, sheet: string, address: string, severity: string): void {
  const cf = context.workbook.worksheets.getItem(sheet).getRange(address).conditionalFormats.add('Custom');
  cf.custom.rule.formula = markFormula(severity);
  const style = MARK_STYLE[severity];
  cf.custom.format.fill.color = style.fill;
  for (const edge of [
    cf.custom.format.borders.top,
    cf.custom.format.borders.bottom,
    cf.custom.format.borders.left,
    cf.custom.format.borders.right,
  ]) {
    edge.style = 'Continuous';
    edge.color = style.border;
  }
  // Last: after a priority change the object stands for whatever holds its old place
  // (ConditionalFormat.priority). First of all, so a mark shows over the clerk's own rules.
  cf.priority = 0;
}

/** The sheets and whether each is protected, for "Xóa đánh dấu" before any check; two round trips. */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const { sync } = counter(context);
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await sync();
  const items = worksheets.items;
  for (const ws of items) ws.protection.load('protected');
  await sync();
  return items.map((ws) => ({
    name: ws.name,
    visibility: ws.visibility,
    protected: ws.protection.protected,
    used: null,
  }));
}

export async function clearMarks(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  options: WriteOptions = {},
): Promise<MarkResult> {
  const { sync, count } = counter(context);
  const open = sheets.filter((s) => !s.protected);
  const removals = await findMarks(
    sync,
    sheetsByName(
      context,
      open.map((s) => s.name),
    ),
  );
  let splits = 0;
  await runJobs(sync, removals, () => splits++, options.payloadBudget);
  return {
    marked: 0,
    removed: removals.length,
    skipped: sheets.filter((s) => s.protected).map((s) => s.name),
    syncs: count(),
    splits,
  };
}

// ---------------------------------------------------------------------------------------------
// Going to a cell

/** Show the sheet and select the cell; two round trips, returned. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<number> {
  const { sync, count } = counter(context);
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load('visibility');
  await sync();
  if (ws.isNullObject) throw new AddinError('sheet-missing', sheet);
  if (ws.visibility !== 'Visible') throw new AddinError('sheet-hidden', sheet);
  ws.activate();
  ws.getRange(cell).select();
  await sync();
  return count();
}

// ---------------------------------------------------------------------------------------------
// Writing a sheet of blocks (the roll-up)

export interface CellBlock {
  /** 0-based top-left. */
  row: number;
  col: number;
  values: (string | number | null)[][];
  /** One number format per column of the block ('@' for text, so "=…" stays text). */
  columnFormats?: string[];
  /** Exceptions to columnFormats, block-relative. */
  cellFormats?: { row: number; col: number; format: string }[];
  /** Row offsets within the block to show bold (headers, totals). */
  boldRows?: number[];
  /** Row offset of a header row to shade. */
  headerRow?: number;
  fontSize?: number;
}

export interface ChartPlan {
  /** 0-based block-relative source: categories in the first column, one series per next column. */
  source: { row: number; col: number; rows: number; cols: number };
  title: string;
  /** A1 cells the chart spans. */
  from: string;
  to: string;
}

export interface SheetPlan {
  name: string;
  blocks: CellBlock[];
  columnWidths: number[];
  chart: ChartPlan | null;
}

/** Text that Excel, when it is written into a cell not formatted as text, may take for something
 *  else: a formula (=, +, -, @), a number, a date, a time. */
const MAY_BE_REREAD = /^\s*([=+\-@]|\d|'|(true|false)\s*$)/i;

/** Rows of a block written in one piece at most: a piece too large for the budget is halved. */
function blockJobs(ws: () => Excel.Worksheet, b: CellBlock, date1904: boolean): Job[] {
  const rows = b.values.length;
  const cols = Math.max(0, ...b.values.map((r) => r.length));
  if (!rows || !cols) return [];
  const values = b.values.map((r) =>
    Array.from({ length: cols }, (_, j) => (r[j] === undefined || r[j] === null ? '' : r[j])),
  );
  let formats = b.columnFormats
    ? values.map(() => Array.from({ length: cols }, (_, j) => b.columnFormats![j] ?? 'General'))
    : null;
  for (const f of b.cellFormats ?? []) if (formats?.[f.row]?.[f.col] !== undefined) formats[f.row][f.col] = f.format;
  // Plans count days in the 1900 system; a 1904 workbook would show them four years late.
  if (date1904 && formats)
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v === 'number' && isDateFormat(formats![i][j])) row[j] = v - DATE1904_OFFSET;
      }),
    );
  // Text Excel would read as a formula, a number or a date is written under "@", wherever it is.
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v !== 'string' || !MAY_BE_REREAD.test(v) || formats?.[i][j] === '@') return;
      formats ??= values.map(() => Array.from({ length: cols }, () => 'General'));
      formats[i][j] = '@';
    }),
  );
  const piece = (from: number, to: number): Job => ({
    bytes:
      (4 + (to - from)) * ACTION_BYTES +
      utf8Bytes(values.slice(from, to)) +
      (formats ? utf8Bytes(formats.slice(from, to)) : 0),
    queue: () => {
      const sheet = ws();
      const range = sheet.getRangeByIndexes(b.row + from, b.col, to - from, cols);
      // The number format first, then the values: text under "@" is kept as text, whatever it looks like.
      if (formats) range.numberFormat = formats.slice(from, to);
      range.values = values.slice(from, to) as (string | number)[][];
      if (b.fontSize) range.format.font.size = b.fontSize;
      for (const r of b.boldRows ?? [])
        if (r >= from && r < to) sheet.getRangeByIndexes(b.row + r, b.col, 1, cols).format.font.bold = true;
      if (b.headerRow !== undefined && b.headerRow >= from && b.headerRow < to) {
        const header = sheet.getRangeByIndexes(b.row + b.headerRow, b.col, 1, cols);
        header.format.fill.color = '#DCE8F5';
        header.format.wrapText = true;
        header.format.verticalAlignment = 'Center';
      }
      return () => undefined;
    },
    split: () => {
      if (to - from <= 1) return null;
      const mid = from + Math.ceil((to - from) / 2);
      return [piece(from, mid), piece(mid, to)];
    },
  });
  return [piece(0, rows)];
}

/**
 * Write (or refresh) one sheet of ours. An existing one is refreshed in place — cleared and written
 * again where the clerk put it — never deleted and added again: Worksheet.delete, and setting
 * position or visibility on Windows and Mac, cannot be undone and clear the clerk's Undo list
 * ("Undo capabilities with the Excel JavaScript API"). Two round trips for a new sheet, three to
 * refresh one (its charts are listed first); more only when Excel on the web could not take the
 * writing at once.
 */
export async function writeSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  options: WriteOptions = {},
): Promise<{ syncs: number; replaced: boolean; splits: number }> {
  const { sync, count } = counter(context);
  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject(plan.name);
  old.load('visibility');
  await sync();
  const replaced = !old.isNullObject;
  let charts: Excel.ChartCollection | null = null;
  if (replaced) {
    charts = old.charts;
    charts.load('items/name');
    await sync();
  }
  let created: Excel.Worksheet | null = null;
  const ws = () => (replaced ? old : created!);
  const jobs: Job[] = [
    writeJob(ACTION_BYTES * (3 + plan.columnWidths.length + (charts?.items.length ?? 0)), () => {
      if (replaced) {
        old.getRange().clear();
        for (const c of charts!.items) c.delete();
        // Only a hidden sheet is shown again (it must be, to be activated); that one step cannot be undone.
        if (old.visibility !== 'Visible') old.visibility = 'Visible';
      } else created = sheets.add(plan.name);
      plan.columnWidths.forEach((w, i) => {
        ws().getRangeByIndexes(0, i, 1, 1).format.columnWidth = w;
      });
    }),
    ...plan.blocks.flatMap((b) => blockJobs(ws, b, options.date1904 ?? false)),
    writeJob(ACTION_BYTES * 8 + utf8Bytes(plan.chart?.title ?? ''), () => {
      const sheet = ws();
      if (plan.chart) {
        const s = plan.chart.source;
        const chart = sheet.charts.add(
          'ColumnClustered',
          sheet.getRangeByIndexes(s.row, s.col, s.rows, s.cols),
          'Columns',
        );
        chart.title.text = plan.chart.title;
        chart.legend.visible = false;
        chart.setPosition(plan.chart.from, plan.chart.to);
      }
      sheet.activate();
    }),
  ];
  let splits = 0;
  await runJobs(sync, jobs, () => splits++, options.payloadBudget);
  return { syncs: count(), replaced, splits };
}

// ---------------------------------------------------------------------------------------------
// The saved column mapping and the status drop-downs

/** Put the mapping JSON in A1 of a very hidden sheet, creating it when needed; two round trips, returned. */
export async function writeHiddenText(context: Excel.RequestContext, sheetName: string, text: string): Promise<number> {
  const { sync, count } = counter(context);
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(sheetName);
  existing.load('visibility');
  await sync();
  const ws = existing.isNullObject ? sheets.add(sheetName) : existing;
  const a1 = ws.getRange('A1');
  a1.numberFormat = [['@']];
  a1.values = [[text]];
  // Setting visibility cannot be undone on Windows and Mac: only a new (or shown) sheet is hidden.
  if (existing.isNullObject || existing.visibility !== 'VeryHidden') ws.visibility = 'VeryHidden';
  await sync();
  return count();
}

export interface ListTarget {
  sheet: string;
  /** A1 range, e.g. "H8:H45". */
  address: string;
}

export interface ListText {
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

/** Install a drop-down of the official status words on each target range, in one round trip. */
export async function installLists(
  context: Excel.RequestContext,
  targets: ListTarget[],
  choices: string[],
  text: ListText,
  sheets: SheetInfo[],
): Promise<number> {
  const locked = targets.find((t) => sheets.find((s) => s.name === t.sheet)?.protected);
  if (locked) throw new AddinError('sheet-protected', locked.sheet);
  const { sync, count } = counter(context);
  for (const t of targets) {
    const dv = context.workbook.worksheets.getItem(t.sheet).getRange(t.address).dataValidation;
    dv.clear();
    dv.ignoreBlanks = true;
    dv.rule = { list: { inCellDropDown: true, source: choices.join(',') } };
    dv.prompt = { showPrompt: true, title: text.promptTitle, message: text.prompt };
    dv.errorAlert = { showAlert: true, style: 'Stop', title: text.errorTitle, message: text.error };
  }
  await sync();
  return count();
}
