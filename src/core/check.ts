// Checking one workbook: find each sheet's table, read every commitment, derive its status as of a
// date and report what is wrong, cell by cell. The add-in and the merge both call checkWorkbook.
import { isAddinOutputSheet } from './addin-sheets';
import { displayIso, readDateCell } from './dates';
import { parseDeadline, parsePeriodStart } from './deadline';
import type { Department } from './department';
import { type WorkbookGrid, cellAddress, columnLetter } from './grid';
import type { Commitment, Field, Issue, Lang, StatusWord } from './model';
import { parseProgress } from './numbers';
import { classifyRow, isGroupHeading } from './rows';
import { type IssuePlace, makeIssue } from './rules';
import { type SavedMapping, isMappingSheet, readSavedMapping } from './saved-mapping';
import { mirroredSheet, sheetYear, yearOfTitle } from './sheet-kind';
import { SheetView } from './sheet-view';
import { deriveStatus, isMark, readStatus, statusDisagreesWithProgress } from './status';
import { type TableLayout, detectTable } from './table';
import { cleanText, foldText, foldWords, shortHash } from './text';

export interface CheckOptions {
  /** ISO date the statuses are computed for. */
  asOf: string;
  department?: Department | null;
  /** The unit this workbook belongs to, when known (the merge knows it; the add-in may not). */
  unit?: { code: string; block: string } | null;
  lang?: Lang;
  /** Overrides the year read from the department file or the title rows. */
  planYear?: number;
}

export interface SheetOutcome {
  sheet: string;
  table: TableLayout | null;
  commitments: number;
}

export interface WorkbookCheck {
  file: string;
  planYear: number;
  sheets: SheetOutcome[];
  commitments: Commitment[];
  issues: Issue[];
  /** Title lines of every table, for finding the unit by its name. */
  titleText: string;
  savedMapping: SavedMapping | null;
}

/** Sheet names that say nothing about a person. */
// Not \b: Excel's own default names run the word into the number ("Sheet1", "Trang_tính1").
const GENERIC_SHEET = /^(sheet|trang tinh|bang|bieu|mau|danh muc|dau viec|cam ket|tong hop|ke hoach|du lieu|data|nam)(?![a-z])|^\d/;

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
  planYear: number;
  issues: Issue[];
  lang: Lang;
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
    unit: options.unit?.code ?? null,
  });
  const report = (rule: Parameters<typeof makeIssue>[0], c: number | undefined, params: Record<string, string | number> = {}) =>
    ctx.issues.push(makeIssue(rule, place(c), params, lang));

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
    else if (d.kind === 'invalid') report('bad-deadline', dc, { value: d.text });
    else report('missing-deadline', dc, { title: title || '—' });
  }
  let extendedDeadline: string | null = null;
  const ec = col('extendedDeadline');
  if (ec !== undefined) {
    const d = parseDeadline(view.value(row, ec), view.format(row, ec), planYear);
    if (d.kind === 'date') extendedDeadline = d.iso;
    else if (d.kind === 'invalid')
      report('bad-date', ec, { value: d.text, column: 'extendedDeadline' });
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
      report('bad-date', c, { value: d.text, column: f });
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
      if (p.value < 0 || p.value > 100) report('bad-progress', c, { value: view.text(row, c) });
      else progress = p.value;
    } else if (p.kind === 'invalid') report('bad-progress', c, { value: p.text });
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
      if (!said.known) report('unknown-status', statusCol, { value: statusText });
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
    report('status-progress-mismatch', statusCol ?? progressCol, { status: statusText ?? '', progress: progress ?? '' });

  const provincialTask = text('provincialTask')?.toUpperCase().replace(/\s+/g, '') ?? null;
  if (provincialTask && options.department) {
    const known = options.department.provincialTasks.some((t) => t.code.toUpperCase() === provincialTask);
    if (!known) report('unknown-provincial-task', col('provincialTask'), { value: provincialTask });
  }

  const effectiveDeadline = extendedDeadline ?? deadline;
  const status =
    dc === undefined && !extendedDeadline && word !== 'cancelled'
      ? null
      : deriveStatus({ word, progress, deadline: effectiveDeadline, recurring: recurring && !extendedDeadline, completedOn, asOf: options.asOf });
  // Done, no completion date, deadline passed: counted late, and the clerk is asked for the date.
  if (status === 'done_late' && !completedOn && effectiveDeadline)
    report('missing-completion-date', statusCol ?? progressCol, { deadline: displayIso(effectiveDeadline) });

  let extra: Record<string, string> = NO_EXTRA;
  for (const c of table.columns) {
    if (c.field) continue;
    const v = view.text(row, c.col);
    if (!v) continue;
    if (extra === NO_EXTRA) extra = {};
    extra[c.header] = v;
  }

  return {
    id: '',
    unit: options.unit?.code ?? null,
    block: options.unit?.block ?? null,
    field,
    code: text('code'),
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
      makeIssue('formula-not-calculated', { file: ctx.file, sheet: view.name, cell: cellAddress(row, c), unit: ctx.options.unit?.code ?? null }, { formula: `=${view.formula(row, c)}` }, ctx.lang),
    );
  }
}

