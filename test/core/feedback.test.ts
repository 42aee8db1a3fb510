// The feedback workbooks' content (src/core/feedback.ts), on a small hand-made merge: who gets a
// workbook, under which name, and what each sheet lists.
import type { Department } from '../../src/core/department';
import { type FeedbackCommitment, type FeedbackValue, feedbackBooks, hyperlinkLocation } from '../../src/core/feedback';
import { CATALOGUES } from '../../src/core/catalogue';
import type { FileEntry, ReportIssue } from '../../src/core/report';
import { RULES } from '../../src/core/rules';

const department: Department = {
  name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre',
  year: 2023,
  blocks: [{ code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 5 }],
  units: [
    { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 2 },
    { code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính', block: 'QLNN', registered: 1 },
    { code: 'TV', name: 'Thư viện tỉnh', block: 'QLNN', registered: 1 },
    { code: 'BT', name: 'Bảo tàng tỉnh', block: 'QLNN', registered: 1 },
  ],
  provincialTasks: [],
};

const files: FileEntry[] = [
  { file: 'Khối QLNN/van-phong.xlsx', path: 'Khối QLNN/van-phong.xlsx', unit: 'VP', state: 'merged', commitments: 2 },
  { file: 'ke-hoach.xlsx', path: 'ke-hoach.xlsx', unit: 'KHTC', state: 'merged', commitments: 1 },
  {
    file: 'thu-vien.xls',
    path: 'thu-vien.xls',
    unit: 'TV',
    state: 'failed',
    commitments: 0,
    error: { code: 'unsupported-format', message: 'Tệp dạng .xls không đọc được.' },
  },
  { file: 'VP.xlsx', path: 'VP.xlsx', unit: null, state: 'merged', commitments: 1 },
  { file: 'Thumbs.db', path: 'Thumbs.db', unit: null, state: 'skipped', commitments: 0, reason: 'tệp hệ thống' },
];

const commitment = (
  file: string,
  sheet: string,
  row: number,
  title: string,
  extra: Partial<FeedbackCommitment> = {},
): FeedbackCommitment => ({
  title,
  owner: 'Lê Thị B',
  deadline: '2023-06-30',
  deadlineText: 'Quý II/2023',
  recurring: false,
  progress: 50,
  statusText: 'Đang thực hiện',
  status: 'in_progress',
  source: { file, sheet, row, titleColumn: 'B' },
  ...extra,
});

const commitments: FeedbackCommitment[] = [
  commitment('Khối QLNN/van-phong.xlsx', "Năm 2023 (Lan's)", 5, 'Tham mưu Hội nghị sơ kết'),
  commitment('Khối QLNN/van-phong.xlsx', "Năm 2023 (Lan's)", 6, 'Rà soát quy chế', {
    deadline: null,
    deadlineText: 'Sau Tết',
    status: null,
    progress: null,
  }),
  commitment('ke-hoach.xlsx', 'KH', 4, 'Lập dự toán', {
    deadline: null,
    deadlineText: 'Thường xuyên',
    recurring: true,
    status: 'recurring',
  }),
  commitment('VP.xlsx', 'Sheet1', 3, '=SUM(A1:A3)'),
];

const issue = (
  rule: string,
  file: string,
  sheet: string | null,
  cell: string | null,
  unit: string | null,
  severity: ReportIssue['severity'] = 'error',
): ReportIssue => ({
  rule,
  severity,
  message: `${rule} ở ${cell ?? '—'}`,
  file,
  sheet,
  cell,
  unit,
});

const issues: ReportIssue[] = [
  issue('bad-deadline', 'Khối QLNN/van-phong.xlsx', "Năm 2023 (Lan's)", 'D6', 'VP'),
  issue('count-mismatch', 'Khối QLNN/van-phong.xlsx', null, null, 'VP', 'warning'),
  issue('unsupported-format', 'thu-vien.xls', null, null, 'TV'),
  issue('missing-unit', 'thu-vien.xls', null, null, 'TV', 'warning'),
  issue('unknown-unit', 'VP.xlsx', null, null, null),
  issue('count-mismatch', '', null, null, null, 'warning'),
];

const books = () => feedbackBooks({ asOf: '2023-06-30', department, files, commitments, issues, lang: 'vi' });
const text = (v: FeedbackValue) => (v !== null && typeof v === 'object' ? (v.kind === 'link' ? v.text : v.iso) : v);

test('one workbook per unit that sent a file, one per failed file or file of no unit; names never clash', () => {
  expect(books().map((b) => [b.fileName, b.unit, b.files])).toEqual([
    ['phan-hoi-VP.xlsx', 'VP', ['Khối QLNN/van-phong.xlsx']],
    ['phan-hoi-KHTC.xlsx', 'KHTC', ['ke-hoach.xlsx']],
    // Thư viện sent only a file that could not be read: it hears of it, and so does the file itself.
    ['phan-hoi-TV.xlsx', 'TV', ['thu-vien.xls']],
    ['phan-hoi-thu-vien.xlsx', 'TV', ['thu-vien.xls']],
    // "VP.xlsx" of no unit would be phan-hoi-VP.xlsx, which Văn phòng has.
    ['phan-hoi-VP-2.xlsx', null, ['VP.xlsx']],
  ]);
});

test("a unit's Lỗi cần sửa lists its files' and its own issues, each linked to its cell, with what to do", () => {
  const [vp] = books();
  const [fix] = vp.sheets;
  expect(fix.name).toBe('Lỗi cần sửa');
  expect(fix.heading).toEqual([
    'PHẢN HỒI KẾT QUẢ ĐỌC TỆP ĐẦU VIỆC CAM KẾT',
    'Đơn vị: Văn phòng Sở (VP)',
    'Tệp đã đọc: Khối QLNN/van-phong.xlsx (2 đầu việc)',
    'Số liệu tính đến ngày 30/06/2023',
    expect.stringMatching(/^Có 2 điểm cần xem \(1 lỗi, 1 cảnh báo, 0 ghi chú\)/),
  ]);
  expect(fix.columns.map((c) => c.header)).toEqual(['STT', 'Tệp', 'Sheet', 'Ô', 'Mức độ', 'Nội dung', 'Cách sửa']);
  expect(fix.rows).toEqual([
    [
      1,
      'Khối QLNN/van-phong.xlsx',
      "Năm 2023 (Lan's)",
      { kind: 'link', text: 'D6', target: { file: 'Khối QLNN/van-phong.xlsx', sheet: "Năm 2023 (Lan's)", cell: 'D6' } },
      'Lỗi',
      'bad-deadline ở D6',
      CATALOGUES.vi.ruleAction['bad-deadline'],
    ],
    [
      2,
      'Khối QLNN/van-phong.xlsx',
      null,
      { kind: 'link', text: '(cả tệp)', target: { file: 'Khối QLNN/van-phong.xlsx', sheet: null, cell: null } },
      'Cảnh báo',
      'count-mismatch ở —',
      CATALOGUES.vi.ruleAction['count-mismatch'],
    ],
  ]);
  // The department's own issue (a block's count) goes to no unit.
  expect(
    books()
      .flatMap((b) => b.sheets[0].rows)
      .filter((r) => r[1] === null),
  ).toEqual([]);
});

test('Đầu việc đã đọc: every commitment as read, the row linked to its title cell, the deadline as written and as read', () => {
  const [vp, khtc] = books();
  const read = vp.sheets[1];
  expect(read.name).toBe('Đầu việc đã đọc');
  expect(read.columns.map((c) => c.header)).toEqual([
    'STT',
    'Tệp',
    'Sheet',
    'Dòng',
    'Nội dung đầu việc',
    'Người chịu trách nhiệm',
    'Thời hạn (như đã ghi)',
    'Thời hạn (camket hiểu là)',
    'Tiến độ (%)',
    'Tình trạng (như đã ghi)',
    'Tình trạng (camket tính)',
  ]);
  expect(read.rows[0][3]).toEqual({
    kind: 'link',
    text: '5',
    target: { file: 'Khối QLNN/van-phong.xlsx', sheet: "Năm 2023 (Lan's)", cell: 'B5' },
  });
  expect(read.rows.map((r) => r.map(text))).toEqual([
    [
      1,
      'Khối QLNN/van-phong.xlsx',
      "Năm 2023 (Lan's)",
      '5',
      'Tham mưu Hội nghị sơ kết',
      'Lê Thị B',
      'Quý II/2023',
      '2023-06-30',
      50,
      'Đang thực hiện',
      'Đang thực hiện trong hạn',
    ],
    [
      2,
      'Khối QLNN/van-phong.xlsx',
      "Năm 2023 (Lan's)",
      '6',
      'Rà soát quy chế',
      'Lê Thị B',
      'Sau Tết',
      '(không đọc được)',
      null,
      'Đang thực hiện',
      'Không xác định (thời hạn không đọc được)',
    ],
  ]);
  expect(khtc.sheets[1].rows.map((r) => text(r[7]))).toEqual(['Thường xuyên']);
});

test('a unit with nothing wrong is told so in one line, and still sees what was read', () => {
  const khtc = books()[1];
  expect(khtc.issues).toBe(0);
  expect(khtc.sheets[0].heading.at(-1)).toBe(
    'Không có lỗi nào cần sửa: camket đã đọc 1 đầu việc, xem sheet "Đầu việc đã đọc".',
  );
  expect(khtc.sheets[0].columns).toEqual([]);
  expect(khtc.sheets[0].rows).toEqual([]);
  expect(khtc.sheets[1].rows).toHaveLength(1);
});

test('a failed file and a file of no unit: their own issues, their own commitments', () => {
  const [, , tv, tvFile, noUnit] = books();
  expect(tv.sheets[0].rows.map((r) => r[6])).toEqual([
    CATALOGUES.vi.ruleAction['unsupported-format'],
    CATALOGUES.vi.ruleAction['missing-unit'],
  ]);
  expect(tvFile.sheets[0].heading[1]).toBe('Đơn vị: Thư viện tỉnh (TV)');
  expect(tvFile.sheets[0].heading[2]).toBe('Tệp đã đọc: thu-vien.xls (không đọc được)');
  expect(tvFile.sheets[1].heading.at(-1)).toBe('camket không đọc được đầu việc nào từ tệp này.');
  expect(noUnit.sheets[0].heading[1]).toBe('Đơn vị: chưa xác định được tệp này của đơn vị nào');
  expect(noUnit.sheets[0].rows.map((r) => r[5])).toEqual(['unknown-unit ở —']);
  // Text from the unit stays the text it is (the writer never makes it a formula).
  expect(noUnit.sheets[1].rows[0][4]).toBe('=SUM(A1:A3)');
});

test('in English with --lang en', () => {
  const [vp] = feedbackBooks({ asOf: '2023-06-30', department, files, commitments, issues, lang: 'en' });
  expect(vp.sheets.map((s) => s.name)).toEqual(['Issues to fix', 'Commitments read']);
  expect(vp.sheets[0].rows[0][6]).toBe(CATALOGUES.en.ruleAction['bad-deadline']);
  expect(vp.sheets[1].rows[0][10]).toBe('In progress (on time)');
});

test('the link location: the sheet quoted with its quotes doubled, A1 for a whole sheet, the file alone for a whole file', () => {
  expect(hyperlinkLocation('../don vi/van-phong.xlsx', "Năm 2023 (Lan's)", 'E17')).toBe(
    "../don vi/van-phong.xlsx#'Năm 2023 (Lan''s)'!E17",
  );
  expect(hyperlinkLocation('a.xlsx', 'KH', null)).toBe("a.xlsx#'KH'!A1");
  expect(hyperlinkLocation('a.xlsx', null, null)).toBe('a.xlsx');
});

test('every rule says what to do', () => {
  for (const rule of Object.keys(RULES) as (keyof typeof RULES)[]) {
    expect([rule, CATALOGUES.vi.ruleAction[rule].length > 0, CATALOGUES.en.ruleAction[rule].length > 0]).toEqual([
      rule,
      true,
      true,
    ]);
  }
});

test('the lines above each table, word for word, in both languages', () => {
  const [vp, khtc] = books();
  expect(vp.sheets[0].heading.at(-1)).toBe(
    'Có 2 điểm cần xem (1 lỗi, 1 cảnh báo, 0 ghi chú). Bấm vào địa chỉ ở cột "Ô" để mở đúng ô trong tệp của đơn vị.',
  );
  expect(vp.sheets[1].heading.at(-1)).toBe(
    'camket đã đọc 2 đầu việc như dưới đây. Đơn vị xem lại: đúng dòng, đúng nội dung, thời hạn, tiến độ, tình trạng.',
  );
  expect(khtc.sheets[1].heading.slice(0, -1)).toEqual(khtc.sheets[0].heading.slice(0, -1));

  const [vpEn, khtcEn] = feedbackBooks({ asOf: '2023-06-30', department, files, commitments, issues, lang: 'en' });
  expect(vpEn.sheets[0].heading).toEqual([
    'FEEDBACK ON READING THE COMMITMENTS WORKBOOK',
    'Unit: Văn phòng Sở (VP)',
    'Files read: Khối QLNN/van-phong.xlsx (2 commitments)',
    'Figures as of 30/06/2023',
    '2 point(s) to look at (1 errors, 1 warnings, 0 notes). Click an address in the "Cell" column to open that cell of the unit\'s workbook.',
  ]);
  expect(vpEn.sheets[1].heading.at(-1)).toBe(
    'camket read 2 commitments as below. Please check: the right rows, titles, deadlines, progress, status.',
  );
  expect(khtcEn.sheets[0].heading.at(-1)).toBe(
    'Nothing to fix: camket read 1 commitments, see the "Commitments read" sheet.',
  );
});

test('the deadline as read is a date cell when a date was read, the words for a recurring or unreadable one', () => {
  const [vp, khtc] = books();
  expect(vp.sheets[1].rows.map((r) => r[7])).toEqual([{ kind: 'date', iso: '2023-06-30' }, '(không đọc được)']);
  expect(khtc.sheets[1].rows.map((r) => r[7])).toEqual(['Thường xuyên']);
});

describe('a unit that sent two files, files of no unit with awkward names', () => {
  const files2: FileEntry[] = [
    { file: 'Khối QLNN/van-phong.xlsx', unit: 'VP', state: 'merged', commitments: 1 },
    {
      file: 'Khối QLNN/van-phong (cu).xls',
      unit: 'VP',
      state: 'failed',
      commitments: 0,
      error: { code: 'unsupported-format', message: 'Tệp dạng .xls không đọc được.' },
    },
    { file: 'VP.xlsx', unit: null, state: 'merged', commitments: 0 },
    { file: 'Khác/vp.xlsx', unit: null, state: 'merged', commitments: 0 },
    { file: 'Khác/Bao cao: thang 6 ..xlsx', unit: null, state: 'merged', commitments: 0 },
    { file: 'Khác/..xlsx', unit: null, state: 'merged', commitments: 0 },
  ];
  const issues2: ReportIssue[] = [
    // Raised on the file before its unit was known, and on the unit without a file (its count).
    issue('legacy-encoding', 'Khối QLNN/van-phong.xlsx', null, null, null, 'warning'),
    issue('count-mismatch', '', null, null, 'VP', 'warning'),
    // A rule this version does not know (a report written by a later one): no advice rather than a wrong one.
    issue('some-later-rule', 'Khối QLNN/van-phong.xlsx', 'Sheet1', 'C3', 'VP', 'info'),
  ];
  const books2 = () =>
    feedbackBooks({ asOf: '2023-06-30', department, files: files2, commitments: [], issues: issues2, lang: 'vi' });

  test("one line names every file of the unit; the unit's issues by unit or by file; no advice for an unknown rule", () => {
    const [vp] = books2();
    expect(vp.files).toEqual(['Khối QLNN/van-phong.xlsx', 'Khối QLNN/van-phong (cu).xls']);
    expect(vp.sheets[0].heading[2]).toBe(
      'Tệp đã đọc: Khối QLNN/van-phong.xlsx (1 đầu việc); Khối QLNN/van-phong (cu).xls (không đọc được)',
    );
    expect(vp.sheets[0].rows).toEqual([
      [
        1,
        'Khối QLNN/van-phong.xlsx',
        null,
        { kind: 'link', text: '(cả tệp)', target: { file: 'Khối QLNN/van-phong.xlsx', sheet: null, cell: null } },
        'Cảnh báo',
        'legacy-encoding ở —',
        CATALOGUES.vi.ruleAction['legacy-encoding'],
      ],
      [2, null, null, null, 'Cảnh báo', 'count-mismatch ở —', CATALOGUES.vi.ruleAction['count-mismatch']],
      [
        3,
        'Khối QLNN/van-phong.xlsx',
        'Sheet1',
        { kind: 'link', text: 'C3', target: { file: 'Khối QLNN/van-phong.xlsx', sheet: 'Sheet1', cell: 'C3' } },
        'Thông tin',
        'some-later-rule ở C3',
        '',
      ],
    ]);
  });

  test('file names Windows accepts, each unique whatever its case: reserved characters as "-", no trailing dot or space, -2, -3…', () => {
    expect(books2().map((b) => b.fileName)).toEqual([
      'phan-hoi-VP.xlsx',
      'phan-hoi-van-phong (cu).xlsx',
      'phan-hoi-VP-2.xlsx',
      'phan-hoi-vp-3.xlsx',
      'phan-hoi-Bao cao- thang 6.xlsx',
      'phan-hoi--.xlsx',
    ]);
  });
});
