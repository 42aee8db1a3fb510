// A lean .xlsx reader for what the core needs (values, number formats, fonts, merges, hidden rows and
// columns, sheet state). Why our own: measured on this machine, exceljs's in-memory reader is far
// slower than unzip + tokenise (the floor), and its streaming reader garbles Vietnamese text split
// across 16 KB chunks (exceljs#2063). Whole parts are decoded as UTF-8 at once, so no character is
// ever split. Anything unexpected throws, and the caller falls back to exceljs.
import { inflateRawSync } from 'node:zlib';
import { Unzip, UnzipInflate } from 'fflate';
import type { CellArea, CellValue, SheetGrid, WorkbookGrid } from '../core/grid';
import { isDateFormat } from '../core/dates';

const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@',
};
/** Days between the 1904 and the 1900 date systems. */
const DATE1904_OFFSET = 1462;

const decoder = new TextDecoder('utf-8');

function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0) return s;
  return s
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
      switch (e) {
        case 'lt': return '<';
        case 'gt': return '>';
        case 'amp': return '&';
        case 'quot': return '"';
        case 'apos': return "'";
        default: return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      }
    })
    // OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return).
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
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

/** The text of every <t> in a string item, phonetic runs left out. */
function textOf(xml: string): string {
  const clean = xml.indexOf('<rPh') >= 0 ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  for (const m of clean.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += m[1] ? unescapeXml(m[1]) : '';
  return detached(out);
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
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
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

function parseSheet(name: string, xml: string, strings: string[], styles: Styles, date1904: boolean, hidden: boolean, budget: { cells: number }): SheetGrid {
  const values: CellValue[][] = [];
  let formulas: (string | null)[][] | undefined;
  const shared = new Map<string, SharedMaster>();
  const formats: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  const merges: CellArea[] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns: number[] = [];

  for (const m of xml.matchAll(/<col\b([^>]*?)\/?>/g)) {
    const h = attr(m[1], 'hidden');
    if (h !== '1' && h !== 'true') continue;
    const min = Number(attr(m[1], 'min'));
    const max = Number(attr(m[1], 'max'));
    // A hidden range that runs to the sheet's last column (16384) is trimmed to what can matter.
    for (let c = min; c <= Math.min(max, min + 1000); c++) hiddenColumns.push(c - 1);
  }
  const dataStart = xml.indexOf('<sheetData');
  const dataEnd = xml.lastIndexOf('</sheetData>');
  const data = dataStart >= 0 && dataEnd > dataStart ? xml.slice(dataStart, dataEnd) : '';
  let row = -1;
  let col = -1;
  const token = /<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (let m = token.exec(data); m; m = token.exec(data)) {
    if (m[1] !== undefined) {
      const r = attr(m[1], 'r');
      row = r ? Number(r) - 1 : row + 1;
      col = -1;
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
    } else col++;
    const s = attr(attrs, 's');
    const styleIndex = s ? Number(s) : 0;
    const fmt = styles.formats[styleIndex] ?? null;
    const font = styles.fonts[styleIndex] ?? null;
    if (--budget.cells < 0) throw new HostilePackageError('too-large');
    const inner = m[4] ?? '';
    const t = attr(attrs, 't');
    let formula: string | null = null;
    if (inner.indexOf('<f') >= 0) formula = formulaOf(inner, row, col, shared);
    let value: CellValue = null;
    if (t === 'inlineStr') value = textOf(inner);
    else {
      const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner);
      // An empty <v></v> is no value (scripts write one for a formula they did not calculate), never 0.
      if (v && v[1] !== '') {
        const raw = v[1];
        if (t === 's') value = strings[Number(raw)] ?? null;
        else if (t === 'str') value = detached(unescapeXml(raw));
        else if (t === 'b') value = raw === '1' || raw === 'true';
        else if (t === 'e') value = null;
        else if (t === 'd') value = isoDateToSerial(raw);
        else {
          const n = Number(raw);
          value = Number.isFinite(n) ? (date1904 && isDateFormat(fmt) ? n + DATE1904_OFFSET : n) : null;
        }
      }
    }
    if (formula !== null) ((formulas ??= [])[row] ??= [])[col] = formula;
    if (value === null && !fmt && !font) continue;
    (values[row] ??= [])[col] = value;
    if (fmt) (formats[row] ??= [])[col] = fmt;
    if (font) (fonts[row] ??= [])[col] = font;
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];

  const mergeRe = /<mergeCell\b[^>]*?\bref="([A-Z]+\d+)(?::([A-Z]+\d+))?"/g;
  for (let m = mergeRe.exec(xml); m; m = mergeRe.exec(xml)) {
    const a = parseRef(m[1]);
    const b = m[2] ? parseRef(m[2]) : a;
    merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return { name, values, formats, fonts, merges, hiddenRows, hiddenColumns, hidden, ...(formulas ? { formulas } : {}) };
}

/** The cell's formula text (no "="); a shared formula's follower gets the master's, moved to its cell. */
function formulaOf(inner: string, row: number, col: number, shared: Map<string, SharedMaster>): string | null {
  const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
  if (!f) return null;
  const text = f[2] ? detached(unescapeXml(f[2])) : '';
  if (attr(f[1], 't') === 'shared') {
    const si = attr(f[1], 'si') ?? '';
    if (text) {
      shared.set(si, { text, row, col });
      return text;
    }
    const master = shared.get(si);
    return master ? shiftFormula(master.text, row - master.row, col - master.col) : null;
  }
  return text || null;
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
            return `${cAbs}${columnName(c)}${rAbs}${r}`;
          }),
    )
    .join('');
}

