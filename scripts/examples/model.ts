// The example department's data model: what a commitment row *is* (as the generator knows it),
// independent of how each unit's workbook lays it out. Nothing here imports camket's core: the
// expected results are the generator's own truth, decided row by row, so the golden tests check the
// core against an independent source.

export type Iso = string; // YYYY-MM-DD
export type Month = 'may' | 'jun';

export const PLAN_YEAR = 2023;
export const AS_OF: Record<Month, Iso> = { may: '2023-05-31', jun: '2023-06-30' };

// ---- deadlines --------------------------------------------------------------------------------

export type Deadline =
  /** Text in the deadline cell. `iso` is the last day of the period written (null when recurring or unreadable). */
  | { kind: 'text'; text: string; iso: Iso | null; recurring: boolean; unreadable: boolean }
  /** A real date cell (or an Excel serial number with a date format, when the layout says so). */
  | { kind: 'date'; iso: Iso }
  /** The deadline cell is empty. */
  | { kind: 'missing' };

/** A deadline written as text, with the day it means (decided here, by hand). */
export const by = (text: string, iso: Iso): Deadline => ({ kind: 'text', text, iso, recurring: false, unreadable: false });
/** A recurring task: no deadline. */
export const ongoing = (text = 'Thường xuyên'): Deadline => ({ kind: 'text', text, iso: null, recurring: true, unreadable: false });
/** A deadline nobody can read (planted mistake `bad-deadline`). */
export const garbled = (text: string): Deadline => ({ kind: 'text', text, iso: null, recurring: false, unreadable: true });
/** A date cell. */
export const on = (iso: Iso): Deadline => ({ kind: 'date', iso });
/** An empty deadline cell (planted mistake `missing-deadline`). */
export const NO_DEADLINE: Deadline = { kind: 'missing' };

// ---- the state of a task in one month ---------------------------------------------------------

/** What the status column says; `other` is a text that names no status (planted `unknown-status`). */
export type Word = 'done' | 'doing' | 'todo' | 'stopped' | 'other';

export interface State {
  word: Word;
  /** The status text as written, when it differs from the layout's usual wording. */
  text?: string;
  /** Progress in percent (0–100), null when the cell is empty or unreadable. */
  progress: number | null;
  /** The progress cell's raw content when it cannot be read (planted `bad-progress`). */
  rawProgress?: string | number;
  completedOn?: Iso;
  /** The completion-date cell's raw content when it cannot be read (planted `bad-date`); completedOn is then unknown. */
  rawCompletedOn?: string;
  /** Month-column layouts: the cumulative percent written under Tháng 1, Tháng 2, … (null = empty). */
  months?: (number | null)[];
}

export const done = (completedOn?: Iso, progress = 100): State => ({ word: 'done', progress, completedOn });
export const doing = (progress: number | null): State => ({ word: 'doing', progress });
export const todo = (progress: number | null = 0): State => ({ word: 'todo', progress });
export const stopped = (): State => ({ word: 'stopped', progress: null });
/** A status text that names no status: the status then comes from progress and dates. */
export const other = (text: string, progress: number | null = null): State => ({ word: 'other', text, progress });
/** The same state, with the status written in other words (e.g. "Chưa hoàn thành"). */
export const saying = (text: string, s: State): State => ({ ...s, text });
/** A progress cell nobody can read, next to a status that still says what is going on. */
export const unreadableProgress = (raw: string | number, s: State): State => ({ ...s, progress: null, rawProgress: raw });
/** A completion date nobody can read, typed next to a status that still says it is done. */
export const unreadableCompletion = (raw: string, s: State): State => ({ ...s, completedOn: undefined, rawCompletedOn: raw });
/** Layouts without a status column: the progress alone (100 = done). */
export const pct = (progress: number | null): State => ({
  word: progress === 100 ? 'done' : progress && progress > 0 ? 'doing' : 'todo',
  progress,
});
/** Month columns: cumulative percent from Tháng 1 on; the last filled month counts. */
export const monthly = (...months: (number | null)[]): State => {
  const last = [...months].reverse().find((m) => m !== null) ?? null;
  return { ...pct(last), months };
};

// ---- a commitment -----------------------------------------------------------------------------

