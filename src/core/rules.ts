// The catalogue of issue codes (Frictionless-style): each code has one severity and one message
// template per language. Every issue anywhere in camket is made here, so the add-in and the merge
// say the same thing about the same cell.
import { parseCellAddress } from './grid';
import type { Field, IssueBase, Lang, Severity } from './model';
import { CATALOGUES } from './catalogue';

export interface RuleDefinition {
  severity: Severity;
  /** Short name shown in lists and on the issues sheet. */
  title: { vi: string; en: string };
  /** Template; {name} is replaced by the issue's params. Each says what is wrong and what to do. */
  message: { vi: string; en: string };
  /** Used instead of `message` when the issue's params include `when` (and, with `equals`, it holds that value). */
  variant?: { when: string; equals?: string; vi: string; en: string };
}

export const RULES = {
  'bad-deadline': {
    severity: 'error',
    title: { vi: 'Thời hạn không đọc được', en: 'Unreadable deadline' },
    message: {
      vi: 'Không đọc được thời hạn "{value}". Hãy ghi một ngày (30/6/2023), một tháng (Tháng 6/2023), một quý (Quý II/2023), "6 tháng đầu năm", "Năm 2023" hoặc "Thường xuyên".',
      en: 'The deadline "{value}" cannot be read. Write a day (30/6/2023), a month (Tháng 6/2023), a quarter (Quý II/2023), "6 tháng đầu năm", "Năm 2023" or "Thường xuyên".',
    },
  },
  'missing-deadline': {
    severity: 'error',
    title: { vi: 'Thiếu thời hạn', en: 'Missing deadline' },
    message: {
      vi: 'Đầu việc "{title}" chưa có thời hạn. Hãy ghi thời hạn hoàn thành, hoặc "Thường xuyên" nếu là việc thường xuyên.',
      en: 'The commitment "{title}" has no deadline. Write its deadline, or "Thường xuyên" if it is recurring.',
    },
  },
  'missing-deadline-column': {
    severity: 'error',
    title: { vi: 'Không có cột thời hạn', en: 'No deadline column' },
    message: {
      vi: 'Bảng không có cột thời hạn (Thời hạn / Thời gian thực hiện), nên không xác định được tình trạng đúng hạn. Hãy thêm cột này hoặc chỉ định cột trong phần "Cột dữ liệu" của add-in.',
      en: 'The table has no deadline column (Thời hạn / Thời gian thực hiện), so no status can be derived. Add one, or choose the column in the add-in\'s "Cột dữ liệu" panel.',
    },
  },
  'bad-date': {
    severity: 'warning',
    title: { vi: 'Ngày không đọc được', en: 'Unreadable date' },
    message: {
      vi: 'Không đọc được ngày "{value}" ở cột {column}. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 15/6/2023.',
      en: 'The date "{value}" in the {column} column cannot be read. Write it day/month/year, e.g. 15/6/2023.',
    },
  },
  'bad-progress': {
    severity: 'error',
    title: { vi: 'Tiến độ không hợp lệ', en: 'Invalid progress' },
    message: {
      vi: 'Tiến độ "{value}" không hợp lệ: phải là một số từ 0 đến 100 (%). Hãy sửa lại, ví dụ 75 hoặc 75%.',
      en: 'The progress "{value}" is not valid: it must be a number from 0 to 100 (%). Correct it, e.g. 75 or 75%.',
    },
  },
  'missing-title': {
    severity: 'error',
    title: { vi: 'Thiếu nội dung đầu việc', en: 'Missing title' },
    message: {
      vi: 'Dòng này có số liệu nhưng không có nội dung đầu việc. Hãy ghi nội dung, hoặc xóa dòng nếu không phải đầu việc.',
      en: 'This row has data but no commitment title. Write the title, or delete the row if it is not a commitment.',
    },
  },
  'status-progress-mismatch': {
    severity: 'warning',
    title: { vi: 'Tình trạng và tiến độ không khớp', en: 'Status and progress disagree' },
    message: {
      vi: 'Tình trạng ghi "{status}" nhưng tiến độ là {progress}%. Camket tính theo tình trạng ghi chữ; hãy sửa cho khớp.',
      en: 'The status says "{status}" but the progress is {progress}%. camket follows the written status; make them agree.',
    },
  },
  'unknown-status': {
    severity: 'warning',
    title: { vi: 'Tình trạng không rõ', en: 'Unrecognised status' },
    message: {
      vi: 'Tình trạng "{value}" không thuộc các mức: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Dừng thực hiện. Camket tính tình trạng theo tiến độ và thời hạn; hãy chọn một trong các mức trên.',
      en: 'The status "{value}" is none of: Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Dừng thực hiện. camket derives the status from progress and dates; pick one of these words.',
    },
  },
  'unknown-provincial-task': {
    severity: 'error',
    title: { vi: 'Mã nhiệm vụ tỉnh không có', en: 'Unknown provincial task' },
    message: {
      vi: 'Mã nhiệm vụ UBND tỉnh giao "{value}" không có trong danh mục của Sở. Hãy kiểm tra lại mã.',
      en: 'The provincial task code "{value}" is not in the department\'s list. Check the code.',
    },
  },
  'duplicate-commitment': {
    severity: 'warning',
    title: { vi: 'Đầu việc trùng', en: 'Duplicate commitment' },
    message: {
      vi: 'Đầu việc "{title}" trùng với dòng {firstRow} (sheet {firstSheet}). Hãy xóa dòng trùng hoặc ghi rõ sự khác nhau.',
      en: 'The commitment "{title}" repeats row {firstRow} (sheet {firstSheet}). Delete the repeat or make the difference clear.',
    },
  },
  'legacy-encoding': {
    severity: 'warning',
    title: { vi: 'Bảng mã cũ (TCVN3/VNI)', en: 'Legacy encoding (TCVN3/VNI)' },
    message: {
      vi: 'Sheet dùng bảng mã cũ {encoding} ({cells} ô); camket đã tự chuyển sang Unicode để đọc. Nên chuyển tệp sang Unicode (Unikey: Công cụ chuyển mã) để tránh lỗi font.',
      en: "The sheet uses the legacy {encoding} encoding ({cells} cells); camket converted it to Unicode to read it. Convert the file to Unicode (e.g. Unikey's converter) to avoid garbled text.",
    },
  },
  'no-table': {
    severity: 'error',
    title: { vi: 'Không thấy bảng đầu việc', en: 'No commitments table' },
    message: {
      vi: 'Không tìm thấy bảng đầu việc trong tệp: cần một dòng tiêu đề có cột nội dung đầu việc (ví dụ "Nội dung công việc") và cột thời hạn hoặc người chịu trách nhiệm.',
      en: 'No commitments table was found: it needs a header row with a title column (e.g. "Nội dung công việc") and a deadline or owner column.',
    },
  },
  'count-mismatch': {
    severity: 'warning',
    title: { vi: 'Số đầu việc khác số đăng ký', en: 'Count differs from registered' },
    message: {
      vi: '{name} đăng ký {registered} đầu việc nhưng tìm thấy {found}. Hãy kiểm tra đầu việc bị thiếu hoặc thừa.',
      en: '{name} registered {registered} commitments but {found} were found. Check for missing or extra ones.',
    },
  },
  'unknown-unit': {
    severity: 'error',
    title: { vi: 'Không rõ đơn vị', en: 'Unknown unit' },
    message: {
      vi: 'Không xác định được tệp này của đơn vị nào. Hãy đặt tên tệp theo mẫu trong tệp cấu hình (files) hoặc ghi tên đơn vị ở phần tiêu đề.',
      en: "This file cannot be matched to a unit. Name it after a pattern in the department file (files) or put the unit's name in its title rows.",
    },
  },
  'missing-unit': {
    severity: 'warning',
    title: { vi: 'Đơn vị chưa gửi', en: 'Unit has not reported' },
    message: {
      vi: '{name} chưa gửi tệp đầu việc. Hãy nhắc đơn vị gửi tệp; nếu tệp đã có trong thư mục, hãy kiểm tra mẫu tên tệp (files) của đơn vị trong tệp cấu hình.',
      en: "{name} has sent no workbook. Remind the unit; if its workbook is in the folder, check the unit's file patterns (files) in the department file.",
    },
    variant: {
      when: 'failedFiles',
      vi: '{name} có tệp nhưng không đọc được ({failedFiles}), nên chưa có đầu việc nào của đơn vị được tổng hợp. Hãy xem lỗi của tệp đó và xin đơn vị gửi lại.',
      en: "{name} sent a workbook that could not be read ({failedFiles}), so none of its commitments are counted. See that file's issue and ask the unit to send it again.",
    },
  },
  'unreadable-file': {
    severity: 'error',
    title: { vi: 'Không đọc được tệp', en: 'Unreadable file' },
    message: {
      vi: 'Không đọc được tệp ({reason}). Hãy mở tệp bằng Excel để kiểm tra, lưu lại dạng .xlsx rồi chạy lại.',
      en: 'The file cannot be read ({reason}). Open it in Excel to check it, save it as .xlsx and run again.',
    },
    // Opening and saving in Excel does not help a file that is not on the computer at all.
    variant: {
      when: 'reason',
      equals: 'cloud-only',
      vi: 'Không đọc được tệp ({reason}). Hãy bật OneDrive và kết nối mạng, rồi trong File Explorer bấm chuột phải vào tệp (hoặc thư mục chứa nó) › Luôn giữ trên thiết bị này; chờ tải xong rồi chạy lại.',
      en: 'The file cannot be read ({reason}). Start OneDrive and get online, then in File Explorer right-click the file (or its folder) › Always keep on this device; wait for the download to finish and run again.',
    },
  },
  'encrypted-file': {
    severity: 'error',
    title: { vi: 'Tệp có mật khẩu', en: 'Password-protected file' },
    message: {
      vi: 'Tệp được bảo vệ bằng mật khẩu nên không đọc được. Hãy bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi gửi lại.',
      en: 'The file is password-protected and cannot be read. Remove the password (File › Info › Protect Workbook) and send it again.',
    },
  },
  'unsupported-format': {
    severity: 'error',
    title: { vi: 'Định dạng không hỗ trợ', en: 'Unsupported format' },
    message: {
      vi: 'Tệp dạng {format} không đọc được. Hãy mở tệp bằng Excel và chọn Lưu thành › Sổ làm việc Excel (.xlsx), rồi chạy lại.',
      en: 'A {format} file cannot be read. Open it in Excel, choose Save As › Excel Workbook (.xlsx), and run again.',
    },
  },
  'no-owner': {
    severity: 'warning',
    title: { vi: 'Không ghi người chịu trách nhiệm', en: 'No owner' },
    message: {
      vi: 'Đầu việc không ghi người chịu trách nhiệm: được đưa vào bản cam kết của {unit}. Hãy ghi tên người chịu trách nhiệm nếu đầu việc là của một người.',
      en: "The commitment names no owner: it goes into the form of {unit}. Write the owner's name if it is one person's.",
    },
  },
  'unit-several-files': {
    severity: 'info',
    title: { vi: 'Đơn vị gửi nhiều tệp', en: 'Several files for one unit' },
    message: {
      vi: '{name} có {count} tệp trong thư mục ({files}); tất cả đều được tổng hợp. Nếu có tệp cũ gửi nhầm, hãy xóa khỏi thư mục rồi chạy lại.',
      en: '{name} has {count} files in the folder ({files}); all of them were merged. If one is an old copy, remove it from the folder and run again.',
    },
    variant: {
      when: 'copies',
      vi: '{name} có {count} tệp trong thư mục ({files}); tất cả đều được tổng hợp, nên đầu việc trong bản sao bị đếm hai lần. {copies} có lẽ là bản sao xung đột do OneDrive tạo ra từ {originals} (tên tệp gốc thêm "-" và tên máy tính) khi tệp được sửa trên hai máy: hãy xóa bản sao, hoặc chép phần sửa trong đó sang tệp gốc bằng tay rồi xóa bản sao, sau đó chạy lại.',
      en: '{name} has {count} files in the folder ({files}); all of them were merged, so the commitments in the copy are counted twice. {copies} is likely a conflict copy OneDrive made of {originals} (the original name plus "-" and a computer\'s name) when the file was edited on two computers: delete the copy, or copy its changes into the original by hand and then delete the copy, and run again.',
    },
  },
  'formula-not-calculated': {
    severity: 'warning',
    title: { vi: 'Công thức chưa được tính', en: 'Formula not calculated' },
    message: {
      vi: 'Ô có công thức ({formula}) nhưng tệp không lưu kết quả của nó, nên camket coi ô là trống. Hãy mở tệp bằng Excel (bật tính toán tự động) và lưu lại, rồi gửi lại.',
      en: 'The cell holds a formula ({formula}) but the file saved no result for it, so camket reads the cell as empty. Open the file in Excel (with automatic calculation on), save it and send it again.',
    },
  },
  'other-year-sheet': {
    severity: 'info',
    title: { vi: 'Sheet của năm khác', en: 'Sheet for another year' },
    message: {
      vi: 'Sheet "{sheet}" là danh mục năm {year}, không phải năm {planYear} đang tổng hợp, nên không được đọc. Nếu đây đúng là danh mục năm {planYear}, hãy sửa tên sheet hoặc dòng tiêu đề.',
      en: 'Sheet "{sheet}" is the list for {year}, not for {planYear}, the year being merged, so it is not read. If it is the {planYear} list, correct the sheet name or its title.',
    },
  },
  'mirror-sheet': {
    severity: 'info',
    title: { vi: 'Sheet chỉ chép lại sheet khác', en: 'Sheet mirrors another' },
    message: {
      vi: 'Bảng ở sheet "{sheet}" chỉ lấy lại số liệu của sheet "{source}" bằng công thức, nên không được đọc thêm lần nữa (để không đếm trùng).',
      en: 'The table on sheet "{sheet}" only repeats sheet "{source}" by formulas, so it is not read a second time (no double counting).',
    },
  },
  'missing-completion-date': {
    severity: 'warning',
    title: { vi: 'Thiếu ngày hoàn thành', en: 'Missing completion date' },
    message: {
      vi: 'Đầu việc đã hoàn thành nhưng không ghi ngày hoàn thành, và thời hạn {deadline} đã qua, nên được tính là hoàn thành trễ hạn. Nếu đã xong đúng hạn, hãy ghi ngày hoàn thành.',
      en: 'The commitment is done but no completion date is given and its deadline {deadline} has passed, so it counts as done late. If it was done on time, write the completion date.',
    },
  },
} as const satisfies Record<string, RuleDefinition>;

