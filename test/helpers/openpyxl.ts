// openpyxl (Python's .xlsx library) as a third client of what camket writes: it loads the workbook
// as Python programs do, and says what it found, as JSON, twice — formulas as written, then the
// values cached with them (data_only). Run by a Python 3 that has openpyxl (Debian's
// python3-openpyxl, or CAMKET_PYTHON: test/helpers/system-tools.ts).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { requireTool } from './system-tools';

const run = promisify(execFile);

const SCRIPT = String.raw`
import datetime, json, sys, openpyxl
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter

def value(v):
    if isinstance(v, datetime.datetime):
        return {"date": v.isoformat()}
    if isinstance(v, (datetime.date, datetime.time, datetime.timedelta)):
        return {"date": str(v)}
    return v

def colour(c):
    return c.rgb if c is not None and c.type == "rgb" else None

def sheet(ws, data_only):
    rows = {}
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c, MergedCell) or (c.value is None and not c.has_style):
                continue
            rows.setdefault(str(c.row), {})[get_column_letter(c.column)] = {
                "v": value(c.value),
                "t": c.data_type,
                "numFmt": c.number_format,
                "font": {"name": c.font.name, "size": c.font.sz, "bold": bool(c.font.b), "italic": bool(c.font.i), "color": colour(c.font.color)},
                "fill": colour(c.fill.fgColor) if c.fill.fill_type == "solid" else None,
                "border": c.border.left.style,
                "align": {"h": c.alignment.horizontal, "v": c.alignment.vertical, "wrap": bool(c.alignment.wrap_text)},
            }
    out = {"name": ws.title, "state": ws.sheet_state, "cells": rows}
    if data_only:
        return out
    ps = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr
    out.update({
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "printTitleRows": ws.print_title_rows,
        "printArea": ws.print_area,
        "page": {"orientation": ps.orientation, "paperSize": ps.paperSize, "fitToWidth": ps.fitToWidth, "fitToHeight": ps.fitToHeight, "fitToPage": bool(fit.fitToPage) if fit is not None else False},
        "footer": ws.oddFooter.left.text and (ws.oddFooter.left.text + "|" + (ws.oddFooter.right.text or "")),
        "tabColor": ws.sheet_properties.tabColor.rgb if ws.sheet_properties.tabColor is not None else None,
        "gridLines": ws.sheet_view.showGridLines,
        "merges": sorted(str(r) for r in ws.merged_cells.ranges),
        "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
        "heights": {str(k): d.height for k, d in ws.row_dimensions.items() if d.height is not None},
        "validations": [{"sqref": str(v.sqref), "type": v.type, "formula1": v.formula1, "allowBlank": bool(v.allow_blank)} for v in ws.data_validations.dataValidation],
        "conditional": sorted(str(r.sqref) for r in ws.conditional_formatting),
        "breaks": [b.id for b in ws.row_breaks.brk],
    })
    return out

found = {"version": openpyxl.__version__}
for data_only in (False, True):
    wb = openpyxl.load_workbook(sys.argv[1], data_only=data_only)
    found["values" if data_only else "formulas"] = [sheet(ws, data_only) for ws in wb.worksheets]
print(json.dumps(found, ensure_ascii=False))
`;

export type OpenpyxlCell = {
  v: unknown;
  t: string;
  numFmt: string;
  font: { name: string | null; size: number | null; bold: boolean; italic: boolean; color: string | null };
  fill: string | null;
  border: string | null;
  align: { h: string | null; v: string | null; wrap: boolean };
};

export interface OpenpyxlSheet {
  name: string;
  state: string;
  cells: Record<string, Record<string, OpenpyxlCell>>;
  freeze?: string | null;
  filter?: string | null;
  printTitleRows?: string | null;
  printArea?: string | null;
  page?: {
    orientation: string | null;
    paperSize: number | null;
    fitToWidth: number | null;
    fitToHeight: number | null;
    fitToPage: boolean;
  };
  footer?: string | null;
  tabColor?: string | null;
  gridLines?: boolean;
  merges?: string[];
  widths?: Record<string, number>;
  heights?: Record<string, number>;
  validations?: { sqref: string; type: string; formula1: string; allowBlank: boolean }[];
  conditional?: string[];
  breaks?: number[];
}

export interface OpenpyxlBook {
  version: string;
  formulas: OpenpyxlSheet[];
  values: OpenpyxlSheet[];
}

/** What openpyxl reads in `file`. */
export async function openpyxlRead(file: string): Promise<OpenpyxlBook> {
  const python = requireTool('openpyxl');
  try {
    const { stdout } = await run(python, ['-c', SCRIPT, file], { maxBuffer: 256 << 20, timeout: 120_000 });
    return JSON.parse(stdout) as OpenpyxlBook;
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr;
    throw new Error(`openpyxl (${python}) could not read ${file}:\n${stderr || (e as Error).message}`);
  }
}
