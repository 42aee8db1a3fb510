// An in-memory Excel that speaks the part of the Office.js Excel API the add-in uses, with the
// same proxy semantics: methods queue work, load() asks for properties, nothing is readable until
// context.sync(), a property read before its sync throws PropertyNotLoaded, writes to a protected
// sheet throw AccessDenied, and each sync's response size is measured (optionally refused above a
// limit, as Excel on the web refuses more than 5 MB). It imports nothing, so the browser test can
// transpile this one file and serve it in place of office.js.

export type EmuValue = string | number | boolean | null;

export interface EmuArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The shape of the core's SheetGrid / WorkbookGrid (kept structural: no import). */
export interface GridSheet {
  name: string;
  values: EmuValue[][];
  formats?: (string | null | undefined)[][];
  /** Formulas without the "=", for the cells that hold one (the value is their saved result). */
  formulas?: (string | null | undefined)[][];
  fonts?: (string | null | undefined)[][];
  merges?: EmuArea[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  hidden?: boolean;
}

export interface GridWorkbook {
  file: string;
  sheets: GridSheet[];
}

interface Cell {
  value: EmuValue;
  /** The formula without its "=" (Range.formulas shows it with one). */
  formula?: string;
  format?: string;
  font?: string;
  error?: boolean;
}

/** A sheet's conditional formats are kept in priority order: index 0 is applied first (Excel's
 *  priorities are worksheet-wide and unique, so moving one shifts the others). */
export interface EmuConditionalFormat {
  id: number;
  type: string;
  formula: string;
  areas: EmuArea[];
  format: Record<string, unknown>;
}

export interface EmuValidation {
  area: EmuArea;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface EmuChart {
  type: string;
  source: EmuArea;
  seriesBy: string;
  title: string;
  legendVisible: boolean;
  from: string;
  to: string;
}

export interface EmuSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<number, Cell>;
  merges: EmuArea[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  conditionalFormats: EmuConditionalFormat[];
  validations: EmuValidation[];
  charts: EmuChart[];
  /** Formatting writes (font.bold, fill.color, columnWidth…), address → property path → value. */
  formatting: Map<string, Record<string, unknown>>;
}

/** The Office.js reference's requirement sets: "Class.member" → ExcelApi version, and the class of
 *  the object a property gives (test/addin/emulation/api-sets.ts reads both from @types/office-js). */
export interface ApiReference {
  sets: Record<string, string>;
  types: Record<string, string>;
}

export interface EmuOptions {
  /** Every member the add-in touches is refused (ApiNotFound) above `apiVersion`, as Excel does. */
  api: ApiReference;
  /** Highest ExcelApi version this "Excel" supports (isSetSupported answers from it). */
  apiVersion?: string;
  /** Refuse a sync whose request or response is larger than this many UTF-8 bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Milliseconds each sync takes (to see what the pane does meanwhile). */
  syncDelayMs?: number;
  displayLanguage?: string;
  /** The list separator of the PC's regional settings. Excel on Windows takes it in
   *  Worksheet.getRanges (office-js #1167, #1985): ";" where the decimal mark is a comma. */
  listSeparator?: ',' | ';';
  /** Opened read-only (a file opened as read-only, Protected View, viewing mode on the web). */
  readOnly?: boolean;
  /** The workbook uses the 1904 date system (made on a Mac): its date cells hold serials 1462
   *  smaller than the 1900 system's, and DATE(1904,1,1) is 0. */
  date1904?: boolean;
  /** Which number formats show dates (to move a grid's 1900-system serials into a 1904 workbook);
   *  the tests give the core's isDateFormat. */
  isDateFormat?: (format: string) => boolean;
  /** Office.context.platform: "OfficeOnline" (Excel on the web), "PC", "Mac". */
  platform?: string;
  /** Office.context.partitionKey (set on the web, where add-in storage is partitioned). */
  partitionKey?: string;
}

const COLS = 16384;
const key = (r: number, c: number) => r * COLS + c;

export function columnName(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function areaAddress(a: EmuArea): string {
  const tl = `${columnName(a.left)}${a.top + 1}`;
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${columnName(a.right)}${a.bottom + 1}`;
}

function parseCell(s: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(s.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "B3", "B3:D9", "C:C" (whole columns), "1:200" (whole rows) → an area. */
export function parseArea(address: string): EmuArea {
  const parts = address.trim().split(':');
  const rows = /^\$?(\d{1,7})$/;
  if (parts.length === 2 && rows.test(parts[0]) && rows.test(parts[1])) {
    const [a, b] = parts.map((p) => Number(p.replace(/\$/g, '')) - 1);
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: COLS - 1 };
  }
  const whole = /^\$?([A-Za-z]{1,3})$/;
  if (parts.length === 2 && whole.test(parts[0]) && whole.test(parts[1])) {
    const a = parseCell(`${parts[0].replace(/\$/g, '')}1`)!;
    const b = parseCell(`${parts[1].replace(/\$/g, '')}1`)!;
    return { top: 0, left: a.col, bottom: 1048575, right: b.col };
  }
  const a = parseCell(parts[0]);
  const b = parseCell(parts[1] ?? parts[0]);
  if (!a || !b) throw emuError('InvalidArgument', `Bad address: ${address}`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersects(a: EmuArea, b: EmuArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export interface EmuErrorShape extends Error {
  code: string;
  debugInfo: { code: string; message: string };
}

function emuError(code: string, message: string): EmuErrorShape {
  const e = new Error(message) as EmuErrorShape;
  e.name = 'RichApi.Error';
  e.code = code;
  e.debugInfo = { code, message };
  return e;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// The request context: a queue of operations run in order at sync().

type Op = () => unknown;

/** What one queued action costs in Office.js's request JSON (ids, object paths, names), before its arguments. */
export const REQUEST_OP_BYTES = 120;

/** Bytes of a string once sent as UTF-8: Vietnamese letters take two or three. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(data: unknown): number {
  return utf8Length(JSON.stringify(data ?? null));
}

export class EmuContext {
  private ops: Op[] = [];
  private requestBytes = 0;
  private reads: { bytes: number; commit: () => void }[] = [];
  readonly workbook: WorkbookProxy;

  constructor(readonly emu: ExcelEmulation) {
    this.workbook = new WorkbookProxy(this);
  }

  /** An action for the next sync; `argument` is what it sends besides itself (values written…). */
  queue(op: Op, argument?: unknown): void {
    this.ops.push(op);
    this.requestBytes += REQUEST_OP_BYTES + (argument === undefined ? 0 : jsonBytes(argument));
  }

  /** A read's result: counted against the payload, visible only once the whole sync succeeds. */
  deliver(data: unknown, commit: () => void): void {
    this.reads.push({ bytes: jsonBytes(data), commit });
  }

  get pending(): number {
    return this.ops.length;
  }

  /**
   * One round trip. As Excel on the web: the request and the response are each limited, in UTF-8
   * bytes of their JSON; a request over it is refused before anything runs, a response over it
   * after the actions ran (their reads are lost).
   */
  async sync(): Promise<void> {
    const ops = this.ops;
    const request = this.requestBytes;
    this.ops = [];
    this.requestBytes = 0;
    this.reads = [];
    this.emu.syncs++;
    await Promise.resolve();
    if (this.emu.options.syncDelayMs) await new Promise((r) => setTimeout(r, this.emu.options.syncDelayMs));
    const limit = this.emu.options.payloadLimit;
    this.emu.requests.push(request);
    if (limit !== undefined && request > limit) {
      this.emu.payloads.push(0);
      throw emuError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload (${request} bytes) is larger than the limit.`,
      );
    }
    for (const op of ops) op();
    const bytes = this.reads.reduce((n, r) => n + r.bytes, 0);
    this.emu.payloads.push(bytes);
    if (limit !== undefined && bytes > limit) {
      this.reads = [];
      throw emuError(
        'RequestPayloadSizeLimitExceeded',
        `The response payload (${bytes} bytes) is larger than the limit.`,
      );
    }
    for (const r of this.reads) r.commit();
    this.reads = [];
  }
}

