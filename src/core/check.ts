// Checking one workbook: find each sheet's table, find the workbook's unit, read every commitment,
// derive its status as of a date and report what is wrong, cell by cell. The one step every front end
// takes for a workbook (the add-in, `camket validate`, `camket merge`); checkDepartment (department-check.ts)
// then takes many of these.
import { isAddinOutputSheet } from './addin-sheets';
import { displayIso, readDateCell } from './dates';
import { parseDeadline, parsePeriodStart } from './deadline';
import type { Department, DepartmentUnit } from './department';
import { type WorkbookGrid, cellAddress, columnLetter } from './grid';
import type { Commitment, Field, Issue, Lang, StatusWord } from './model';
import { parseProgress } from './numbers';
import { classifyRow, isGroupHeading } from './rows';
import { type IssuePlace, type RuleCall, issueOf, makeIssue } from './rules';
import { type SavedMapping, isMappingSheet, readSavedMapping } from './saved-mapping';
import { mirroredSheet, sheetYear, yearOfTitle } from './sheet-kind';
import { SheetView } from './sheet-view';
import { deriveStatus, isMark, readStatus, statusDisagreesWithProgress } from './status';
import { type TableLayout, detectTable } from './table';
import { cleanText, foldText, foldWords, shortHash } from './text';
import { findWorkbookUnit } from './workbook-unit';

export interface CheckOptions {
  /** ISO date the statuses are computed for. */
  asOf: string;
  /** With it, the workbook is put under its unit (by its file name or title rows) before its rows are read. */
  department?: Department | null;
  lang?: Lang;
  /** Overrides the year read from the department file or the title rows. */
  planYear?: number;
  /** The name the workbook is shown and reported by, in its issues and its commitments' source (the
   *  merge: its path under the folder read); default grid.file. Its unit is found by grid.file. */
  file?: string;
}

export interface SheetOutcome {
  readonly sheet: string;
  readonly table: TableLayout | null;
  readonly commitments: number;
}

/** One workbook read: built once, never changed afterwards. */
export interface WorkbookCheck {
  readonly file: string;
  readonly planYear: number;
  /** The department file's unit the workbook belongs to; null without a department file, or when none claims it. */
  readonly unit: DepartmentUnit | null;
  readonly sheets: readonly SheetOutcome[];
  /** Each with its unit and its final id within the workbook. */
  readonly commitments: readonly Commitment[];
  /** What is wrong in the workbook itself (whether a unit claims it is checkDepartment's to say).
   *  A plain array for the callers that gather issues of their own beside it; never changed here. */
  readonly issues: Issue[];
  /** Title lines of every table, for finding the unit by its name. */
  readonly titleText: string;
  readonly savedMapping: SavedMapping | null;
}

/** Ids handed out in reading order: a commitment's identity key, with `-2`, `-3`… for repeats. */
export class IdAllocator {
  private readonly used = new Map<string, number>();
  next(key: string): string {
    const n = (this.used.get(key) ?? 0) + 1;
    this.used.set(key, n);
    return n === 1 ? key : `${key}-${n}`;
  }
}

/** Sheet names that say nothing about a person. */
// Not \b: Excel's own default names run the word into the number ("Sheet1", "Trang_tính1").
const GENERIC_SHEET =
  /^(sheet|trang tinh|bang|bieu|mau|danh muc|dau viec|cam ket|tong hop|ke hoach|du lieu|data|nam)(?![a-z])|^\d/;

function ownerFromSheetName(name: string): string | null {
  const folded = foldWords(name);
  if (!folded || GENERIC_SHEET.test(folded)) return null;
  // "GĐ Nguyễn Văn A", "PGĐ - Lê Thị B": drop the leading title.
  return cleanText(name.replace(/^\s*(P\.?\s*GĐ|PGĐ|GĐ|Phó Giám đốc|Giám đốc)\s*[-:.]?\s*/iu, '')) || null;
}

