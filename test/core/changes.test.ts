// Month after month (PRODUCT.md, "Month after month"): the history rows, a commitment recognised
// again next month (by code, id, title, or a title a typo away), the first deadline carried forward,
// completions an earlier summary proves on time, and what changed since last month.
import {
  boundedDistance,
  carryState,
  compareMonths,
  creditEarlierCompletion,
  creditedByEarlierSummary,
  historyRows,
  matchCommitments,
  mergeHistory,
  titleKey,
  titleTolerance,
  withOriginalDeadlines,
  withoutCompletionAsks,
} from '../../src/core/changes';
import { departmentSchema } from '../../src/core/department';
import type { CommitmentState, HistoryRow, SummaryState } from '../../src/core/history';
import type { Commitment, Issue, StatusCode } from '../../src/core/model';
import { makeIssue } from '../../src/core/rules';
import { emptyCounts, rollUp } from '../../src/core/rollup';

const department = departmentSchema.parse({
  name: 'Sở Văn hóa, Thể thao và Du lịch',
  year: 2023,
  blocks: [
    { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 5 },
    { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: 4 },
  ],
  units: [
    { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 3 },
    { code: 'TTr', name: 'Thanh tra Sở', block: 'QLNN', registered: 2 },
    { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 2 },
    { code: 'TV', name: 'Thư viện tỉnh', block: 'SN', registered: 2 },
  ],
});

/** What a summary keeps of a commitment: in the Văn phòng, in progress, due 30/6, unless said. */
function kept(over: Partial<CommitmentState> & { title: string }): CommitmentState {
  return {
    id: `${over.unit ?? 'VP'}:${titleKey(over.title)}`,
    unit: 'VP',
    code: null,
    target: null,
    deadline: '2023-06-30',
    originalDeadline: null,
    progress: null,
    status: 'in_progress',
    ...over,
  };
}

/** A summary made as of `asOf` holding these commitments. */
function summary(asOf: string, commitments: CommitmentState[], history: HistoryRow[] = []): SummaryState {
  return { version: 1, asOf, department: 'Sở', history, commitments };
}

let rowNo = 4;
/** A commitment as checkWorkbook reads it: in the Văn phòng's workbook, one row after the other. */
function commitment(over: Partial<Commitment> & { title: string }): Commitment {
  rowNo++;
  return {
    id: `VP:${titleKey(over.title)}`,
    unit: 'VP',
    block: 'QLNN',
    field: null,
    code: null,
    target: null,
    owner: null,
    start: null,
    deadline: '2023-05-31',
    deadlineText: '31/5/2023',
    originalDeadline: null,
    extendedDeadline: null,
    recurring: false,
    completedOn: null,
    progress: 100,
    statusText: 'Đã hoàn thành',
    status: 'done_late',
    provincialTask: null,
    coordinating: null,
    notes: null,
    extra: {},
    source: { file: 'van-phong.xlsx', sheet: 'Đầu việc', row: rowNo, titleColumn: 'B' },
    ...over,
  };
}

/** The missing-completion-date a row of the Văn phòng's workbook is asked, as checkWorkbook raises it. */
function askDate(c: Commitment, column = 'G'): Issue {
  return makeIssue(
    'missing-completion-date',
    { file: c.source.file, sheet: c.source.sheet, cell: `${column}${c.source.row}`, unit: c.unit },
    { deadline: '31/05/2023' },
    'vi',
  );
}

const pairs = (m: Map<number, number>) => [...m].sort((a, b) => a[0] - b[0]);

