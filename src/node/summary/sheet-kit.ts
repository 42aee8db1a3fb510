// A table sheet written through exceljs's streaming writer: one header row, frozen, filtered,
// printed A4 landscape with the header repeated. Rows are committed as they come so memory stays
// flat; every few thousand rows the writer yields so the zip stream can drain.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Lang } from '../../core/model';
import { col } from './cells';
import { HEADER_STYLE, bodyStyle, footer, printSetup } from './styles';

export type StreamWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;
export type StreamSheet = ExcelJS.Worksheet & { commit(): void };

export interface ColumnDef {
  header: string;
  width: number;
  style?: Partial<ExcelJS.Style>;
  /** Text that is different on every row (a title, a target): written in the cell itself, since
   *  the shared-string table would only hold each value once more, in memory until the end. */
  unique?: boolean;
}

/**
 * XML written between two turns of the event loop. zlib compresses on another thread, but every
 * 16 KB it deflates needs a turn of this thread to hand it the next piece: yielding often keeps it
 * busy alongside the writer (every 500 rows, the writer waited on it ~1.2 s per 100k rows).
 */
const YIELD_EVERY = 24 << 10;
/** Bytes of XML allowed to wait for zlib before the writer pauses. */
const MAX_PENDING = 8 << 20;

export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

interface Pending {
  writableLength?: number;
  /** archiver's PassThrough comes from readable-stream 2, which has no writableLength. */
  _writableState?: { length: number };
  once(event: 'drain', cb: () => void): unknown;
}

/**
 * Wait until zlib has caught up. exceljs writes a sheet's XML into a buffer that archiver reads
 * through a PassThrough, ignoring backpressure: left alone, a 200k-row sheet piles up hundreds of
 * megabytes there. The PassThrough is exceljs's and archiver's inside; without it (another
 * exceljs), the writer only yields.
 */
export async function drain(ws: StreamSheet): Promise<void> {
  const dest = (ws as unknown as { stream?: { pipes?: Pending[] } }).stream?.pipes?.[0];
  const pending = dest?.writableLength ?? dest?._writableState?.length;
  if (dest && typeof pending === 'number' && pending > MAX_PENDING) {
    await new Promise<void>((resolve) => dest.once('drain', resolve));
  } else {
    await yieldToLoop();
  }
}

/** What the row writer uses of exceljs's streaming workbook: its style and string tables. */
interface WorkbookInside {
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number };
  sharedStrings: SharedStringTable & { add(value: string): number };
}

function inside(wb: StreamWorkbook): WorkbookInside {
  const w = wb as unknown as Partial<WorkbookInside>;
  if (typeof w.styles?.addStyleModel !== 'function' || typeof w.sharedStrings?.add !== 'function') {
    throw new Error('exceljs streaming writer: style or shared-string table not where camket expects it (exceljs 4.4)');
  }
  return w as WorkbookInside;
}

/** A formula with its cached result; `shareType`/`ref` make it the master of a shared formula,
 *  `sharedFormula` a cell that repeats it (the shapes exceljs uses). */
export type FormulaValue =
  | { formula: string; result: string | number | null; shareType?: 'shared'; ref?: string }
  | { sharedFormula: string; result: string | number | null };

export type RowValue = string | number | boolean | Date | null | undefined | FormulaValue;

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569;
const NUMBER_TYPE = 2;

/**
 * Rows written straight into a worksheet's XML stream. exceljs's row objects cost about as much
 * per cell as everything else together (200k commitments × 25 cells), so data rows are built as
 * XML text here, with exceljs's own style ids and shared-string table, and the sheet's frame
 * (columns, views, filter, print set-up, the header row) is left to exceljs. Text is always a
 * string cell (shared, or inline), never a formula: only FormulaValue makes a formula.
 */
export class RawRows {
  private readonly inside: WorkbookInside;
  private readonly styleIds = new Map<Partial<ExcelJS.Style>, number>();
  private readonly letters: string[] = [];
  private buffer = '';
  private sharedMaster = false;

