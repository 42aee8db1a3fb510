// A table sheet of the summary: one header row, frozen, filtered, printed A4 landscape with the
// header repeated. Rows go straight to the workbook writer (xlsx/), which streams them into the
// package as they come, so memory stays flat.
import type { Lang } from '../../core/model';
import { col } from './cells';
import { charsPerLine, lineHeight, rowHeight } from './row-height';
import { HEADER_STYLE, bodyStyle, footer, printSetup } from './styles';
import type { CellStyle, CellValue, Formula, SheetWriter, XlsxWriter } from './xlsx';

export type StreamWorkbook = XlsxWriter;
export type StreamSheet = SheetWriter;
export type FormulaValue = Formula;
export type RowValue = CellValue;

export interface ColumnDef {
  header: string;
  width: number;
  style?: CellStyle;
  /** Text that is different on every row (a title, a target): written in the cell itself, since
   *  the shared-string table would only hold each value once more, in memory until the end. */
  unique?: boolean;
  /** A helper column the formulas read, not shown (a code a leader need not see). */
  hidden?: boolean;
}

export class TableSheet {
  readonly ws: SheetWriter;
  /** Number of the last row written (1 = the header). */
  lastRow = 1;
  private readonly styles: CellStyle[];
  /** Characters a line of each column holds when its text wraps; 0 where it does not wrap. */
  private readonly perLine: number[];
  private readonly pointsPerLine: number;
  private readonly opened: Promise<void>;

  constructor(
    wb: XlsxWriter,
    name: string,
    readonly columns: ColumnDef[],
    lang: Lang,
    options: { freezeColumns?: number; tabColor?: string; printArea?: string } = {},
  ) {
    this.styles = columns.map((c) => c.style ?? bodyStyle());
    const wraps = (i: number) => !columns[i].hidden && this.styles[i].alignment?.wrapText === true;
    const size = (i: number) => this.styles[i].font?.size ?? 11;
    this.perLine = columns.map((c, i) => (wraps(i) ? charsPerLine(c.width, size(i)) : 0));
    this.pointsPerLine = lineHeight(Math.max(11, ...columns.map((_, i) => (wraps(i) ? size(i) : 0))));
    this.ws = wb.addSheet(name, {
      freeze: { rows: 1, columns: options.freezeColumns ?? 0 },
      activeCell: 'A2',
      pageSetup: { ...printSetup('1:1'), ...(options.printArea ? { printArea: options.printArea } : {}) },
      headerFooter: footer(lang),
      tabColor: options.tabColor,
      columns: columns.map((c, i) => ({
        width: c.width,
        style: this.styles[i],
        ...(c.hidden ? { hidden: true } : {}),
      })),
      inlineText: columns.map((c) => c.unique === true),
    });
    // The header's text is shared (headers repeat across sheets), whatever the column's data.
    this.opened = this.ws.row(
      columns.map((c) => c.header),
      { styles: columns.map(() => HEADER_STYLE), height: 45, inlineText: false },
    );
    // Awaited by the first row or the end; a failure before then is theirs to report.
    this.opened.catch(() => {});
  }

  /** Append a row; `styles` overrides the column style of some cells (by 0-based index). An
   *  empty text is an empty cell. The row is as tall as its longest wrapped text needs (rowHeight):
   *  LibreOffice does not re-fit a row's height, and a second line would cover the row below. */
  async add(values: RowValue[], styles?: Record<number, CellStyle>): Promise<void> {
    await this.opened;
    for (let i = 0; i < values.length; i++) if (values[i] === '') values[i] = null;
    const cellStyles = styles ? this.styles.map((s, i) => styles[i] ?? s) : this.styles;
    this.lastRow++;
    const height = rowHeight(values, this.perLine, this.pointsPerLine);
    await this.ws.row(
      values,
      height === undefined
        ? { number: this.lastRow, styles: cellStyles }
        : { number: this.lastRow, styles: cellStyles, height },
    );
  }

  /** A one-line note instead of data (an empty list says so rather than showing a bare header). */
  async note(textValue: string, style: CellStyle): Promise<void> {
    await this.opened;
    this.lastRow++;
    await this.ws.row([textValue], { number: this.lastRow, styles: [style] });
  }

  /** Filter over the header and the data rows, then finish the sheet. */
  async finish(filter = true): Promise<void> {
    await this.opened;
    if (filter) this.ws.autoFilter(`A1:${col(this.columns.length)}${Math.max(this.lastRow, 2)}`);
    await this.ws.end();
  }
}