describe('historyRows: one row for the department, then each block, then each unit', () => {
  test("in the department file's order, with its names and each group's counts", () => {
    const totals = rollUp(
      [
        commitment({ title: 'Hội nghị sơ kết', unit: 'VP', block: 'QLNN', status: 'done_on_time' }),
        commitment({ title: 'Kiểm kê hiện vật', unit: 'BT', block: 'SN', status: 'overdue' }),
        commitment({
          title: 'Trưng bày chuyên đề',
          unit: 'BT',
          block: 'SN',
          status: 'in_progress',
          deadline: '2023-09-30',
        }),
      ],
      '2023-06-30',
      department,
    );
    const rows = historyRows(totals, department, '2023-06-30');
    expect(rows.map((r) => [r.scope, r.code, r.name, r.registered, r.found, r.due, r.onTimeRate])).toEqual([
      ['department', '', 'Sở Văn hóa, Thể thao và Du lịch', 9, 3, 2, 0.5],
      ['block', 'QLNN', 'Khối quản lý nhà nước', 5, 1, 1, 1],
      ['block', 'SN', 'Khối đơn vị sự nghiệp', 4, 2, 1, 0],
      ['unit', 'VP', 'Văn phòng Sở', 3, 1, 1, 1],
      ['unit', 'TTr', 'Thanh tra Sở', 2, 0, 0, null],
      ['unit', 'BT', 'Bảo tàng tỉnh', 2, 2, 1, 0],
      ['unit', 'TV', 'Thư viện tỉnh', 2, 0, 0, null],
    ]);
    for (const r of rows) expect([r.month, r.asOf]).toEqual(['2023-06', '2023-06-30']);
    expect(rows[5].byStatus).toEqual({ ...emptyCounts(), overdue: 1, in_progress: 1 });
    // A copy: the history kept does not change with the totals.
    expect(rows[5].byStatus).not.toBe(totals.byUnit.BT.byStatus);
  });

  test('a block or unit only the data names follows the known ones, by code, under its code', () => {
    const totals = rollUp(
      [
        commitment({ title: 'Đề án du lịch', unit: 'SDL', block: 'QLNN' }),
        commitment({ title: 'Báo cáo quý', unit: 'VP', block: 'QLNN' }),
        commitment({ title: 'Hội thi', unit: 'CLB', block: 'KHAC' }),
        commitment({ title: 'Tập huấn', unit: 'BQL', block: 'BAN' }),
      ],
      '2023-06-30',
    );
    const rows = historyRows(totals, department, '2023-06-30');
    expect(rows.map((r) => [r.scope, r.code, r.name, r.found])).toEqual([
      ['department', '', 'Sở Văn hóa, Thể thao và Du lịch', 4],
      ['block', 'QLNN', 'Khối quản lý nhà nước', 2],
      ['block', 'BAN', 'BAN', 1],
      ['block', 'KHAC', 'KHAC', 1],
      ['unit', 'VP', 'Văn phòng Sở', 1],
      ['unit', 'BQL', 'BQL', 1],
      ['unit', 'CLB', 'CLB', 1],
      ['unit', 'SDL', 'SDL', 1],
    ]);
  });
});

describe('mergeHistory: last months kept, this month replaced, in order', () => {
  const row = (month: string, scope: HistoryRow['scope'], code: string, found = 0): HistoryRow => ({
    month,
    asOf: `${month}-28`,
    scope,
    code,
    name: code || 'Sở',
    registered: null,
    found,
    byStatus: emptyCounts(),
    due: 0,
    onTimeRate: null,
  });
  const shown = (rows: HistoryRow[]) => rows.map((r) => `${r.month} ${r.scope}:${r.code}:${r.found}`);

  test('months in order, whatever order they come in; within a month the department, blocks, units', () => {
    const previous = [
      row('2023-04', 'unit', 'VP'),
      row('2023-04', 'department', ''),
      row('2023-02', 'block', 'SN'),
      row('2023-02', 'department', ''),
      row('2023-05', 'unit', 'BT'),
    ];
    const current = [row('2023-03', 'unit', 'TV'), row('2023-03', 'block', 'SN'), row('2023-03', 'department', '')];
    expect(shown(mergeHistory(previous, current))).toEqual([
      '2023-02 department::0',
      '2023-02 block:SN:0',
      '2023-03 department::0',
      '2023-03 block:SN:0',
      '2023-03 unit:TV:0',
      '2023-04 department::0',
      '2023-04 unit:VP:0',
      '2023-05 unit:BT:0',
    ]);
  });

  test('a rerun of this month replaces its rows; within a scope the rows keep the order they were written in', () => {
    const previous = [
      row('2023-05', 'department', '', 1),
      row('2023-06', 'department', '', 99),
      row('2023-06', 'unit', 'VP', 99),
    ];
    const current = [
      row('2023-06', 'unit', 'TV', 2),
      row('2023-06', 'unit', 'BT', 3),
      row('2023-06', 'unit', 'VP', 4),
      row('2023-06', 'department', '', 9),
    ];
    expect(shown(mergeHistory(previous, current))).toEqual([
      '2023-05 department::1',
      '2023-06 department::9',
      '2023-06 unit:TV:2',
      '2023-06 unit:BT:3',
      '2023-06 unit:VP:4',
    ]);
  });
});

describe('titleKey and titleTolerance: what counts as the same title', () => {
  test('the key ignores case, diacritics, spaces and punctuation', () => {
    expect(titleKey('  Tổ chức Lễ hội Dừa, lần thứ VI. ')).toBe(titleKey('TO CHUC LE HOI DUA LAN THU VI'));
    expect(titleKey('Tổ chức Lễ hội Dừa')).toBe('tochuclehoidua');
  });

  test('one edit per 20 characters of the longer key, at least 1 and at most 4', () => {
    const key = (n: number) => 'a'.repeat(n);
    for (const [a, b, want] of [
      [0, 0, 1],
      [5, 19, 1],
      [39, 10, 1],
      [40, 10, 2],
      [10, 59, 2],
      [60, 60, 3],
      [79, 79, 3],
      [80, 5, 4],
      [200, 200, 4],
    ] as const)
      expect([a, b, titleTolerance(key(a), key(b))]).toEqual([a, b, want]);
  });
});

