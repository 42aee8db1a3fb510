// One worksheet part, streamed: the frame before the rows (sheet properties, the view, columns)
// is written when the sheet is opened, each row as it comes, and what the schema puts after the
// rows (filter, merges, conditional formats, validations, print set-up, breaks, the drawing) when
// it ends. Element order follows CT_Worksheet (ECMA-376 Part 1, §18.3.1.99).
import type { ChartSpec } from '../charts';
import type { ZipPart } from './zip';
import type { CellStyle, StyleRegistry } from './styles';
import { checkRange, columnName, escapeText, escapeXml, MAX_ROWS, textElement } from './xml';

/** A formula with its cached result (what a reader shows before recalculating). `shareType:
 *  'shared'` with `ref` makes it the master of a shared formula over `ref`; `sharedFormula` names
 *  the master's cell in a cell that repeats it (the shapes exceljs reads back). */
export type Formula =
  | { formula: string; result?: string | number | boolean | null; shareType?: 'shared'; ref?: string }
  | { sharedFormula: string; result?: string | number | boolean | null };

/** What a cell holds. Text is always text (never a formula, whatever its first character); a Date
 *  is a date serial (1900 date system, the moment as UTC); null, undefined: no value. An empty
 *  string is an empty text cell. */
export type CellValue = string | number | boolean | Date | null | undefined | Formula;

export interface ColumnOptions {
  /** Width in characters, as Excel counts them. */
  width?: number;
  /** The style of the column's empty cells (and of new cells typed into it). */
  style?: CellStyle;
  hidden?: boolean;
}

export interface PageSetup {
  /** 9: A4. */
  paperSize?: number;
  orientation?: 'portrait' | 'landscape';
  /** Scale to fit fitToWidth × fitToHeight pages (0: as many as needed). */
  fitToPage?: boolean;
  fitToWidth?: number;
  fitToHeight?: number;
  scale?: number;
  /** Inches. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Rows repeated on every printed page, e.g. '1:3'. */
  printTitlesRow?: string;
  /** The range printed, e.g. 'A1:L29'. */
  printArea?: string;
}

export interface HeaderFooter {
  oddHeader?: string;
  oddFooter?: string;
}

export interface SheetOptions {
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** ARGB colour of the sheet's tab. */
  tabColor?: string;
  columns?: ColumnOptions[];
  /** Rows and columns frozen at the top and left. */
  freeze?: { rows?: number; columns?: number };
  /** The cell selected when the sheet opens. */
  activeCell?: string;
  showGridLines?: boolean;
  /** Points; 15 unless given. */
  defaultRowHeight?: number;
  pageSetup?: PageSetup;
  headerFooter?: HeaderFooter;
  /** Which text is written in its cell (inline) rather than in the shared-string table: true for
   *  all, or by column (0-based). Text that differs on every row gains nothing from sharing, and
   *  the table holds every shared text in memory until the workbook ends. */
  inlineText?: boolean | readonly boolean[];
}

export interface RowOptions {
  /** The row's number (1-based); the one after the last row written unless given. */
  number?: number;
  /** Each cell's style, by 0-based column; a cell with no value and the style of its column is
   *  not written at all. */
  styles?: readonly (CellStyle | undefined)[];
  /** The row's height in points (a custom height). */
  height?: number;
  hidden?: boolean;
  /** Overrides the sheet's inlineText for this row's text (a header's text is shared, say). */
  inlineText?: boolean;
}

export interface DataValidation {
  type: 'list' | 'whole' | 'decimal' | 'date' | 'time' | 'textLength' | 'custom';
  operator?:
    | 'between'
    | 'notBetween'
    | 'equal'
    | 'notEqual'
    | 'lessThan'
    | 'lessThanOrEqual'
    | 'greaterThan'
    | 'greaterThanOrEqual';
  /** Formulas without "=": a list's items are one quoted, comma-separated string ('"a,b,c"') or a range. */
  formulae: string[];
  allowBlank?: boolean;
  showErrorMessage?: boolean;
  showInputMessage?: boolean;
  errorTitle?: string;
  error?: string;
  promptTitle?: string;
  prompt?: string;
}

export interface ConditionalRule {
  type: 'expression';
  /** The condition, relative to the range's top-left cell. */
  formulae: [string];
  priority?: number;
  stopIfTrue?: boolean;
  /** Font, fill (a solid fill's colour is its bgColor), border or number format applied. */
  style: CellStyle;
}

export interface ConditionalFormatting {
  ref: string;
  rules: ConditionalRule[];
}