export type RuleCode = keyof typeof RULES;

/** The `{name}` placeholders of a message template. */
type Placeholders<S extends string> = S extends `${string}{${infer K}}${infer Rest}` ? K | Placeholders<Rest> : never;
type RuleMessages<R extends RuleCode> = (typeof RULES)[R]['message'];
/** Every rule's message has the same placeholders in both languages. */
type SamePlaceholders<M extends { vi: string; en: string }> = [Placeholders<M['vi']>] extends [Placeholders<M['en']>]
  ? [Placeholders<M['en']>] extends [Placeholders<M['vi']>]
    ? true
    : false
  : false;
/** Compiles only while every rule's two messages agree. */
const placeholdersAgree: false extends { [R in RuleCode]: SamePlaceholders<RuleMessages<R>> }[RuleCode] ? never : true =
  true;
void placeholdersAgree;
type RequiredParams<R extends RuleCode> = Placeholders<RuleMessages<R>['vi']>;
/** A variant's own placeholders and its `when` key: given only when the variant applies. */
type VariantParams<R extends RuleCode> = (typeof RULES)[R] extends {
  variant: infer V extends { when: string; vi: string; en: string };
}
  ? Exclude<V['when'] | Placeholders<V['vi']> | Placeholders<V['en']>, RequiredParams<R>>
  : never;

