// The commitment record and the issue, as PRODUCT.md defines them; the report's shape follows these.

export const STATUS_CODES = [
  'done_on_time',
  'done_late',
  'overdue',
  'in_progress',
  'not_started',
  'recurring',
  'cancelled',
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** Key used in roll-ups for a commitment whose status could not be derived (status null). */
export const UNKNOWN_STATUS = 'unknown' as const;
export type StatusKey = StatusCode | typeof UNKNOWN_STATUS;
export const STATUS_KEYS: readonly StatusKey[] = [...STATUS_CODES, UNKNOWN_STATUS];

/** What the status text (or a status mark) says, before dates are considered. */
export type StatusWord = 'done' | 'in_progress' | 'not_started' | 'cancelled';

export type Field =
  | 'number'
  | 'code'
  | 'title'
  | 'target'
  | 'owner'
  | 'start'
  | 'deadline'
  | 'extendedDeadline'
  | 'completedOn'
  | 'progress'
  | 'status'
  | 'provincialTask'
  | 'coordinating'
  | 'notes'
  | 'unit';

export interface SourceRef {
  file: string;
  sheet: string;
  /** 1-based row number as Excel shows it. */
  row: number;
  /** Letter of the title column, so a whole-row issue can point at a cell. */
  titleColumn: string;
}

export interface Commitment {
  id: string;
  unit: string | null;
  block: string | null;
  field: string | null;
  /** The code written in the unit's own code column, when it has one. */
  code: string | null;
  title: string;
  target: string | null;
  owner: string | null;
  start: string | null;
  /** ISO date (YYYY-MM-DD) of the effective deadline, null when recurring or unreadable. */
  deadline: string | null;
  deadlineText: string | null;
  /** The deadline as first written when an extension replaced it. */
  originalDeadline: string | null;
  extendedDeadline: string | null;
  recurring: boolean;
  completedOn: string | null;
  progress: number | null;
  statusText: string | null;
  status: StatusCode | null;
  provincialTask: string | null;
  coordinating: string | null;
  notes: string | null;
  /** Columns the mapping did not recognise, kept by their header text. */
  extra: Record<string, string>;
  source: SourceRef;
}

export type Severity = 'error' | 'warning' | 'info';

/** Where an issue is and what it says; `Issue` (rules.ts) adds its rule and that rule's parameters. */
export interface IssueBase {
  severity: Severity;
  message: string;
  file: string;
  sheet: string | null;
  /** A1 address, or null when the issue concerns a whole file or unit. */
  cell: string | null;
  unit: string | null;
}

export type { Issue } from './rules';

export type Lang = 'vi' | 'en';