describe('boundedDistance: the Levenshtein distance, cut off beyond the limit', () => {
  test('agrees with the plain distance within the limit, and is limit + 1 beyond it', () => {
    const plain = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
      for (let j = 1; j <= b.length; j++) d[0][j] = j;
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length][b.length];
    };
    const keys = [
      'tochuclehoidua',
      'tochucleHoiDua',
      'tochuclehoiduavi',
      'kiemkedi tich',
      'bangiamdoc',
      'tochucchlehoidua',
      'kiemkeditich',
      'kiemkeditichs',
      'kiemkedi',
      '',
      'a',
      'ab',
      'ba',
      'abc',
      'acb',
      'xyzabc',
      'abcxyz',
      'baocaoquyi',
      'baocaoquyii',
    ];
    for (const a of keys)
      for (const b of keys)
        for (const limit of [0, 1, 2, 3, 4]) {
          const want = plain(a, b);
          expect([a, b, limit, boundedDistance(a, b, limit)]).toEqual([a, b, limit, want <= limit ? want : limit + 1]);
        }
  });
});

describe('matchCommitments: a commitment keeps its identity across months', () => {
  test('nothing to pair when either month is empty', () => {
    expect(matchCommitments([], [kept({ title: 'Họp giao ban' })]).size).toBe(0);
    expect(matchCommitments([kept({ title: 'Họp giao ban' })], []).size).toBe(0);
  });

  test('by code first, even when the title was rewritten, in any case, spacing or punctuation', () => {
    const prev = [
      kept({ title: 'Tổ chức hội nghị', code: 'VP-01' }),
      kept({ title: 'Báo cáo quý', code: 'VP-02' }),
      kept({ title: 'Số hóa tư liệu', code: 'VP 03' }),
    ];
    const cur = [
      kept({ title: 'Báo cáo tổng kết quý II năm 2023', code: ' vp - 02 ' }),
      kept({ title: 'Hội nghị sơ kết 6 tháng', code: 'VP-01' }),
      kept({ title: 'Số hóa tài liệu Hán Nôm', code: 'vp03' }),
    ];
    expect(pairs(matchCommitments(prev, cur))).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
  });

  test("a repeated code pairs in order, each of last month's rows once", () => {
    const prev = [kept({ title: 'Tuyên truyền đợt 1', code: 'TT' }), kept({ title: 'Tuyên truyền đợt 2', code: 'TT' })];
    const cur = [
      kept({ title: 'Tuyên truyền lễ 30/4', code: 'TT' }),
      kept({ title: 'Tuyên truyền lễ 2/9', code: 'TT' }),
      kept({ title: 'Tuyên truyền Tết', code: 'TT' }),
    ];
    expect(pairs(matchCommitments(prev, cur))).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  test('a code given this month, or dropped, still pairs by title with the row as it was', () => {
    const prev = [kept({ title: 'Lập hồ sơ di tích' }), kept({ title: 'Rà soát quy chế chi tiêu', code: 'VP-07' })];
    const cur = [kept({ title: 'Rà soát quy chế chi tiêu' }), kept({ title: 'Lập hồ sơ di tích', code: 'VP-09' })];
    expect(pairs(matchCommitments(prev, cur))).toEqual([
      [0, 1],
      [1, 0],
    ]);
    // The same a typo away: the near-title pass pairs a coded row with an uncoded one too.
    const typo = [kept({ title: 'Rà soát quy chế chi tieu' }), kept({ title: 'Lập hồ sơ di tich', code: 'VP-09' })];
    expect(pairs(matchCommitments(prev, typo))).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  test('never between two different codes, whatever the title', () => {
    const prev = [kept({ title: 'Hội thi tuyên truyền', code: 'A1' }), kept({ title: 'Hội thi văn nghệ', code: 'A3' })];
    const cur = [kept({ title: 'Hội thi tuyên truyền', code: 'A2' }), kept({ title: 'Hội thi văn nghê', code: 'A4' })];
    expect(matchCommitments(prev, cur).size).toBe(0);
  });

  test('a row without a code never pairs by code with one whose code cell reads NULL', () => {
    // Data pasted from another system may write NULL in the code column.
    expect(
      matchCommitments(
        [kept({ title: 'Tổ chức Lễ hội Dừa' })],
        [kept({ title: 'Xây dựng đề án du lịch', code: 'NULL' })],
      ).size,
    ).toBe(0);
    expect(
      matchCommitments([kept({ title: 'Kiểm kê di tích', code: 'NULL' })], [kept({ title: 'Số hóa tư liệu' })]).size,
    ).toBe(0);
  });

  test('never across units, not even with the same id', () => {
    const prev = [
      kept({ title: 'Báo cáo tháng', unit: 'VP', id: 'bao-cao-thang' }),
      kept({ title: 'Hội thi', unit: 'VP', code: 'HT' }),
    ];
    const cur = [
      kept({ title: 'Báo cáo tháng', unit: 'BT', id: 'bao-cao-thang' }),
      kept({ title: 'Hội thi', unit: 'TV', code: 'HT' }),
      kept({ title: 'Báo cáo thang', unit: 'TTr' }),
    ];
    expect(matchCommitments(prev, cur).size).toBe(0);
  });

  test('by id before title: two rows whose titles differ by a space keep their own row', () => {
    // "Hội thao" and "Hộithao" have the same title key, but not the same id.
    const prev = [
      kept({ title: 'Hội thao công chức', id: 'VP:hoi-thao', deadline: '2023-06-30' }),
      kept({ title: 'Hộithao công chức', id: 'VP:hoithao', deadline: '2023-09-30' }),
    ];
    const cur = [
      kept({ title: 'Hộithao công chức', id: 'VP:hoithao' }),
      kept({ title: 'Hội thao công chức', id: 'VP:hoi-thao' }),
    ];
    expect(pairs(matchCommitments(prev, cur))).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  test('each row pairs once: a row paired by its code is not paired again by its id or its title', () => {
    const prev = [
      kept({ title: 'Họp giao ban tuần', id: 'VP:x' }),
      kept({ title: 'Báo cáo công tác', code: 'VP-03', id: 'VP:vp-03' }),
    ];
    const byId = [kept({ title: 'Báo cáo công tác tháng', code: 'VP-03', id: 'VP:x' })];
    expect(pairs(matchCommitments(prev, byId))).toEqual([[0, 1]]);
    const byTitle = [kept({ title: 'Họp giao ban tuần', code: 'VP-03', id: 'VP:vp-03' })];
    expect(pairs(matchCommitments(prev, byTitle))).toEqual([[0, 1]]);
    const nearTitle = [kept({ title: 'Họp giao ban tuan', code: 'VP-03', id: 'VP:vp-03' })];
    expect(pairs(matchCommitments(prev, nearTitle))).toEqual([[0, 1]]);
  });

  test('a renamed workbook no unit claims: its rows pair by title, repeats in order', () => {
    // Ids of such rows are scoped by the file name: renamed, none of them is the same.
    const prev = [
      kept({ title: 'Giải chạy việt dã', unit: null, id: 'cu.xlsx:1' }),
      kept({ title: 'Giải chạy việt dã', unit: null, id: 'cu.xlsx:2' }),
      kept({ title: 'Hội thao công chức, viên chức', unit: null, id: 'cu.xlsx:3' }),
      kept({ title: '', unit: null, id: 'cu.xlsx:4' }),
    ];
    const cur = [
      kept({ title: '', unit: null, id: 'moi.xlsx:4' }),
      kept({ title: 'HỘI THAO CÔNG CHỨC VIÊN CHỨC', unit: null, id: 'moi.xlsx:3' }),
      kept({ title: 'Giải chạy Việt Dã', unit: null, id: 'moi.xlsx:1' }),
      kept({ title: 'Giải chạy việt dã', unit: null, id: 'moi.xlsx:2' }),
      kept({ title: 'Giải chạy việt dã', unit: null, id: 'moi.xlsx:5' }),
    ];
    expect(pairs(matchCommitments(prev, cur))).toEqual([
      [0, 3],
      [1, 2],
      [2, 0],
      [3, 1],
    ]);
  });

  test('a row without a title is never taken for a short title a letter away', () => {
    const prev = [kept({ title: '', id: 'a' }), kept({ title: 'X', id: 'b' })];
    const cur = [kept({ title: 'A', id: 'c' }), kept({ title: '', unit: 'VP', code: 'K', id: 'd' })];
    expect(pairs(matchCommitments(prev, cur))).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(matchCommitments([kept({ title: '', id: 'a' })], [kept({ title: 'A', id: 'c' })]).size).toBe(0);
    expect(matchCommitments([kept({ title: 'A', id: 'a' })], [kept({ title: '', id: 'c' })]).size).toBe(0);
  });

  test('a typo fixed is the same commitment, within one edit per 20 characters; a different title is not', () => {
    const prev = [
      kept({ title: 'Kiểm kê hiện vật trong kho cơ sở' }),
      kept({ title: 'Báo cáo quý I' }),
      kept({ title: 'Số hóa tài liệu' }),
    ];
    const cur = [
      kept({ title: 'Kiểm kê hiện vật trong kh cơ sở' }),
      kept({ title: 'Báo cáo quý II' }),
      kept({ title: 'Họp giao ban' }),
      kept({ title: 'Số hoá tư liệu' }),
    ];
    // "baocaoquyi" → "baocaoquyii": one edit, within a short title's one. "sohoatailieu" → "sohoatulieu": two.
    expect(pairs(matchCommitments(prev, cur))).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  test("the closest near title wins, then the earlier of last month's rows, then the earlier of this month's", () => {
    // This month's second row is one edit from last month's; the first, two.
    const closer = matchCommitments(
      [kept({ title: 'Tổ chức hội thi tuyên truyền viên giỏi cấp tỉnh năm 2023' })],
      [
        kept({ title: 'To chuc hoi thi tuyen truyen vien gioi cap tinh nam 2023 23' }),
        kept({ title: 'Tổ chức hội thi tuyên truyền viên giỏi cấp tỉnh năm 202' }),
      ],
    );
    expect(pairs(closer)).toEqual([[1, 0]]);
    // One row of this month as near to two of last month's: the earlier one.
    const earlierPrev = matchCommitments(
      [kept({ title: 'Báo cáo quý I', id: 'p1' }), kept({ title: 'Báo cáo quý V', id: 'p2' })],
      [kept({ title: 'Báo cáo quý', id: 'c1' })],
    );
    expect(pairs(earlierPrev)).toEqual([[0, 0]]);
    // Two rows of this month as near to one of last month's: the earlier one.
    const earlierCur = matchCommitments(
      [kept({ title: 'Báo cáo quý', id: 'p1' })],
      [kept({ title: 'Báo cáo quý I', id: 'c1' }), kept({ title: 'Báo cáo quý V', id: 'c2' })],
    );
    expect(pairs(earlierCur)).toEqual([[0, 0]]);
  });
});

describe('carryState: the original deadline is the first one ever seen', () => {
  test('first month: the deadline before any extension; later months: the one carried, never replaced', () => {
    const may = carryState({
      previous: null,
      commitments: [kept({ title: 'Lập hồ sơ di tích', deadline: '2023-06-30' })],
      asOf: '2023-05-31',
      department: 'Sở',
      history: [],
    });
    expect(may.commitments[0].originalDeadline).toBe('2023-06-30');
    const june = carryState({
      previous: may,
      commitments: [
        kept({ title: 'Lập hồ sơ di tích', deadline: '2023-09-30', originalDeadline: '2023-07-31' }),
        kept({ title: 'Đón đoàn khảo sát', deadline: '2023-08-31' }),
      ],
      asOf: '2023-06-30',
      department: 'Sở',
      history: [],
    });
    expect(june.commitments.map((c) => [c.deadline, c.originalDeadline])).toEqual([
      ['2023-09-30', '2023-06-30'],
      ['2023-08-31', '2023-08-31'],
    ]);
    const july = carryState({
      previous: june,
      commitments: [kept({ title: 'Lập hồ sơ di tích', deadline: '2023-12-31' })],
      asOf: '2023-07-31',
      department: 'Sở',
      history: [],
    });
    expect(july.commitments[0].originalDeadline).toBe('2023-06-30');
    const fresh = carryState({
      previous: null,
      commitments: [kept({ title: 'Mới', deadline: '2023-09-30', originalDeadline: '2023-07-31' })],
      asOf: '2023-06-30',
      department: 'Sở',
      history: [],
    });
    expect(fresh.commitments[0].originalDeadline).toBe('2023-07-31');
  });

  test("a deadline unknown last month is taken from this month's", () => {
    const may = summary('2023-05-31', [kept({ title: 'Kiểm kê di tích', deadline: null, originalDeadline: null })]);
    const june = carryState({
      previous: may,
      commitments: [kept({ title: 'Kiểm kê di tích', deadline: '2023-09-30' })],
      asOf: '2023-06-30',
      department: 'Sở',
      history: [],
    });
    expect(june.commitments[0].originalDeadline).toBe('2023-09-30');
  });

  test("the state holds each commitment as it is this month, with the month's history", () => {
    const history = historyRows(rollUp([], '2023-06-30', department), department, '2023-06-30');
    const c = kept({
      title: 'Số hóa tư liệu',
      unit: 'TV',
      code: 'TV-01',
      target: '500 trang',
      progress: 40,
      status: 'in_progress',
      deadline: '2023-09-30',
    });
    expect(
      carryState({ previous: null, commitments: [c], asOf: '2023-06-30', department: 'Sở Văn hóa', history }),
    ).toEqual({
      version: 1,
      asOf: '2023-06-30',
      department: 'Sở Văn hóa',
      history,
      commitments: [{ ...c, originalDeadline: '2023-09-30' }],
    });
  });
});

describe('withOriginalDeadlines: the first deadline shown beside the one in force', () => {
  test('only where the deadline has moved since; a new record for each, the others as they were', () => {
    const june = [
      commitment({ title: 'Lập hồ sơ di tích', deadline: '2023-09-30' }),
      commitment({ title: 'Kiểm kê hiện vật', deadline: '2023-06-30' }),
      commitment({
        title: 'Đề án du lịch',
        deadline: '2023-12-31',
        originalDeadline: '2023-09-30',
        extendedDeadline: '2023-12-31',
      }),
      commitment({ title: 'Hội thi', deadline: '2023-08-31' }),
      commitment({ title: 'Chưa có trong tháng trước', deadline: '2023-10-31' }),
    ];
    const state = summary('2023-06-30', [
      kept({ title: 'Lập hồ sơ di tích', originalDeadline: '2023-06-30' }),
      kept({ title: 'Kiểm kê hiện vật', originalDeadline: '2023-06-30' }),
      kept({ title: 'Đề án du lịch', originalDeadline: '2023-09-30' }),
      kept({ title: 'Hội thi', originalDeadline: null }),
    ]);
    const out = withOriginalDeadlines(june, state);
    expect(out.map((c) => c.originalDeadline)).toEqual(['2023-06-30', null, '2023-09-30', null, null]);
    expect(out[0]).not.toBe(june[0]);
    expect(june[0].originalDeadline).toBeNull();
    expect(out.slice(1)).toEqual(june.slice(1));
    for (let i = 1; i < june.length; i++) expect(out[i]).toBe(june[i]);
  });
});

describe('done, no completion date, deadline past: an earlier summary made by the deadline proves it on time', () => {
  test("credited when last month's summary, made by the deadline, showed it done", () => {
    const june = [
      commitment({ title: 'Tổng kết Lễ hội Dừa' }),
      commitment({ title: 'Hội nghị sơ kết', status: 'in_progress', progress: 50 }),
    ];
    const may = summary('2023-05-31', [
      kept({ title: 'Tổng kết Lễ hội Dừa', status: 'done_on_time', deadline: '2023-05-31' }),
      kept({ title: 'Hội nghị sơ kết' }),
    ]);
    expect(creditedByEarlierSummary(june, may)).toEqual([0]);
  });

  test('the commitment credited is the one recognised, wherever it now stands', () => {
    const june = [
      commitment({ title: 'Hội nghị sơ kết', status: 'in_progress', progress: 50 }),
      commitment({ title: 'Tổng kết Lễ hội Dừa' }),
    ];
    const may = summary('2023-05-31', [
      kept({ title: 'Tổng kết Lễ hội Dừa', status: 'done_late', deadline: '2023-05-31' }),
    ]);
    expect(creditedByEarlierSummary(june, may)).toEqual([1]);
  });

  test('nothing credited when nothing counts late for want of a date', () => {
    const may = summary('2023-05-31', [
      kept({ title: 'Tổng kết Lễ hội Dừa', status: 'done_on_time', deadline: '2023-05-31' }),
    ]);
    expect(
      creditedByEarlierSummary(
        [commitment({ title: 'Tổng kết Lễ hội Dừa', status: 'done_on_time', completedOn: '2023-05-20' })],
        may,
      ),
    ).toEqual([]);
    expect(
      creditedByEarlierSummary([commitment({ title: 'Tổng kết Lễ hội Dừa', completedOn: '2023-06-10' })], may),
    ).toEqual([]);
  });

  test('not credited by a summary made after the deadline, nor by one that did not show it done', () => {
    const june = [commitment({ title: 'Tổng kết Lễ hội Dừa' })];
    expect(
      creditedByEarlierSummary(
        june,
        summary('2023-06-15', [kept({ title: 'Tổng kết Lễ hội Dừa', status: 'done_late', deadline: '2023-05-31' })]),
      ),
    ).toEqual([]);
    expect(
      creditedByEarlierSummary(
        june,
        summary('2023-05-31', [kept({ title: 'Tổng kết Lễ hội Dừa', status: 'in_progress', deadline: '2023-05-31' })]),
      ),
    ).toEqual([]);
    expect(
      creditedByEarlierSummary(
        june,
        summary('2023-05-31', [kept({ title: 'Việc khác hẳn', status: 'done_on_time', deadline: '2023-05-31' })]),
      ),
    ).toEqual([]);
  });

  test('withoutCompletionAsks drops only the date asked of the rows credited', () => {
    const credited = commitment({ title: 'Tổng kết Lễ hội Dừa' });
    const other = commitment({ title: 'Hội nghị sơ kết' });
    // Row 12 and row 2 of another sheet or file: the row number alone does not make the row.
    const twelve = commitment({
      title: 'Hội thi',
      source: { file: 'van-phong.xlsx', sheet: 'Đầu việc', row: 12, titleColumn: 'B' },
    });
    const elsewhere = (c: Commitment, source: Partial<Commitment['source']>) =>
      askDate({ ...c, source: { ...c.source, ...source } });
    const onRow = makeIssue(
      'bad-progress',
      { file: credited.source.file, sheet: credited.source.sheet, cell: `F${credited.source.row}`, unit: 'VP' },
      { value: '120' },
      'vi',
    );
    const issues = [
      askDate(credited),
      onRow,
      askDate(other),
      elsewhere(credited, { sheet: 'Năm 2022' }),
      elsewhere(credited, { file: 'bao-tang.xlsx' }),
      askDate(twelve, 'AB'),
    ];
    expect(withoutCompletionAsks(issues, [credited, twelve])).toEqual([onRow, askDate(other), issues[3], issues[4]]);
    expect(withoutCompletionAsks(issues, [])).toEqual(issues);
  });

  test('creditEarlierCompletion sets the status and drops the date asked; nothing to credit, the same issues', () => {
    const june = [commitment({ title: 'Tổng kết Lễ hội Dừa' }), commitment({ title: 'Hội nghị sơ kết' })];
    const issues = june.map((c) => askDate(c));
    const may = summary('2023-05-31', [
      kept({ title: 'Tổng kết Lễ hội Dừa', status: 'done_on_time', deadline: '2023-05-31' }),
      kept({ title: 'Hội nghị sơ kết', status: 'in_progress' }),
    ]);
    expect(creditEarlierCompletion(june, may, issues)).toEqual([issues[1]]);
    expect(june.map((c) => c.status)).toEqual(['done_on_time', 'done_late']);
    const none = summary('2023-05-31', [kept({ title: 'Hội nghị sơ kết', status: 'in_progress' })]);
    expect(creditEarlierCompletion(june, none, issues)).toBe(issues);
  });
});

describe('compareMonths: what changed since last month', () => {
  const changes = (prev: CommitmentState[], cur: CommitmentState[]) =>
    compareMonths(summary('2023-05-31', prev), cur).map((c) => [c.kind, c.title, c.before, c.after]);

  test('new, gone, deadline moved, target changed, progress backwards, newly overdue, newly done', () => {
    const may = [
      kept({ title: 'Hội nghị sơ kết', status: 'in_progress', progress: 50 }),
      kept({ title: 'Dự toán ngân sách', progress: 70 }),
      kept({ title: 'Hồ sơ di tích', deadline: '2023-06-30', target: '03 hồ sơ' }),
      kept({ title: 'Quy chế chi tiêu', deadline: '2023-06-15', status: 'in_progress' }),
      kept({ title: 'Trưng bày sách' }),
      kept({ title: 'Đã xong từ trước', status: 'done_on_time', progress: 100 }),
    ];
    const june = [
      kept({ title: 'Hội nghị sơ kết', status: 'done_late', progress: 100 }),
      kept({ title: 'Dự toán ngân sách', progress: 60 }),
      kept({ title: 'Hồ sơ di tích', deadline: '2023-09-30', target: '04 hồ sơ' }),
      kept({ title: 'Quy chế chi tiêu', deadline: '2023-06-15', status: 'overdue' }),
      kept({ title: 'Đón đoàn khảo sát' }),
      kept({ title: 'Đã xong từ trước', status: 'in_progress', progress: null }),
    ];
    expect(changes(may, june)).toEqual([
      ['newly-done', 'Hội nghị sơ kết', 'in_progress', 'done_late'],
      ['progress-back', 'Dự toán ngân sách', '70', '60'],
      ['deadline-moved', 'Hồ sơ di tích', '2023-06-30', '2023-09-30'],
      ['target-changed', 'Hồ sơ di tích', '03 hồ sơ', '04 hồ sơ'],
      ['newly-overdue', 'Quy chế chi tiêu', 'in_progress', 'overdue'],
      ['new', 'Đón đoàn khảo sát', null, '2023-06-30'],
      ['progress-back', 'Đã xong từ trước', 'done_on_time', 'in_progress'],
      ['gone', 'Trưng bày sách', '2023-06-30', null],
    ]);
  });

  test("each change names the commitment by this month's id and unit; a gone one by last month's", () => {
    const out = compareMonths(
      summary('2023-05-31', [
        kept({ title: 'Hội thi', unit: 'BT', id: 'BT:cu', progress: 80 }),
        kept({ title: 'Trưng bày sách', unit: 'TV', id: 'TV:tb' }),
      ]),
      [kept({ title: 'Hội thi', unit: 'BT', id: 'BT:moi', progress: 20 })],
    );
    expect(out).toEqual([
      { kind: 'progress-back', id: 'BT:moi', unit: 'BT', title: 'Hội thi', before: '80', after: '20' },
      { kind: 'gone', id: 'TV:tb', unit: 'TV', title: 'Trưng bày sách', before: '2023-06-30', after: null },
    ]);
  });

  test('several changes of one commitment in a fixed order', () => {
    const may = [
      kept({ title: 'Hồ sơ di tích', status: 'in_progress', deadline: '2023-05-31', target: '03 hồ sơ', progress: 80 }),
    ];
    const june = [
      kept({ title: 'Hồ sơ di tích', status: 'overdue', deadline: '2023-06-15', target: '04 hồ sơ', progress: 60 }),
    ];
    expect(changes(may, june).map(([kind]) => kind)).toEqual([
      'newly-overdue',
      'deadline-moved',
      'target-changed',
      'progress-back',
    ]);
    const done = [kept({ title: 'Hồ sơ di tích', status: 'done_on_time', deadline: '2023-06-15', progress: 100 })];
    expect(changes(may, done).map(([kind]) => kind)).toEqual(['newly-done', 'deadline-moved', 'target-changed']);
  });

  test('what stays the same is no change: still overdue, still done, still the same', () => {
    const may = [
      kept({ title: 'Quy chế chi tiêu', status: 'overdue', deadline: '2023-04-30' }),
      kept({ title: 'Hội nghị sơ kết', status: 'done_on_time', progress: 100 }),
      kept({ title: 'Báo cáo quý', status: 'done_late', progress: 100 }),
      kept({ title: 'Kiểm kê di tích', progress: 40, deadline: null }),
    ];
    const june = [
      kept({ title: 'Quy chế chi tiêu', status: 'overdue', deadline: '2023-04-30' }),
      kept({ title: 'Hội nghị sơ kết', status: 'done_late', progress: 100 }),
      kept({ title: 'Báo cáo quý', status: 'done_on_time', progress: 100 }),
      kept({ title: 'Kiểm kê di tích', progress: 40, deadline: null }),
    ];
    expect(changes(may, june)).toEqual([]);
  });

  test('a target rewritten only in case, spacing or punctuation is not a change; a target added or dropped is', () => {
    expect(
      changes([kept({ title: 'A', target: '1.500 bản' })], [kept({ title: 'A', target: ' 1.500  BẢN ' })]),
    ).toEqual([]);
    expect(changes([kept({ title: 'A', target: null })], [kept({ title: 'A', target: '-' })])).toEqual([]);
    expect(changes([kept({ title: 'A', target: '-' })], [kept({ title: 'A', target: null })])).toEqual([]);
    expect(changes([kept({ title: 'A', target: null })], [kept({ title: 'A', target: '500 bản' })])).toEqual([
      ['target-changed', 'A', null, '500 bản'],
    ]);
    expect(changes([kept({ title: 'A', target: '500 bản' })], [kept({ title: 'A', target: null })])).toEqual([
      ['target-changed', 'A', '500 bản', null],
    ]);
  });

  test('a deadline given or lost is a move; the progress unknown one month is no step back', () => {
    expect(changes([kept({ title: 'A', deadline: null })], [kept({ title: 'A', deadline: '2023-09-30' })])).toEqual([
      ['deadline-moved', 'A', null, '2023-09-30'],
    ]);
    expect(changes([kept({ title: 'A', deadline: '2023-09-30' })], [kept({ title: 'A', deadline: null })])).toEqual([
      ['deadline-moved', 'A', '2023-09-30', null],
    ]);
    expect(changes([kept({ title: 'A', progress: 60 })], [kept({ title: 'A', progress: null })])).toEqual([]);
    expect(changes([kept({ title: 'A', progress: null })], [kept({ title: 'A', progress: 0 })])).toEqual([]);
    expect(changes([kept({ title: 'A', progress: 60 })], [kept({ title: 'A', progress: 60 })])).toEqual([]);
    expect(changes([kept({ title: 'A', progress: 60 })], [kept({ title: 'A', progress: 70 })])).toEqual([]);
  });

  test('done last month and cancelled now is no step back; done and now not done is one, even at the same percentage', () => {
    expect(
      changes(
        [kept({ title: 'A', status: 'done_on_time', progress: 100 })],
        [kept({ title: 'A', status: 'cancelled', progress: 100 })],
      ),
    ).toEqual([]);
    expect(
      changes(
        [kept({ title: 'A', status: 'done_late', progress: 100 })],
        [kept({ title: 'A', status: 'in_progress', progress: 100 })],
      ),
    ).toEqual([['progress-back', 'A', 'done_late', 'in_progress']]);
    // A lower percentage is said once, as the percentage.
    expect(
      changes(
        [kept({ title: 'A', status: 'done_late', progress: 100 })],
        [kept({ title: 'A', status: 'in_progress', progress: 90 })],
      ),
    ).toEqual([['progress-back', 'A', '100', '90']]);
  });

  test('newly done: from any status not done, to done on time or late', () => {
    for (const before of [
      'in_progress',
      'not_started',
      'overdue',
      'recurring',
      'cancelled',
      null,
    ] as (StatusCode | null)[])
      for (const after of ['done_on_time', 'done_late'] as StatusCode[])
        expect(
          changes([kept({ title: 'A', status: before })], [kept({ title: 'A', status: after })]).filter(
            ([k]) => k === 'newly-done',
          ),
        ).toEqual([['newly-done', 'A', before, after]]);
  });

  test('nothing last month: every commitment is new', () => {
    expect(changes([], [kept({ title: 'A' }), kept({ title: 'B', deadline: null })])).toEqual([
      ['new', 'A', null, '2023-06-30'],
      ['new', 'B', null, null],
    ]);
  });
});
