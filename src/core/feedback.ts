// Feedback to each unit (`camket merge … --feedback DIR`): what camket found wrong in the unit's own
// workbook, cell by cell, and every commitment as camket read it, so the unit can confirm in a minute
// that its layout was understood. Pure: this says what each sheet shows; src/node/feedback.ts writes it.
import { displayIso } from './dates';
import { sheetRef } from './grid';
import type { Department } from './department';
import { fileNameParts } from './file-names';
import { STATUS_LABELS } from './labels';
import type { Commitment, Lang, Severity } from './model';
import type { FileEntry, ReportIssue } from './report';
import { type RuleCode, isRuleCode } from './rules';

/** Where a link points: a file (path relative to the folder the merge read), a sheet, a cell. */
export interface FeedbackTarget {
  file: string;
  sheet: string | null;
  cell: string | null;
}

/** One cell of a feedback sheet. Text from units stays text: the writer never turns it into a formula. */
export type FeedbackValue =
  | string
  | number
  | null
  | { kind: 'date'; iso: string }
  | { kind: 'link'; text: string; target: FeedbackTarget };

export interface FeedbackColumn {
  header: string;
  /** Width in characters. */
  width: number;
}

export interface FeedbackSheet {
  name: string;
  /** Lines above the table: who, which files, as of when, and the one-line verdict. */
  heading: string[];
  /** Empty when the sheet has nothing to list (a unit with nothing to fix). */
  columns: FeedbackColumn[];
  rows: FeedbackValue[][];
}

export interface FeedbackBook {
  /** `phan-hoi-<unit code>.xlsx`, or `phan-hoi-<file name without extension>.xlsx`. */
  fileName: string;
  unit: string | null;
  /** The files it speaks of, as the report names them (relative to the folder read). */
  files: string[];
  issues: number;
  commitments: number;
  /** Lỗi cần sửa, then Đầu việc đã đọc. */
  sheets: [FeedbackSheet, FeedbackSheet];
}

/** What the feedback needs of a commitment: the report's record, with the title column when known. */
export type FeedbackCommitment = Pick<Commitment, 'title' | 'owner' | 'deadline' | 'deadlineText' | 'recurring' | 'progress' | 'statusText' | 'status'> & {
  source: { file: string; sheet: string; row: number; titleColumn?: string };
};

export interface FeedbackInput {
  asOf: string;
  department: Department;
  files: readonly FileEntry[];
  commitments: readonly FeedbackCommitment[];
  /** The report's issues, in its order. */
  issues: readonly ReportIssue[];
  lang: Lang;
}