function splitProps(props: unknown): string[] {
  if (props === undefined) return [];
  if (typeof props === 'string')
    return props
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => splitProps(p));
  throw emuError('InvalidArgument', 'The emulation takes load("a,b") or load(["a"]) only.');
}

/** Base of every proxy: loaded properties, null-object state, and a lazy target. */
/** The Excel class each emulated object stands for. */
const EXCEL_CLASS: Record<string, string> = {
  WorkbookProxy: 'Workbook',
  FunctionResultProxy: 'FunctionResult',
  WorksheetCollectionProxy: 'WorksheetCollection',
  ProtectionProxy: 'WorksheetProtection',
  WorksheetProxy: 'Worksheet',
  RangeProxy: 'Range',
  RangeAreasProxy: 'RangeAreas',
  ConditionalFormatCollectionProxy: 'ConditionalFormatCollection',
  ConditionalFormatProxy: 'ConditionalFormat',
  CustomRuleProxy: 'ConditionalFormatRule',
};

abstract class ApiObject<T> {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private readonly excelClass: string;

  constructor(
    protected ctx: EmuContext,
    protected readonly target: () => T | null,
  ) {
    this.excelClass = EXCEL_CLASS[new.target.name];
    if (!this.excelClass) throw new Error(`${new.target.name} stands for no Excel class`);
    return gated(this, this.excelClass, ctx.emu);
  }

  protected resolve(): T {
    const t = this.target();
    if (t === null) throw emuError('ItemNotFound', 'The requested resource does not exist.');
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw emuError('PropertyNotLoaded', 'isNullObject is known only after a load and a sync.');
    return this.nullState;
  }

