// Month after month: what the summary carries forward (its history) and what changed per commitment
// since the previous summary. Types here are the contract between the merge and the summary writer.
import type { StatusCode } from './model';
import type { StatusCounts } from './rollup';

/** One line of the month-by-month history: the department, a block or a unit, as of one date. */
export interface HistoryRow {
  /** 'YYYY-MM' of the as-of date. */
  month: string;
  asOf: string;
  scope: 'department' | 'block' | 'unit';
  code: string;
  name: string;
  registered: number | null;
  found: number;
  byStatus: StatusCounts;
  due: number;
  onTimeRate: number | null;
}

/** What the summary keeps of each commitment so that next month can compare against it. */
export interface CommitmentState {
  id: string;
  unit: string | null;
  code: string | null;
  title: string;
  target: string | null;
  deadline: string | null;
  /** The deadline first seen for this commitment: never overwritten by a later extension. */
  originalDeadline: string | null;
  progress: number | null;
  status: StatusCode | null;
}

/** The machine-readable state a summary workbook carries (in a very hidden sheet) for --previous. */
export interface SummaryState {
  version: 1;
  asOf: string;
  department: string;
  history: HistoryRow[];
  commitments: CommitmentState[];
}

export type ChangeKind =
  'new' | 'gone' | 'deadline-moved' | 'target-changed' | 'progress-back' | 'newly-overdue' | 'newly-done';

export interface Change {
  kind: ChangeKind;
  /** The commitment's id this month (or last month's, for 'gone'). */
  id: string;
  unit: string | null;
  title: string;
  /** The value last month and now, as display text (dates ISO, progress a number as text). */
  before: string | null;
  after: string | null;
}