/** What to do, per rule: the action in a few words; the message beside it says why. */
export const FEEDBACK_ACTIONS: Record<RuleCode, { vi: string; en: string }> = {
  'bad-deadline': { vi: 'Sửa thời hạn ở ô này thành một ngày, tháng, quý hoặc "Thường xuyên".', en: 'Rewrite the deadline in this cell as a day, month, quarter or "Thường xuyên".' },
  'missing-deadline': { vi: 'Ghi thời hạn vào ô này (hoặc "Thường xuyên").', en: 'Write the deadline in this cell (or "Thường xuyên").' },
  'missing-deadline-column': { vi: 'Thêm cột thời hạn vào bảng.', en: 'Add a deadline column to the table.' },
  'bad-date': { vi: 'Sửa ngày ở ô này theo dạng ngày/tháng/năm.', en: 'Rewrite the date in this cell as day/month/year.' },
  'bad-progress': { vi: 'Ghi tiến độ là một số từ 0 đến 100.', en: 'Write the progress as a number from 0 to 100.' },
  'missing-title': { vi: 'Ghi nội dung đầu việc, hoặc xóa dòng nếu không phải đầu việc.', en: 'Write the title, or delete the row if it is not a commitment.' },
  'status-progress-mismatch': { vi: 'Sửa tình trạng hoặc tiến độ cho khớp nhau.', en: 'Make the status and the progress agree.' },
  'unknown-status': { vi: 'Chọn một tình trạng: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Dừng thực hiện.', en: 'Pick a status: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Dừng thực hiện.' },
  'unknown-provincial-task': { vi: 'Sửa mã nhiệm vụ UBND tỉnh theo danh mục của Sở.', en: "Correct the provincial task code from the department's list." },
  'duplicate-commitment': { vi: 'Xóa dòng trùng hoặc ghi rõ sự khác nhau.', en: 'Delete the repeat or make the difference clear.' },
  'legacy-encoding': { vi: 'Chuyển tệp sang Unicode (Unikey: Công cụ chuyển mã).', en: 'Convert the file to Unicode (e.g. Unikey).' },
  'no-table': { vi: 'Đặt dòng tiêu đề có cột nội dung đầu việc và cột thời hạn.', en: 'Give the table a header row with a title and a deadline column.' },
  'count-mismatch': { vi: 'Đối chiếu với danh mục đã đăng ký: bổ sung đầu việc thiếu hoặc bỏ đầu việc thừa.', en: 'Compare with the registered list: add missing or remove extra commitments.' },
  'unknown-unit': { vi: 'Ghi tên đơn vị ở phần tiêu đề của tệp, hoặc đặt tên tệp theo mẫu của Sở.', en: "Put the unit's name in the title rows, or name the file as the department asks." },
  'missing-unit': { vi: 'Gửi lại tệp đầu việc đọc được (.xlsx).', en: 'Send a readable commitments workbook (.xlsx).' },
  'no-owner': { vi: 'Ghi tên người chịu trách nhiệm của đầu việc.', en: "Write the commitment's owner." },
  'unit-several-files': { vi: 'Chỉ giữ một tệp của đơn vị; xóa bản cũ hoặc bản sao.', en: 'Keep one file for the unit; remove old copies.' },
  'unreadable-file': { vi: 'Mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại.', en: 'Open the file in Excel, save it as .xlsx and send it again.' },
  'encrypted-file': { vi: 'Bỏ mật khẩu của tệp rồi gửi lại.', en: 'Remove the password and send the file again.' },
  'unsupported-format': { vi: 'Lưu tệp thành Sổ làm việc Excel (.xlsx) rồi gửi lại.', en: 'Save the file as an Excel Workbook (.xlsx) and send it again.' },
  'formula-not-calculated': { vi: 'Mở tệp bằng Excel, lưu lại rồi gửi lại.', en: 'Open the file in Excel, save it and send it again.' },
  'other-year-sheet': { vi: 'Không cần làm gì nếu đúng là sheet của năm khác.', en: 'Nothing, if it is indeed another year.' },
  'mirror-sheet': { vi: 'Không cần làm gì.', en: 'Nothing to do.' },
  'missing-completion-date': { vi: 'Ghi ngày hoàn thành thực tế.', en: 'Write the actual completion date.' },
};

