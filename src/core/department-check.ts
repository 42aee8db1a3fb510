// Checking the department: many workbooks, each already read by checkWorkbook, put together. Ids
// and duplicates where two files meet, the roll-up, the count checks per unit and block, the units
// that sent nothing or several files, and month after month the history, the state carried to next
// month and what changed since. The one step every front end takes after reading its workbooks:
// `camket merge` (a whole month), `camket validate` (some files) and the add-in (the open workbook).
import { type WorkbookCheck, IdAllocator, commitmentKey, findDuplicates } from './check';
import {
  carryState,
  compareMonths,
  creditedByEarlierSummary,
  historyRows,
  mergeHistory,
  withOriginalDeadlines,
  withoutCompletionAsks,
} from './changes';
import { blockCountIssues, missingUnitIssues, severalFilesIssues } from './coverage';
import type { Department } from './department';
import type { Change, HistoryRow, SummaryState } from './history';
import type { Commitment, Issue, Lang } from './model';
import { type FileEntry, type Report, buildReport } from './report';
import { type EmulationRow, type Totals, countIssues, emulationRanking, rollUp } from './rollup';
import { type RuleCall, issueOf, makeIssue, renderMessage } from './rules';
import { assignUnit } from './units';
import { fileNameWords } from './workbook-unit';

/** One file of a run: its line in the report, the workbook read from it, and its issues. */
export interface FileResult {
  readonly entry: FileEntry;
  /** The workbook read (checkWorkbook); null when the file was skipped or could not be read. */
  readonly check: WorkbookCheck | null;
  /** The workbook's own issues, or the one that says why the file could not be read. */
  readonly issues: readonly Issue[];
}

/** A workbook read: merged when it holds a commitments table, else failed with `no-table`. */
export function checkedFile(check: WorkbookCheck, lang: Lang = 'vi'): FileResult {
  const hasTable = check.sheets.some((s) => s.table);
  return {
    entry: {
      file: check.file,
      path: check.file,
      unit: check.unit?.code ?? null,
      state: hasTable ? 'merged' : 'failed',
      commitments: check.commitments.length,
      sheets: check.sheets.filter((s) => s.table).map((s) => s.sheet),
      ...(hasTable ? {} : { error: { code: 'no-table', message: renderMessage('no-table', {}, lang) } }),
    },
    check,
    issues: check.issues,
  };
}

/** Why a file could not be read: the rules a reader may hand over. */
export type ReadFailure = RuleCall<'unsupported-format' | 'unreadable-file' | 'encrypted-file'>;

/** A workbook that tripped camket itself: one failed file, the others still read. */
export const INTERNAL_FAILURE: ReadFailure = { rule: 'unreadable-file', params: { reason: 'internal' } };

/** A file that could not be read, and why. */
export function unreadableFile(file: string, failure: ReadFailure, lang: Lang = 'vi'): FileResult {
  const issue = issueOf(failure, { file }, lang);
  return {
    entry: {
      file,
      path: file,
      unit: null,
      state: 'failed',
      commitments: 0,
      error: { code: failure.rule, message: issue.message },
    },
    check: null,
    issues: [issue],
  };
}

/** A file passed over without reading it (a lock file, a hidden file…), and why, as shown. */
export function skippedFile(file: string, reason: string): FileResult {
  return { entry: { file, path: file, unit: null, state: 'skipped', commitments: 0, reason }, check: null, issues: [] };
}

export interface DepartmentOptions {
  asOf: string;
  department: Department | null;
  lang?: Lang;
  /** Last month's summary (--previous): completions it proves on time, and what changed since. */
  previous?: SummaryState | null;
  /**
   * The files are the department's whole month (a merge), not some files checked one by one: ids
   * are settled across files, a file that could not be read is put under the unit its name says,
   * the coverage issues are raised (block counts, units that sent nothing, several files of one
   * unit) and the history and the state carried to next month are made.
   */
  whole?: boolean;
}

/** The department's result: built once, never changed afterwards. */
export interface DepartmentCheck {
  readonly files: readonly FileEntry[];
  /** Every merged commitment, in file order, with its id unique across the files (a whole month). */
  readonly commitments: readonly Commitment[];
  /** Every issue, in the order found (the report sorts them). A plain array, as WorkbookCheck's. */
  readonly issues: Issue[];
  readonly totals: Totals;
  /** Units ranked for the emulation; empty without a department file. */
  readonly emulation: readonly EmulationRow[];
  /** Month-by-month rows, this month included (a whole month; else empty). */
  readonly history: readonly HistoryRow[];
  /** What changed per commitment since the previous summary; empty without one. */
  readonly changes: readonly Change[];
  /** What this month's summary carries to the next (a whole month; else null). */
  readonly state: SummaryState | null;
  /** The JSON report; it holds the commitments as they are (buildReport's handOver). */
  readonly report: Report;
}

export interface MonthCheck extends DepartmentCheck {
  readonly state: SummaryState;
}

