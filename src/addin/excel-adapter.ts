/// <reference types="office-js" />
// The thin Office.js adapter: the open workbook → the core's WorkbookGrid, and the pane's results
// → the workbook. Every function takes an Excel.RequestContext (Excel.run gives one; the tests give
// an emulation) and queues as much as it can before each context.sync(): the number of round trips
// depends on what is done, never on how many rows the workbook has.
import type { CellArea, CellValue, SheetGrid, WorkbookGrid } from '../core/grid';
import { parseCellAddress } from '../core/grid';
import { detectLegacyEncoding } from '../core/legacy';

/** The requirement set named in manifest.xml: getCellProperties/getRowProperties, RangeAreas. */
export const MIN_EXCEL_API = '1.9';
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
    readonly code: 'empty-workbook' | 'sheet-protected' | 'sheet-missing' | 'sheet-hidden' | 'no-status-column',
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
}

export interface ReadOptions {
  capabilities: Capabilities;
  /** The workbook's name when Excel gives none (a new, unsaved workbook). */
  fallbackName?: string;
}

/** A piece of reading that can be queued, finished after its sync, and halved if Excel refuses it. */
interface ReadJob {
  queue(): () => void;
  split(): ReadJob[] | null;
}

interface OfficeErrorLike {
  code?: string;
  message?: string;
}

/** Errors that a smaller request can avoid: payload size, resource limits, the 512-merges limit. */
export function isSplittableError(e: unknown): boolean {
  const { code = '', message = '' } = (e ?? {}) as OfficeErrorLike;
  return /payload|toolarge|limit|resource|generalexception/i.test(code) || /payload|too large|limit/i.test(message);
}

async function runJobs(sync: Sync, jobs: ReadJob[], onSplit: () => void): Promise<void> {
  if (!jobs.length) return;
  const finishers = jobs.map((j) => j.queue());
  try {
    await sync();
  } catch (e) {
    if (!isSplittableError(e)) throw e;
    let parts: ReadJob[][] | null = null;
    if (jobs.length > 1) {
      const half = Math.ceil(jobs.length / 2);
      parts = [jobs.slice(0, half), jobs.slice(half)];
    } else {
      const pieces = jobs[0].split();
      parts = pieces ? [pieces] : null;
    }
    if (!parts) throw e;
    onSplit();
    for (const p of parts) await runJobs(sync, p, onSplit);
    return;
  }
  for (const f of finishers) f();
}

/** Rows [top, top+count) of a sheet's used range, halved on demand. */
function bandJob(top: number, count: number, queue: (top: number, count: number) => () => void): ReadJob {
  return {
    queue: () => queue(top, count),
    split: () => {
      if (count <= 1) return null;
      const half = Math.ceil(count / 2);
      return [bandJob(top, half, queue), bandJob(top + half, count - half, queue)];
    },
  };
}

function bands(top: number, count: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  for (let r = 0; r < count; r += size) out.push([top + r, Math.min(size, count - r)]);
  return out;
}