/** Placeholders that take one of a closed set of values, turned into words when the message is rendered. */
interface NamedParams {
  reason: ReadFailureReason;
  column: Field;
}
type ParamValue<K extends string> = K extends keyof NamedParams ? NamedParams[K] : string | number;

/** The values a rule's message is filled with: its placeholders, typed by the catalogue. */
export type RuleParams<R extends RuleCode> = [ParamNames<R>] extends [never]
  ? Record<string, never>
  : { [K in RequiredParams<R>]: ParamValue<K> } & { [K in VariantParams<R>]?: ParamValue<K> };
type ParamNames<R extends RuleCode> = RequiredParams<R> | VariantParams<R>;

/** A rule and its parameters, before the issue is placed: what a reader hands over when a file fails. */
export type RuleCall<R extends RuleCode = RuleCode> = { [K in R]: { rule: K; params: RuleParams<K> } }[R];

/** One issue: its rule, that rule's parameters (kept to render the message in another language) and its place. */
export type Issue = IssueOf<RuleCode>;

/** Why a file could not be read: the adapters name a reason, the message says it in the reader's language. */
export const READ_FAILURE_REASONS = {
  corrupt: { vi: 'tệp bị hỏng hoặc chép chưa hết', en: 'the file is damaged or incomplete' },
  'not-xlsx': { vi: 'nội dung không phải tệp Excel .xlsx', en: 'the content is not an Excel .xlsx file' },
  'not-found': { vi: 'không thấy tệp', en: 'file not found' },
  locked: { vi: 'tệp đang bị chương trình khác khóa', en: 'the file is locked by another program' },
  'no-access': { vi: 'không có quyền đọc tệp', en: 'no permission to read the file' },
  'cloud-only': {
    vi: 'tệp chưa được tải về từ OneDrive/SharePoint',
    en: 'the file has not been downloaded from OneDrive/SharePoint',
  },
  empty: { vi: 'tệp rỗng, dung lượng 0 byte', en: 'the file is empty, 0 bytes' },
  'too-large': {
    vi: 'tệp khi giải nén lớn bất thường so với dung lượng của nó, hoặc vượt giới hạn số ô: có thể không phải sổ làm việc thật',
    en: 'the file inflates far beyond its size, or holds more cells than a workbook can: it may not be a real workbook',
  },
  internal: {
    vi: 'camket gặp lỗi ngoài dự kiến khi đọc tệp; hãy gửi tệp này cho bộ phận kỹ thuật',
    en: 'camket failed unexpectedly while reading it; please send this file to the maintainers',
  },
  'xml-entities': {
    vi: 'tệp chứa khai báo DOCTYPE/ENTITY mà Excel không bao giờ ghi: có thể là tệp độc hại, không phải sổ làm việc thật',
    en: 'the file holds DOCTYPE/ENTITY declarations that Excel never writes: it may be a hostile file, not a real workbook',
  },
} as const;
export type ReadFailureReason = keyof typeof READ_FAILURE_REASONS;