interface RowContext {
  file: string;
  view: SheetView;
  table: TableLayout;
  options: CheckOptions;
  /** The workbook's unit, found before any row is read. */
  unit: DepartmentUnit | null;
  planYear: number;
  issues: Issue[];
  lang: Lang;
  ids: IdAllocator;
  /** Each commitment's title folded to words, in reading order: for the duplicate check. */
  folded: string[];
}

function readRow(ctx: RowContext, row: number, field: string | null, owner: string | null): Commitment {
  const { view, table, options, planYear, lang } = ctx;
  const col = (f: Field) => table.fields[f];
  const text = (f: Field): string | null => {
    const c = col(f);
    if (c === undefined) return null;
    return view.text(row, c) || null;
  };
  const place = (c: number | undefined): IssuePlace => ({
    file: ctx.file,
    sheet: view.name,
    cell: cellAddress(row, c ?? table.fields.title!),
    unit: ctx.unit?.code ?? null,
  });
  const report = (call: RuleCall, c: number | undefined) => ctx.issues.push(issueOf(call, place(c), lang));

  const title = text('title') ?? '';

  // Deadline, and an extension that replaces it for the status.
  let deadline: string | null = null;
  let deadlineStart: string | null = null;
  let recurring = false;
  let deadlineText = text('deadline');
  let inlineExtension: string | null = null;
  const dc = col('deadline');
  if (dc !== undefined) {
    const d = parseDeadline(view.value(row, dc), view.format(row, dc), planYear);
    // A date cell reads as the date it shows, not as its serial number.
    if (d.kind === 'date' && typeof view.value(row, dc) === 'number') deadlineText = displayIso(d.iso);
    if (d.kind === 'date') {
      // "31/12/2024 (gia hạn đến 31/3/2025)": the cell holds the deadline registered and its extension.
      deadline = d.original ?? d.iso;
      if (d.original) inlineExtension = d.iso;
      deadlineStart = d.start;
    } else if (d.kind === 'recurring') recurring = true;
    else if (d.kind === 'invalid') report({ rule: 'bad-deadline', params: { value: d.text } }, dc);
    else report({ rule: 'missing-deadline', params: { title: title || '—' } }, dc);
  }
  let extendedDeadline: string | null = null;
  const ec = col('extendedDeadline');
  if (ec !== undefined) {
    const d = parseDeadline(view.value(row, ec), view.format(row, ec), planYear);
    if (d.kind === 'date') extendedDeadline = d.iso;
    else if (d.kind === 'invalid')
      report({ rule: 'bad-date', params: { value: d.text, column: 'extendedDeadline' } }, ec);
  }
  // An extension column wins over an extension written in the deadline cell.
  extendedDeadline ??= inlineExtension;

  const readDate = (f: 'start' | 'completedOn'): string | null => {
    const c = col(f);
    if (c === undefined) return null;
    const d = readDateCell(view.value(row, c), view.format(row, c), planYear);
    if (d.kind === 'date') return d.iso;
    if (d.kind === 'invalid') {
      if (f === 'start') {
        const p = parsePeriodStart(view.value(row, c), view.format(row, c), planYear);
        if (p) return p;
      }
      report({ rule: 'bad-date', params: { value: d.text, column: f } }, c);
    }
    return null;
  };
  const start = readDate('start') ?? deadlineStart;
  const completedOn = readDate('completedOn');

  // Progress: one column, or the latest month filled up to the as-of date.
  let progress: number | null = null;
  const pc = col('progress');
  const progressCells: { col: number }[] = [];
  if (pc !== undefined) progressCells.push({ col: pc });
  else if (table.months.length) {
    const asOfYear = Number(options.asOf.slice(0, 4));
    const asOfMonth = asOfYear > planYear ? 12 : asOfYear < planYear ? 0 : Number(options.asOf.slice(5, 7));
    const filled = table.months
      .filter((m) => m.month <= asOfMonth && view.text(row, m.col))
      .sort((a, b) => b.month - a.month);
    if (filled.length) progressCells.push({ col: filled[0].col });
  }
  let progressCol: number | undefined;
  for (const { col: c } of progressCells) {
    progressCol = c;
    const p = parseProgress(view.value(row, c), view.format(row, c), text('target'));
    if (p.kind === 'number') {
      if (p.value < 0 || p.value > 100) report({ rule: 'bad-progress', params: { value: view.text(row, c) } }, c);
      else progress = p.value;
    } else if (p.kind === 'invalid') report({ rule: 'bad-progress', params: { value: p.text } }, c);
  }

  // Status: a text column, or a mark under one of the Kết quả thực hiện sub-columns.
  let statusText: string | null = null;
  // A status word, or only "not done" (Chưa hoàn thành): StatusSaid of ./status.
  let word: StatusWord | 'not_done' | null = null;
  let statusCol = col('status');
  if (statusCol !== undefined) {
    statusText = text('status');
    if (statusText) {
      // "Chưa đến hạn" / "Trong hạn" are known but say no status: no word, no warning.
      const said = readStatus(statusText);
      word = said.word;
      if (!said.known) report({ rule: 'unknown-status', params: { value: statusText } }, statusCol);
    }
  } else {
    for (const mark of table.statusMarks) {
      if (isMark(view.text(row, mark.col))) {
        statusText = mark.label;
        word = mark.word;
        statusCol = mark.col;
        break;
      }
    }
  }
  if (statusDisagreesWithProgress(word, progress))
    report(
      { rule: 'status-progress-mismatch', params: { status: statusText ?? '', progress: progress ?? '' } },
      statusCol ?? progressCol,
    );

  const provincialTask = text('provincialTask')?.toUpperCase().replace(/\s+/g, '') ?? null;
  if (provincialTask && options.department) {
    const known = options.department.provincialTasks.some((t) => t.code.toUpperCase() === provincialTask);
    if (!known) report({ rule: 'unknown-provincial-task', params: { value: provincialTask } }, col('provincialTask'));
  }

  const effectiveDeadline = extendedDeadline ?? deadline;
  const status =
    dc === undefined && !extendedDeadline && word !== 'cancelled'
      ? null
      : deriveStatus({
          word,
          progress,
          deadline: effectiveDeadline,
          recurring: recurring && !extendedDeadline,
          completedOn,
          asOf: options.asOf,
        });
  // Done, no completion date, deadline passed: counted late, and the clerk is asked for the date.
  if (status === 'done_late' && !completedOn && effectiveDeadline)
    report(
      { rule: 'missing-completion-date', params: { deadline: displayIso(effectiveDeadline) } },
      statusCol ?? progressCol,
    );

  let extra: Record<string, string> = NO_EXTRA;
  for (const c of table.columns) {
    if (c.field) continue;
    const v = view.text(row, c.col);
    if (!v) continue;
    if (extra === NO_EXTRA) extra = {};
    extra[c.header] = v;
  }

  const unit = ctx.unit?.code ?? null;
  const code = text('code');
  const folded = foldWords(title);
  ctx.folded.push(folded);
  return {
    id: ctx.ids.next(idKey(unit ?? ctx.file, code, folded)),
    unit,
    block: ctx.unit?.block ?? null,
    field,
    code,
    title,
    target: text('target'),
    owner: text('owner') ?? owner,
    start,
    deadline: effectiveDeadline,
    deadlineText,
    originalDeadline: extendedDeadline && extendedDeadline !== deadline ? deadline : null,
    extendedDeadline,
    recurring: recurring && !extendedDeadline,
    completedOn,
    progress,
    statusText,
    status,
    provincialTask,
    coordinating: text('coordinating'),
    notes: text('notes'),
    extra,
    source: { file: ctx.file, sheet: view.name, row: row + 1, titleColumn: columnLetter(table.fields.title!) },
  };
}

