// Status rules of PRODUCT.md ("Status, as of a date"). Status words are whole phrases: the longest
// phrase found in the text decides, so "Chưa hoàn thành" (not started) beats "hoàn thành" (done).
import type { StatusCode, StatusWord } from './model';
import { foldWords, hasPhrase } from './text';
import { addDaysIso } from './dates';

/** The official words, as a clerk would pick them from a drop-down (first one of each is canonical). */
export const STATUS_PHRASES: Record<StatusWord, string[]> = {
  done: ['Đã hoàn thành', 'Hoàn thành', 'HT', 'Xong', 'Đã xong', 'Đã thực hiện xong', 'Hoàn thành đúng hạn', 'Hoàn thành trễ hạn', 'Hoàn thành chậm', 'Đã HT', 'Done'],
  in_progress: ['Đang thực hiện', 'Đang triển khai', 'Đang làm', 'Đang tiến hành', 'Đang thực hiện trong hạn', 'Đang TH', 'Chậm tiến độ', 'Chậm so với tiến độ', 'Đang thực hiện chậm'],
  not_started: ['Chưa thực hiện', 'Chưa triển khai', 'Chưa hoàn thành', 'Chưa làm', 'Chưa bắt đầu', 'Chưa TH', 'Chưa HT'],
  cancelled: ['Dừng thực hiện', 'Không thực hiện', 'Đề nghị đưa ra khỏi danh mục', 'Đưa ra khỏi danh mục', 'Hủy', 'Huỷ', 'Đã hủy', 'Dừng triển khai'],
};

/** Words that are no status: a pause is not a cancellation (the row is warned about, its status
 *  comes from progress and dates); "not yet due" only says the deadline has not come (no warning). */
const OTHER_PHRASES: Record<'paused' | 'not-yet-due', string[]> = {
  paused: ['Tạm dừng', 'Tạm dừng thực hiện', 'Tạm dừng triển khai', 'Tạm ngưng', 'Tạm hoãn'],
  'not-yet-due': ['Chưa đến hạn', 'Chưa tới hạn', 'Trong hạn', 'Còn trong hạn', 'Chưa đến thời hạn'],
};

type StatusReading = StatusWord | 'paused' | 'not-yet-due';

/** What a drop-down offers: one canonical word per status. */
export const STATUS_CHOICES: string[] = [
  'Đã hoàn thành',
  'Đang thực hiện',
  'Chưa thực hiện',
  'Dừng thực hiện',
];

const FOLDED_PHRASES: { word: StatusReading; phrase: string }[] = ([...Object.entries(STATUS_PHRASES), ...Object.entries(OTHER_PHRASES)] as [StatusReading, string[]][])
  .flatMap(([word, phrases]) => phrases.map((p) => ({ word, phrase: foldWords(p) })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

function readStatusText(text: string): StatusReading | null {
  const folded = foldWords(text);
  if (!folded) return null;
  for (const { word, phrase } of FOLDED_PHRASES) {
    if (hasPhrase(folded, phrase)) return word;
  }
  return null;
}

/** The status a text states, or null when it names none of the status words. */
export function statusWordOf(text: string): StatusWord | null {
  const r = readStatusText(text);
  return r === 'paused' || r === 'not-yet-due' ? null : r;
}

/** A text that only says the deadline has not come ("Chưa đến hạn"): no status, and nothing to warn about. */
export function saysOnlyNotYetDue(text: string): boolean {
  return readStatusText(text) === 'not-yet-due';
}

/** A mark in a status sub-column: x, X, ✓, ✔, v, 1, "có". */
export function isMark(text: string): boolean {
  const t = foldWords(text);
  return ['x', 'v', '1', 'co', 'yes'].includes(t) || /^[✓✔☑✗✘■●•+]$/.test(text.trim());
}

export interface StatusInput {
  /** What the status text said, null when there was no text or it matched no status word. */
  word: StatusWord | null;
  progress: number | null;
  /** Effective deadline (ISO); null when recurring or unreadable. */
  deadline: string | null;
  recurring: boolean;
  completedOn: string | null;
  asOf: string;
}

/** Days within which a not-done task counts as due soon. */
export const DUE_SOON_DAYS = 7;

export function isDone(word: StatusWord | null, progress: number | null): boolean {
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
  if (word === null && progress !== null && progress > 0) return 'in_progress';
  return 'not_started';
}

/** A not-done task whose deadline falls within the next DUE_SOON_DAYS days. */
export function isDueSoon(status: StatusCode | null, deadline: string | null, asOf: string): boolean {
  if (status !== 'in_progress' && status !== 'not_started') return false;
  if (!deadline) return false;
  return deadline >= asOf && deadline <= addDaysIso(asOf, DUE_SOON_DAYS);
}

/** Text and progress disagree: done below 100 %, or 100 % but not said to be done. */
export function statusDisagreesWithProgress(word: StatusWord | null, progress: number | null): boolean {
  if (!word || progress === null) return false;
  if (word === 'done') return progress < 100;
  if (word === 'in_progress') return progress >= 100;
  if (word === 'not_started') return progress > 0;
  return false;
}