/** A value quoted in a message stays readable: a pasted paragraph is cut, not repeated whole. */
function shorten(v: string): string {
  return v.length > 80 ? `${v.slice(0, 77)}…` : v;
}

/** The values of any rule's message, as the renderer reads them. */
type AnyParams = Readonly<Record<string, string | number | undefined>>;

export function renderMessage<R extends RuleCode>(rule: R, params: RuleParams<R>, lang: Lang): string {
  return renderTemplate(rule, params, lang);
}

function renderTemplate(rule: RuleCode, params: AnyParams, lang: Lang): string {
  const definition: RuleDefinition = RULES[rule];
  const v = definition.variant;
  const template =
    v && v.when in params && (v.equals === undefined || String(params[v.when]) === v.equals)
      ? v[lang]
      : definition.message[lang];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const value = params[k];
    if (value === undefined) return `{${k}}`;
    const v = shorten(String(value));
    if (k === 'reason' && v in READ_FAILURE_REASONS) return READ_FAILURE_REASONS[v as ReadFailureReason][lang];
    // A column is kept as its field, and named in the message's language.
    if (k === 'column' && v in CATALOGUES[lang].field) return CATALOGUES[lang].field[v as Field];
    return v;
  });
}

export interface IssuePlace {
  file: string;
  sheet?: string | null;
  cell?: string | null;
  unit?: string | null;
}

