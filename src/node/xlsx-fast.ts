// A lean .xlsx reader for what the core needs (values, formulas, number formats, fonts, merges,
// hidden rows and columns, sheet state). Why our own: measured on this machine, exceljs's in-memory
// reader is far slower than unzip + tokenise (the floor), and its streaming reader garbles Vietnamese
// text split across 16 KB chunks (exceljs#2063). Whole parts are decoded as UTF-8 at once, so no
// character is ever split.
//
// The package is opened here for both readers (this one and the exceljs fallback, which gets a
// clean copy from packageForExceljs): every part is inflated within limits checked while inflating,
// checked for XML entities, and released once read. A package refused for what it is (too large,
// entities, damaged, no workbook in it) throws RefusedPackageError, and no reader tries it again;
// anything else unexpected throws an ordinary error, and the caller falls back to exceljs.
import { constants as zlibConstants, inflateRawSync } from 'node:zlib';
import { Unzip, UnzipInflate, zipSync } from 'fflate';
import { type CellArea, type CellValue, type SheetGrid, type WorkbookGrid, columnLetter } from '../core/grid';
import { isDateFormat } from '../core/dates';

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
/** Days between the 1904 and the 1900 date systems. */
const DATE1904_OFFSET = 1462;
/** The last row and column Excel has (0-based). */
const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;
const COLS = LAST_COL + 1;

/**
 * Limits that keep a hostile package from taking the machine: Apache POI's ZipSecureFile idea,
 * checked while inflating, whatever the zip's headers declare. A real unit workbook is a few MB at
 * most; these are 20 to 100 times that, and keep one workbook's reading under ~300 MB.
 */
export const PACKAGE_LIMITS = {
  /** A file on disk larger than this is not read at all (pictures included). */
  MAX_FILE_BYTES: 200 * 1024 * 1024,
  /** One XML part, inflated. */
  MAX_PART_BYTES: 64 * 1024 * 1024,
  /** Every XML part inflated (read or only checked for entities), together. */
  MAX_TOTAL_BYTES: 160 * 1024 * 1024,
  /** Compressed ÷ inflated size below which a part is a bomb, once it is past RATIO_FROM_BYTES. */
  MIN_INFLATE_RATIO: 0.01,
  RATIO_FROM_BYTES: 4 * 1024 * 1024,
  /** A large part's first compressed bytes are inflated first: a bomb shows its ratio at once. */
  PROBE_BYTES: 64 * 1024,
  /** Cells holding a value or a formula in one workbook (merged cells and the cells of array
   *  formulas count too): 100 times a unit's workbook of 500 commitments, ten columns each. */
  MAX_CELLS: 500_000,
  /** Rows holding a value: each may become a commitment, with its issues (50,000 of them take the
   *  merge to about 300 MB). */
  MAX_ROWS: 50_000,
  /** Cells and rows as written, empty ones too (a template's borders drawn down 65,536 rows are
   *  655,360 empty cells, and still a workbook). */
  MAX_WRITTEN_CELLS: 4_000_000,
  /** Rows up to the last one written, empty or not, summed over the sheets (each costs an array,
   *  and the core walks them all): three sheets that reach Excel's last row. */
  MAX_ROW_SLOTS: 3_200_000,
  MAX_SHEETS: 1000,
  /**
   * Characters of text in one workbook, as the core will read them: each shared string once as
   * stored and again at every cell that shows it, inline strings, text results, formulas, each string
   * counted 8 more. The core spends about 80 bytes a character of a commitments table (measured: a
   * 10,000-row table of 400-character titles takes the merge to 410 MB), so this is what keeps one
   * file's merge under 400 MB; the largest workbook of the 100,000-row bench corpus holds 95,000.
   */
  MAX_TEXT_CHARS: 4_000_000,
  /** exceljs holds about 0.5 KB a cell: what its fallback may be given (cells, bytes of XML). */
  FALLBACK_MAX_CELLS: 250_000,
  FALLBACK_MAX_BYTES: 24 * 1024 * 1024,
};

export type RefusalReason = 'too-large' | 'xml-entities' | 'corrupt' | 'not-xlsx';

/** A package refused for what it is, not because camket could not parse it: no fallback reader may try it. */
export class RefusedPackageError extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

const tooLarge = (detail: string) => new RefusedPackageError('too-large', detail);

const decoder = new TextDecoder('utf-8');