/** Whether a commitment row holds anything besides its number: a row with only "5." is a blank line. */
function hasData(view: SheetView, table: TableLayout, row: number): boolean {
  for (let c = table.left; c <= table.right; c++) {
    if (c === table.fields.number) continue;
    if (view.text(row, c)) return true;
  }
  return false;
}

/** Formulas the file saved no result for, in the row's own cells: each reads as empty, with a warning. */
function reportUncalculated(ctx: RowContext, row: number): void {
  const { view, table } = ctx;
  if (!view.hasFormulas) return;
  for (let c = table.left; c <= table.right; c++) {
    if (view.origin(row, c).row !== row || view.isCovered(row, c) || !view.isUncalculated(row, c)) continue;
    ctx.issues.push(
      makeIssue(
        'formula-not-calculated',
        { file: ctx.file, sheet: view.name, cell: cellAddress(row, c), unit: ctx.unit?.code ?? null },
        { formula: `=${view.formula(row, c)}` },
        ctx.lang,
      ),
    );
  }
}

function readSheet(ctx: RowContext): Commitment[] {
  const { file, view, table, issues, lang } = ctx;
  const sheetOwner =
    table.fields.owner === undefined ? (table.ownerAbove ?? ownerFromSheetName(view.name)) : (table.ownerAbove ?? null);
  const out: Commitment[] = [];
  let field: string | null = null;
  for (let r = table.dataTop; r < view.rows; r++) {
    const kind = classifyRow(view, table, r);
    if (kind.kind === 'end') break;
    if (kind.kind === 'section') field = kind.field;
    if (kind.kind !== 'commitment' || !hasData(view, table, r) || isGroupHeading(view, table, r)) continue;
    reportUncalculated(ctx, r);
    const c = readRow(ctx, r, field, sheetOwner);
    if (!c.title)
      issues.push(
        makeIssue(
          'missing-title',
          { file, sheet: view.name, cell: cellAddress(r, table.fields.title!), unit: ctx.unit?.code ?? null },
          {},
          lang,
        ),
      );
    out.push(c);
  }
  return out;
}