const TEXT = {
  vi: {
    sheets: ['Lỗi cần sửa', 'Đầu việc đã đọc'] as const,
    title: 'PHẢN HỒI KẾT QUẢ ĐỌC TỆP ĐẦU VIỆC CAM KẾT',
    unit: (name: string, code: string) => `Đơn vị: ${name} (${code})`,
    noUnit: 'Đơn vị: chưa xác định được tệp này của đơn vị nào',
    files: 'Tệp đã đọc',
    fileMerged: (n: number) => `${n} đầu việc`,
    fileFailed: 'không đọc được',
    asOf: (d: string) => `Số liệu tính đến ngày ${d}`,
    clean: (n: number) => `Không có lỗi nào cần sửa: camket đã đọc ${n} đầu việc, xem sheet "Đầu việc đã đọc".`,
    some: (n: number, e: number, w: number, i: number) =>
      `Có ${n} điểm cần xem (${e} lỗi, ${w} cảnh báo, ${i} ghi chú). Bấm vào địa chỉ ở cột "Ô" để mở đúng ô trong tệp của đơn vị.`,
    read: (n: number) => `camket đã đọc ${n} đầu việc như dưới đây. Đơn vị xem lại: đúng dòng, đúng nội dung, thời hạn, tiến độ, tình trạng.`,
    none: 'camket không đọc được đầu việc nào từ tệp này.',
    issueColumns: ['STT', 'Tệp', 'Sheet', 'Ô', 'Mức độ', 'Nội dung', 'Cách sửa'],
    commitmentColumns: ['STT', 'Tệp', 'Sheet', 'Dòng', 'Nội dung đầu việc', 'Người chịu trách nhiệm', 'Thời hạn (như đã ghi)', 'Thời hạn (camket hiểu là)', 'Tiến độ (%)', 'Tình trạng (như đã ghi)', 'Tình trạng (camket tính)'],
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' } as Record<Severity, string>,
    wholeSheet: '(cả sheet)',
    wholeFile: '(cả tệp)',
    recurring: 'Thường xuyên',
    unreadable: '(không đọc được)',
    empty: '(trống)',
  },
  en: {
    sheets: ['Issues to fix', 'Commitments read'] as const,
    title: 'FEEDBACK ON READING THE COMMITMENTS WORKBOOK',
    unit: (name: string, code: string) => `Unit: ${name} (${code})`,
    noUnit: 'Unit: this file could not be matched to a unit',
    files: 'Files read',
    fileMerged: (n: number) => `${n} commitments`,
    fileFailed: 'could not be read',
    asOf: (d: string) => `Figures as of ${d}`,
    clean: (n: number) => `Nothing to fix: camket read ${n} commitments, see the "Commitments read" sheet.`,
    some: (n: number, e: number, w: number, i: number) =>
      `${n} point(s) to look at (${e} errors, ${w} warnings, ${i} notes). Click an address in the "Cell" column to open that cell of the unit's workbook.`,
    read: (n: number) => `camket read ${n} commitments as below. Please check: the right rows, titles, deadlines, progress, status.`,
    none: 'camket read no commitment from this file.',
    issueColumns: ['No.', 'File', 'Sheet', 'Cell', 'Severity', 'Message', 'What to do'],
    commitmentColumns: ['No.', 'File', 'Sheet', 'Row', 'Title', 'Owner', 'Deadline (as written)', 'Deadline (as read)', 'Progress (%)', 'Status (as written)', 'Status (derived)'],
    severity: { error: 'Error', warning: 'Warning', info: 'Note' } as Record<Severity, string>,
    wholeSheet: '(whole sheet)',
    wholeFile: '(whole file)',
    recurring: 'Recurring',
    unreadable: '(unreadable)',
    empty: '(empty)',
  },
};

const ISSUE_WIDTHS = [6, 28, 20, 10, 10, 70, 45];
const COMMITMENT_WIDTHS = [6, 28, 20, 8, 60, 24, 22, 16, 12, 22, 28];

/** A file name Windows and macOS accept: no reserved characters, no trailing dots or spaces. */
function safeName(s: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = s.normalize('NFC').replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/[. ]+$/, '');
  return cleaned || '-';
}

/** The link's location as Excel reads it: `path#'Sheet'!E17` (a sheet name quoted, quotes doubled);
 *  a sheet without a cell opens at A1, a file without a sheet where it was last saved. */
export function hyperlinkLocation(href: string, sheet: string | null, cell: string | null): string {
  if (!sheet) return href;
  return `${href}#${sheetRef(sheet)}${cell ?? 'A1'}`;
}

function severityCounts(issues: readonly ReportIssue[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) n[i.severity]++;
  return n;
}

function action(rule: string, lang: Lang): string {
  return isRuleCode(rule) ? FEEDBACK_ACTIONS[rule][lang] : '';
}

function issueSheet(issues: readonly ReportIssue[], heading: string[], commitments: number, lang: Lang): FeedbackSheet {
  const t = TEXT[lang];
  if (!issues.length) return { name: t.sheets[0], heading: [...heading, t.clean(commitments)], columns: [], rows: [] };
  const n = severityCounts(issues);
  const rows: FeedbackValue[][] = issues.map((i, k) => {
    const place: FeedbackValue = i.file
      ? { kind: 'link', text: i.cell ?? (i.sheet ? t.wholeSheet : t.wholeFile), target: { file: i.file, sheet: i.sheet, cell: i.cell } }
      : null;
    return [k + 1, i.file || null, i.sheet, place, t.severity[i.severity], i.message, action(i.rule, lang)];
  });
  return {
    name: t.sheets[0],
    heading: [...heading, t.some(issues.length, n.error, n.warning, n.info)],
    columns: t.issueColumns.map((header, k) => ({ header, width: ISSUE_WIDTHS[k] })),
    rows,
  };
}