function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return (
    s
      .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
        switch (e) {
          case 'lt':
            return '<';
          case 'gt':
            return '>';
          case 'amp':
            return '&';
          case 'quot':
            return '"';
          case 'apos':
            return "'";
          default: {
            const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            // A reference to no character (&#99999999;) is what Excel shows for it: a replacement character.
            return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
          }
        }
      })
      // OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return).
      .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
  );
}

const needles = new Map<string, string>();

/** The value of attribute `name` in a tag's attribute text (`r="B3" s="4" t="s"`), or null. */
function attr(attrs: string, name: string): string | null {
  let needle = needles.get(name);
  if (!needle) needles.set(name, (needle = `${name}="`));
  for (let at = attrs.indexOf(needle); at >= 0; at = attrs.indexOf(needle, at + 1)) {
    // A whole name only: `t="s"` is not the end of `ht="…"`.
    if (at > 0 && attrs.charCodeAt(at - 1) > 0x20) continue;
    const start = at + needle.length;
    const end = attrs.indexOf('"', start);
    return end < 0 ? null : unescapeXml(attrs.slice(start, end));
  }
  return null;
}

/**
 * A string of its own. V8 makes a substring of 13 or more characters a view into its parent: a
 * title cut out of sharedStrings.xml would keep the whole decoded file alive for as long as the
 * title lives (the whole merge), for every workbook read. Flattening a concatenation copies it.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** What one workbook may still take (PACKAGE_LIMITS). */
interface Budget {
  cells: number;
  rows: number;
  written: number;
  rowSlots: number;
  text: number;
}

const newBudget = (): Budget => ({
  cells: PACKAGE_LIMITS.MAX_CELLS,
  rows: PACKAGE_LIMITS.MAX_ROWS,
  written: PACKAGE_LIMITS.MAX_WRITTEN_CELLS,
  rowSlots: PACKAGE_LIMITS.MAX_ROW_SLOTS,
  text: PACKAGE_LIMITS.MAX_TEXT_CHARS,
});

/** The same limits on a grid read by another reader (the exceljs fallback), before the core gets it. */
export function checkGridLimits(grid: WorkbookGrid): void {
  const budget = newBudget();
  for (const sheet of grid.sheets) {
    if ((budget.rowSlots -= sheet.values.length) < 0) throw tooLarge('rows');
    for (const row of sheet.values) {
      if (!row) continue;
      let held = false;
      for (const v of row) {
        if (v === undefined || v === null) continue;
        if (--budget.cells < 0) throw tooLarge('cells');
        if (typeof v === 'string') spendText(budget, v);
        held = true;
      }
      if (held && --budget.rows < 0) throw tooLarge('rows');
    }
  }
}

function spendText(budget: Budget, s: string): string {
  // Every string costs a little more than its characters: many empty ones are not free either.
  if ((budget.text -= s.length + 8) < 0) throw tooLarge('text');
  return s;
}

/** The text of every <t> in a string item, phonetic runs left out. */
function textOf(xml: string, budget: Budget): string {
  const clean = xml.indexOf('<rPh') >= 0 ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  for (const m of clean.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += m[1] ? unescapeXml(m[1]) : '';
  return spendText(budget, detached(out));
}

function colIndex(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    c = c * 26 + code - 64;
  }
  return c - 1;
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`bad cell reference ${ref}`);
  const p = { row: Number(m[2]) - 1, col: colIndex(m[1]) };
  if (!inSheet(p.row, p.col)) throw new RefusedPackageError('corrupt', `cell ${ref} lies outside the sheet`);
  return p;
}

function inSheet(row: number, col: number): boolean {
  return row >= 0 && row <= LAST_ROW && col >= 0 && col <= LAST_COL;
}

interface Styles {
  formats: (string | null)[];
  fonts: (string | null)[];
}

function parseStyles(xml: string | undefined): Styles {
  if (!xml) return { formats: [], fonts: [] };
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], 'numFmtId');
    const code = attr(m[1], 'formatCode');
    if (id !== null && code !== null) custom.set(Number(id), code);
  }
  const fontNames: (string | null)[] = [];
  const fontsPart = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(xml)?.[1] ?? '';
  for (const m of fontsPart.matchAll(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)) {
    const name = m[1] ? /<name\b[^>]*\bval="([^"]*)"/.exec(m[1]) : null;
    fontNames.push(name ? unescapeXml(name[1]) : null);
  }
  const formats: (string | null)[] = [];
  const fonts: (string | null)[] = [];
  const xfsPart = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  for (const m of xfsPart.matchAll(/<xf\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1], 'numFmtId') ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
    formats.push(code && code !== 'General' ? code : null);
    const fontId = attr(m[1], 'fontId');
    fonts.push(fontId !== null ? (fontNames[Number(fontId)] ?? null) : null);
  }
  return { formats, fonts };
}