/** The issue of one rule (or of any of several). */
export type IssueOf<R extends RuleCode> = RuleCall<R> & IssueBase;

/** A rule's parameters, which a rule whose message has none may leave out. */
type ParamsAndLang<R extends RuleCode> = [ParamNames<R>] extends [never]
  ? [params?: RuleParams<R>, lang?: Lang]
  : [params: RuleParams<R>, lang?: Lang];

export function makeIssue<R extends RuleCode>(
  rule: R,
  place: IssuePlace,
  ...[params, lang = 'vi']: ParamsAndLang<R>
): IssueOf<R> {
  // TypeScript cannot see that a generic rule and its parameters make a member of the union.
  const call = { rule, params: params ?? {} } as unknown as RuleCall;
  return issueOf(call, place, lang) as unknown as IssueOf<R>;
}

/** The issue of a rule call made elsewhere (`RuleCall`, as a reader hands it over), placed. */
export function issueOf<C extends RuleCall>(call: C, place: IssuePlace, lang: Lang = 'vi'): C & IssueBase {
  return {
    ...call,
    severity: RULES[call.rule].severity,
    message: renderTemplate(call.rule, call.params, lang),
    file: place.file,
    sheet: place.sheet ?? null,
    cell: place.cell ?? null,
    unit: place.unit ?? null,
  };
}