function fileResultOf(file: FileResult | WorkbookCheck, lang: Lang): FileResult {
  return 'entry' in file ? file : checkedFile(file, lang);
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Put the files read together: a file is a checkWorkbook result, or a FileResult (checkedFile,
 *  unreadableFile, skippedFile) where the front end knows more about it than its workbook. */
export function checkDepartment(
  files: readonly (FileResult | WorkbookCheck)[],
  options: DepartmentOptions & { whole: true; department: Department },
): MonthCheck;
export function checkDepartment(
  files: readonly (FileResult | WorkbookCheck)[],
  options: DepartmentOptions,
): DepartmentCheck;
export function checkDepartment(
  files: readonly (FileResult | WorkbookCheck)[],
  options: DepartmentOptions,
): DepartmentCheck {
  const { asOf, department } = options;
  const lang = options.lang ?? 'vi';
  const previous = options.previous ?? null;
  // The department file, when the files are its whole month.
  const whole = options.whole === true ? department : null;

  // Each file's entry, issues and commitments, in file order.
  const entries: FileEntry[] = [];
  let issues: Issue[] = [];
  const commitments: Commitment[] = [];
  for (const input of files) {
    const { entry, check, issues: own } = fileResultOf(input, lang);
    let shown = entry;
    let fileIssues = own;
    // A file that could not be read still belongs to the unit its name says, so the unit is not
    // reported as silent and the failure shows under the unit.
    if (whole && entry.state === 'failed' && entry.unit === null) {
      const name = baseName(entry.file);
      const unit = assignUnit(name, fileNameWords(name), whole)?.unit.code ?? null;
      if (unit !== null) {
        shown = { ...entry, unit };
        fileIssues = own.map((i) => (i.unit === null ? { ...i, unit } : i));
      }
    }
    entries.push(shown);
    if (department && check && !check.unit && check.commitments.length)
      issues.push(makeIssue('unknown-unit', { file: check.file }, {}, lang));
    // One by one, not push(...): a workbook may bring more issues than a call takes arguments.
    for (const i of fileIssues) issues.push(i);
    if (check && shown.state === 'merged') for (const c of check.commitments) commitments.push(c);
  }

  // Ids and duplicates were settled within each file. Only where two files meet can they clash:
  // two files of one unit, or files of no unit (their ids are scoped by file name, which two
  // files checked one by one may share). Those are settled again together, in file order.
  if (department) {
    const mergedPerUnit = new Map<string, number>();
    for (const e of entries)
      if (e.state === 'merged' && e.unit) mergedPerUnit.set(e.unit, (mergedPerUnit.get(e.unit) ?? 0) + 1);
    const sharedAt: number[] = [];
    commitments.forEach((c, i) => {
      if (c.unit === null || (mergedPerUnit.get(c.unit) ?? 0) > 1) sharedAt.push(i);
    });
    if (sharedAt.length) {
      // A month's ids are unique across its files: a later file's repeat of a key gets the next number.
      if (whole) {
        const ids = new IdAllocator();
        for (const i of sharedAt) {
          const c = commitments[i];
          const id = ids.next(commitmentKey(c));
          if (id !== c.id) commitments[i] = { ...c, id };
        }
      }
      const within = new Set(
        issues.filter((i) => i.rule === 'duplicate-commitment').map((i) => `${i.file}|${i.sheet}|${i.cell}`),
      );
      for (const d of findDuplicates(
        sharedAt.map((i) => commitments[i]),
        lang,
      ))
        if (!within.has(`${d.file}|${d.sheet}|${d.cell}`)) issues.push(d);
    }
  }

  if (previous) {
    const credited = creditedByEarlierSummary(commitments, previous);
    if (credited.length) {
      for (const i of credited) commitments[i] = { ...commitments[i], status: 'done_on_time' };
      issues = withoutCompletionAsks(
        issues,
        credited.map((i) => commitments[i]),
      );
    }
  }

  const totals = rollUp(commitments, asOf, department, lang);
  if (department) {
    const filesByUnit = new Map<string, string[]>();
    const failedByUnit = new Map<string, string[]>();
    for (const e of entries) {
      if (!e.unit) continue;
      if (e.state === 'merged') pushTo(filesByUnit, e.unit, e.file);
      else if (e.state === 'failed') pushTo(failedByUnit, e.unit, e.file);
    }
    // A count issue points at the unit's first merged file (a month); checked one by one, at the
    // first file given for the unit.
    const fileOf = whole
      ? (u: string) => filesByUnit.get(u)?.[0] ?? ''
      : (u: string) => entries.find((e) => e.unit === u)?.file ?? '';
    for (const i of countIssues(totals, department, fileOf, lang)) issues.push(i);
    if (whole) {
      for (const i of blockCountIssues(totals, whole, lang)) issues.push(i);
      for (const i of missingUnitIssues(whole, new Set(filesByUnit.keys()), failedByUnit, lang)) issues.push(i);
      for (const i of severalFilesIssues(whole, filesByUnit, lang)) issues.push(i);
    }
  }

  // Month after month.
  let history: HistoryRow[] = [];
  let state: SummaryState | null = null;
  let final: readonly Commitment[] = commitments;
  if (whole) {
    history = mergeHistory(previous?.history ?? [], historyRows(totals, whole, asOf));
    state = carryState({ previous, commitments, asOf, department: whole.name, history });
    final = withOriginalDeadlines(commitments, state);
  }
  const changes = previous ? compareMonths(previous, final) : [];

  return {
    files: entries,
    commitments: final,
    issues,
    totals,
    emulation: department ? emulationRanking(totals, department) : [],
    history,
    changes,
    state,
    report: buildReport({
      asOf,
      department,
      files: entries,
      commitments: final,
      issues,
      totals,
      handOver: true,
      // The month's history, and what changed when there is a previous summary.
      ...(whole ? { history } : {}),
      ...(previous ? { changes } : {}),
    }),
  };
}