/** A shared formula's master: its text and cell, for the cells that repeat it. */
interface SharedMaster {
  text: string;
  row: number;
  col: number;
}

/** Formulas of one sheet being read: shared masters by index, and the ranges of array formulas
 *  (and data tables), whose cells besides the top-left hold no <f> of their own. */
interface FormulaState {
  shared: Map<string, SharedMaster>;
  spans: { area: CellArea; text: string }[];
}

function parseSheet(
  name: string,
  xml: string,
  strings: string[],
  styles: Styles,
  date1904: boolean,
  hidden: boolean,
  budget: Budget,
): SheetGrid {
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  const fstate: FormulaState = { shared: new Map(), spans: [] };
  const formats: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  const merges: CellArea[] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns: number[] = [];

  const dataStart = xml.indexOf('<sheetData');
  const dataEnd = xml.lastIndexOf('</sheetData>');
  const colsPart = dataStart >= 0 ? xml.slice(0, dataStart) : xml;
  // Each column once, however often it is said hidden (a column lies in one <col> range in a valid file).
  let seen: Uint8Array | null = null;
  for (const m of colsPart.matchAll(/<col\b([^>]*?)\/?>/g)) {
    const h = attr(m[1], 'hidden');
    if (h !== '1' && h !== 'true') continue;
    const min = Math.max(1, Number(attr(m[1], 'min')) || 1);
    const max = Math.min(COLS, Number(attr(m[1], 'max')) || min);
    seen ??= new Uint8Array(COLS + 1);
    // A hidden range that runs to the sheet's last column (16384) is trimmed to what can matter.
    for (let c = min; c <= Math.min(max, min + 1000); c++) {
      if (seen[c]) continue;
      seen[c] = 1;
      hiddenColumns.push(c - 1);
    }
  }
  const data = dataStart >= 0 && dataEnd > dataStart ? xml.slice(dataStart, dataEnd) : '';
  let row = -1;
  let col = -1;
  let lastHeldRow = -1;
  const token = /<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (let m = token.exec(data); m; m = token.exec(data)) {
    if (m[1] !== undefined) {
      const r = attr(m[1], 'r');
      row = r ? Number(r) - 1 : row + 1;
      if (!(row >= 0 && row <= LAST_ROW)) throw new RefusedPackageError('corrupt', `row ${r} lies outside the sheet`);
      col = -1;
      if (--budget.written < 0) throw tooLarge('cells');
      const h = attr(m[1], 'hidden');
      if (h === '1' || h === 'true') hiddenRows.push(row);
      continue;
    }
    const attrs = m[3];
    const ref = attr(attrs, 'r');
    if (ref) {
      const p = parseRef(ref);
      row = p.row;
      col = p.col;
    } else if (++col > LAST_COL || row < 0) throw new RefusedPackageError('corrupt', 'a cell lies outside the sheet');
    const s = attr(attrs, 's');
    const styleIndex = s ? Number(s) : 0;
    const fmt = styles.formats[styleIndex] ?? null;
    const font = styles.fonts[styleIndex] ?? null;
    if (--budget.written < 0) throw tooLarge('cells');
    const inner = m[4] ?? '';
    const t = attr(attrs, 't');
    let formula: string | null = null;
    if (inner.indexOf('<f') >= 0) formula = formulaOf(inner, row, col, fstate, budget);
    let value: CellValue = null;
    if (t === 'inlineStr') value = textOf(inner, budget);
    else {
      const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner);
      // No <v>, an empty <v></v> or one holding only blanks is no value (scripts write one for a
      // formula they did not calculate), never 0 — except a text result, which keeps its text:
      // Excel saves a formula's empty text result ("") as an empty <v> of t="str".
      const raw = v ? v[1] : null;
      if (raw !== null && t === 'str') value = spendText(budget, detached(unescapeXml(raw)));
      else if (raw !== null && raw.trim() !== '') {
        if (t === 's') {
          // Counted again at every cell that shows it: the core reads each cell's text.
          value = strings[Number(raw)] ?? null;
          if (value !== null) spendText(budget, value);
        } else if (t === 'b') value = raw.trim() === '1' || raw.trim() === 'true';
        else if (t === 'e') value = null;
        else if (t === 'd') value = isoDateToSerial(raw.trim());
        else {
          const n = Number(raw);
          value = Number.isFinite(n) ? (date1904 && isDateFormat(fmt) ? n + DATE1904_OFFSET : n) : null;
        }
      }
    }
    if (formula !== null) ((formulas ??= [])[row] ??= [])[col] = formula;
    if (value !== null || formula !== null) {
      if (--budget.cells < 0) throw tooLarge('cells');
      if (row !== lastHeldRow && --budget.rows < 0) throw tooLarge('rows');
      lastHeldRow = row;
    }
    if (value === null && !fmt && !font) continue;
    (values[row] ??= [])[col] = value;
    if (fmt) (formats[row] ??= [])[col] = fmt;
    if (font) (fonts[row] ??= [])[col] = font;
  }
  // Every row up to the last one becomes an array: rows cost memory even when empty.
  if ((budget.rowSlots -= values.length) < 0) throw tooLarge('rows');
  for (let r = 0; r < values.length; r++) values[r] ??= [];

  // A merged area costs what the core expands it to: the cells it covers within the used range.
  let cols = 0;
  for (const r of values) if (r.length > cols) cols = r.length;
  // The cells of an array formula's range that were written (with a value or a style) are told its
  // formula, each paid for from the cell budget: the range is as large as its file says.
  for (const { area, text } of fstate.spans) {
    const bottom = Math.min(area.bottom, values.length - 1);
    if (
      (budget.cells -=
        Math.max(0, bottom - area.top + 1) * Math.max(0, Math.min(area.right, cols - 1) - area.left + 1)) < 0
    )
      throw tooLarge('array formulas');
    for (let r = area.top; r <= bottom; r++) {
      const cells = values[r];
      for (let c = area.left; c <= Math.min(area.right, cells.length - 1); c++) {
        if (cells[c] === undefined || formulas?.[r]?.[c]) continue;
        ((formulas ??= [])[r] ??= [])[c] = text;
      }
    }
  }
  const mergeRe = /<mergeCell\b[^>]*?\bref="([A-Z]+\d+)(?::([A-Z]+\d+))?"/g;
  for (let m = mergeRe.exec(xml); m; m = mergeRe.exec(xml)) {
    const a = parseRef(m[1]);
    const b = m[2] ? parseRef(m[2]) : a;
    const area = {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
    const covered =
      Math.max(0, Math.min(area.bottom, values.length - 1) - area.top + 1) *
      Math.max(0, Math.min(area.right, cols - 1) - area.left + 1);
    if ((budget.cells -= 1 + covered) < 0) throw tooLarge('merged cells');
    merges.push(area);
  }
  return { name, values, formats, fonts, merges, hiddenRows, hiddenColumns, hidden, ...(formulas ? { formulas } : {}) };
}

