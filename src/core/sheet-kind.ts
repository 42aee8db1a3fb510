// Sheets that hold a commitments table but are not this year's list: last year's list kept beside
// this year's, and a summary sheet whose table only mirrors another sheet by formulas. Both are passed
// over (with an info issue), or their commitments would be counted twice.
import type { SheetView } from './sheet-view';
import type { TableLayout } from './table';
import { foldWords } from './text';

/** "Năm 2023", "DV 2023", "2023": the year a sheet's name gives. */
const NAME_YEAR = /(?:^|\D)(20\d\d)(?:\D|$)/;
/** "ĐẦU VIỆC TRỌNG TÂM NĂM 2023": the year a title gives. */
const TITLE_YEAR = /\bnam (20\d\d)\b/;

export function yearOfTitle(titleLines: readonly string[]): number | null {
  for (const line of titleLines) {
    const m = TITLE_YEAR.exec(foldWords(line));
    if (m) return Number(m[1]);
  }
  return null;
}

/** The year a sheet is for: from its name, else from its title rows. */
export function sheetYear(name: string, titleLines: readonly string[]): number | null {
  const m = NAME_YEAR.exec(name);
  return m ? Number(m[1]) : yearOfTitle(titleLines);
}

/** `'Năm 2024'!B8`, `Sheet1!B8`: the sheets a formula reads from. */
const SHEET_REF = /(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!/gu;

function referencedSheets(formula: string): string[] {
  const out: string[] = [];
  for (const m of formula.matchAll(SHEET_REF)) out.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return out;
}

/**
 * The sheet this table mirrors, when most of its titles are formulas that read another sheet of the
 * workbook (`='Năm 2024'!B8`); null otherwise. A title typed here, or one formula among typed titles,
 * does not make a mirror.
 */
export function mirroredSheet(view: SheetView, table: TableLayout, sheetNames: readonly string[]): string | null {
  if (!view.hasFormulas) return null;
  const titleCol = table.fields.title!;
  const known = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const votes = new Map<string, number>();
  let titles = 0;
  for (let r = table.dataTop; r < view.rows; r++) {
    const formula = view.formula(r, titleCol);
    if (formula === null && !view.text(r, titleCol)) continue;
    titles++;
    if (formula === null) continue;
    const source = referencedSheets(formula)
      .map((n) => known.get(n.toLowerCase()))
      .find((n) => n !== undefined && n !== view.name);
    if (source) votes.set(source, (votes.get(source) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [name, n] of votes) if (n > most) [best, most] = [name, n];
  return best && most * 2 > titles ? best : null;
}