  protected read<V>(name: string): V {
    if (this.nullState) throw emuError('InvalidOperation', `Property ${name} of a null object.`);
    if (!this.loaded.has(name))
      throw emuError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Call load and context.sync() first.`,
      );
    return this.loaded.get(name) as V;
  }

  /** Values delivered by a collection's load: this object then counts as loaded. */
  accept(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    this.nullState = false;
  }

  /** Property values for a load, computed when the sync runs. */
  protected abstract snapshot(target: T, prop: string): unknown;

  load(props?: string | string[]): this {
    const list = splitProps(props);
    for (const p of list) this.ctx.emu.requirePath(this.excelClass, p);
    this.ctx.queue(() => {
      const t = this.target();
      const values = new Map<string, unknown>();
      if (t !== null) for (const p of list) values.set(p, this.snapshot(t, p));
      this.ctx.deliver(Object.fromEntries(values), () => {
        this.nullState = t === null;
        for (const [k, v] of values) this.loaded.set(k, v);
      });
    });
    return this;
  }
}

class ClientResult<V> {
  private ready = false;
  private v: V | undefined;

  constructor(ctx: EmuContext, compute: () => V) {
    ctx.queue(() => {
      const v = compute();
      ctx.deliver(v, () => {
        this.v = v;
        this.ready = true;
      });
    });
  }

  get value(): V {
    if (!this.ready) throw emuError('PropertyNotLoaded', 'A ClientResult is readable only after context.sync().');
    return this.v as V;
  }
}

/** Objects already behind the requirement-set gate, and format recorders (every set is a call). */
const GATED = new WeakSet<object>();
const RECORDERS = new WeakSet<object>();

/**
 * The object as the add-in sees it: reading, calling or setting a member of Excel class `cls` that
 * the emulated version lacks fails with ApiNotFound, and properties that give an object of another
 * class (Range.format → RangeFormat) hand it out gated in turn.
 */
function gated<T extends object>(obj: T, cls: string, emu: ExcelEmulation): T {
  if (GATED.has(obj)) return obj;
  const proxy = new globalThis.Proxy(obj, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver);
      if (typeof prop !== 'string') return value;
      emu.requireMember(cls, prop);
      const type = emu.options.api.types[`${cls}.${prop}`];
      return type && value && typeof value === 'object' ? gated(value as object, type, emu) : value;
    },
    set(t, prop, value, receiver) {
      // A field the emulation's own constructor sets up is not a call of the add-in.
      if (typeof prop === 'string' && (RECORDERS.has(t) || hasSetter(t, prop))) emu.requireMember(cls, prop);
      return Reflect.set(t, prop, value, receiver);
    },
  });
  GATED.add(proxy);
  return proxy;
}

function hasSetter(o: object, prop: string): boolean {
  for (let p: object | null = o; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return typeof d.set === 'function';
  }
  return false;
}

/** Writes to `format.*` paths, recorded per address (enough for the tests to look at). */
function formatRecorder(
  ctx: EmuContext,
  write: (path: string, value: unknown) => void,
  path = 'format',
): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  const recorder = new globalThis.Proxy(target, {
    get: (_t, prop) => (typeof prop === 'string' ? formatRecorder(ctx, write, `${path}.${prop}`) : undefined),
    set: (_t, prop, value) => {
      ctx.queue(() => write(`${path}.${String(prop)}`, value), value);
      return true;
    },
  });
  RECORDERS.add(recorder);
  return recorder;
}

// ---------------------------------------------------------------------------------------------
// Workbook, worksheets

class WorkbookProxy extends ApiObject<ExcelEmulation> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly functions: FunctionsProxy;

  constructor(ctx: EmuContext) {
    super(ctx, () => ctx.emu);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.functions = new FunctionsProxy(ctx);
  }

  get name(): string {
    return this.read('name');
  }

  get readOnly(): boolean {
    return this.read('readOnly');
  }

  protected snapshot(emu: ExcelEmulation, prop: string): unknown {
    if (prop === 'name') return emu.name;
    if (prop === 'readOnly') return emu.readOnly;
    throw emuError('InvalidArgument', `Workbook.${prop} is not emulated`);
  }
}

/** workbook.functions: the worksheet functions the add-in calls (DATE, to learn the date system). */
class FunctionsProxy {
  constructor(private ctx: EmuContext) {}

  date(year: number, month: number, day: number): FunctionResultProxy {
    const compute = () => {
      const serial1900 = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
      return this.ctx.emu.date1904 ? serial1900 - DATE1904_OFFSET : serial1900;
    };
    return new FunctionResultProxy(this.ctx, () => compute);
  }
}

class FunctionResultProxy extends ApiObject<() => number> {
  protected snapshot(compute: () => number, prop: string): unknown {
    if (prop === 'value') return compute();
    if (prop === 'error') return null;
    throw emuError('InvalidArgument', `FunctionResult.${prop} is not emulated`);
  }

  get value(): number {
    return this.read('value');
  }
}

/** Days between the 1900 and the 1904 date systems. */
const DATE1904_OFFSET = 1462;

class WorksheetCollectionProxy extends ApiObject<EmuSheet[]> {
  private itemProxies: WorksheetProxy[] | null = null;

  constructor(ctx: EmuContext) {
    super(ctx, () => ctx.emu.sheets);
  }

  get items(): WorksheetProxy[] {
    if (!this.itemProxies)
      throw emuError('PropertyNotLoaded', 'worksheets.items is available after load("items/…") and sync.');
    return this.itemProxies;
  }

  protected snapshot(): unknown {
    return null;
  }

  override load(props?: string | string[]): this {
    const list = splitProps(props).map((p) => p.replace(/^items\//, ''));
    this.ctx.queue(() => {
      const sheets = [...this.ctx.emu.sheets];
      const data = sheets.map((s) =>
        Object.fromEntries(list.map((p) => [p, WorksheetProxy.value(this.ctx.emu, s, p)])),
      );
      this.ctx.deliver(data, () => {
        this.itemProxies = sheets.map((s, i) => {
          const w = new WorksheetProxy(this.ctx, () => (this.ctx.emu.sheets.includes(s) ? s : null));
          w.accept(data[i]);
          return w;
        });
      });
    });
    return this;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.emu.sheet(name);
      if (!s) throw emuError('ItemNotFound', `Worksheet ${name} not found.`);
      return s;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.emu.sheet(name) ?? null);
  }

  add(name: string): WorksheetProxy {
    let created: EmuSheet | null = null;
    this.ctx.queue(() => {
      this.ctx.emu.requireStructure();
      if (this.ctx.emu.sheet(name)) throw emuError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      created = this.ctx.emu.addSheet({ name, values: [] });
    });
    return new WorksheetProxy(this.ctx, () => created);
  }
}

class ProtectionProxy extends ApiObject<EmuSheet> {
  get protected(): boolean {
    return this.read('protected');
  }

  protected snapshot(s: EmuSheet, prop: string): unknown {
    if (prop === 'protected') return s.protected;
    throw emuError('InvalidArgument', `protection.${prop} is not emulated`);
  }
}

export class WorksheetProxy extends ApiObject<EmuSheet> {
  readonly protection: ProtectionProxy;
  readonly charts: ChartCollectionProxy;

  constructor(ctx: EmuContext, target: () => EmuSheet | null) {
    super(ctx, target);
    this.protection = new ProtectionProxy(ctx, target);
    this.charts = new ChartCollectionProxy(ctx, this);
  }

  static value(emu: ExcelEmulation, s: EmuSheet, prop: string): unknown {
    switch (prop) {
      case 'name':
        return s.name;
      case 'visibility':
        return s.visibility;
      case 'position':
        return emu.sheets.indexOf(s);
    }
    throw emuError('InvalidArgument', `Worksheet.${prop} is not emulated`);
  }

  protected snapshot(s: EmuSheet, prop: string): unknown {
    return WorksheetProxy.value(this.ctx.emu, s, prop);
  }

  sheet(): EmuSheet {
    return this.resolve();
  }

  get name(): string {
    return this.read('name');
  }

  get visibility(): string {
    return this.read('visibility');
  }

  set visibility(v: string) {
    this.ctx.queue(() => {
      const s = this.resolve();
      if (v !== 'Visible' && this.ctx.emu.activeSheet === s.name)
        throw emuError('InvalidOperation', 'The active sheet cannot be hidden.');
      this.ctx.emu.requireStructure();
      this.ctx.emu.clearUndo('Worksheet.visibility');
      s.visibility = v as EmuSheet['visibility'];
    });
  }

  get position(): number {
    return this.read('position');
  }

  set position(p: number) {
    this.ctx.queue(() => {
      const s = this.resolve();
      this.ctx.emu.requireStructure();
      this.ctx.emu.clearUndo('Worksheet.position');
      const list = this.ctx.emu.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(p, list.length), 0, s);
    });
  }

  activate(): void {
    this.ctx.queue(() => {
      const s = this.resolve();
      if (s.visibility !== 'Visible') throw emuError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.emu.activeSheet = s.name;
    });
  }

  delete(): void {
    this.ctx.queue(() => {
      const s = this.resolve();
      this.ctx.emu.requireStructure();
      this.ctx.emu.clearUndo('Worksheet.delete');
      this.ctx.emu.sheets.splice(this.ctx.emu.sheets.indexOf(s), 1);
      if (this.ctx.emu.activeSheet === s.name)
        this.ctx.emu.activeSheet = this.ctx.emu.sheets.find((x) => x.visibility === 'Visible')?.name ?? '';
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => ({
      sheet: this.resolve(),
      area: address ? parseArea(address) : { top: 0, left: 0, bottom: 1048575, right: COLS - 1 },
    }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    this.ctx.emu.rangeRequests.push({ row, col, rows, cols });
    return new RangeProxy(this.ctx, () => {
      if (rows < 1 || cols < 1) throw emuError('InvalidArgument', 'An empty range.');
      return { sheet: this.resolve(), area: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } };
    });
  }

  getRanges(address: string): RangeAreasProxy {
    const separator = this.ctx.emu.options.listSeparator ?? ',';
    return new RangeAreasProxy(this.ctx, () => ({
      sheet: this.resolve(),
      areas: address.split(separator).map(parseArea),
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.resolve();
      const area = usedArea(s, valuesOnly === true);
      return area ? { sheet: s, area } : null;
    });
  }
}

/**
 * What Excel makes of text written into a cell that is not formatted as text ("@"), as if typed
 * (Range.values): "=", "+", "-" and "@" before a word start a formula (here: a #NAME? error), a
 * number stays no text ("-5", "007", "1,800", "75%"), nor does a date (day first, as on a PC set to
 * Vietnamese: "30/6/2023", "6/2023", "1/2"). A leading apostrophe keeps the rest as text.
 */
export function asTyped(text: string): { value: EmuValue; formula?: string; format?: string } {
  if (text.startsWith("'")) return { value: text.slice(1) };
  const t = text.trim();
  if (/^[=+\-@]/.test(t) && t.length > 1 && !/^[+-]?\d/.test(t))
    return { value: '#NAME?', formula: t.startsWith('=') ? t.slice(1) : t };
  const num = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)$/.exec(t);
  if (num) {
    const n = Number(`${num[1]}${num[2].replace(/,/g, '')}${num[3] ?? ''}`);
    return num[4] ? { value: n / 100, format: '0%' } : { value: n };
  }
  const date = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(t) ?? /^()(\d{1,2})[/-](\d{4})$/.exec(t);
  if (date) {
    const day = date[1] ? Number(date[1]) : 1;
    const month = Number(date[2]);
    const year = date[3] ? (date[3].length === 2 ? 2000 + Number(date[3]) : Number(date[3])) : new Date().getFullYear();
    const d = new Date(Date.UTC(year, month - 1, day));
    if (month >= 1 && month <= 12 && d.getUTCDate() === day)
      return { value: (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000, format: 'dd/mm/yyyy' };
  }
  return { value: text };
}

function allSomeNone(hidden: Set<number>, from: number, to: number): boolean | null {
  let n = 0;
  for (const i of hidden) if (i >= from && i <= to) n++;
  return n === 0 ? false : n === to - from + 1 ? true : null;
}

function usedArea(s: EmuSheet, valuesOnly: boolean): EmuArea | null {
  let a: EmuArea | null = null;
  for (const [k, cell] of s.cells) {
    const has = cell.value !== null && cell.value !== '';
    if (!has && (valuesOnly || (!cell.format && !cell.font))) continue;
    const r = Math.floor(k / COLS);
    const c = k % COLS;
    if (!a) a = { top: r, left: c, bottom: r, right: c };
    else {
      a.top = Math.min(a.top, r);
      a.left = Math.min(a.left, c);
      a.bottom = Math.max(a.bottom, r);
      a.right = Math.max(a.right, c);
    }
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: EmuSheet;
  area: EmuArea;
}

/** The application each sheet belongs to (for what the whole workbook allows). */
const owners = new WeakMap<EmuSheet, ExcelEmulation>();

function requireUnprotected(s: EmuSheet): void {
  owners.get(s)?.requireWritable();
  if (s.protected) throw emuError('AccessDenied', `The sheet ${s.name} is protected.`);
}

function cellsOf<V>(t: RangeTarget, f: (cell: Cell | undefined, r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(f(t.sheet.cells.get(key(r, c)), r, c));
    out.push(row);
  }
  return out;
}

export class RangeProxy extends ApiObject<RangeTarget> {
  targetArea(): EmuArea {
    return this.resolve().area;
  }

  protected snapshot(t: RangeTarget, prop: string): unknown {
    const { area } = t;
    switch (prop) {
      case 'values':
        return cellsOf(t, (cell) => cell?.value ?? '');
      case 'formulas':
        // As Excel: a formula cell gives "=…", any other cell its value ("" when empty).
        return cellsOf(t, (cell) => (cell?.formula ? `=${cell.formula}` : (cell?.value ?? '')));
      case 'numberFormat':
        return cellsOf(t, (cell) => cell?.format ?? 'General');
      case 'valueTypes':
        return cellsOf(t, (cell) =>
          cell?.error
            ? 'Error'
            : cell === undefined || cell.value === null || cell.value === ''
              ? 'Empty'
              : typeof cell.value === 'number'
                ? 'Double'
                : typeof cell.value === 'boolean'
                  ? 'Boolean'
                  : 'String',
        );
      case 'address':
        return `${quoteSheet(t.sheet.name)}!${areaAddress(area)}`;
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      case 'rowHidden':
        return allSomeNone(t.sheet.hiddenRows, area.top, area.bottom);
      case 'columnHidden':
        return allSomeNone(t.sheet.hiddenColumns, area.left, area.right);
    }
    throw emuError('InvalidArgument', `Range.${prop} is not emulated`);
  }

  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }

  get columnHidden(): boolean | null {
    return this.read('columnHidden');
  }

  /** Range.clear(): contents and formats (conditional formats, data validation) of the range. */
  clear(): void {
    this.ctx.queue(() => {
      const t = this.resolve();
      requireUnprotected(t.sheet);
      for (const k of [...t.sheet.cells.keys()]) {
        const r = Math.floor(k / COLS);
        const c = k % COLS;
        if (r >= t.area.top && r <= t.area.bottom && c >= t.area.left && c <= t.area.right) t.sheet.cells.delete(k);
      }
      for (const [address, rec] of [...t.sheet.formatting.entries()])
        if (intersects(parseArea(address), t.area))
          for (const path of Object.keys(rec)) if (!path.endsWith('columnWidth')) delete rec[path];
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => !cf.areas.some((a) => intersects(a, t.area)),
      );
      t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.area, t.area));
    });
  }

  /** The used part of this range (Range.getUsedRangeOrNullObject). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      const used = usedArea(t.sheet, valuesOnly === true);
      if (!used || !intersects(used, t.area)) return null;
      const area = {
        top: Math.max(used.top, t.area.top),
        left: Math.max(used.left, t.area.left),
        bottom: Math.min(used.bottom, t.area.bottom),
        right: Math.min(used.right, t.area.right),
      };
      return { sheet: t.sheet, area };
    });
  }

  /** Range.getSpecialCellsOrNullObject("Formulas"): the formula cells, as blocks. */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    if (cellType !== 'Formulas') throw emuError('InvalidArgument', `Special cells ${cellType} are not emulated`);
    return new RangeAreasProxy(this.ctx, () => {
      const t = this.resolve();
      const runs: EmuArea[] = [];
      for (let r = t.area.top; r <= t.area.bottom; r++)
        for (let c = t.area.left; c <= t.area.right; c++) {
          if (!t.sheet.cells.get(key(r, c))?.formula) continue;
          const last = runs[runs.length - 1];
          if (last && last.top === r && last.right === c - 1) last.right = c;
          else runs.push({ top: r, bottom: r, left: c, right: c });
        }
      // Stack equal runs of consecutive rows into one block, as Excel reports them.
      const blocks: EmuArea[] = [];
      for (const run of runs) {
        const above = blocks.find((b) => b.bottom === run.top - 1 && b.left === run.left && b.right === run.right);
        if (above) above.bottom = run.top;
        else blocks.push({ ...run });
      }
      return blocks.length ? { sheet: t.sheet, areas: blocks } : null;
    });
  }

  get values(): unknown[][] {
    return this.read('values');
  }

  set values(v: unknown[][]) {
    this.ctx.queue(() => {
      const t = this.resolve();
      requireUnprotected(t.sheet);
      v.forEach((row, i) =>
        row.forEach((value, j) => {
          const k = key(t.area.top + i, t.area.left + j);
          const cell = t.sheet.cells.get(k) ?? { value: null };
          delete cell.formula;
          delete cell.error;
          const typed =
            typeof value === 'string' && cell.format !== '@' ? asTyped(value) : { value: value as EmuValue };
          cell.value = typed.value === '' ? null : typed.value;
          if (typed.formula) {
            cell.formula = typed.formula;
            cell.error = true;
          }
          if (typed.format && (!cell.format || cell.format === 'General')) cell.format = typed.format;
          t.sheet.cells.set(k, cell);
        }),
      );
    }, v);
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }

  set numberFormat(v: string[][]) {
    this.ctx.queue(() => {
      const t = this.resolve();
      requireUnprotected(t.sheet);
      v.forEach((row, i) =>
        row.forEach((f, j) => {
          const k = key(t.area.top + i, t.area.left + j);
          const cell = t.sheet.cells.get(k) ?? { value: null };
          cell.format = f;
          t.sheet.cells.set(k, cell);
        }),
      );
    }, v);
  }

  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }

  get address(): string {
    return this.read('address');
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get columnIndex(): number {
    return this.read('columnIndex');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get columnCount(): number {
    return this.read('columnCount');
  }

  get format(): Record<string, unknown> {
    return formatRecorder(this.ctx, (path, value) => {
      const t = this.resolve();
      requireUnprotected(t.sheet);
      const a = areaAddress(t.area);
      const rec = t.sheet.formatting.get(a) ?? {};
      rec[path] = value;
      t.sheet.formatting.set(a, rec);
    });
  }

  getRowProperties(options: { rowHidden?: boolean }): ClientResult<{ rowHidden?: boolean }[]> {
    return new ClientResult(this.ctx, () => {
      const t = this.resolve();
      const out: { rowHidden?: boolean }[] = [];
      for (let r = t.area.top; r <= t.area.bottom; r++)
        out.push(options.rowHidden ? { rowHidden: t.sheet.hiddenRows.has(r) } : {});
      return out;
    });
  }

  getColumnProperties(options: { columnHidden?: boolean }): ClientResult<{ columnHidden?: boolean }[]> {
    return new ClientResult(this.ctx, () => {
      const t = this.resolve();
      const out: { columnHidden?: boolean }[] = [];
      for (let c = t.area.left; c <= t.area.right; c++)
        out.push(options.columnHidden ? { columnHidden: t.sheet.hiddenColumns.has(c) } : {});
      return out;
    });
  }

  getCellProperties(options: {
    format?: { font?: { name?: boolean } };
  }): ClientResult<{ format?: { font?: { name?: string } } }[][]> {
    return new ClientResult(this.ctx, () =>
      cellsOf(this.resolve(), (cell) =>
        options.format?.font?.name ? { format: { font: { name: cell?.font ?? 'Calibri' } } } : {},
      ),
    );
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      const t = this.resolve();
      // As Excel: only merges whose top-left cell lies in the range (office-js #3611).
      const inside = (m: EmuArea) =>
        m.top >= t.area.top && m.top <= t.area.bottom && m.left >= t.area.left && m.left <= t.area.right;
      const areas = t.sheet.merges.filter(inside);
      if (areas.length > 512) throw emuError('GeneralException', 'More than 512 merged areas in the range.');
      return areas.length ? { sheet: t.sheet, areas, mergedAddress: true } : null;
    });
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, () => {
      const t = this.resolve();
      return { sheet: t.sheet, areas: [t.area] };
    });
  }

  get dataValidation(): DataValidationProxy {
    return new DataValidationProxy(this.ctx, () => this.resolve());
  }

  select(): void {
    this.ctx.queue(() => {
      const t = this.resolve();
      if (this.ctx.emu.activeSheet !== t.sheet.name)
        throw emuError('InvalidSelection', 'Select works on the active sheet only.');
      this.ctx.emu.selection = { sheet: t.sheet.name, address: areaAddress(t.area) };
    });
  }
}

interface AreasTarget {
  sheet: EmuSheet;
  areas: EmuArea[];
  /** Merged areas: their address has been seen to name the top-left cells only (office-js #1590). */
  mergedAddress?: boolean;
}

interface AreaItem {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  formulas: unknown[][];
}

const AREA_ITEM_PROPS: Record<string, (a: EmuArea) => number> = {
  rowIndex: (a) => a.top,
  columnIndex: (a) => a.left,
  rowCount: (a) => a.bottom - a.top + 1,
  columnCount: (a) => a.right - a.left + 1,
};

export class RangeAreasProxy extends ApiObject<AreasTarget> {
  protected snapshot(t: AreasTarget, prop: string): unknown {
    const tl = (a: EmuArea) => (t.mergedAddress ? { top: a.top, left: a.left, bottom: a.top, right: a.left } : a);
    if (prop === 'address') return t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${areaAddress(tl(a))}`).join(', ');
    if (prop === 'areaCount') return t.areas.length;
    const item = /^areas\/items\/(\w+)$/.exec(prop);
    if (item && AREA_ITEM_PROPS[item[1]]) return t.areas.map(AREA_ITEM_PROPS[item[1]]);
    if (item?.[1] === 'formulas')
      return t.areas.map((a) =>
        cellsOf({ sheet: t.sheet, area: a }, (cell) => (cell?.formula ? `=${cell.formula}` : (cell?.value ?? ''))),
      );
    throw emuError('InvalidArgument', `RangeAreas.${prop} is not emulated`);
  }

  get address(): string {
    return this.read('address');
  }

  /** RangeAreas.areas, as loaded through load("areas/items/rowIndex,…"). */
  get areas(): { items: AreaItem[] } {
    const keys = [...Object.keys(AREA_ITEM_PROPS), 'formulas'].filter((k) => this.loaded.has(`areas/items/${k}`));
    if (!keys.length) throw emuError('PropertyNotLoaded', 'RangeAreas.areas needs load("areas/items/…") and sync.');
    const columns = keys.map((k) => this.read<unknown[]>(`areas/items/${k}`));
    return {
      items: columns[0].map(
        (_, i) => Object.fromEntries(keys.map((k, j) => [k, columns[j][i]])) as unknown as AreaItem,
      ),
    };
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, () => this.resolve());
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formats, data validation, charts