/** "Sheet1!A1:C2, 'Kế hoạch'!D4:E5" → areas; sheet names may hold commas, so match each A1 part. */
export function parseAreas(address: string): CellArea[] {
  const out: CellArea[] = [];
  const re = /!\$?([A-Z]{1,3}\$?\d+)(?::\$?([A-Z]{1,3}\$?\d+))?(?=\s*,|\s*$)/g;
  for (const m of address.matchAll(re)) {
    const a = parseCellAddress(m[1].replace(/\$/g, ''));
    const b = parseCellAddress((m[2] ?? m[1]).replace(/\$/g, ''));
    if (!a || !b) continue;
    out.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return out;
}

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;

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
  workbook.load('name');
  await sync();

  const probes = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    ws.protection.load('protected');
    return { ws, used };
  });
  await sync();

  const reads: SheetRead[] = probes.map(({ ws, used }) => ({
    info: {
      name: ws.name,
      visibility: ws.visibility,
      protected: ws.protection.protected,
      used: used.isNullObject ? null : { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    },
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

  // Round trip 3: values, hidden rows and columns, merged areas.
  const jobs: ReadJob[] = [];
  for (const s of reads) {
    const u = s.info.used;
    if (!u) continue;
    const rowsPerBlock = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(BLOCK_CELLS / u.cols)));
    for (const [top, n] of bands(u.row, u.rows, rowsPerBlock)) {
      jobs.push(
        bandJob(top, n, (t, k) => {
          const range = s.ws.getRangeByIndexes(t, u.col, k, u.cols);
          // Formulas too: the core tells a totals row or a mirror of another sheet by them.
          range.load('values,formulas');
          const rows = range.getRowProperties({ rowHidden: true });
          return () => {
            const formulas = range.formulas;
            range.values.forEach((row, i) => {
              const r = t + i;
              const out: CellValue[] = (s.values[r] = []);
              formulas[i]?.forEach((f, j) => {
                if (typeof f === 'string' && f.startsWith('=')) (s.formulas[r] ??= [])[u.col + j] = f.slice(1);
              });
              row.forEach((v, j) => {
                const c = u.col + j;
                if (v === '' || v === null || v === undefined) return;
                out[c] = v as CellValue;
                if (typeof v === 'string' && ERROR_TEXT.test(v)) s.errorLike.add(`${r},${c}`);
              });
            });
            rows.value.forEach((p, i) => {
              if (p.rowHidden) s.hiddenRows.push(t + i);
            });
          };
        }),
      );
    }
    jobs.push({
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
          bandJob(top, n, (t, k) => {
            const merged = s.ws.getRangeByIndexes(t, u.col, k, u.cols).getMergedAreasOrNullObject();
            merged.load('address');
            return () => {
              if (merged.isNullObject) return;
              for (const a of parseAreas(merged.address)) s.merges.set(`${a.top},${a.left},${a.bottom},${a.right}`, a);
            };
          }),
        );
      }
    }
  }
  await runJobs(sync, jobs, onSplit);

  // Round trip 4: formats of numbers, fonts of legacy-looking text, types of error-looking text.
  const needJobs: ReadJob[] = [];
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
  await runJobs(sync, needJobs, onSplit);

  const name = workbook.name || options.fallbackName || 'Workbook';
  const sheets: SheetGrid[] = reads.map((s) => {
    for (let r = 0; r < s.values.length; r++) s.values[r] ??= [];
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
  };
}

type Segment = { top: number; count: number };

/** The rows of one column (within a block) whose format, font or value type must be read. */
function columnNeeds(s: SheetRead, c: number, top: number, n: number): { format?: Segment; font?: Segment; type?: Segment } {
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

function segmentJob(s: SheetRead, c: number, seg: Segment, kind: 'format' | 'font' | 'type'): ReadJob {
  return bandJob(seg.top, seg.count, (t, k) => {
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

/** Cells a RangeAreas holds at most, so its address string stays short. */
export const MARK_AREA_CELLS = 100;

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
}

/** Queue the removal of every camket mark in these sheets; two round trips to find them. */
async function queueMarkRemoval(sync: Sync, sheets: Excel.Worksheet[]): Promise<number> {
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
  let removed = 0;
  for (const { cf, rule } of rules)
    if (isMarkFormula(rule.formula)) {
      cf.delete();
      removed++;
    }
  return removed;
}

function sheetsByName(context: Excel.RequestContext, names: string[]): Excel.Worksheet[] {
  return names.map((n) => context.workbook.worksheets.getItem(n));
}

/** Replace every mark with one per problem cell: old marks out, new ones in, in the same last batch. */
export async function markCells(context: Excel.RequestContext, targets: MarkTarget[], sheets: SheetInfo[]): Promise<MarkResult> {
  const { sync, count } = counter(context);
  const open = sheets.filter((s) => !s.protected);
  const skipped = sheets.filter((s) => s.protected && targets.some((t) => t.sheet === s.name)).map((s) => s.name);
  const removed = await queueMarkRemoval(sync, sheetsByName(context, open.map((s) => s.name)));
  let marked = 0;
  for (const s of open) {
    const ws = context.workbook.worksheets.getItem(s.name);
    for (const severity of Object.keys(MARK_STYLE)) {
      const cells = [...new Set(targets.filter((t) => t.sheet === s.name && t.severity === severity).map((t) => t.cell))];
      for (let i = 0; i < cells.length; i += MARK_AREA_CELLS) {
        const chunk = cells.slice(i, i + MARK_AREA_CELLS);
        const cf = ws.getRanges(chunk.join(',')).conditionalFormats.add('Custom');
        cf.custom.rule.formula = markFormula(severity);
        // Above the clerk's own rules, so a mark is seen; removing it leaves theirs as they were.
        cf.priority = 0;
        const style = MARK_STYLE[severity];
        cf.custom.format.fill.color = style.fill;
        for (const edge of [cf.custom.format.borders.top, cf.custom.format.borders.bottom, cf.custom.format.borders.left, cf.custom.format.borders.right]) {
          edge.style = 'Continuous';
          edge.color = style.border;
        }
        marked += chunk.length;
      }
    }
  }
  await sync();
  return { marked, removed, skipped, syncs: count() };
}

/** The sheets and whether each is protected, for "Xóa đánh dấu" before any check; two round trips. */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const items = worksheets.items;
  for (const ws of items) ws.protection.load('protected');
  await context.sync();
  return items.map((ws) => ({ name: ws.name, visibility: ws.visibility, protected: ws.protection.protected, used: null }));
}

export async function clearMarks(context: Excel.RequestContext, sheets: SheetInfo[]): Promise<MarkResult> {
  const { sync, count } = counter(context);
  const open = sheets.filter((s) => !s.protected);
  const removed = await queueMarkRemoval(sync, sheetsByName(context, open.map((s) => s.name)));
  if (removed) await sync();
  return { marked: 0, removed, skipped: sheets.filter((s) => s.protected).map((s) => s.name), syncs: count() };
}

// ---------------------------------------------------------------------------------------------
// Going to a cell

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load('visibility');
  await context.sync();
  if (ws.isNullObject) throw new AddinError('sheet-missing', sheet);
  if (ws.visibility !== 'Visible') throw new AddinError('sheet-hidden', sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
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

function writeBlock(ws: Excel.Worksheet, b: CellBlock): void {
  const rows = b.values.length;
  const cols = Math.max(0, ...b.values.map((r) => r.length));
  if (!rows || !cols) return;
  const values = b.values.map((r) => Array.from({ length: cols }, (_, j) => (r[j] === undefined || r[j] === null ? '' : r[j])));
  const range = ws.getRangeByIndexes(b.row, b.col, rows, cols);
  if (b.columnFormats) {
    const formats = values.map(() => Array.from({ length: cols }, (_, j) => b.columnFormats![j] ?? 'General'));
    for (const f of b.cellFormats ?? []) if (formats[f.row]?.[f.col] !== undefined) formats[f.row][f.col] = f.format;
    range.numberFormat = formats;
  }
  range.values = values as (string | number)[][];
  if (b.fontSize) range.format.font.size = b.fontSize;
  for (const r of b.boldRows ?? []) ws.getRangeByIndexes(b.row + r, b.col, 1, cols).format.font.bold = true;
  if (b.headerRow !== undefined) {
    const header = ws.getRangeByIndexes(b.row + b.headerRow, b.col, 1, cols);
    header.format.fill.color = '#DCE8F5';
    header.format.wrapText = true;
    header.format.verticalAlignment = 'Center';
  }
}

/** Write (or rewrite) one sheet of ours: the old one is deleted and a fresh one put in its place. */
export async function writeSheet(context: Excel.RequestContext, plan: SheetPlan): Promise<{ syncs: number; replaced: boolean }> {
  const sheets = context.workbook.worksheets;
  const old = sheets.getItemOrNullObject(plan.name);
  old.load('position');
  await context.sync();
  const replaced = !old.isNullObject;
  if (replaced) old.delete();
  const ws = sheets.add(plan.name);
  if (replaced) ws.position = old.position;
  plan.columnWidths.forEach((w, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w;
  });
  for (const b of plan.blocks) writeBlock(ws, b);
  if (plan.chart) {
    const s = plan.chart.source;
    const chart = ws.charts.add('ColumnClustered', ws.getRangeByIndexes(s.row, s.col, s.rows, s.cols), 'Columns');
    chart.title.text = plan.chart.title;
    chart.legend.visible = false;
    chart.setPosition(plan.chart.from, plan.chart.to);
  }
  ws.activate();
  await context.sync();
  return { syncs: 2, replaced };
}

// ---------------------------------------------------------------------------------------------
// The saved column mapping and the status drop-downs

/** Put the mapping JSON in A1 of a very hidden sheet, creating it when needed; two round trips. */
export async function writeHiddenText(context: Excel.RequestContext, sheetName: string, text: string): Promise<number> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(sheetName);
  existing.load('visibility');
  await context.sync();
  const ws = existing.isNullObject ? sheets.add(sheetName) : existing;
  const a1 = ws.getRange('A1');
  a1.numberFormat = [['@']];
  a1.values = [[text]];
  ws.visibility = 'VeryHidden';
  await context.sync();
  return 2;
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
export async function installLists(context: Excel.RequestContext, targets: ListTarget[], choices: string[], text: ListText, sheets: SheetInfo[]): Promise<number> {
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