/** The cell's formula text (no "="). A shared formula's follower gets the master's text, moved to
 *  its own cell as Excel moves it; an array formula's and a data table's range, the master's text. */
function formulaOf(inner: string, row: number, col: number, fs: FormulaState, budget: Budget): string | null {
  const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
  if (!f) return null;
  let text = f[2] ? detached(unescapeXml(f[2])) : '';
  const kind = attr(f[1], 't');
  if (kind === 'shared') {
    const si = attr(f[1], 'si') ?? '';
    if (text) {
      fs.shared.set(si, { text, row, col });
      return spendText(budget, text);
    }
    const master = fs.shared.get(si);
    return master ? spendText(budget, shiftFormula(master.text, row - master.row, col - master.col)) : null;
  }
  if (kind === 'dataTable') {
    // A what-if table holds no text of its own: its inputs are its formula.
    text = `TABLE(${attr(f[1], 'r1') ?? ''},${attr(f[1], 'r2') ?? ''})`;
  }
  if (!text) return null;
  const range = kind === 'array' || kind === 'dataTable' ? attr(f[1], 'ref') : null;
  if (range && range.includes(':')) {
    const [a, b] = range.split(':').map(parseRef);
    fs.spans.push({
      area: {
        top: Math.min(a.row, b.row),
        left: Math.min(a.col, b.col),
        bottom: Math.max(a.row, b.row),
        right: Math.max(a.col, b.col),
      },
      text,
    });
  }
  return spendText(budget, text);
}

/** A1 references not fixed by "$" move with the cell (what Excel does for a shared formula). */
const A1_REF = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