function columnName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function isoDateToSerial(text: string): number | null {
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(ms) ? null : ms / 86_400_000 + 25_569;
}

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

/** Limits that keep a hostile package from taking the machine: Apache POI's ZipSecureFile idea. A
 *  part may not inflate beyond MAX_PART_BYTES, nor below MIN_INFLATE_RATIO of compressed to inflated
 *  size once past RATIO_FROM_BYTES; the wanted parts together not beyond MAX_TOTAL_BYTES. Checked
 *  while inflating, whatever the zip's headers declare. A real unit workbook is a few MB at most. */
export const PACKAGE_LIMITS = {
  MAX_PART_BYTES: 120 * 1024 * 1024,
  MAX_TOTAL_BYTES: 200 * 1024 * 1024,
  MIN_INFLATE_RATIO: 0.01,
  RATIO_FROM_BYTES: 4 * 1024 * 1024,
  /** Cells in one workbook: 100 times a very large commitments list. */
  MAX_CELLS: 3_000_000,
};

/** A package refused for what it is, not because camket could not parse it: no fallback reader may try it. */
export class HostilePackageError extends Error {
  constructor(readonly reason: 'too-large' | 'xml-entities') {
    super(reason);
  }
}

/** The most a part of this compressed size may inflate to. */
function inflateLimit(compressed: number): number {
  return Math.min(PACKAGE_LIMITS.MAX_PART_BYTES, Math.max(PACKAGE_LIMITS.RATIO_FROM_BYTES, Math.ceil(compressed / PACKAGE_LIMITS.MIN_INFLATE_RATIO)));
}

function inflateBounded(data: Uint8Array): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength: inflateLimit(data.length) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new HostilePackageError('too-large');
    throw e;
  }
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * The wanted parts of a plain zip, inflated by Node's zlib (measured: 2–3× faster than fflate's
 * JavaScript inflate on these parts), keyed by partKey. Null for anything else (zip64, another
 * compression, an odd layout): fflate reads those.
 */
