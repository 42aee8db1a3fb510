// Header mapping: which field a column holds, from its header text (and its parent's, when a
// two-row header puts "Bắt đầu / Hoàn thành" under "Thời gian thực hiện").
import type { Field, StatusWord } from './model';
import { boundedMemo } from './memo';
import { foldWords, stripBrackets } from './text';
import { statusWordOf } from './status';

export interface HeaderMatch {
  field: Field | 'month' | null;
  /** 0–1: 1 for an exact synonym, lower when the synonym is only part of the header. */
  confidence: number;
  /** For a status-mark sub-column (`Kết quả thực hiện › Đã hoàn thành`). */
  statusWord?: StatusWord;
  /** For a month column (T1…T12): 1–12. */
  month?: number;
}

/** Synonyms as folded words, seen in real templates; longer phrases win over shorter ones. */
export const FIELD_SYNONYMS: Record<Exclude<Field, 'unit'>, string[]> = {
  number: ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu'],
  code: ['ma', 'ma so', 'ma dau viec', 'ma cong viec', 'ma cv', 'ma cam ket', 'ma nhiem vu', 'ma nv', 'ma so dau viec'],
  title: [
    'noi dung cong viec',
    'noi dung dau viec',
    'dau viec',
    'ten dau viec',
    'nhiem vu',
    'ten nhiem vu',
    'noi dung',
    'noi dung nhiem vu',
    'cong viec',
    'ten cong viec',
    'noi dung cam ket',
    'dau viec trong tam',
    'nhiem vu trong tam',
    'noi dung dang ky',
    'cac dau viec',
    'danh muc dau viec',
    'nhiem vu cong viec',
  ],
  target: [
    'chi tieu',
    'san pham',
    'ket qua can dat',
    'chi tieu san pham',
    'san pham dau ra',
    'ket qua dau ra',
    'yeu cau',
    'muc tieu',
    'chi tieu can dat',
    'san pham can dat',
    'ket qua du kien',
    'yeu cau dat duoc',
  ],
  owner: [
    'nguoi chiu trach nhiem',
    'nguoi phu trach',
    'lanh dao phu trach',
    'nguoi thuc hien',
    'can bo thuc hien',
    'can bo phu trach',
    'ca nhan phu trach',
    'ca nhan chiu trach nhiem',
    'lanh dao chiu trach nhiem',
    'nguoi chu tri',
    'chuyen vien thuc hien',
    'chuyen vien phu trach',
    'ho ten nguoi chiu trach nhiem',
  ],
  start: ['bat dau', 'thoi gian bat dau', 'ngay bat dau', 'tu ngay'],
  deadline: [
    'thoi han',
    'thoi gian thuc hien',
    'thoi gian hoan thanh',
    'han hoan thanh',
    'thoi han hoan thanh',
    'moc thoi gian',
    'thoi gian',
    'han chot',
    'tien do thoi gian',
    'thoi han thuc hien',
    'ket thuc',
    'thoi gian ket thuc',
    'han',
  ],
  extendedDeadline: [
    'thoi han dieu chinh',
    'gia han',
    'thoi han gia han',
    'han dieu chinh',
    'dieu chinh thoi han',
    'thoi gian dieu chinh',
    'thoi han sau dieu chinh',
    'thoi han dieu chinh gia han',
    'han gia han',
  ],
  completedOn: [
    'ngay hoan thanh',
    'ngay ht',
    'thoi diem hoan thanh',
    'ngay hoan thanh thuc te',
    'thuc te hoan thanh',
    'ngay thuc hien xong',
    'hoan thanh thuc te',
  ],
  progress: [
    'tien do',
    'ty le hoan thanh',
    'ti le hoan thanh',
    '% hoan thanh',
    'muc do hoan thanh',
    'tien do thuc hien',
    'ty le',
    'ti le',
    '%',
    'phan tram hoan thanh',
    'tien do %',
    'ty le %',
  ],
  status: [
    'tinh trang',
    'trang thai',
    'ket qua thuc hien',
    'tinh hinh thuc hien',
    'ket qua',
    'tinh trang thuc hien',
    'danh gia',
    'tu danh gia',
    'trang thai thuc hien',
  ],
  provincialTask: [
    'ma nhiem vu ubnd tinh giao',
    'ma nv tinh',
    'nhiem vu ubnd tinh giao',
    'ma nv ubnd tinh',
    'nv tinh giao',
    'nhiem vu tinh giao',
    'ma nhiem vu tinh',
    'ma nv ubnd tinh giao',
    'ma ubnd tinh',
    'nhiem vu ubnd tinh',
    'ma nhiem vu ubnd',
    'ubnd tinh giao',
  ],
  coordinating: ['don vi phoi hop', 'phoi hop', 'co quan phoi hop', 'bo phan phoi hop', 'noi phoi hop'],
  notes: ['ghi chu', 'ghi chu khac', 'y kien'],
};

