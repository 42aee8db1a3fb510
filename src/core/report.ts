// The JSON report of PRODUCT.md ("The report"): one shape for `validate` and `merge`.
import type { Department } from './department';
import type { Change, HistoryRow } from './history';
import type { Commitment, Issue } from './model';
import { type ProvincialTaskTotals, type Totals, provincialTaskTotals, rollUp } from './rollup';
import { sortIssues } from './rules';

export type FileState = 'merged' | 'skipped' | 'failed';

export interface FileEntry {
  file: string;
  /** Path relative to the folder read, with forward slashes. */
  path?: string;
  unit: string | null;
  state: FileState;
  commitments: number;
  sheets?: string[];
  error?: { code: string; message: string };
  /** Why a file was skipped (lock file, hidden, not a spreadsheet). */
  reason?: string;
}

/** A commitment as the report shows it: the record without its extra columns and title-cell detail. */
export type ReportCommitment = Omit<Commitment, 'extra' | 'extendedDeadline' | 'source'> & {
  source: { file: string; sheet: string; row: number };
};

export interface ReportIssue {
  /** A rule code; a report read back may hold one another version of camket knows. */
  rule: string;
  severity: Issue['severity'];
  message: string;
  file: string;
  sheet: string | null;
  cell: string | null;
  unit: string | null;
}

/** The report's shape version (schema/report.schema.json): raised when a field changes meaning or goes. */
export const REPORT_SCHEMA_VERSION = 1;

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  asOf: string;
  department: string | null;
  files: FileEntry[];
  commitments: ReportCommitment[];
  totals: Totals;
  provincialTasks: ProvincialTaskTotals[];
  issues: ReportIssue[];
  /** The merge's month-by-month rows (the summary's Lịch sử sheet); validate has none. */
  history?: HistoryRow[];
  /** What changed since the previous summary (its Thay đổi sheet); only with --previous. */
  changes?: Change[];
}

export function reportCommitment(c: ReportCommitment): ReportCommitment {
  return {
    id: c.id,
    unit: c.unit,
    block: c.block,
    field: c.field,
    code: c.code,
    title: c.title,
    target: c.target,
    owner: c.owner,
    start: c.start,
    deadline: c.deadline,
    deadlineText: c.deadlineText,
    originalDeadline: c.originalDeadline,
    recurring: c.recurring,
    completedOn: c.completedOn,
    progress: c.progress,
    statusText: c.statusText,
    status: c.status,
    provincialTask: c.provincialTask,
    coordinating: c.coordinating,
    notes: c.notes,
    source: { file: c.source.file, sheet: c.source.sheet, row: c.source.row },
  };
}

export function reportIssue(i: Issue): ReportIssue {
  return {
    rule: i.rule,
    severity: i.severity,
    message: i.message,
    file: i.file,
    sheet: i.sheet,
    cell: i.cell,
    unit: i.unit,
  };
}

export function buildReport(input: {
  asOf: string;
  department: Department | null;
  files: readonly FileEntry[];
  commitments: readonly Commitment[];
  issues: readonly Issue[];
  /** rollUp(commitments, asOf, department), when the caller has it already. */
  totals?: Totals;
  /** The caller hands its commitments over: the report holds them as they are, with their extra
   *  fields (a merge of 200,000 rows would otherwise hold two copies at once). Writers of the
   *  report show only the report's fields (reportCommitment). */
  handOver?: boolean;
  history?: HistoryRow[];
  changes?: Change[];
}): Report {
  const { asOf, department, files, commitments, issues } = input;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    asOf,
    department: department?.name ?? null,
    files: [...files],
    commitments: input.handOver ? (commitments as Commitment[]) : commitments.map(reportCommitment),
    totals: input.totals ?? rollUp(commitments, asOf, department),
    provincialTasks: department ? provincialTaskTotals(commitments, department) : [],
    issues: sortIssues(issues).map(reportIssue),
    ...(input.history && { history: input.history }),
    ...(input.changes && { changes: input.changes }),
  };
}