export function shiftFormula(text: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return text;
  // Quoted text ("…") is left alone: only references move.
  return text
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(A1_REF, (_, cAbs: string, letters: string, rAbs: string, digits: string) => {
            const c = cAbs ? colIndex(letters) : colIndex(letters) + cols;
            const r = rAbs ? Number(digits) : Number(digits) + rows;
            return `${cAbs}${columnLetter(c)}${rAbs}${r}`;
          }),
    )
    .join('');
}

function isoDateToSerial(text: string): number | null {
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(ms) ? null : ms / 86_400_000 + 25_569;
}

// ---------------------------------------------------------------------------------------------
// The package: parts by name, inflated within bounds.

/** A package part's name as a key: Excel finds `XL\Worksheets\Sheet1.xml` as `xl/worksheets/sheet1.xml`. */
function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** The part a relationship of `from` (a part's key) points at, as a key: relative to the source
 *  part's folder, or absolute from the package's root. */
function resolveTarget(from: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  if (t.startsWith('/')) return partKey(t);
  const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const out: string[] = [];
  for (const p of `${base}${t}`.split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return partKey(out.join('/'));
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relsOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The most a part of this compressed size may inflate to. */
function inflateLimit(compressed: number): number {
  return Math.min(
    PACKAGE_LIMITS.MAX_PART_BYTES,
    Math.max(PACKAGE_LIMITS.RATIO_FROM_BYTES, Math.ceil(compressed / PACKAGE_LIMITS.MIN_INFLATE_RATIO)),
  );
}

const isTooLarge = (e: unknown) =>
  (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError;

/** Node's zlib (measured: 2–3× faster than fflate's JavaScript inflate on these parts), stopped as
 *  soon as the output passes the limit its compressed size allows. */
function inflateBounded(data: Uint8Array, name: string): Uint8Array {
  const { PROBE_BYTES, MIN_INFLATE_RATIO, RATIO_FROM_BYTES } = PACKAGE_LIMITS;
  if (data.length > PROBE_BYTES) {
    // The start first: a part that inflates beyond the ratio there is refused after a few MB,
    // without inflating the rest (a bomb is all alike).
    try {
      inflateRawSync(data.subarray(0, PROBE_BYTES), {
        finishFlush: zlibConstants.Z_SYNC_FLUSH,
        maxOutputLength: Math.max(RATIO_FROM_BYTES, PROBE_BYTES / MIN_INFLATE_RATIO),
      });
    } catch (e) {
      if (isTooLarge(e)) throw tooLarge(`${name} inflates beyond its ratio`);
      // A damaged stream: said below, by the whole inflate.
    }
  }
  try {
    return inflateRawSync(data, { maxOutputLength: inflateLimit(data.length) });
  } catch (e) {
    if (isTooLarge(e)) throw tooLarge(`${name} inflates beyond its limit`);
    throw new RefusedPackageError('corrupt', `${name}: ${(e as Error).message}`);
  }
}

/** Parts camket reads or checks: XML and relationships, not media, macros or printer settings. */
const isXmlPart = (key: string) => key.endsWith('.xml') || key.endsWith('.rels') || key.endsWith('.vml');

/** A DOCTYPE (and so an entity) in a part: Excel never writes one, and text holding those letters
 *  is escaped (`&lt;!DOCTYPE`). Expanding entities is how a "billion laughs" file takes a machine's
 *  memory, so such a file is refused, never expanded. */
function declaresEntities(part: Uint8Array): boolean {
  const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  return bytes.indexOf('<!DOCTYPE') >= 0 || bytes.indexOf('<!ENTITY') >= 0;
}

/** A part as UTF-8: XML may also come in UTF-16, with its byte-order mark. */
function asUtf8(part: Uint8Array): Uint8Array {
  if (part.length >= 2 && ((part[0] === 0xff && part[1] === 0xfe) || (part[0] === 0xfe && part[1] === 0xff))) {
    return Buffer.from(new TextDecoder(part[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(part), 'utf8');
  }
  return part;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface StoredEntry {
  method: number;
  data: Uint8Array;
}

/** An opened package: its XML parts by key, each inflated when it is asked for and not kept. */
class Package {
  private total = 0;
  private readonly checked = new Set<string>();

  constructor(
    /** Compressed parts (a plain zip, read through its central directory). */
    private readonly entries: Map<string, StoredEntry> | null,
    /** Parts already inflated and checked (any other zip, read front to back by fflate). */
    private readonly inflated: Map<string, Uint8Array> | null,
  ) {}

  keys(): string[] {
    return [...(this.entries ?? this.inflated)!.keys()];
  }

  has(key: string): boolean {
    return (this.entries ?? this.inflated)!.has(key);
  }

  bytes(key: string | undefined): Uint8Array | undefined {
    if (key === undefined) return undefined;
    let part: Uint8Array | undefined;
    if (this.inflated) part = this.inflated.get(key);
    else {
      const e = this.entries!.get(key);
      if (!e) return undefined;
      part = e.method === STORED ? e.data : inflateBounded(e.data, key);
      if (part.length > PACKAGE_LIMITS.MAX_PART_BYTES) throw tooLarge(key);
      if ((this.total += part.length) > PACKAGE_LIMITS.MAX_TOTAL_BYTES)
        throw tooLarge('the package inflates beyond its limit');
      part = asUtf8(part);
      if (declaresEntities(part)) throw new RefusedPackageError('xml-entities', key);
    }
    this.checked.add(key);
    return part;
  }

  /** The part as text, a SpreadsheetML namespace prefix (`<x:c>`, as the Open XML SDK writes) left out. */
  text(key: string | undefined): string | undefined {
    const part = this.bytes(key);
    return part ? withoutPrefix(decoder.decode(part)) : undefined;
  }

  /** Every XML part not read yet, nor to be read, is inflated (within the same limits) and checked
   *  for entities; the parts to be read are checked when they are. */
  checkTheRest(toBeRead: Iterable<string | undefined>): void {
    const later = new Set(toBeRead);
    for (const key of this.keys()) if (!this.checked.has(key) && !later.has(key)) this.bytes(key);
  }
}

const MAIN_NAMESPACES =
  /\bxmlns:(\w+)="(?:http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main)"/g;

function withoutPrefix(xml: string): string {
  const head = xml.slice(0, 4096);
  if (head.indexOf('xmlns:') < 0) return xml;
  let out = xml;
  for (const m of head.matchAll(MAIN_NAMESPACES))
    if (out.indexOf(`<${m[1]}:`) >= 0) out = out.replace(new RegExp(`<(/?)${m[1]}:`, 'g'), '<$1');
  return out;
}

function openPackage(buffer: Uint8Array): Package {
  const entries = centralDirectory(buffer);
  return entries ? new Package(entries, null) : new Package(null, streamingUnzip(buffer));
}

/**
 * The XML parts of a plain zip, still compressed, keyed by partKey, found through the central
 * directory. Null for anything else (zip64, an odd layout): fflate reads those front to back.
 */
function centralDirectory(buffer: Uint8Array): Map<string, StoredEntry> | null {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  let end = buffer.length - 22;
  while (end >= lowest && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end--;
  // Every zip ends with this record (zip64 too): without it the file was cut short.
  if (end < lowest) throw new RefusedPackageError('corrupt', 'no end of central directory: the archive is incomplete');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null;
  const parts = new Map<string, StoredEntry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    const key = partKey(decoder.decode(buffer.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (!isXmlPart(key)) continue;
    if (size === 0xffffffff || offset + 30 > buffer.length || view.getUint32(offset, true) !== LOCAL_ENTRY) return null;
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const data = buffer.subarray(start, start + size);
    if (data.length !== size) return null;
    if (method !== STORED && method !== DEFLATED) return null;
    parts.set(key, { method, data });
  }
  return parts;
}

/** Any zip fflate understands, read front to back, with the same limits: the ratio is checked
 *  against the compressed bytes fed so far, never against what the headers claim. */
function streamingUnzip(buffer: Uint8Array): Map<string, Uint8Array> {
  const { MAX_PART_BYTES, MAX_TOTAL_BYTES, RATIO_FROM_BYTES, MIN_INFLATE_RATIO } = PACKAGE_LIMITS;
  const SLICE = 16 * 1024;
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  let fed = 0;
  let refusal: RefusedPackageError | null = null;
  const refuse = (e: RefusedPackageError, file?: { terminate: () => void }) => {
    refusal ??= e;
    file?.terminate();
  };
  const unzip = new Unzip((file) => {
    const key = partKey(file.name);
    if (!isXmlPart(key) || refusal) return;
    // Its data starts within the slice being fed, or later: counting from the slice's start
    // overstates the compressed bytes it has had, in the part's favour.
    const from = fed;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (refusal) return;
      if (err) return refuse(new RefusedPackageError('corrupt', `${key}: ${err.message}`), file);
      size += chunk.length;
      total += chunk.length;
      const compressed = fed + SLICE - from;
      if (
        size > MAX_PART_BYTES ||
        total > MAX_TOTAL_BYTES ||
        (size > RATIO_FROM_BYTES && compressed < size * MIN_INFLATE_RATIO)
      ) {
        return refuse(tooLarge(`${key} inflates beyond its limit`), file);
      }
      chunks.push(chunk);
      if (!final) return;
      const part = asUtf8(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
      if (declaresEntities(part)) return refuse(new RefusedPackageError('xml-entities', key));
      parts.set(key, part);
    };
    try {
      file.start();
    } catch (e) {
      refuse(new RefusedPackageError('corrupt', `${key}: ${(e as Error).message}`));
    }
  });
  unzip.register(UnzipInflate);
  // Fed in slices, so a hostile part is stopped after at most one slice's worth of inflation.
  try {
    for (fed = 0; fed < buffer.length && !refusal; fed += SLICE)
      unzip.push(buffer.subarray(fed, fed + SLICE), fed + SLICE >= buffer.length);
  } catch (e) {
    if (!refusal) throw new RefusedPackageError('corrupt', (e as Error).message);
  }
  if (refusal) throw refusal;
  return parts;
}

// ---------------------------------------------------------------------------------------------
// The workbook inside the package.

interface Relationship {
  id: string;
  type: string;
  target: string;
}

interface LocatedWorkbook {
  part: string;
  xml: string;
  rels: Relationship[];
  sheets: { name: string; rid: string; part: string | undefined; state: string | null }[];
  sharedStrings: string;
  styles: string;
  date1904: boolean;
}

function relationships(pkg: Package, part: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of (pkg.text(relsOf(part)) ?? '').matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target && attr(m[1], 'TargetMode') !== 'External')
      out.push({ id, type: attr(m[1], 'Type') ?? '', target: resolveTarget(part, target) });
  }
  return out;
}

/** The workbook is wherever the package's own relationships say (xl/workbook.xml as a last resort),
 *  its sheets wherever its relationships say, relative or absolute. */
function locateWorkbook(pkg: Package): LocatedWorkbook {
  const officeDocument = relationships(pkg, '').find((r) => /\/officeDocument$/.test(r.type))?.target;
  const part = [officeDocument, 'xl/workbook.xml'].find((k) => k !== undefined && pkg.has(k));
  const xml = part === undefined ? undefined : pkg.text(part);
  if (!part || !xml || !/<(?:\w+:)?workbook\b/.test(xml))
    throw new RefusedPackageError('not-xlsx', 'no workbook in the package');
  const rels = relationships(pkg, part);
  const targets = new Map(rels.map((r) => [r.id, r.target]));
  const byType = (suffix: string, fallback: string) =>
    rels.find((r) => r.type.endsWith(suffix))?.target ?? resolveTarget(part, fallback);
  const pr = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(xml);
  const date1904Attr = pr ? attr(pr[1], 'date1904') : null;
  const sheets: LocatedWorkbook['sheets'] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    if (sheets.length >= PACKAGE_LIMITS.MAX_SHEETS) throw tooLarge('sheets');
    const rid = attr(m[1], 'r:id') ?? /\b\w+:id="([^"]*)"/.exec(m[1])?.[1] ?? '';
    sheets.push({ name: attr(m[1], 'name') ?? '', rid, part: targets.get(rid), state: attr(m[1], 'state') });
  }
  return {
    part,
    xml,
    rels,
    sheets,
    sharedStrings: byType('/sharedStrings', 'sharedStrings.xml'),
    styles: byType('/styles', 'styles.xml'),
    date1904: date1904Attr === '1' || date1904Attr === 'true',
  };
}

function partsToRead(book: LocatedWorkbook): (string | undefined)[] {
  return [book.sharedStrings, book.styles, ...book.sheets.map((s) => s.part)];
}

export function readXlsxFast(buffer: Uint8Array, file: string): WorkbookGrid {
  const pkg = openPackage(buffer);
  const book = locateWorkbook(pkg);
  // Entities are looked for in every other part before any is parsed.
  pkg.checkTheRest(partsToRead(book));
  const budget = newBudget();
  const strings: string[] = [];
  const sst = pkg.text(book.sharedStrings);
  if (sst)
    for (const m of sst.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g))
      strings.push(m[1] ? textOf(m[1], budget) : spendText(budget, ''));
  const styles = parseStyles(pkg.text(book.styles));

  const sheets: SheetGrid[] = [];
  for (const s of book.sheets) {
    if (!s.part) continue;
    const xml = pkg.text(s.part);
    if (xml === undefined) continue; // a chart sheet or dialog sheet: no cells
    sheets.push(
      parseSheet(s.name, xml, strings, styles, book.date1904, s.state === 'hidden' || s.state === 'veryHidden', budget),
    );
  }
  return { file, sheets };
}

/**
 * The same package, rebuilt for exceljs, the fallback reader, from parts read within the same
 * limits: the workbook at xl/workbook.xml and its sheets at xl/worksheets/sheetN.xml whatever their
 * names were (exceljs finds parts by fixed names only), namespace prefixes left out, and nothing
 * the grid does not need (drawings, pictures, tables, links, macros: exceljs reads every part it is
 * given, a bomb in a picture too). Refused as too large beyond what exceljs can hold.
 */
export function packageForExceljs(buffer: Uint8Array): Uint8Array {
  const pkg = openPackage(buffer);
  const book = locateWorkbook(pkg);
  pkg.checkTheRest(partsToRead(book));
  const enc = new TextEncoder();
  const out: Record<string, Uint8Array> = {};
  let bytes = 0;
  const add = (name: string, xml: string) => {
    const data = enc.encode(xml);
    if ((bytes += data.length) > PACKAGE_LIMITS.FALLBACK_MAX_BYTES)
      throw tooLarge('more than the fallback reader can hold');
    out[name] = data;
  };
  const wbRels: [string, string, string][] = [];
  let cells = 0;
  let n = 0;
  for (const s of book.sheets) {
    const xml = s.part ? pkg.text(s.part) : undefined;
    if (xml === undefined || !/<worksheet\b/.test(xml.slice(0, 4096))) continue;
    for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2)) {
      const next = xml.charCodeAt(at + 2);
      if (
        (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) &&
        ++cells > PACKAGE_LIMITS.FALLBACK_MAX_CELLS
      ) {
        throw tooLarge('more cells than the fallback reader can hold');
      }
    }
    n++;
    add(`xl/worksheets/sheet${n}.xml`, withoutRelated(xml));
    wbRels.push([s.rid, 'worksheet', `worksheets/sheet${n}.xml`]);
  }
  const sst = pkg.text(book.sharedStrings);
  if (sst !== undefined) {
    add('xl/sharedStrings.xml', sst);
    wbRels.push(['rIdCamketStrings', 'sharedStrings', 'sharedStrings.xml']);
  }
  const styles = pkg.text(book.styles);
  if (styles !== undefined) {
    add('xl/styles.xml', styles);
    wbRels.push(['rIdCamketStyles', 'styles', 'styles.xml']);
  }
  add('xl/workbook.xml', book.xml.replace(/<(pivotCaches|externalReferences)\b[\s\S]*?<\/\1>/g, ''));
  const relsXml = (items: [string, string, string][]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
      .map(
        ([id, type, target]) =>
          `<Relationship Id="${escapeAttr(id)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`,
      )
      .join('')}</Relationships>`;
  add('xl/_rels/workbook.xml.rels', relsXml(wbRels));
  add('_rels/.rels', relsXml([['rId1', 'officeDocument', 'xl/workbook.xml']]));
  const type = (part: string, t: string) =>
    `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${t}+xml"/>`;
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      type('xl/workbook.xml', 'sheet.main') +
      Array.from({ length: n }, (_, i) => type(`xl/worksheets/sheet${i + 1}.xml`, 'worksheet')).join('') +
      (sst !== undefined ? type('xl/sharedStrings.xml', 'sharedStrings') : '') +
      (styles !== undefined ? type('xl/styles.xml', 'styles') : '') +
      '</Types>',
  );
  return zipSync(out, { level: 0 });
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A sheet without the elements that point into other parts (which the rebuilt package leaves out). */
function withoutRelated(xml: string): string {
  return xml
    .replace(/<(drawing|legacyDrawing|legacyDrawingHF|picture|tablePart)\b[^>]*\/>/g, '')
    .replace(/<(hyperlinks|tableParts|oleObjects|controls)\b[^>]*\/>/g, '')
    .replace(/<(hyperlinks|tableParts|oleObjects|controls)\b[^>]*>[\s\S]*?<\/\1>/g, '');
}