/** The same issue in another language (messages are rendered from the kept params). */
export function translateIssue<I extends Issue>(issue: I, lang: Lang): I {
  return { ...issue, message: renderTemplate(issue.rule, issue.params, lang) };
}

export function isRuleCode(rule: string): rule is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULES, rule);
}

/** A rule's title in a language; a code camket does not know (from another version's report) as itself. */
export function ruleTitle(rule: string, lang: Lang): string {
  return isRuleCode(rule) ? RULES[rule].title[lang] : rule;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Issues in reading order: file, sheet, row, column; whole-file issues first. */
export function sortIssues(
  issues: readonly Issue[],
  sheetOrder?: (file: string, sheet: string | null) => number,
): Issue[] {
  // A whole-file issue (no cell) comes before the cells.
  const place = (cell: string | null) => (cell ? parseCellAddress(cell) : null) ?? { row: -1, col: -1 };
  return [...issues].sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    const sa = sheetOrder ? sheetOrder(a.file, a.sheet) : 0;
    const sb = sheetOrder ? sheetOrder(b.file, b.sheet) : 0;
    if (sa !== sb) return sa - sb;
    const pa = place(a.cell);
    const pb = place(b.cell);
    if (pa.row !== pb.row) return pa.row - pb.row;
    if (pa.col !== pb.col) return pa.col - pb.col;
    return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  });
}
