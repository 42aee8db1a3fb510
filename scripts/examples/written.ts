// What a renderer reports about each commitment row it wrote: where it is, which cells hold what,
// and the values a correct reader must return for it. The expected files are built from these.
import type { Deadline, Iso, Month, State, Task, Word } from './model';
import { extendedIn, stateIn, targetIn } from './model';

/** Cells (A1) of the row's checked fields, for pointing at planted mistakes. */
export interface RowCells {
  title: string;
  deadline?: string;
  progress?: string;
  status?: string;
  completedOn?: string;
  provincialTask?: string;
}

export interface Written {
  task: Task;
  sheet: string;
  row: number;
  cells: RowCells;
  field: string | null;
  title: string;
  target: string | null;
  owner: string | null;
  deadline: Deadline;
  /** The deadline as the cell shows it: the text written, or a date cell's day as dd/mm/yyyy (the
   *  renderers format every date cell so); null when the cell is empty. */
  deadlineText: string | null;
  extendedDeadline: Iso | null;
  completedOn: Iso | null;
  /** The completion-date cell could not be read (raw text as written). */
  rawCompletedOn: string | null;
  progress: number | null;
  /** The progress cell could not be read (raw value as written). */
  rawProgress: string | number | null;
  progressFromMonths: boolean;
  statusText: string | null;
  /** What the status says, as the generator meant it; null when the layout has no status. */
  word: Word | null;
  provincialTask: string | null;
  coordinating: string | null;
  notes: string | null;
}

export interface SheetInfo {
  name: string;
  commitments: number;
  /** A1 of the first legacy-encoded cell, for legacy workbooks. */
  legacyCell?: string;
}

export interface RenderedWorkbook {
  file: string;
  layout: string;
  sheets: SheetInfo[];
  rows: Written[];
  buffer: Buffer;
}

/** What a layout writes, and so what a reader can know. */
export interface Capabilities {
  status: 'text' | 'mark' | null;
  progress: 'number' | 'months' | null;
  completedOn: boolean;
  extended: boolean;
  provincialTask: boolean;
  coordinating: boolean;
  notes: boolean;
}

export type Vocabulary = Record<Exclude<Word, 'other'>, string>;

/** 2023-06-30 → 30/06/2023, as a cell formatted dd/mm/yyyy shows it. */
function dayFirst(iso: Iso): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export const STANDARD_WORDS: Vocabulary = {
  done: 'Đã hoàn thành',
  doing: 'Đang thực hiện',
  todo: 'Chưa thực hiện',
  stopped: 'Dừng thực hiện',
};

export function statusTextOf(s: State, words: Vocabulary): string {
  if (s.text !== undefined) return s.text;
  if (s.word === 'other') throw new Error('an "other" status needs its text');
  return words[s.word];
}

/** The common part of a Written record; the renderer adds where it wrote it. */
export function reading(
  t: Task,
  month: Month,
  caps: Capabilities,
  extra: {
    sheet: string;
    row: number;
    cells: RowCells;
    owner: string | null;
    words?: Vocabulary;
    /** Text transform applied to everything typed (e.g. stripping diacritics). */
    typed?: (s: string) => string;
    statusText?: string | null;
  },
): Written {
  const s = stateIn(t, month);
  if (!s) throw new Error(`task "${t.title}" is not in the ${month} workbook`);
  const typed = extra.typed ?? ((x: string) => x);
  const words = extra.words ?? STANDARD_WORDS;
  const statusText =
    extra.statusText !== undefined ? extra.statusText : caps.status ? typed(statusTextOf(s, words)) : null;
  return {
    task: t,
    sheet: extra.sheet,
    row: extra.row,
    cells: extra.cells,
    field: t.section ? typed(t.section) : null,
    title: typed(t.title),
    target: typed(targetIn(t, month)) || null,
    owner: extra.owner,
    deadline: t.deadline,
    deadlineText: t.deadline.kind === 'text' ? typed(t.deadline.text) : t.deadline.kind === 'date' ? dayFirst(t.deadline.iso) : null,
    extendedDeadline: caps.extended ? (extendedIn(t, month) ?? null) : null,
    completedOn: caps.completedOn ? (s.completedOn ?? null) : null,
    rawCompletedOn: caps.completedOn && s.rawCompletedOn !== undefined ? s.rawCompletedOn : null,
    progress: caps.progress ? s.progress : null,
    rawProgress: caps.progress && s.rawProgress !== undefined ? s.rawProgress : null,
    progressFromMonths: caps.progress === 'months',
    statusText,
    word: caps.status ? s.word : null,
    provincialTask: caps.provincialTask ? (t.provincialTask ?? null) : null,
    coordinating: caps.coordinating ? (t.coordinating ?? null) : null,
    notes: caps.notes ? (t.notes ? typed(t.notes) : null) : null,
  };
}
