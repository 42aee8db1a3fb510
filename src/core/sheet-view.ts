// A read-only view of one sheet as a person sees it: a merged area shows its value in every cell
// it covers, and legacy TCVN3/VNI text is already converted to Unicode.
import { type CellValue, type SheetGrid, cellAddress, cellAt, columnCount, fontAt, formatAt, formulaAt } from './grid';
import { type LegacyEncoding, decodeLegacy, detectLegacyEncoding, isCapitalsFont } from './legacy';
import { valueText } from './text';

export interface LegacyFinding {
  encoding: LegacyEncoding;
  /** A1 address of the first legacy cell. */
  firstCell: string;
  cells: number;
}

const COLS = 16384;

export class SheetView {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly legacy: LegacyFinding | null;
  private readonly grid: SheetGrid;
  /** Covered cell → its merge's top-left, for cells other than the top-left itself. */
  private readonly mergeOrigin = new Map<number, number>();
  private readonly decoded = new Map<number, string>();

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.name = grid.name;
    this.rows = grid.values.length;
    this.cols = columnCount(grid);
    for (const m of grid.merges ?? []) {
      // Clip to the grid: a merge may run past the last used row or column.
      const bottom = Math.min(m.bottom, this.rows - 1);
      const right = Math.min(m.right, this.cols - 1);
      const origin = m.top * COLS + m.left;
      for (let r = m.top; r <= bottom; r++)
        for (let c = m.left; c <= right; c++)
          if (r !== m.top || c !== m.left) this.mergeOrigin.set(r * COLS + c, origin);
    }
    this.legacy = this.decodeLegacyText();
  }

  private decodeLegacyText(): LegacyFinding | null {
    let finding: LegacyFinding | null = null;
    // The same words recur down a column ("Quý II/2023", "ghi chú"): judge each text once per font.
    const judged = new Map<string, LegacyEncoding | null>();
    for (let r = 0; r < this.rows; r++) {
      const row = this.grid.values[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string' || v.length === 0) continue;
        const font = fontAt(this.grid, r, c);
        const key = font ? `${font}\u0000${v}` : v;
        let encoding = judged.get(key);
        if (encoding === undefined) {
          encoding = detectLegacyEncoding(v, font);
          if (v.length < 200) judged.set(key, encoding);
        }
        if (!encoding) continue;
        this.decoded.set(r * COLS + c, decodeLegacy(v, encoding, { capitals: isCapitalsFont(font) }));
        if (!finding) finding = { encoding, firstCell: cellAddress(r, c), cells: 0 };
        finding.cells++;
      }
    }
    return finding;
  }

  /** The cell's own value (no merge look-up), legacy text decoded. */
  own(row: number, col: number): CellValue {
    const d = this.decoded.get(row * COLS + col);
    return d !== undefined ? d : cellAt(this.grid, row, col);
  }

  /** Where the value shown in this cell lives: the merge's top-left, or the cell itself. */
  origin(row: number, col: number): { row: number; col: number } {
    const o = this.mergeOrigin.get(row * COLS + col);
    return o === undefined ? { row, col } : { row: Math.floor(o / COLS), col: o % COLS };
  }

  isCovered(row: number, col: number): boolean {
    return this.mergeOrigin.has(row * COLS + col);
  }

  /** The value shown in the cell (a merged area shows its top-left value everywhere). */
  value(row: number, col: number): CellValue {
    const o = this.origin(row, col);
    return this.own(o.row, o.col);
  }

  format(row: number, col: number): string | null {
    const o = this.origin(row, col);
    return formatAt(this.grid, o.row, o.col);
  }

  /** Whether any cell of the sheet holds a formula (most sheets hold none: every formula check is skipped). */
  get hasFormulas(): boolean {
    return this.grid.formulas !== undefined && this.grid.formulas.length > 0;
  }

  /** The formula shown in the cell (without "="), or null. */
  formula(row: number, col: number): string | null {
    if (!this.grid.formulas) return null;
    const o = this.origin(row, col);
    return formulaAt(this.grid, o.row, o.col);
  }

  /** A formula the file saved no result for: the cell reads as empty. */
  isUncalculated(row: number, col: number): boolean {
    return this.formula(row, col) !== null && this.value(row, col) === null;
  }

  text(row: number, col: number): string {
    return valueText(this.value(row, col));
  }

  ownText(row: number, col: number): string {
    return valueText(this.own(row, col));
  }

  /** The width of the merged area starting at this cell (1 when not merged). */
  mergeWidth(row: number, col: number): number {
    let w = 1;
    const origin = row * COLS + col;
    while (this.mergeOrigin.get(row * COLS + col + w) === origin) w++;
    return w;
  }

  mergeHeight(row: number, col: number): number {
    let h = 1;
    const origin = row * COLS + col;
    while (this.mergeOrigin.get((row + h) * COLS + col) === origin) h++;
    return h;
  }

  isHiddenRow(row: number): boolean {
    return this.grid.hiddenRows?.includes(row) ?? false;
  }
}