function nativeUnzip(buffer: Uint8Array, wanted: (key: string) => boolean): Map<string, Uint8Array> | null {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  let end = buffer.length - 22;
  while (end >= lowest && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end--;
  // Every zip ends with this record (zip64 too): without it the file was cut short.
  if (end < lowest) throw new Error('no end of central directory: the archive is incomplete');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null;
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    const key = partKey(decoder.decode(buffer.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (!wanted(key)) continue;
    if (size === 0xffffffff || offset + 30 > buffer.length || view.getUint32(offset, true) !== LOCAL_ENTRY) return null;
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const data = buffer.subarray(start, start + size);
    if (data.length !== size) return null;
    let part: Uint8Array;
    if (method === STORED) part = data;
    else if (method === DEFLATED) part = inflateBounded(data);
    else return null;
    total += part.length;
    if (total > PACKAGE_LIMITS.MAX_TOTAL_BYTES) throw new HostilePackageError('too-large');
    parts.set(key, part);
  }
  return parts;
}

/** The same with fflate's streaming reader (any zip it understands), with the same limits. */
function streamingUnzip(buffer: Uint8Array, wanted: (key: string) => boolean): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  let hostile = false;
  const unzip = new Unzip((file) => {
    const key = partKey(file.name);
    if (!wanted(key)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    const limit = inflateLimit(file.size ?? 0);
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      size += chunk.length;
      total += chunk.length;
      if (size > limit || total > PACKAGE_LIMITS.MAX_TOTAL_BYTES) {
        hostile = true;
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) parts.set(key, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Fed in slices, so a hostile part is stopped after at most one slice's worth of inflation.
  const SLICE = 64 * 1024;
  for (let i = 0; i < buffer.length && !hostile; i += SLICE) unzip.push(buffer.subarray(i, i + SLICE), i + SLICE >= buffer.length);
  if (hostile) throw new HostilePackageError('too-large');
  return parts;
}

/** Parts that never hold what the core reads: left compressed. */
const UNNEEDED = /(^|\/)(theme|docprops|drawings|charts|media|printersettings|externallinks|pivottables|pivotcache|customxml|threadedcomments|persons|richdata|ctrlprops|activex|diagrams|embeddings|queryTables|tables)\/|(^|\/)(\[content_types\]|calcchain|comments\d*|vbadata)\.xml$/i;

/** Every part Excel may need to find the cells — XML and relationships wherever they lie, since the
 *  workbook may be anywhere — but not the parts known to hold none. */
const wantedPart = (key: string) => (key.endsWith('.xml') || key.endsWith('.rels')) && !UNNEEDED.test(key);

export function readXlsxFast(buffer: Uint8Array, file: string): WorkbookGrid {
  const files = nativeUnzip(buffer, wantedPart) ?? streamingUnzip(buffer, wantedPart);
  for (const part of files.values()) if (declaresEntities(part)) throw new HostilePackageError('xml-entities');
  const text = (key: string | undefined): string | undefined => {
    const part = key === undefined ? undefined : files.get(key);
    return part ? decoder.decode(part) : undefined;
  };
  const relationships = (part: string) => {
    const out: { id: string; type: string; target: string }[] = [];
    for (const m of (text(relsOf(part)) ?? '').matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
      const id = attr(m[1], 'Id');
      const target = attr(m[1], 'Target');
      if (id && target && attr(m[1], 'TargetMode') !== 'External') out.push({ id, type: attr(m[1], 'Type') ?? '', target: resolveTarget(part, target) });
    }
    return out;
  };

  // The workbook is wherever the package's own relationships say (xl/workbook.xml as a last resort).
  const officeDocument = relationships('').find((r) => /\/officeDocument$/.test(r.type))?.target;
  const workbookPart = [officeDocument, 'xl/workbook.xml'].find((k) => k !== undefined && files.has(k));
  const workbook = text(workbookPart);
  if (!workbookPart || !workbook) throw new Error('not a spreadsheet package');
  const rels = relationships(workbookPart);
  const targets = new Map(rels.map((r) => [r.id, r.target]));
  const byType = (suffix: string, fallback: string) => rels.find((r) => r.type.endsWith(suffix))?.target ?? resolveTarget(workbookPart, fallback);
  const pr = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(workbook);
  const date1904Attr = pr ? attr(pr[1], 'date1904') : null;
  const date1904 = date1904Attr === '1' || date1904Attr === 'true';

  const strings: string[] = [];
  const sst = text(byType('/sharedStrings', 'sharedStrings.xml'));
  if (sst) for (const m of sst.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)) strings.push(m[1] ? textOf(m[1]) : '');
  const styles = parseStyles(text(byType('/styles', 'styles.xml')));

  const sheets: SheetGrid[] = [];
  const budget = { cells: PACKAGE_LIMITS.MAX_CELLS };
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1], 'name') ?? '';
    const rid = attr(m[1], 'r:id') ?? /\b\w+:id="([^"]*)"/.exec(m[1])?.[1] ?? '';
    const partName = targets.get(rid);
    const state = attr(m[1], 'state');
    if (!partName) continue;
    const xml = text(partName);
    if (xml === undefined) continue; // a chart sheet or dialog sheet: no cells
    sheets.push(parseSheet(name, xml, strings, styles, date1904, state === 'hidden' || state === 'veryHidden', budget));
  }
  return { file, sheets };
}

/** A DOCTYPE (and so an entity) in a part: Excel never writes one, and text holding those letters
 *  is escaped (`&lt;!DOCTYPE`). Expanding entities is how a "billion laughs" file takes a machine's
 *  memory, so such a file is refused, never expanded. */
function declaresEntities(part: Uint8Array): boolean {
  const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  return bytes.indexOf('<!DOCTYPE') >= 0 || bytes.indexOf('<!ENTITY') >= 0;
}