  constructor(
    wb: StreamWorkbook,
    readonly ws: StreamSheet,
    /** Which text is written inline, in its cell, rather than into the shared-string table: text
     *  that is different on every row gains nothing from sharing. 'all' for a sheet of such text
     *  (the state), else by column (0-based). */
    private readonly inline: 'all' | readonly boolean[] = [],
    /** The columns' own styles: an empty cell of that style need not be written (the column's
     *  style shows in it all the same). */
    private readonly columnStyles: readonly (Partial<ExcelJS.Style> | undefined)[] = [],
  ) {
    this.inside = inside(wb);
  }

  private letter(i: number): string {
    return (this.letters[i] ??= col(i + 1));
  }

  private styleId(style: Partial<ExcelJS.Style> | undefined): string {
    if (!style) return '';
    let id = this.styleIds.get(style);
    if (id === undefined) {
      id = this.inside.styles.addStyleModel(style, NUMBER_TYPE);
      this.styleIds.set(style, id);
    }
    return id ? ` s="${id}"` : '';
  }

  private text(s: string, inline: boolean): string {
    return inline ? ` t="inlineStr"><is>${textElement(s)}</is></c>` : ` t="s"><v>${this.inside.sharedStrings.add(s)}</v></c>`;
  }

  private formula(v: FormulaValue): string {
    let f: string;
    if ('sharedFormula' in v) f = '<f t="shared" si="0"/>';
    else if (v.shareType === 'shared') {
      // One shared formula per sheet: its index is 0, and no other formula of the sheet is shared.
      if (this.sharedMaster) throw new Error('one shared formula per sheet');
      this.sharedMaster = true;
      f = `<f t="shared" ref="${v.ref}" si="0">${escapeText(v.formula)}</f>`;
    } else f = `<f>${escapeText(v.formula)}</f>`;
    const r = v.result;
    if (typeof r === 'number' && Number.isFinite(r)) return `>${f}<v>${r}</v></c>`;
    return ` t="str">${f}<v>${escapeText(r === null ? '' : String(r))}</v></c>`;
  }

  private lastStyles: (Partial<ExcelJS.Style> | undefined)[] | null = null;
  private lastAttrs: string[] = [];