class ConditionalFormatCollectionProxy extends ApiObject<AreasTarget> {
  private itemProxies: ConditionalFormatProxy[] | null = null;

  protected snapshot(): unknown {
    return null;
  }

  get items(): ConditionalFormatProxy[] {
    if (!this.itemProxies) throw emuError('PropertyNotLoaded', 'conditionalFormats.items needs load and sync.');
    return this.itemProxies;
  }

  override load(props?: string | string[]): this {
    const list = splitProps(props).map((p) => p.replace(/^items\//, ''));
    this.ctx.queue(() => {
      const t = this.resolve();
      const cfs = t.sheet.conditionalFormats.filter((cf) =>
        cf.areas.some((a) => t.areas.some((b) => intersects(a, b))),
      );
      const data = cfs.map((cf) =>
        Object.fromEntries(list.map((p) => [p, ConditionalFormatProxy.value(cf, p, t.sheet)])),
      );
      this.ctx.deliver(data, () => {
        this.itemProxies = cfs.map((cf, i) => {
          const p = new ConditionalFormatProxy(this.ctx, () => ({ sheet: t.sheet, cf }));
          p.accept(data[i]);
          return p;
        });
      });
    });
    return this;
  }

  add(type: string): ConditionalFormatProxy {
    let made: { sheet: EmuSheet; cf: EmuConditionalFormat } | null = null;
    this.ctx.queue(() => {
      const t = this.resolve();
      requireUnprotected(t.sheet);
      this.ctx.emu.fault('ConditionalFormatCollection.add');
      const cf: EmuConditionalFormat = {
        id: ++this.ctx.emu.lastId,
        type,
        formula: '',
        areas: t.areas.map((a) => ({ ...a })),
        format: {},
      };
      // "At the first/top priority" of this range's collection: just above the highest rule that
      // applies to the range, which need not be the sheet's first.
      const list = t.sheet.conditionalFormats;
      const top = list.findIndex((x) => x.areas.some((a) => t.areas.some((b) => intersects(a, b))));
      list.splice(top < 0 ? 0 : top, 0, cf);
      made = { sheet: t.sheet, cf };
    });
    return new ConditionalFormatProxy(this.ctx, () => made);
  }
}

interface CfTarget {
  sheet: EmuSheet;
  cf: EmuConditionalFormat;
}

class ConditionalFormatProxy extends ApiObject<CfTarget> {
  /** Set once this proxy has changed the priority: from then on it stands for whatever format now
   *  holds its old position ("re-fetch a new copy of the object at that new priority location"). */
  private staleAt: number | null = null;

  static value(cf: EmuConditionalFormat, prop: string, sheet?: EmuSheet): unknown {
    if (prop === 'type') return cf.type;
    if (prop === 'priority') return sheet ? sheet.conditionalFormats.indexOf(cf) : 0;
    if (prop === 'id') return String(cf.id);
    throw emuError('InvalidArgument', `ConditionalFormat.${prop} is not emulated`);
  }

  protected override resolve(): CfTarget {
    const t = super.resolve();
    if (this.staleAt === null) return t;
    const cf = t.sheet.conditionalFormats[this.staleAt];
    if (!cf) throw emuError('ItemNotFound', 'The conditional format has moved away.');
    return { sheet: t.sheet, cf };
  }

  protected snapshot(t: CfTarget, prop: string): unknown {
    return ConditionalFormatProxy.value(t.cf, prop, t.sheet);
  }

  get type(): string {
    return this.read('type');
  }

  set priority(p: number) {
    this.ctx.queue(() => {
      const t = this.resolve();
      const list = t.sheet.conditionalFormats;
      const from = list.indexOf(t.cf);
      list.splice(from, 1);
      const to = p < 0 ? Math.max(0, list.length + 1 + p) : Math.min(p, list.length);
      list.splice(to, 0, t.cf);
      this.staleAt = from;
    });
  }

  get custom(): { rule: CustomRuleProxy; format: Record<string, unknown> } {
    const cfTarget = () => {
      const t = this.resolve();
      if (t.cf.type !== 'Custom') throw emuError('InvalidArgument', 'Not a custom conditional format.');
      return t;
    };
    return {
      rule: new CustomRuleProxy(this.ctx, cfTarget),
      format: formatRecorder(this.ctx, (path, value) => {
        cfTarget().cf.format[path] = value;
      }),
    };
  }

  delete(): void {
    this.ctx.queue(() => {
      const t = this.resolve();
      requireUnprotected(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    });
  }
}

class CustomRuleProxy extends ApiObject<CfTarget> {
  protected snapshot(t: CfTarget, prop: string): unknown {
    if (prop === 'formula') return t.cf.formula;
    throw emuError('InvalidArgument', `rule.${prop} is not emulated`);
  }

  get formula(): string {
    return this.read('formula');
  }

  set formula(f: string) {
    this.ctx.queue(() => {
      this.resolve().cf.formula = f;
    }, f);
  }
}

class DataValidationProxy {
  constructor(
    private ctx: EmuContext,
    private target: () => RangeTarget,
  ) {}

  private entry(): EmuValidation {
    const t = this.target();
    requireUnprotected(t.sheet);
    let v = t.sheet.validations.find((x) => areaAddress(x.area) === areaAddress(t.area));
    if (!v) {
      v = { area: t.area, rule: null };
      t.sheet.validations.push(v);
    }
    return v;
  }

  clear(): void {
    this.ctx.queue(() => {
      const t = this.target();
      requireUnprotected(t.sheet);
      t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.area, t.area));
    });
  }

  set rule(r: unknown) {
    this.ctx.queue(() => {
      this.entry().rule = r;
    }, r);
  }

  set prompt(p: unknown) {
    this.ctx.queue(() => {
      this.entry().prompt = p;
    }, p);
  }

  set errorAlert(p: unknown) {
    this.ctx.queue(() => {
      this.entry().errorAlert = p;
    }, p);
  }

  set ignoreBlanks(b: boolean) {
    this.ctx.queue(() => {
      this.entry().ignoreBlanks = b;
    });
  }
}

class ChartCollectionProxy {
  private itemProxies: ChartProxy[] | null = null;