/** What the sheet needs of its workbook. */
export interface SheetHost {
  readonly styles: StyleRegistry;
  sharedString(s: string): number;
  /** The sheet's part has ended: its relationships and drawing follow. */
  sheetEnded(sheet: SheetWriter): void;
}

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0, leap-year bug included) to 1970-01-01. */
const EPOCH_OFFSET = 25_569;

/** A Date as an Excel date serial (the 1900 date system). */
export function dateSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EPOCH_OFFSET;
}

/** Piece of XML written between two checks of the zip's backlog (and turns of the event loop: zlib
 *  compresses on another thread, but each piece it deflates needs a turn of this one). */
const FLUSH_EVERY = 24 << 10;

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function num(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}

export class SheetWriter {
  /** Number of the last row written (0: none yet). */
  lastRow = 0;
  private buffer = '';
  private ended = false;
  private readonly letters: string[] = [];
  private readonly columnStyles: readonly (CellStyle | undefined)[];
  private readonly inline: boolean | readonly boolean[];
  private readonly merges: string[] = [];
  private filter: string | null = null;
  private readonly validations: { ref: string; v: DataValidation }[] = [];
  private readonly conditional: ConditionalFormatting[] = [];
  private readonly breaks: number[] = [];
  /** Shared formulas: master cell → its index (si). */
  private readonly shared = new Map<string, number>();
  private lastStyles: readonly (CellStyle | undefined)[] | null = null;
  private lastAttrs: string[] = [];
  private readonly chartSpecs: ChartSpec[] = [];

  constructor(
    private readonly host: SheetHost,
    /** 0-based position among the workbook's sheets. */
    readonly index: number,
    readonly name: string,
    /** xl/worksheets/sheetN.xml */
    readonly partName: string,
    private readonly part: ZipPart,
    readonly options: SheetOptions,
  ) {
    this.columnStyles = (options.columns ?? []).map((c) => c.style);
    this.inline = options.inlineText ?? false;
    part.write(this.head());
  }