function commitmentSheet(commitments: readonly FeedbackCommitment[], heading: string[], lang: Lang): FeedbackSheet {
  const t = TEXT[lang];
  const rows: FeedbackValue[][] = commitments.map((c, k) => {
    const s = c.source;
    const row: FeedbackValue = s.titleColumn
      ? { kind: 'link', text: String(s.row), target: { file: s.file, sheet: s.sheet, cell: `${s.titleColumn}${s.row}` } }
      : s.row;
    const read: FeedbackValue = c.deadline ? { kind: 'date', iso: c.deadline } : c.recurring ? t.recurring : t.unreadable;
    return [
      k + 1,
      s.file,
      s.sheet,
      row,
      c.title || t.empty,
      c.owner,
      c.deadlineText ?? t.empty,
      read,
      c.progress,
      c.statusText,
      STATUS_LABELS[lang][c.status ?? 'unknown'],
    ];
  });
  return {
    name: t.sheets[1],
    heading: [...heading, commitments.length ? t.read(commitments.length) : t.none],
    columns: t.commitmentColumns.map((header, k) => ({ header, width: COMMITMENT_WIDTHS[k] })),
    rows,
  };
}

/**
 * One feedback workbook per unit that sent a file (its merged and failed files together), and one per
 * file that belongs to no unit or could not be read. Units in the department file's order, then the
 * files in the report's order. Names that would clash (case and Unicode form ignored, as Windows and
 * macOS compare them) get `-2`, `-3`….
 */
export function feedbackBooks(input: FeedbackInput): FeedbackBook[] {
  const { department, lang } = input;
  const t = TEXT[lang];
  const sent = input.files.filter((f) => f.state === 'merged' || f.state === 'failed');
  const taken = new Set<string>();
  const nameFor = (stem: string) => {
    const base = `phan-hoi-${safeName(stem)}`;
    let name = `${base}.xlsx`;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}-${k}.xlsx`;
    taken.add(name.toLowerCase());
    return name;
  };
  const fileLine = (files: readonly FileEntry[]) =>
    `${t.files}: ${files.map((f) => `${f.file} (${f.state === 'merged' ? t.fileMerged(f.commitments) : t.fileFailed})`).join('; ')}`;
  const book = (unit: { code: string; name: string } | null, files: readonly FileEntry[], issues: readonly ReportIssue[], stem: string): FeedbackBook => {
    const names = new Set(files.map((f) => f.file));
    const commitments = input.commitments.filter((c) => names.has(c.source.file));
    const heading = [t.title, unit ? t.unit(unit.name, unit.code) : t.noUnit, fileLine(files), t.asOf(displayIso(input.asOf))];
    return {
      fileName: nameFor(stem),
      unit: unit?.code ?? null,
      files: files.map((f) => f.file),
      issues: issues.length,
      commitments: commitments.length,
      sheets: [issueSheet(issues, heading, commitments.length, lang), commitmentSheet(commitments, heading, lang)],
    };
  };

  const books: FeedbackBook[] = [];
  for (const u of department.units) {
    const files = sent.filter((f) => f.unit === u.code);
    if (!files.length) continue;
    const names = new Set(files.map((f) => f.file));
    books.push(book(u, files, input.issues.filter((i) => i.unit === u.code || names.has(i.file)), u.code));
  }
  // A failed file is also in its unit's workbook (when its name tells the unit); its own workbook
  // speaks of it alone. A unit absent from the department file cannot come out of a merge; were it
  // to, its files would still get their feedback here.
  const units = new Map(department.units.map((u) => [u.code, u]));
  for (const f of sent) {
    const unit = f.unit === null ? undefined : units.get(f.unit);
    if (f.state === 'failed' || !unit) books.push(book(unit ?? null, [f], input.issues.filter((i) => i.file === f.file), fileNameParts(f.file).stem));
  }
  return books;
}
