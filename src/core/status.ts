// Status rules of PRODUCT.md ("Status, as of a date"). Status words are whole phrases: the longest
// phrase found in the text decides, so "Chưa hoàn thành" (not done) beats "hoàn thành" (done).
import type { StatusCode, StatusWord } from './model';
import { boundedMemo } from './memo';
import { foldWords } from './text';
import { addDaysIso } from './dates';

/** The official words, as a clerk would pick them from a drop-down (first one of each is canonical). */
export const STATUS_PHRASES: Record<StatusWord, string[]> = {
  done: [
    'Đã hoàn thành',
    'Hoàn thành',
    'HT',
    'Xong',
    'Đã xong',
    'Đã thực hiện xong',
    'Hoàn thành đúng hạn',
    'Hoàn thành trễ hạn',
    'Hoàn thành chậm',
    'Đã HT',
    'Done',
  ],
  in_progress: [
    'Đang thực hiện',
    'Đang triển khai',
    'Đang làm',
    'Đang tiến hành',
    'Đang thực hiện trong hạn',
    'Đang TH',
    'Chậm tiến độ',
    'Chậm so với tiến độ',
    'Đang thực hiện chậm',
    // "hoàn thành" stands in them, but they say it is not finished yet.
    'Đang hoàn thành',
    'Đang hoàn thiện',
    'Sắp hoàn thành',
  ],
  not_started: ['Chưa thực hiện', 'Chưa triển khai', 'Chưa làm', 'Chưa bắt đầu', 'Chưa TH'],
  cancelled: [
    'Dừng thực hiện',
    'Không thực hiện',
    'Đề nghị đưa ra khỏi danh mục',
    'Đưa ra khỏi danh mục',
    'Hủy',
    'Huỷ',
    'Đã hủy',
    'Dừng triển khai',
  ],
};

/** What a status text can say: a status word, or only "not done" ("Chưa hoàn thành": not started
 *  when there is no progress, under way when there is some — PRODUCT.md lists it under not started,
 *  "and no progress"). */
export type StatusSaid = StatusWord | 'not_done';

/** Not done, no more: the status then comes from progress and dates (not done, whatever the progress). */
const NOT_DONE_PHRASES = [
  'Chưa hoàn thành',
  'Chưa HT',
  'Chưa xong',
  'Chưa hoàn thành xong',
  'Chưa thực hiện xong',
  'Không hoàn thành',
];

/** Words that are no status: a pause is not a cancellation (the row is warned about, its status
 *  comes from progress and dates), and it competes with the status words by length ("Tạm dừng thực
 *  hiện" is no "Dừng thực hiện"). */
const PAUSED_PHRASES = ['Tạm dừng', 'Tạm dừng thực hiện', 'Tạm dừng triển khai', 'Tạm ngưng', 'Tạm hoãn'];

/** "Not yet due" only says the deadline has not come: no status and no warning. It counts only
 *  when no status word stands in the text, however short ("Xong trong hạn" is done). */
const NOT_YET_DUE_PHRASES = ['Chưa đến hạn', 'Chưa tới hạn', 'Trong hạn', 'Còn trong hạn', 'Chưa đến thời hạn'];

/** What a drop-down offers: one canonical word per status. */
export const STATUS_CHOICES: string[] = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Dừng thực hiện'];

type Reading = StatusSaid | 'paused';