  constructor(
    private ctx: EmuContext,
    private ws: WorksheetProxy,
  ) {}

  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let chart: EmuChart | null = null;
    this.ctx.queue(() => {
      const s = this.ws.sheet();
      requireUnprotected(s);
      const area = source.targetArea();
      chart = { type, source: area, seriesBy, title: '', legendVisible: true, from: '', to: '' };
      s.charts.push(chart);
    });
    return gated(
      new ChartProxy(
        this.ctx,
        () => chart,
        () => this.ws.sheet(),
      ),
      'Chart',
      this.ctx.emu,
    );
  }

  load(props?: string | string[]): this {
    splitProps(props);
    this.ctx.queue(() => {
      const s = this.ws.sheet();
      const charts = [...s.charts];
      this.ctx.deliver(
        charts.map((c) => ({ name: c.title })),
        () => {
          this.itemProxies = charts.map((c) =>
            gated(
              new ChartProxy(
                this.ctx,
                () => c,
                () => s,
              ),
              'Chart',
              this.ctx.emu,
            ),
          );
        },
      );
    });
    return this;
  }

  get items(): ChartProxy[] {
    if (!this.itemProxies) throw emuError('PropertyNotLoaded', 'charts.items needs load and sync.');
    return this.itemProxies;
  }
}

class ChartProxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean };

  constructor(
    private ctx: EmuContext,
    private chart: () => EmuChart | null,
    private sheet: () => EmuSheet,
  ) {
    const set = (f: (c: EmuChart) => void) => ctx.queue(() => f(this.chart()!));
    this.title = {
      set text(t: string) {
        set((c) => (c.title = t));
      },
      get text(): string {
        throw emuError('PropertyNotLoaded', 'chart.title.text is write-only here.');
      },
    };
    this.legend = {
      set visible(v: boolean) {
        set((c) => (c.legendVisible = v));
      },
      get visible(): boolean {
        throw emuError('PropertyNotLoaded', 'chart.legend.visible is write-only here.');
      },
    };
  }

  delete(): void {
    this.ctx.queue(() => {
      const s = this.sheet();
      requireUnprotected(s);
      s.charts = s.charts.filter((c) => c !== this.chart());
    });
  }

  setPosition(from: string, to: string): void {
    this.ctx.queue(() => {
      const c = this.chart()!;
      c.from = from;
      c.to = to;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The emulated application

export class ExcelEmulation {
  name: string;
  sheets: EmuSheet[] = [];
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  syncs = 0;
  /** Response bytes (UTF-8) of each sync, in order. */
  payloads: number[] = [];
  /** Request bytes (UTF-8, estimated as Office.js would send them) of each sync, in order. */
  requests: number[] = [];
  /** Every getRangeByIndexes call (what the adapter asked to read or write). */
  rangeRequests: { row: number; col: number; rows: number; cols: number }[] = [];
  /** Excel.run batches that ended with work still queued (a missing final sync). */
  unflushed = 0;
  /** Calls that cleared the clerk's Undo list (Worksheet.delete, and position or visibility on
   *  Windows and Mac: "Undo capabilities with the Excel JavaScript API"). */
  undoClears: string[] = [];
  /** Opened read-only (Workbook.readOnly): every write is refused with AccessDenied. */
  readOnly: boolean;
  /** The Mac's 1904 date system: date cells hold serials 1462 smaller than in the 1900 system. */
  readonly date1904: boolean;
  /** Review › Protect Workbook: the structure (sheets added, deleted, moved, hidden) is locked. */
  structureProtected = false;
  /** API name → error code it fails with (to see what the pane does when Excel refuses). */
  faults: Record<string, string> = {};
  lastId = 0;
  readonly apiVersion: string;

  constructor(
    name: string,
    readonly options: EmuOptions,
  ) {
    this.name = name;
    this.apiVersion = options.apiVersion ?? '1.17';
    this.readOnly = options.readOnly ?? false;
    this.date1904 = options.date1904 ?? false;
  }

  /** As Excel without the requirement set that brought `cls.member`: ApiNotFound. */
  requireMember(cls: string, member: string): void {
    const set = this.options.api.sets[`${cls}.${member}`];
    if (set && compareVersions(set, this.apiVersion) > 0)
      throw emuError('ApiNotFound', `${cls}.${member} needs ExcelApi ${set}; this Excel has ${this.apiVersion}.`);
  }

  /** A load path ("areas/items/formulas") checked member by member along the classes it goes through. */
  requirePath(cls: string, path: string): void {
    let at: string | undefined = cls;
    for (const member of path.split('/')) {
      if (!at) return;
      this.requireMember(at, member);
      at = this.options.api.types[`${at}.${member}`];
    }
  }

  requireWritable(): void {
    if (this.readOnly) throw emuError('AccessDenied', 'The workbook is read-only.');
  }

  /** Adding, deleting, moving, hiding sheets: refused under Review › Protect Workbook (structure). */
  requireStructure(): void {
    this.requireWritable();
    if (this.structureProtected) throw emuError('AccessDenied', 'The workbook structure is protected.');
  }

  fault(api: string): void {
    if (this.faults[api]) throw emuError(this.faults[api], `${api} failed.`);
  }

  sheet(name: string): EmuSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  clearUndo(api: string): void {
    this.undoClears.push(api);
  }

  /** Everything a clerk could see change in the file, as plain data (to compare before and after). */
  snapshot(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]),
      conditionalFormats: s.conditionalFormats,
      validations: s.validations,
      charts: s.charts,
      formatting: [...s.formatting.entries()],
    }));
  }

  addSheet(g: GridSheet & { protected?: boolean; visibility?: EmuSheet['visibility'] }): EmuSheet {
    const cells = new Map<number, Cell>();
    g.values.forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        const format = g.formats?.[r]?.[c] ?? undefined;
        const font = g.fonts?.[r]?.[c] ?? undefined;
        if ((v === null || v === undefined) && !format && !font) return;
        cells.set(key(r, c), { value: v ?? null, format: format ?? undefined, font: font ?? undefined });
      }),
    );
    g.formulas?.forEach((row, r) =>
      (row ?? []).forEach((f, c) => {
        if (!f) return;
        const cell = cells.get(key(r, c)) ?? { value: null };
        cell.formula = f;
        cells.set(key(r, c), cell);
      }),
    );
    const s: EmuSheet = {
      name: g.name,
      visibility: g.visibility ?? (g.hidden ? 'Hidden' : 'Visible'),
      protected: g.protected ?? false,
      cells,
      merges: (g.merges ?? []).map((m) => ({ ...m })),
      hiddenRows: new Set(g.hiddenRows ?? []),
      hiddenColumns: new Set(g.hiddenColumns ?? []),
      conditionalFormats: [],
      validations: [],
      charts: [],
      formatting: new Map(),
    };
    this.sheets.push(s);
    owners.set(s, this);
    if (!this.activeSheet && s.visibility === 'Visible') this.activeSheet = s.name;
    return s;
  }

  /** Put a formula error (shown as #N/A) in a cell. */
  setError(sheet: string, address: string): void {
    const a = parseArea(address);
    this.sheet(sheet)!.cells.set(key(a.top, a.left), { value: '#N/A', error: true });
  }

  /**
   * What Excel shows in a formula cell once it has calculated it. Excel calculates on opening a
   * formula that a file saved without its result; the emulation calculates nothing and shows ""
   * there (as Excel does for `=IF(…;"";…)`), so a test that needs Excel's result sets it here.
   */
  setCalculated(sheet: string, address: string, value: EmuValue, error = false): void {
    const a = parseArea(address);
    const cell = this.sheet(sheet)!.cells.get(key(a.top, a.left));
    if (!cell?.formula) throw new Error(`${sheet}!${address} holds no formula`);
    cell.value = value;
    cell.error = error || undefined;
  }

  valueAt(sheet: string, address: string): EmuValue {
    const a = parseArea(address);
    return this.sheet(sheet)?.cells.get(key(a.top, a.left))?.value ?? null;
  }

  isSetSupported(name: string, version: string): boolean {
    return name === 'ExcelApi' && compareVersions(version, this.apiVersion) <= 0;
  }

  context(): EmuContext {
    return new EmuContext(this);
  }

  async run<T>(batch: (context: EmuContext) => Promise<T>): Promise<T> {
    const ctx = this.context();
    const result = await batch(ctx);
    if (ctx.pending) {
      this.unflushed++;
      await ctx.sync();
    }
    return result;
  }
}