/** One empty, frozen `extra` for the many rows with no unknown column filled. */
const NO_EXTRA: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Each commitment's title folded to words: ids and the duplicate check both compare it. */
function foldedTitles(commitments: readonly Pick<Commitment, 'title'>[]): string[] {
  return commitments.map((c) => foldWords(c.title));
}

/** The identity key within a scope (the unit, else the file): the code, else the folded title's hash. */
function idKey(scope: string, code: string | null, foldedTitle: string): string {
  return code ? `${scope}:${foldWords(code)}` : `${scope}:t${shortHash(foldedTitle)}`;
}

/** The identity of a commitment across months: its own code, else its unit and title. Its id is this
 *  key, with `-2`, `-3`… for the repeats that follow it (IdAllocator). */
export function commitmentKey(
  c: Pick<Commitment, 'unit' | 'code' | 'title' | 'source'>,
  foldedTitle = foldWords(c.title),
): string {
  return idKey(c.unit ?? c.source.file, c.code, foldedTitle);
}

/** The same title (and owner) twice in one unit: the later rows are flagged. */
export function findDuplicates(
  commitments: readonly Commitment[],
  lang: Lang = 'vi',
  folded: readonly string[] = foldedTitles(commitments),
): Issue[] {
  const first = new Map<string, Commitment>();
  const issues: Issue[] = [];
  for (let i = 0; i < commitments.length; i++) {
    const c = commitments[i];
    if (!c.title) continue;
    const key = `${c.unit ?? c.source.file}|${foldText(c.owner ?? '')}|${folded[i]}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, c);
      continue;
    }
    issues.push(
      makeIssue(
        'duplicate-commitment',
        { file: c.source.file, sheet: c.source.sheet, cell: `${c.source.titleColumn}${c.source.row}`, unit: c.unit },
        { title: c.title, firstRow: earlier.source.row, firstSheet: earlier.source.sheet },
        lang,
      ),
    );
  }
  return issues;
}

export function checkWorkbook(grid: WorkbookGrid, options: CheckOptions): WorkbookCheck {
  const lang = options.lang ?? 'vi';
  const file = options.file ?? grid.file;
  const savedMapping = readSavedMapping(grid.sheets);
  // What camket itself keeps in a unit's workbook is never unit data.
  const candidates = grid.sheets
    .filter((sheet) => !isMappingSheet(sheet) && !isAddinOutputSheet(sheet.name))
    .map((sheet) => {
      const view = new SheetView(sheet);
      return { sheet, view, table: detectTable(view, savedMapping?.sheets[sheet.name]) };
    });
  // The year of the list: the department's, else the latest year a table sheet is named or titled for.
  const years = candidates
    .flatMap(({ sheet, table }) => (table ? [sheetYear(sheet.name, table.titleLines)] : []))
    .filter((y): y is number => y !== null);
  const listYear = options.planYear ?? options.department?.year ?? (years.length ? Math.max(...years) : null);
  const sheetNames = grid.sheets.map((s) => s.name);

  // First every table, and which of them are this year's list: their title rows name the unit.
  type PassedOver = RuleCall<'other-year-sheet' | 'mirror-sheet'>;
  const plan = candidates.map((c) => {
    if (!c.table) return { ...c, passedOver: null };
    const year = sheetYear(c.sheet.name, c.table.titleLines);
    if (listYear !== null && year !== null && year !== listYear)
      return {
        ...c,
        passedOver: {
          rule: 'other-year-sheet',
          params: { sheet: c.sheet.name, year, planYear: listYear },
        } satisfies PassedOver,
      };
    const source = mirroredSheet(c.view, c.table, sheetNames);
    if (source)
      return {
        ...c,
        passedOver: { rule: 'mirror-sheet', params: { sheet: c.sheet.name, source } } satisfies PassedOver,
      };
    return { ...c, passedOver: null };
  });
  const titles: string[] = [];
  for (const { table, passedOver } of plan) if (table && !passedOver) titles.push(...table.titleLines);
  const titleText = titles.join('\n');

  // Then the unit, so that each commitment is built once, under its unit, with its id.
  const department = options.department ?? null;
  const unit = department ? (findWorkbookUnit(grid.file, { titleText }, department)?.unit ?? null) : null;
  const unitCode = unit?.code ?? null;

  // Then the rows.
  const issues: Issue[] = [];
  const sheets: SheetOutcome[] = [];
  const commitments: Commitment[] = [];
  const ids = new IdAllocator();
  const folded: string[] = [];
  for (const { sheet, view, table, passedOver } of plan) {
    if (!table) {
      sheets.push({ sheet: sheet.name, table: null, commitments: 0 });
      continue;
    }
    if (passedOver) {
      issues.push(issueOf(passedOver, { file, sheet: sheet.name, cell: null, unit: unitCode }, lang));
      sheets.push({ sheet: sheet.name, table: null, commitments: 0 });
      continue;
    }
    if (view.legacy)
      issues.push(
        makeIssue(
          'legacy-encoding',
          { file, sheet: sheet.name, cell: view.legacy.firstCell, unit: unitCode },
          { encoding: view.legacy.encoding === 'tcvn3' ? 'TCVN3' : 'VNI', cells: view.legacy.cells },
          lang,
        ),
      );
    const planYear =
      options.planYear ?? options.department?.year ?? yearOfTitle(table.titleLines) ?? Number(options.asOf.slice(0, 4));
    if (table.fields.deadline === undefined)
      issues.push(
        makeIssue(
          'missing-deadline-column',
          { file, sheet: sheet.name, cell: cellAddress(table.headerTop, table.left), unit: unitCode },
          {},
          lang,
        ),
      );
    const found = readSheet({ file, view, table, options, unit, planYear, issues, lang, ids, folded });
    for (const c of found) commitments.push(c);
    sheets.push({ sheet: sheet.name, table, commitments: found.length });
  }
  if (!candidates.some((c) => c.table)) issues.push(makeIssue('no-table', { file, unit: unitCode }, {}, lang));
  for (const d of findDuplicates(commitments, lang, folded)) issues.push(d);
  const planYear =
    options.planYear ?? options.department?.year ?? yearOfTitle(titles) ?? Number(options.asOf.slice(0, 4));
  return { file, planYear, unit, sheets, commitments, issues, titleText, savedMapping };
}
