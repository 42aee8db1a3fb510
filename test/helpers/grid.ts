// Building small sheets by hand for core tests: rows of values, "A1:B2" merges.
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { parseCellAddress } from '../../src/core/grid';

export function sheet(
  name: string,
  rows: CellValue[][],
  opts: {
    merges?: string[];
    formats?: Record<string, string>;
    fonts?: Record<string, string>;
    formulas?: Record<string, string>;
  } = {},
): SheetGrid {
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (const [addr, f] of Object.entries(opts.formulas ?? {})) {
    const p = parseCellAddress(addr)!;
    (formulas[p.row] ??= [])[p.col] = f.replace(/^=/, '');
  }
  const fonts: (string | null)[][] = [];
  for (const [addr, f] of Object.entries(opts.formats ?? {})) {
    const p = parseCellAddress(addr)!;
    (formats[p.row] ??= [])[p.col] = f;
  }
  for (const [addr, f] of Object.entries(opts.fonts ?? {})) {
    const p = parseCellAddress(addr)!;
    (fonts[p.row] ??= [])[p.col] = f;
  }
  const merges = (opts.merges ?? []).map((m) => {
    const [a, b] = m.split(':').map((x) => parseCellAddress(x)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return { name, values: rows, formats, fonts, merges, ...(opts.formulas ? { formulas } : {}) };
}