  private head(): string {
    const o = this.options;
    const fit = o.pageSetup?.fitToPage ? '<pageSetUpPr fitToPage="1"/>' : '';
    const sheetPr =
      o.tabColor || fit
        ? `<sheetPr>${o.tabColor ? `<tabColor rgb="${escapeXml(o.tabColor)}"/>` : ''}${fit}</sheetPr>`
        : '';
    let view = '';
    const rows = o.freeze?.rows ?? 0;
    const cols = o.freeze?.columns ?? 0;
    const active = o.activeCell ? checkRange(o.activeCell, `${this.name}: active cell`) : null;
    if (rows || cols) {
      const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
      const topLeft = `${columnName(cols)}${rows + 1}`;
      view +=
        `<pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}" activeCell="${active ?? topLeft}" sqref="${active ?? topLeft}"/>`;
    } else if (active) view += `<selection activeCell="${active}" sqref="${active}"/>`;
    const views =
      view || o.showGridLines === false
        ? `<sheetViews><sheetView workbookViewId="0"${o.showGridLines === false ? ' showGridLines="0"' : ''}>${view}</sheetView></sheetViews>`
        : '';
    const columns = this.columnsXml();
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
      sheetPr +
      views +
      `<sheetFormatPr defaultRowHeight="${num(o.defaultRowHeight ?? 15)}"/>` +
      columns +
      '<sheetData>'
    );
  }

  /** <cols>, adjacent columns alike written as one range. */
  private columnsXml(): string {
    const list = this.options.columns ?? [];
    const out: string[] = [];
    let i = 0;
    while (i < list.length) {
      const c = list[i];
      let j = i;
      while (
        j + 1 < list.length &&
        list[j + 1].width === c.width &&
        list[j + 1].style === c.style &&
        !!list[j + 1].hidden === !!c.hidden
      )
        j++;
      if (c.width !== undefined || c.style || c.hidden) {
        const style = c.style ? this.host.styles.cellFormat(c.style) : 0;
        out.push(
          `<col min="${i + 1}" max="${j + 1}"` +
            (c.width !== undefined ? ` width="${num(c.width)}"` : ` width="${num(9.140625)}"`) +
            (style ? ` style="${style}"` : '') +
            (c.hidden ? ' hidden="1"' : '') +
            (c.width !== undefined ? ' customWidth="1"' : '') +
            '/>',
        );
      }
      i = j + 1;
    }
    return out.length ? `<cols>${out.join('')}</cols>` : '';
  }

  private letter(i: number): string {
    return (this.letters[i] ??= columnName(i));
  }

  private check(): void {
    if (this.ended) throw new Error(`sheet ${this.name}: written after its end`);
  }

  private text(s: string, column: number, override: boolean | undefined): string {
    const inline = override ?? (this.inline === true || (Array.isArray(this.inline) && this.inline[column] === true));
    return inline ? ` t="inlineStr"><is>${textElement(s)}</is></c>` : ` t="s"><v>${this.host.sharedString(s)}</v></c>`;
  }

  private formula(v: Formula, ref: string): string {
    let f: string;
    if ('sharedFormula' in v) {
      const si = this.shared.get(v.sharedFormula.replace(/\$/g, ''));
      if (si === undefined)
        throw new Error(`sheet ${this.name}: ${ref} repeats ${v.sharedFormula}, which is no shared formula's master`);
      f = `<f t="shared" si="${si}"/>`;
    } else if (v.shareType === 'shared') {
      if (!v.ref) throw new Error(`sheet ${this.name}: shared formula at ${ref} without its range`);
      const si = this.shared.size;
      this.shared.set(ref, si);
      f = `<f t="shared" ref="${checkRange(v.ref, `${this.name}: shared formula`)}" si="${si}">${escapeXml(v.formula)}</f>`;
    } else f = `<f>${escapeXml(v.formula)}</f>`;
    const r = v.result;
    if (typeof r === 'number' && Number.isFinite(r)) return `>${f}<v>${r}</v></c>`;
    if (typeof r === 'boolean') return ` t="b">${f}<v>${r ? 1 : 0}</v></c>`;
    return ` t="str">${f}<v>${escapeText(r === null || r === undefined || typeof r === 'number' ? '' : r)}</v></c>`;
  }

  /** Append a row of cells, `values[i]` in column i (0-based; holes are empty cells). */
  async row(values: readonly CellValue[], options: RowOptions = {}): Promise<void> {
    this.check();
    const n = options.number ?? this.lastRow + 1;
    if (!Number.isInteger(n) || n <= this.lastRow || n > MAX_ROWS)
      throw new Error(`sheet ${this.name}: row ${n} after row ${this.lastRow}`);
    this.lastRow = n;
    const styles = options.styles ?? this.columnStyles;
    // Most rows share one styles array (the columns'): its attributes are worked out once.
    if (styles !== this.lastStyles) {
      this.lastStyles = styles;
      this.lastAttrs = styles.map((s) => {
        const id = this.host.styles.cellFormat(s);
        return id ? ` s="${id}"` : '';
      });
    }
    const attrs = this.lastAttrs;
    let xml = `<row r="${n}"`;
    if (options.height !== undefined) xml += ` ht="${num(options.height)}" customHeight="1"`;
    if (options.hidden) xml += ' hidden="1"';
    xml += '>';
    const inlineText = options.inlineText;
    const count = Math.max(values.length, styles.length);
    for (let i = 0; i < count; i++) {
      const v = values[i];
      const empty = v === null || v === undefined;
      if (empty && styles[i] === this.columnStyles[i]) continue;
      const ref = `${this.letter(i)}${n}`;
      const head = `<c r="${ref}"${attrs[i] ?? ''}`;
      if (empty) xml += `${head}/>`;
      else if (typeof v === 'string') xml += head + this.text(v, i, inlineText);
      else if (typeof v === 'number') xml += Number.isFinite(v) ? `${head}><v>${v}</v></c>` : `${head}/>`;
      else if (typeof v === 'boolean') xml += `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
      else if (v instanceof Date) {
        const serial = dateSerial(v);
        xml += Number.isFinite(serial) ? `${head}><v>${serial}</v></c>` : `${head}/>`;
      } else xml += head + this.formula(v, ref);
    }
    xml += '</row>';
    this.buffer += xml;
    if (this.buffer.length >= FLUSH_EVERY) {
      this.flush();
      await this.part.drain();
    }
  }

  private flush(): void {
    if (!this.buffer) return;
    this.part.write(this.buffer);
    this.buffer = '';
  }

  /** Merge a range of cells, e.g. 'A1:P1'. */
  merge(range: string): void {
    this.check();
    this.merges.push(checkRange(range, `${this.name}: merge`));
  }

  /** A filter over a range, its first row the header. */
  autoFilter(range: string): void {
    this.check();
    this.filter = checkRange(range, `${this.name}: filter`);
  }

  dataValidation(range: string, v: DataValidation): void {
    this.check();
    for (const r of range.split(' ')) checkRange(r, `${this.name}: validation`);
    this.validations.push({ ref: range, v });
  }

  conditionalFormatting(cf: ConditionalFormatting): void {
    this.check();
    for (const r of cf.ref.split(' ')) checkRange(r, `${this.name}: conditional format`);
    this.conditional.push(cf);
  }

  /** A printed page ends after this row. */
  rowBreak(afterRow: number): void {
    this.check();
    if (!Number.isInteger(afterRow) || afterRow < 1 || afterRow > MAX_ROWS)
      throw new Error(`sheet ${this.name}: no row ${afterRow} to break after`);
    this.breaks.push(afterRow);
  }

  /** Native charts over the sheet (DrawingML, charts.ts), in one drawing anchored to its cells. */
  addCharts(charts: readonly ChartSpec[]): void {
    this.check();
    this.chartSpecs.push(...charts);
  }

  get charts(): readonly ChartSpec[] {
    return this.chartSpecs;
  }

  /** The relationship id of the sheet's drawing, when it has charts. */
  static readonly DRAWING_REL_ID = 'rId1';

  private tail(drawingId: string | null): string {
    const o = this.options;
    let xml = '</sheetData>';
    if (this.filter) xml += `<autoFilter ref="${this.filter}"/>`;
    if (this.merges.length)
      xml += `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
    for (const cf of this.conditional) {
      xml += `<conditionalFormatting sqref="${cf.ref}">`;
      cf.rules.forEach((rule, i) => {
        const dxf = this.host.styles.differentialFormat(rule.style);
        xml += `<cfRule type="expression" dxfId="${dxf}" priority="${rule.priority ?? i + 1}"${rule.stopIfTrue ? ' stopIfTrue="1"' : ''}><formula>${escapeXml(rule.formulae[0])}</formula></cfRule>`;
      });
      xml += '</conditionalFormatting>';
    }
    if (this.validations.length) {
      xml += `<dataValidations count="${this.validations.length}">`;
      for (const { ref, v } of this.validations) {
        xml +=
          `<dataValidation type="${v.type}"` +
          (v.operator ? ` operator="${v.operator}"` : '') +
          (v.allowBlank ? ' allowBlank="1"' : '') +
          (v.showInputMessage ? ' showInputMessage="1"' : '') +
          (v.showErrorMessage ? ' showErrorMessage="1"' : '') +
          (v.errorTitle ? ` errorTitle="${escapeXml(v.errorTitle)}"` : '') +
          (v.error ? ` error="${escapeXml(v.error)}"` : '') +
          (v.promptTitle ? ` promptTitle="${escapeXml(v.promptTitle)}"` : '') +
          (v.prompt ? ` prompt="${escapeXml(v.prompt)}"` : '') +
          ` sqref="${ref}">` +
          v.formulae.map((f, i) => `<formula${i + 1}>${escapeXml(f)}</formula${i + 1}>`).join('') +
          '</dataValidation>';
      }
      xml += '</dataValidations>';
    }
    const p = o.pageSetup;
    if (p) {
      const m = p.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
      xml += `<pageMargins left="${num(m.left)}" right="${num(m.right)}" top="${num(m.top)}" bottom="${num(m.bottom)}" header="${num(m.header)}" footer="${num(m.footer)}"/>`;
      xml +=
        '<pageSetup' +
        (p.paperSize !== undefined ? ` paperSize="${p.paperSize}"` : '') +
        (p.scale !== undefined ? ` scale="${p.scale}"` : '') +
        (p.fitToWidth !== undefined ? ` fitToWidth="${p.fitToWidth}"` : '') +
        (p.fitToHeight !== undefined ? ` fitToHeight="${p.fitToHeight}"` : '') +
        (p.orientation ? ` orientation="${p.orientation}"` : '') +
        '/>';
    }
    const hf = o.headerFooter;
    if (hf && (hf.oddHeader || hf.oddFooter)) {
      xml += `<headerFooter>${hf.oddHeader ? `<oddHeader>${escapeText(hf.oddHeader)}</oddHeader>` : ''}${hf.oddFooter ? `<oddFooter>${escapeText(hf.oddFooter)}</oddFooter>` : ''}</headerFooter>`;
    }
    if (this.breaks.length) {
      const ids = [...new Set(this.breaks)].sort((a, b) => a - b);
      xml += `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${ids.map((id) => `<brk id="${id}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
    }
    if (drawingId) xml += `<drawing r:id="${drawingId}"/>`;
    return `${xml}</worksheet>`;
  }

  /** Finish the sheet: what follows its rows, then its drawing and relationships. */
  async end(): Promise<void> {
    this.check();
    this.flush();
    this.ended = true;
    this.part.write(this.tail(this.chartSpecs.length ? SheetWriter.DRAWING_REL_ID : null));
    await this.part.drain();
    this.part.end();
    this.host.sheetEnded(this);
  }

  get isEnded(): boolean {
    return this.ended;
  }
}