const START_CHILDREN = ['bat dau', 'tu', 'tu ngay', 'ngay bat dau', 'khoi cong'];
const END_CHILDREN = ['hoan thanh', 'ket thuc', 'den', 'den ngay', 'han', 'ngay ket thuc', 'thoi han'];
const TIME_PARENTS = ['thoi gian thuc hien', 'thoi gian', 'thoi han', 'tien do thoi gian', 'ke hoach'];
const STATUS_PARENTS = ['ket qua thuc hien', 'tinh trang', 'trang thai', 'ket qua', 'tinh hinh thuc hien', 'danh gia'];
const PROGRESS_PARENTS = ['tien do', 'tien do thuc hien', 'ty le hoan thanh', 'ti le hoan thanh', 'ket qua thuc hien'];

function monthOf(words: string): number | null {
  const m = /^(?:t|thang)\s?(\d{1,2})$/.exec(words);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 12 ? n : null;
}

function headerWords(text: string): string {
  const stripped = foldWords(stripBrackets(text));
  // "Tiến độ (%)" → "tien do"; but a header that is only "(%)" keeps its "%".
  return stripped || foldWords(text);
}

interface Synonym {
  field: Field;
  phrase: string;
  words: string[];
  /** Position in FIELD_SYNONYMS: the earlier wins a tie. */
  order: number;
}

/** Synonyms by their first word, so a header is compared only with the phrases that can start in it. */
const SYNONYMS_BY_FIRST_WORD = (() => {
  const index = new Map<string, Synonym[]>();
  let order = 0;
  for (const [field, phrases] of Object.entries(FIELD_SYNONYMS) as [Field, string[]][]) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = index.get(words[0]) ?? [];
      list.push({ field, phrase, words, order: order++ });
      index.set(words[0], list);
    }
  }
  return index;
})();

function startsAt(words: string[], at: number, phrase: string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 1; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/** Best synonym match of one header text, ignoring any parent. The same header texts recur in every
 *  workbook of a department. */
export const matchHeaderText: (text: string) => HeaderMatch = boundedMemo(
  (text: string) => matchHeaderWords(headerWords(text)),
  {
    limit: 20_000,
    key: (text) => text,
  },
);

function matchHeaderWords(folded: string): HeaderMatch {
  if (!folded) return { field: null, confidence: 0 };
  const month = monthOf(folded);
  if (month) return { field: 'month', confidence: 0.9, month };
  const words = folded.split(' ');
  let best: Synonym | null = null;
  let bestConfidence = 0;
  for (let at = 0; at < words.length; at++) {
    for (const syn of SYNONYMS_BY_FIRST_WORD.get(words[at]) ?? []) {
      if (!startsAt(words, at, syn.words)) continue;
      let confidence: number;
      if (syn.words.length === words.length) confidence = 1;
      else if (syn.phrase.length >= 3) confidence = 0.55 + 0.35 * (syn.words.length / words.length);
      else continue;
      // Prefer the longer phrase: "nhiem vu ubnd tinh giao" over "nhiem vu".
      const better =
        !best ||
        syn.phrase.length > best.phrase.length ||
        (syn.phrase.length === best.phrase.length &&
          (confidence > bestConfidence || (confidence === bestConfidence && syn.order < best.order)));
      if (better) {
        best = syn;
        bestConfidence = confidence;
      }
    }
  }
  return best ? { field: best.field, confidence: Math.min(1, bestConfidence) } : { field: null, confidence: 0 };
}

function isOneOf(words: string, list: string[]): boolean {
  return list.includes(words);
}

function startsWithOneOf(words: string, list: string[]): boolean {
  return list.some((p) => words === p || words.startsWith(p + ' '));
}

/** Match a column from its header, reading a sub-header together with its parent. */
export function matchHeader(parent: string | null, child: string | null): HeaderMatch {
  const p = parent ? headerWords(parent) : '';
  const c = child ? headerWords(child) : '';
  if (!c || c === p) return parent ? matchHeaderText(parent) : { field: null, confidence: 0 };
  if (!p) return matchHeaderText(child!);

  if (startsWithOneOf(p, TIME_PARENTS) || matchHeaderText(parent!).field === 'deadline') {
    if (isOneOf(c, START_CHILDREN)) return { field: 'start', confidence: 0.95 };
    if (isOneOf(c, END_CHILDREN)) return { field: 'deadline', confidence: 0.95 };
  }
  if (startsWithOneOf(p, STATUS_PARENTS) || startsWithOneOf(p, PROGRESS_PARENTS)) {
    const word = statusWordOf(child!);
    if (word) return { field: 'status', confidence: 0.9, statusWord: word };
  }
  const ownMatch = matchHeaderText(child!);
  if (ownMatch.field === 'month') return ownMatch;
  if (ownMatch.field && ownMatch.confidence >= 0.6) return ownMatch;
  const parentMatch = matchHeaderText(parent!);
  if (parentMatch.field) return { ...parentMatch, confidence: parentMatch.confidence * 0.85 };
  return ownMatch;
}