function readSheet(file: string, view: SheetView, table: TableLayout, options: CheckOptions, planYear: number, issues: Issue[]): Commitment[] {
  const lang = options.lang ?? 'vi';
  const ctx: RowContext = { file, view, table, options, planYear, issues, lang };
  const sheetOwner = table.fields.owner === undefined ? (table.ownerAbove ?? ownerFromSheetName(view.name)) : (table.ownerAbove ?? null);
  const out: Commitment[] = [];
  let field: string | null = null;
  for (let r = table.dataTop; r < view.rows; r++) {
    const kind = classifyRow(view, table, r);
    if (kind.kind === 'end') break;
    if (kind.kind === 'section') field = kind.field;
    if (kind.kind !== 'commitment' || !hasData(view, table, r) || isGroupHeading(view, table, r)) continue;
    reportUncalculated(ctx, r);
    const c = readRow(ctx, r, field, sheetOwner);
    if (!c.title) issues.push(makeIssue('missing-title', { file, sheet: view.name, cell: cellAddress(r, table.fields.title!), unit: options.unit?.code ?? null }, {}, lang));
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

/** The identity of a commitment across months: its own code, else its unit and title. */
export function commitmentKey(c: Pick<Commitment, 'unit' | 'code' | 'title' | 'source'>, foldedTitle = foldWords(c.title)): string {
  const scope = c.unit ?? c.source.file;
  return c.code ? `${scope}:${foldWords(c.code)}` : `${scope}:t${shortHash(foldedTitle)}`;
}

/** Give every commitment an id, unique within the list, stable from month to month. */
export function assignIds(commitments: Commitment[], folded: readonly string[] = foldedTitles(commitments)): void {
  const used = new Map<string, number>();
  for (let i = 0; i < commitments.length; i++) {
    const c = commitments[i];
    const key = commitmentKey(c, folded[i]);
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    c.id = n === 1 ? key : `${key}-${n}`;
  }
}

/** The same title (and owner) twice in one unit: the later rows are flagged. */
export function findDuplicates(commitments: Commitment[], lang: Lang = 'vi', folded: readonly string[] = foldedTitles(commitments)): Issue[] {
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
  const savedMapping = readSavedMapping(grid.sheets);
  const issues: Issue[] = [];
  const sheets: SheetOutcome[] = [];
  const commitments: Commitment[] = [];
  const titles: string[] = [];
  // What camket itself keeps in a unit's workbook is never unit data.
  const candidates = grid.sheets
    .filter((sheet) => !isMappingSheet(sheet) && !isAddinOutputSheet(sheet.name))
    .map((sheet) => {
      const view = new SheetView(sheet);
      return { sheet, view, table: detectTable(view, savedMapping?.sheets[sheet.name]) };
    });
  // The year of the list: the department's, else the latest year a table sheet is named or titled for.
  const years = candidates.flatMap(({ sheet, table }) => (table ? [sheetYear(sheet.name, table.titleLines)] : [])).filter((y): y is number => y !== null);
  const listYear = options.planYear ?? options.department?.year ?? (years.length ? Math.max(...years) : null);
  const sheetNames = grid.sheets.map((s) => s.name);
  for (const { sheet, view, table } of candidates) {
    if (!table) {
      sheets.push({ sheet: sheet.name, table: null, commitments: 0 });
      continue;
    }
    const place = { file: grid.file, sheet: sheet.name, cell: null, unit: options.unit?.code ?? null };
    const year = sheetYear(sheet.name, table.titleLines);
    if (listYear !== null && year !== null && year !== listYear) {
      issues.push(makeIssue('other-year-sheet', place, { sheet: sheet.name, year, planYear: listYear }, lang));
      sheets.push({ sheet: sheet.name, table: null, commitments: 0 });
      continue;
    }
    const source = mirroredSheet(view, table, sheetNames);
    if (source) {
      issues.push(makeIssue('mirror-sheet', place, { sheet: sheet.name, source }, lang));
      sheets.push({ sheet: sheet.name, table: null, commitments: 0 });
      continue;
    }
    if (view.legacy)
      issues.push(
        makeIssue('legacy-encoding', { file: grid.file, sheet: sheet.name, cell: view.legacy.firstCell, unit: options.unit?.code ?? null },
          { encoding: view.legacy.encoding === 'tcvn3' ? 'TCVN3' : 'VNI', cells: view.legacy.cells }, lang),
      );
    titles.push(...table.titleLines);
    const planYear = options.planYear ?? options.department?.year ?? yearOfTitle(table.titleLines) ?? Number(options.asOf.slice(0, 4));
    if (table.fields.deadline === undefined)
      issues.push(makeIssue('missing-deadline-column', { file: grid.file, sheet: sheet.name, cell: cellAddress(table.headerTop, table.left), unit: options.unit?.code ?? null }, {}, lang));
    const found = readSheet(grid.file, view, table, options, planYear, issues);
    for (const c of found) commitments.push(c);
    sheets.push({ sheet: sheet.name, table, commitments: found.length });
  }
  if (!candidates.some((c) => c.table)) issues.push(makeIssue('no-table', { file: grid.file, unit: options.unit?.code ?? null }, {}, lang));
  const folded = foldedTitles(commitments);
  for (const d of findDuplicates(commitments, lang, folded)) issues.push(d);
  assignIds(commitments, folded);
  const planYear = options.planYear ?? options.department?.year ?? yearOfTitle(titles) ?? Number(options.asOf.slice(0, 4));
  return { file: grid.file, planYear, sheets, commitments, issues, titleText: titles.join('\n'), savedMapping };
}

/** Put a workbook's commitments and issues under the unit found for it (after reading its title rows). */
export function attachUnit(check: WorkbookCheck, unit: { code: string; block: string } | null): void {
  for (const c of check.commitments) {
    c.unit = unit?.code ?? null;
    c.block = unit?.block ?? null;
  }
  for (const i of check.issues) i.unit = unit?.code ?? null;
  assignIds(check.commitments);
}