export interface Task {
  title: string;
  target: string;
  /** Person responsible; on the Ban Giám đốc sheets it is the sheet's leader. */
  owner?: string;
  deadline: Deadline;
  /** Planned start, as written (layouts with a start column). */
  start?: string | Iso;
  /** Extended deadline (Thời hạn điều chỉnh); `extendedIn` says from which month it is written. */
  extended?: Iso;
  extendedIn?: Month;
  provincialTask?: string;
  notes?: string;
  coordinating?: string;
  /** Kinh phí (triệu đồng): an extra column some layouts keep. */
  budget?: number;
  /** Section (field) this row is listed under, as written in the section row. */
  section?: string;
  /** June state; null = the row was deleted before June (present only in May). */
  jun: State | null;
  /** May state; null = the row is new in June; omitted = derived from June (see mayOf). */
  may?: State | null;
  /** May's target, when June's differs. */
  mayTarget?: string;
  /** The row is hidden in the workbook. */
  hiddenRow?: boolean;
  /** A comment (note) on the progress cell. */
  progressNote?: string;
  /** Progress written as a formula with a saved result. */
  progressFormula?: string;
}

/**
 * The May state when the data does not spell it out: progress generally lower a month earlier; a task
 * completed in June was under way in May; a task done without a date was already done.
 */
export function mayOf(t: Task): State | null {
  if (t.may !== undefined) return t.may;
  const j = t.jun;
  if (!j) throw new Error(`task "${t.title}": a row absent in June must spell out its May state`);
  if (j.rawProgress !== undefined) throw new Error(`task "${t.title}": spell out the May state of a planted progress`);
  if (j.rawCompletedOn !== undefined) throw new Error(`task "${t.title}": spell out the May state of a planted completion date`);
  if (j.months) return monthly(...j.months.slice(0, 5));
  if (j.word === 'done') {
    if (!j.completedOn || j.completedOn <= AS_OF.may) return j;
    return { ...doing(80), text: undefined };
  }
  if ((j.word === 'doing' || j.word === 'other') && j.progress !== null && j.progress > 0) {
    const p = Math.max(5, Math.round((j.progress * 0.7) / 5) * 5);
    return { ...j, progress: p };
  }
  return j;
}

export function stateIn(t: Task, month: Month): State | null {
  return month === 'jun' ? t.jun : mayOf(t);
}

export function targetIn(t: Task, month: Month): string {
  return month === 'may' && t.mayTarget !== undefined ? t.mayTarget : t.target;
}

export function extendedIn(t: Task, month: Month): Iso | undefined {
  if (!t.extended) return undefined;
  if (month === 'may' && t.extendedIn === 'jun') return undefined;
  return t.extended;
}

// ---- status as of a date (PRODUCT.md, "Status, as of a date"), the generator's own reading -----

export type StatusCode = 'done_on_time' | 'done_late' | 'overdue' | 'in_progress' | 'not_started' | 'recurring' | 'cancelled';

/**
 * `word` is null when the layout has no status column (status from progress and dates only).
 * Rows are chosen so that no case depends on a contested reading, with one deliberate exception
 * documented in README.md: a task marked done, with no completion date, whose deadline has passed,
 * is `done_late` (PRODUCT.md: on time only when "no completion date is given and the as-of date is not
 * past the deadline").
 */
export function expectedStatus(args: {
  asOf: Iso;
  deadline: Deadline;
  extended?: Iso;
  word: Word | null;
  progress: number | null;
  completedOn?: Iso;
}): StatusCode | null {
  const { asOf, deadline, extended, word, progress, completedOn } = args;
  if (word === 'stopped') return 'cancelled';
  if (deadline.kind === 'missing' || (deadline.kind === 'text' && deadline.unreadable)) return null;
  const recurring = deadline.kind === 'text' && deadline.recurring;
  const due = extended ?? (deadline.kind === 'date' ? deadline.iso : deadline.iso);
  const statedWord = word === 'other' ? null : word;
  const isDone = statedWord ? statedWord === 'done' : progress === 100;
  if (isDone) {
    if (recurring) return 'done_on_time';
    if (completedOn) return completedOn <= due! ? 'done_on_time' : 'done_late';
    return asOf <= due! ? 'done_on_time' : 'done_late';
  }
  if (recurring) return 'recurring';
  if (asOf > due!) return 'overdue';
  if (statedWord === 'doing') return 'in_progress';
  if (statedWord === null && progress !== null && progress > 0) return 'in_progress';
  return 'not_started';
}

/** The generator's own consistency check: a status text that contradicts the progress. */
export function contradicts(word: Word | null, progress: number | null): boolean {
  if (word === null || progress === null) return false;
  if (word === 'done') return progress < 100;
  if (word === 'doing') return progress >= 100;
  if (word === 'todo') return progress > 0;
  return false;
}

export function isoDate(iso: Iso): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Excel's serial number of a day (1900 date system). */
export function excelSerial(iso: Iso): number {
  return Math.round(isoDate(iso).getTime() / 86400000) + 25569;
}

/** Strip Vietnamese diacritics (for the unit that types without them). */
export function noAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