/** An emulated Excel holding a workbook read by the Node adapter (readWorkbookFile). */
export function emulationFromGrid(grid: GridWorkbook, options: EmuOptions): ExcelEmulation {
  const emu = new ExcelEmulation(grid.file, options);
  const isDate = options.isDateFormat ?? ((f: string) => /[dy]/i.test(f.replace(/"[^"]*"|\[[^\]]*\]/g, '')));
  for (const s of grid.sheets) {
    // The grid holds 1900-system serials (as the Node reader gives them); a 1904 workbook stores less.
    const values = options.date1904
      ? s.values.map((row, r) =>
          (row ?? []).map((v, c) =>
            typeof v === 'number' && isDate(s.formats?.[r]?.[c] ?? '') ? v - DATE1904_OFFSET : v,
          ),
        )
      : s.values;
    emu.addSheet({
      ...s,
      values,
      visibility: s.hidden ? (s.name === 'camket_cau_hinh' ? 'VeryHidden' : 'Hidden') : 'Visible',
    });
  }
  return emu;
}

/** Office and Excel globals for a page, answering from the emulation. */
export function installGlobals(win: Record<string, unknown>, emu: ExcelEmulation): void {
  const platform = emu.options.platform ?? 'OfficeOnline';
  const info = { host: 'Excel', platform };
  win.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    context: {
      displayLanguage: emu.options.displayLanguage ?? 'vi-VN',
      platform,
      partitionKey: emu.options.partitionKey,
      requirements: { isSetSupported: (name: string, version: string) => emu.isSetSupported(name, version) },
    },
    onReady: (callback?: (i: typeof info) => void) => {
      setTimeout(() => callback?.(info), 0);
      return Promise.resolve(info);
    },
  };
  win.Excel = { run: <T>(batch: (c: EmuContext) => Promise<T>) => emu.run(batch) };
}
