// A table sheet written through exceljs's streaming writer: one header row, frozen, filtered,
// printed A4 landscape with the header repeated. Rows are committed as they come so memory stays
// flat; every few thousand rows the writer yields so the zip stream can drain.
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
}

/** Rows between two yields to the event loop (so archiver and zlib can consume what was written). */
const YIELD_EVERY = 2_000;

export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class TableSheet {
  readonly ws: StreamSheet;
  /** Number of the last row written (1 = the header). */
  lastRow = 1;
  private sinceYield = 0;

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
    this.ws.columns = columns.map((c) => ({ width: c.width, style: c.style ?? bodyStyle() }));
    const header = this.ws.addRow(columns.map((c) => c.header));
    header.height = 32;
    header.eachCell((cell) => {
      cell.style = HEADER_STYLE;
    });
    header.commit();
  }

  /** Append a row; `styles` overrides the column style of some cells (by 0-based index). */
  async add(values: ExcelJS.CellValue[], styles?: Record<number, Partial<ExcelJS.Style>>): Promise<ExcelJS.Row> {
    const row = this.ws.addRow(values);
    if (styles) for (const [i, s] of Object.entries(styles)) row.getCell(Number(i) + 1).style = s;
    row.commit();
    this.lastRow = row.number;
    if (++this.sinceYield >= YIELD_EVERY) {
      this.sinceYield = 0;
      await yieldToLoop();
    }
    return row;
  }

  /** A one-line note instead of data (an empty list says so rather than showing a bare header). */
  async note(textValue: string, style: Partial<ExcelJS.Style>): Promise<void> {
    const row = this.ws.addRow([textValue]);
    row.getCell(1).style = style;
    row.commit();
    this.lastRow = row.number;
  }

  /** Filter over the header and the data rows, then finish the sheet. */
  finish(filter = true): void {
    if (filter) this.ws.autoFilter = `A1:${col(this.columns.length)}${Math.max(this.lastRow, 2)}`;
    this.ws.commit();
  }
}