/** Each phrase folded and padded with a space each side (found as whole words in a padded text), longest first. */
function folded<W>(entries: [W, string[]][]): { word: W; phrase: string }[] {
  return entries
    .flatMap(([word, phrases]) => phrases.map((p) => ({ word, phrase: ` ${foldWords(p)} ` })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

/** Status words (and the pause), longest first: the longest found decides. */
const FOLDED_PHRASES = folded<Reading>([
  ...(Object.entries(STATUS_PHRASES) as [StatusWord, string[]][]),
  ['not_done', NOT_DONE_PHRASES],
  ['paused', PAUSED_PHRASES],
]);
const FOLDED_NOT_YET_DUE = folded<true>([[true, NOT_YET_DUE_PHRASES]]).map((p) => p.phrase);

/** What a status cell says: the status word (null: none), and whether camket knows the text at all
 *  (false: the `unknown-status` warning; true with no word: it only says "not yet due"). */
export interface StatusReading {
  readonly word: StatusSaid | null;
  readonly known: boolean;
}

// One frozen reading per outcome: reading a row allocates nothing.
const READINGS = new Map<StatusSaid | null, StatusReading>(
  (['done', 'in_progress', 'not_started', 'not_done', 'cancelled', null] as const).map((w) => [
    w,
    Object.freeze({ word: w, known: true }),
  ]),
);
const UNKNOWN: StatusReading = Object.freeze({ word: null, known: false });

function readFolded(text: string): StatusReading {
  // A text of no words ("-", "…") is no status either: unknown, as any other.
  if (!text) return UNKNOWN;
  const padded = ` ${text} `;
  for (const { word, phrase } of FOLDED_PHRASES) {
    if (padded.includes(phrase)) return word === 'paused' ? UNKNOWN : READINGS.get(word)!;
  }
  for (const phrase of FOLDED_NOT_YET_DUE) if (padded.includes(phrase)) return READINGS.get(null)!;
  return UNKNOWN;
}

/** The same few status texts recur on every row: each folded text is read once. */
const readFoldedMemo = boundedMemo(readFolded, { limit: 10_000, key: (t: string) => (t.length <= 64 ? t : null) });

/** What a status text says, as whole phrases after folding (case, diacritics, NFD, spaces). */
export function readStatus(text: string): StatusReading {
  return readFoldedMemo(foldWords(text));
}

/** The status word a text states, or null when it names none ("Chưa hoàn thành" counts as not started). */
export function statusWordOf(text: string): StatusWord | null {
  const { word } = readStatus(text);
  return word === 'not_done' ? 'not_started' : word;
}

/** A text that only says the deadline has not come ("Chưa đến hạn"): no status, and nothing to warn about. */
export function saysOnlyNotYetDue(text: string): boolean {
  const r = readStatus(text);
  return r.known && r.word === null;
}

/** A mark in a status sub-column: x, X, ✓, ✔, v, 1, "có". */
export function isMark(text: string): boolean {
  const t = foldWords(text);
  return ['x', 'v', '1', 'co', 'yes'].includes(t) || /^[✓✔☑✗✘■●•+]$/.test(text.trim());
}

export interface StatusInput {
  /** What the status text said, null when there was no text or it matched no status word. */
  word: StatusSaid | null;
  progress: number | null;
  /** Effective deadline (ISO); null when recurring or unreadable. */
  deadline: string | null;
  recurring: boolean;
  completedOn: string | null;
  asOf: string;
}

/** Days within which a not-done task counts as due soon. */
export const DUE_SOON_DAYS = 7;

export function isDone(word: StatusSaid | null, progress: number | null): boolean {
  if (word) return word === 'done';
  return progress !== null && progress >= 100;
}

/** The status code, or null when the deadline could not be read (unknown, not guessed). */
export function deriveStatus(input: StatusInput): StatusCode | null {
  const { word, progress, deadline, recurring, completedOn, asOf } = input;
  if (word === 'cancelled') return 'cancelled';
  const done = isDone(word, progress);
  if (done) {
    if (recurring) return 'done_on_time';
    if (!deadline) return null;
    if (completedOn) return completedOn <= deadline ? 'done_on_time' : 'done_late';
    return asOf <= deadline ? 'done_on_time' : 'done_late';
  }
  if (recurring) return 'recurring';
  if (!deadline) return null;
  if (asOf > deadline) return 'overdue';
  // The text decides over the progress: "Chưa thực hiện" at 30 % stays not started (and is flagged).
  if (word === 'in_progress') return 'in_progress';
  if ((word === null || word === 'not_done') && progress !== null && progress > 0) return 'in_progress';
  return 'not_started';
}

/**
 * The latest date by which a summary made as of `asOf` shows a commitment done, from the status and
 * deadline it gave it; null when it did not show it done. `done_on_time` there means done by the
 * deadline it had then (or by `asOf`, when that came first; by `asOf` when it was recurring) — which
 * also carries forward a month that was itself credited this way; `done_late`, done by `asOf`.
 */
export function doneByInSummary(status: StatusCode | null, deadline: string | null, asOf: string): string | null {
  if (status === 'done_on_time') return deadline !== null && deadline < asOf ? deadline : asOf;
  if (status === 'done_late') return asOf;
  return null;
}

/**
 * Done with no completion date and the deadline past counts late (PRODUCT.md) — unless an earlier
 * summary shows it done by the deadline (`doneBy`, from doneByInSummary): then it is on time, and no
 * completion date needs asking for.
 */
export function onTimeByEarlierSummary(
  c: { readonly status: StatusCode | null; readonly completedOn: string | null; readonly deadline: string | null },
  doneBy: string | null,
): boolean {
  return (
    c.status === 'done_late' && c.completedOn === null && c.deadline !== null && doneBy !== null && doneBy <= c.deadline
  );
}

/** A not-done task whose deadline falls within the next DUE_SOON_DAYS days. */
export function isDueSoon(status: StatusCode | null, deadline: string | null, asOf: string): boolean {
  if (status !== 'in_progress' && status !== 'not_started') return false;
  if (!deadline) return false;
  return deadline >= asOf && deadline <= addDaysIso(asOf, DUE_SOON_DAYS);
}

/** Text and progress disagree: done below 100 %, or 100 % but not said to be done. */
export function statusDisagreesWithProgress(word: StatusSaid | null, progress: number | null): boolean {
  if (!word || progress === null) return false;
  if (word === 'done') return progress < 100;
  if (word === 'in_progress' || word === 'not_done') return progress >= 100;
  if (word === 'not_started') return progress > 0;
  return false;
}