  /** Append row `rowNumber`; `styles[i]` is the style of cell i. */
  async row(rowNumber: number, values: RowValue[], styles: (Partial<ExcelJS.Style> | undefined)[]): Promise<void> {
    // Most rows share one styles array (the columns'): its attributes are worked out once.
    if (styles !== this.lastStyles) {
      this.lastStyles = styles;
      this.lastAttrs = styles.map((s) => this.styleId(s));
    }
    const attrs = this.lastAttrs;
    let xml = `<row r="${rowNumber}">`;
    const n = Math.max(values.length, styles.length);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      const empty = v === null || v === undefined || v === '';
      if (empty && styles[i] === this.columnStyles[i]) continue;
      const head = `<c r="${this.letter(i)}${rowNumber}"${attrs[i] ?? ''}`;
      if (empty) xml += `${head}/>`;
      else if (typeof v === 'string') xml += head + this.text(v, this.inline === 'all' || this.inline[i] === true);
      else if (typeof v === 'number') xml += Number.isFinite(v) ? `${head}><v>${v}</v></c>` : `${head}/>`;
      else if (typeof v === 'boolean') xml += `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
      else if (v instanceof Date) xml += `${head}><v>${v.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET}</v></c>`;
      else xml += head + this.formula(v);
    }
    xml += '</row>';
    this.buffer += xml;
    if (this.buffer.length >= YIELD_EVERY) {
      this.flush();
      await drain(this.ws);
    }
  }

  flush(): void {
    if (!this.buffer) return;
    (this.ws as unknown as { stream: { write(s: string): unknown } }).stream.write(this.buffer);
    this.buffer = '';
  }
}

export class TableSheet {
  readonly ws: StreamSheet;
  /** Number of the last row written (1 = the header). */
  lastRow = 1;
  private readonly styles: Partial<ExcelJS.Style>[];
  private readonly rows: RawRows;

  constructor(
    wb: StreamWorkbook,
    name: string,
    readonly columns: ColumnDef[],
    lang: Lang,
    options: { freezeColumns?: number; tabColor?: string; printArea?: string } = {},
  ) {
    this.ws = wb.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: options.freezeColumns ?? 0, ySplit: 1, activeCell: 'A2', showGridLines: true }],
      pageSetup: { ...printSetup('1:1'), ...(options.printArea ? { printArea: options.printArea } : {}) },
      headerFooter: footer(lang),
      properties: options.tabColor ? { tabColor: { argb: options.tabColor } } : undefined,
    }) as StreamSheet;
    this.styles = columns.map((c) => c.style ?? bodyStyle());
    this.ws.columns = columns.map((c, i) => ({ width: c.width, style: this.styles[i] }));
    // The header row goes through exceljs, which opens the sheet's data with it.
    const header = this.ws.addRow(columns.map((c) => c.header));
    header.height = 45;
    header.eachCell((cell) => {
      cell.style = HEADER_STYLE;
    });
    header.commit();
    this.rows = new RawRows(wb, this.ws, columns.map((c) => c.unique === true), this.styles);
  }

  /** Append a row; `styles` overrides the column style of some cells (by 0-based index). */
  async add(values: RowValue[], styles?: Record<number, Partial<ExcelJS.Style>>): Promise<void> {
    const cellStyles = styles ? this.styles.map((s, i) => styles[i] ?? s) : this.styles;
    await this.rows.row(++this.lastRow, values, cellStyles);
  }

  /** A one-line note instead of data (an empty list says so rather than showing a bare header). */
  async note(textValue: string, style: Partial<ExcelJS.Style>): Promise<void> {
    await this.rows.row(++this.lastRow, [textValue], [style]);
  }

  /** Filter over the header and the data rows, then finish the sheet. */
  finish(filter = true): void {
    this.rows.flush();
    if (filter) this.ws.autoFilter = `A1:${col(this.columns.length)}${Math.max(this.lastRow, 2)}`;
    this.ws.commit();
  }
}

const ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeText(s: string): string {
  ESCAPE.lastIndex = 0;
  if (!ESCAPE.test(s)) return s;
  return s.replace(ESCAPE, (c) => ESCAPED[c] ?? '');
}

const SPACE = 0x20;

/** White space a reader would trim or fold: at either end, doubled, or a tab or line break (the
 *  only white space XML knows is space, tab, CR and LF). */
function hasSpaceToKeep(s: string): boolean {
  if (!s) return false;
  if (s.charCodeAt(0) <= SPACE || s.charCodeAt(s.length - 1) <= SPACE) return true;
  return s.includes('  ') || s.includes('\n') || s.includes('\t') || s.includes('\r');
}

/** A `<t>`, marked to keep its spaces only when it has spaces a reader could lose (most text has none). */
function textElement(s: string): string {
  return hasSpaceToKeep(s) ? `<t xml:space="preserve">${escapeText(s)}</t>` : `<t>${escapeText(s)}</t>`;
}

interface SharedStringTable {
  values: (string | { richText?: { text: string }[] })[];
  count: number;
  totalRefs: number;
}

function* sharedStringsXml(table: SharedStringTable): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${table.totalRefs}" uniqueCount="${table.count}">`;
  let batch = '';
  for (const v of table.values) {
    const text = typeof v === 'string' ? v : (v.richText ?? []).map((r) => r.text).join('');
    batch += `<si>${textElement(text)}</si>`;
    if (batch.length > 1 << 16) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}</sst>`;
}

/**
 * exceljs builds the shared-string part as one string when the workbook is committed: for 200k
 * commitments that is a spike of a few hundred megabytes. This writer streams it instead, from
 * the same table. Falls back to exceljs's own when its inside is not as expected.
 */
export function streamSharedStrings(wb: StreamWorkbook): void {
  const inner = wb as unknown as {
    sharedStrings?: SharedStringTable;
    zip?: { append(source: Readable, data: { name: string }): void };
    addSharedStrings?: () => Promise<void>;
  };
  const table = inner.sharedStrings;
  const zip = inner.zip;
  if (!table || !zip || typeof inner.addSharedStrings !== 'function' || !Array.isArray(table.values)) return;
  inner.addSharedStrings = () => {
    if (table.count) zip.append(Readable.from(sharedStringsXml(table)), { name: '/xl/sharedStrings.xml' });
    return Promise.resolve();
  };
}
