// checkWorkbook, field by field and rule by rule (PRODUCT.md, "What camket reads" and "What camket
// checks"): each column of a commitment as read, the issues each row raises where they are, the year
// a list is for, the sheets passed over, ids and duplicates. Values are worked out inside each test.
import { IdAllocator, checkWorkbook, commitmentKey, findDuplicates } from '../../src/core/check';
import { departmentSchema } from '../../src/core/department';
import type { CellValue } from '../../src/core/grid';
import type { Commitment, Issue } from '../../src/core/model';
import { renderMessage } from '../../src/core/rules';
import { foldWords } from '../../src/core/text';
import { sheet } from '../helpers/grid';

const asOf = '2023-06-30';
const department = departmentSchema.parse({
  name: 'Sở Văn hóa, Thể thao và Du lịch',
  year: 2023,
  blocks: [{ code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 20 }],
  units: [{ code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 20 }],
  provincialTasks: [{ code: 'UBT-001', title: 'Tổ chức Lễ hội Dừa' }],
});

const TITLE: CellValue[][] = [['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], ['VĂN PHÒNG SỞ'], ['ĐẦU VIỆC TRỌNG TÂM NĂM 2023']];
// A  STT | B title | C code | D target | E deadline | F extension | G start | H completed | I progress | J status
// K provincial task | L coordinating | M notes | N, O columns camket does not know.
const WIDE: CellValue[] = [
  'STT',
  'Nội dung đầu việc',
  'Mã đầu việc',
  'Chỉ tiêu',
  'Thời hạn',
  'Thời hạn điều chỉnh',
  'Ngày bắt đầu',
  'Ngày hoàn thành',
  'Tiến độ (%)',
  'Tình trạng',
  'Nhiệm vụ UBND tỉnh giao',
  'Đơn vị phối hợp',
  'Ghi chú',
  'Kinh phí',
  'Nguồn vốn',
];
/** A row of the wide layout: only the cells given, the others empty. */
function wide(
  n: number,
  cells: Partial<
    Record<
      | 'title'
      | 'code'
      | 'target'
      | 'deadline'
      | 'extension'
      | 'start'
      | 'completed'
      | 'progress'
      | 'status'
      | 'task'
      | 'coordinating'
      | 'notes'
      | 'cost'
      | 'fund',
      CellValue
    >
  >,
): CellValue[] {
  const order = [
    'title',
    'code',
    'target',
    'deadline',
    'extension',
    'start',
    'completed',
    'progress',
    'status',
    'task',
    'coordinating',
    'notes',
    'cost',
    'fund',
  ] as const;
  return [n, ...order.map((k) => cells[k] ?? null)];
}
const wideSheet = (rows: CellValue[][], name = 'Đầu việc', opts: Parameters<typeof sheet>[2] = {}) =>
  sheet(name, [...TITLE, WIDE, ...rows], opts);
const where = (i: Issue) => `${i.rule}@${i.sheet ?? ''}!${i.cell ?? ''}`;

describe('each column of a commitment, as read', () => {
  test('a row with every column filled', () => {
    const r = checkWorkbook(
      {
        file: 'van-phong.xlsx',
        sheets: [
          wideSheet([
            wide(1, {
              title: 'Tổ chức Lễ hội Dừa',
              code: 'VP-01',
              target: '01 lễ hội',
              deadline: '30/6/2023',
              start: '01/3/2023',
              completed: '25/6/2023',
              progress: 100,
              status: 'Đã hoàn thành',
              task: 'ubt - 001',
              coordinating: 'Sở Du lịch',
              notes: 'Đã tổng kết',
              cost: '500 triệu',
              fund: 'Ngân sách tỉnh',
            }),
          ]),
        ],
      },
      { asOf, department },
    );
    expect(r.issues).toEqual([]);
    expect(r.unit?.code).toBe('VP');
    const c = r.commitments[0];
    expect(c).toEqual({
      id: commitmentKey(c),
      unit: 'VP',
      block: 'QLNN',
      field: null,
      code: 'VP-01',
      title: 'Tổ chức Lễ hội Dừa',
      target: '01 lễ hội',
      owner: null,
      start: '2023-03-01',
      deadline: '2023-06-30',
      deadlineText: '30/6/2023',
      originalDeadline: null,
      extendedDeadline: null,
      recurring: false,
      completedOn: '2023-06-25',
      progress: 100,
      statusText: 'Đã hoàn thành',
      status: 'done_on_time',
      provincialTask: 'UBT-001',
      coordinating: 'Sở Du lịch',
      notes: 'Đã tổng kết',
      extra: { 'Kinh phí': '500 triệu', 'Nguồn vốn': 'Ngân sách tỉnh' },
      source: { file: 'van-phong.xlsx', sheet: 'Đầu việc', row: 5, titleColumn: 'B' },
    });
    // The id: the unit and the code, folded.
    expect(c.id).toBe(`VP:${foldWords('VP-01')}`);
  });

  test('the columns left empty read as nothing, and the unknown ones as no extra', () => {
    const r = checkWorkbook(
      {
        file: 'van-phong.xlsx',
        sheets: [
          wideSheet([
            wide(1, { title: 'Kiểm kê di tích', deadline: '30/9/2023', fund: 'Ngân sách tỉnh' }),
            wide(2, { title: 'Số hóa tư liệu', deadline: '30/9/2023' }),
          ]),
        ],
      },
      { asOf },
    );
    expect(
      r.commitments.map((c) => [
        c.code,
        c.target,
        c.start,
        c.completedOn,
        c.progress,
        c.statusText,
        c.provincialTask,
        c.coordinating,
        c.notes,
        c.extra,
        c.unit,
        c.block,
      ]),
    ).toEqual([
      [null, null, null, null, null, null, null, null, null, { 'Nguồn vốn': 'Ngân sách tỉnh' }, null, null],
      [null, null, null, null, null, null, null, null, null, {}, null, null],
    ]);
    // Without a unit the id is scoped by the file.
    expect(r.commitments[1].id).toBe(commitmentKey(r.commitments[1]));
    expect(r.commitments[1].id.startsWith('van-phong.xlsx:t')).toBe(true);
  });

  test('an extension column replaces the deadline for the status, and keeps the one registered', () => {
    const r = checkWorkbook(
      {
        file: 'van-phong.xlsx',
        sheets: [
          wideSheet([
            wide(1, {
              title: 'Kiểm kê di tích',
              deadline: '30/6/2023',
              extension: '30/9/2023',
              progress: 50,
              status: 'Đang thực hiện',
            }),
            wide(2, {
              title: 'Số hóa tư liệu',
              deadline: '31/5/2023 (gia hạn đến 31/7/2023)',
              progress: 40,
              status: 'Đang thực hiện',
            }),
            wide(3, { title: 'Hội thi', deadline: 'Thường xuyên', extension: '31/8/2023' }),
            wide(4, {
              title: 'Trưng bày',
              deadline: '31/5/2023 (gia hạn đến 31/7/2023)',
              extension: '31/8/2023',
              progress: 40,
            }),
            wide(5, { title: 'Đón đoàn', deadline: '30/9/2023', extension: '30/9/2023' }),
          ]),
        ],
      },
      { asOf },
    );
    expect(r.issues).toEqual([]);
    expect(
      r.commitments.map((c) => [c.deadline, c.originalDeadline, c.extendedDeadline, c.recurring, c.status]),
    ).toEqual([
      ['2023-09-30', '2023-06-30', '2023-09-30', false, 'in_progress'],
      ['2023-07-31', '2023-05-31', '2023-07-31', false, 'in_progress'],
      // Recurring no more once an extension gives it a day.
      ['2023-08-31', null, '2023-08-31', false, 'not_started'],
      // The extension column wins over the one written in the deadline cell.
      ['2023-08-31', '2023-05-31', '2023-08-31', false, 'in_progress'],
      // An "extension" to the same day moves nothing.
      ['2023-09-30', null, '2023-09-30', false, 'not_started'],
    ]);
  });

  test('recurring, a range for a deadline, a date cell, a start by period', () => {
    const r = checkWorkbook(
      {
        file: 'vp.xlsx',
        sheets: [
          wideSheet(
            [
              wide(1, { title: 'Trưng bày', deadline: 'Thường xuyên', start: 'Quý II/2023' }),
              wide(2, { title: 'Hội nghị', deadline: 'Từ 01/7/2023 đến 30/9/2023' }),
              wide(3, { title: 'Báo cáo', deadline: 45107 }),
              wide(4, { title: 'Tập huấn', deadline: 'Từ 01/7/2023 đến 30/9/2023', start: 'Quý II/2023' }),
            ],
            'Đầu việc',
            { formats: { E7: 'dd/mm/yyyy' } },
          ),
        ],
      },
      { asOf },
    );
    expect(r.issues).toEqual([]);
    expect(r.commitments.map((c) => [c.deadline, c.deadlineText, c.start, c.recurring, c.status])).toEqual([
      [null, 'Thường xuyên', '2023-04-01', true, 'recurring'],
      // A range: its first day is the start.
      ['2023-09-30', 'Từ 01/7/2023 đến 30/9/2023', '2023-07-01', false, 'not_started'],
      // A date cell: the day it shows, not its serial number.
      ['2023-06-30', '30/06/2023', null, false, 'not_started'],
      // A start column wins over the range's first day.
      ['2023-09-30', 'Từ 01/7/2023 đến 30/9/2023', '2023-04-01', false, 'not_started'],
    ]);
  });

  test('no deadline column: no status, unless cancelled or given an extension', () => {
    const header: CellValue[] = [
      'STT',
      'Nội dung đầu việc',
      'Người chịu trách nhiệm',
      'Tiến độ (%)',
      'Tình trạng',
      'Thời hạn điều chỉnh',
    ];
    const r = checkWorkbook(
      {
        file: 'vp.xlsx',
        sheets: [
          sheet('Đầu việc', [
            ...TITLE,
            header,
            [1, 'Hội nghị', 'Lê Văn C', 50, 'Đang thực hiện', null],
            [2, 'Hội thi', 'Lê Văn C', null, 'Dừng thực hiện', null],
            [3, 'Tập huấn', 'Lê Văn C', 20, 'Đang thực hiện', '30/9/2023'],
          ]),
        ],
      },
      { asOf },
    );
    expect(r.commitments.map((c) => [c.deadline, c.status])).toEqual([
      [null, null],
      [null, 'cancelled'],
      ['2023-09-30', 'in_progress'],
    ]);
    expect(r.issues.map(where)).toEqual(['missing-deadline-column@Đầu việc!A4']);
  });
});

describe('the issues a row raises, at its cell', () => {
  test("every rule of a row, in the row's order, with what it says", () => {
    const r = checkWorkbook(
      {
        file: 'van-phong.xlsx',
        sheets: [
          wideSheet([
            wide(1, {
              title: 'Giải chạy',
              deadline: 'Sau Tết',
              extension: 'Chờ ý kiến',
              start: '32/1/2023',
              completed: '28/6/20233',
              progress: 120,
              status: 'Hơi chậm',
              task: 'UBT-999',
            }),
            wide(2, { title: 'Tập huấn', progress: 10 }),
            wide(3, { deadline: '30/9/2023', progress: 10 }),
            wide(4, { progress: 10 }),
            wide(5, { title: 'Đón đoàn khảo sát', deadline: '31/5/2023', progress: 100, status: 'Đã hoàn thành' }),
            wide(6, { title: 'Báo cáo quý', deadline: '30/9/2023', progress: 80, status: 'Đã hoàn thành' }),
            wide(7, { title: 'Tập huấn', deadline: '30/9/2023', progress: 'khoảng một nửa' }),
            wide(8, { title: 'Tập huấn cán bộ', deadline: '31/5/2023', progress: 100 }),
          ]),
        ],
      },
      { asOf, department },
    );
    expect(r.issues.map((i) => [where(i), i.unit, i.params])).toEqual([
      ['bad-deadline@Đầu việc!E5', 'VP', { value: 'Sau Tết' }],
      ['bad-date@Đầu việc!F5', 'VP', { value: 'Chờ ý kiến', column: 'extendedDeadline' }],
      ['bad-date@Đầu việc!G5', 'VP', { value: '32/1/2023', column: 'start' }],
      ['bad-date@Đầu việc!H5', 'VP', { value: '28/6/20233', column: 'completedOn' }],
      ['bad-progress@Đầu việc!I5', 'VP', { value: '120' }],
      ['unknown-status@Đầu việc!J5', 'VP', { value: 'Hơi chậm' }],
      ['unknown-provincial-task@Đầu việc!K5', 'VP', { value: 'UBT-999' }],
      ['missing-deadline@Đầu việc!E6', 'VP', { title: 'Tập huấn' }],
      ['missing-title@Đầu việc!B7', 'VP', {}],
      ['missing-deadline@Đầu việc!E8', 'VP', { title: '—' }],
      ['missing-title@Đầu việc!B8', 'VP', {}],
      ['missing-completion-date@Đầu việc!J9', 'VP', { deadline: '31/05/2023' }],
      ['status-progress-mismatch@Đầu việc!J10', 'VP', { status: 'Đã hoàn thành', progress: 80 }],
      ['bad-progress@Đầu việc!I11', 'VP', { value: 'khoảng một nửa' }],
      // Done by its progress alone: the date is asked in the status column all the same.
      ['missing-completion-date@Đầu việc!J12', 'VP', { deadline: '31/05/2023' }],
      ['duplicate-commitment@Đầu việc!B11', 'VP', { title: 'Tập huấn', firstRow: 6, firstSheet: 'Đầu việc' }],
    ]);
    expect(r.commitments.map((c) => [c.title, c.deadline, c.start, c.completedOn, c.progress, c.status])).toEqual([
      ['Giải chạy', null, null, null, null, null],
      // No deadline to measure it by: no status.
      ['Tập huấn', null, null, null, 10, null],
      ['', '2023-09-30', null, null, 10, 'in_progress'],
      ['', null, null, null, 10, null],
      ['Đón đoàn khảo sát', '2023-05-31', null, null, 100, 'done_late'],
      ['Báo cáo quý', '2023-09-30', null, null, 80, 'done_on_time'],
      ['Tập huấn', '2023-09-30', null, null, null, 'not_started'],
      ['Tập huấn cán bộ', '2023-05-31', null, null, 100, 'done_late'],
    ]);
    // The repeat gets the next id.
    expect(r.commitments[6].id).toBe(`${r.commitments[1].id}-2`);
  });

  test('without a status column, what the progress says is asked at the progress cell', () => {
    const header: CellValue[] = ['STT', 'Nội dung đầu việc', 'Thời hạn', 'Tiến độ (%)'];
    const r = checkWorkbook(
      {
        file: 'vp.xlsx',
        sheets: [
          sheet('Đầu việc', [header, [1, 'Hội nghị', '31/5/2023', 100], [2, 'Hội thi', '30/9/2023', 'chưa rõ']]),
        ],
      },
      { asOf },
    );
    expect(r.issues.map((i) => [where(i), i.params])).toEqual([
      ['missing-completion-date@Đầu việc!D2', { deadline: '31/05/2023' }],
      ['bad-progress@Đầu việc!D3', { value: 'chưa rõ' }],
    ]);
  });

  test('in the language asked, Vietnamese unless told', () => {
    const grid = { file: 'vp.xlsx', sheets: [wideSheet([wide(1, { title: 'Giải chạy', deadline: 'Sau Tết' })])] };
    expect(checkWorkbook(grid, { asOf }).issues[0].message).toBe(
      renderMessage('bad-deadline', { value: 'Sau Tết' }, 'vi'),
    );
    expect(checkWorkbook(grid, { asOf, lang: 'en' }).issues[0].message).toBe(
      renderMessage('bad-deadline', { value: 'Sau Tết' }, 'en'),
    );
  });

  test('a provincial task is checked against the department file, in any case and spacing; without one it is not', () => {
    const rows = [
      wide(1, { title: 'Lễ hội Dừa', deadline: '30/9/2023', task: 'u b t-001' }),
      wide(2, { title: 'Hội thi', deadline: '30/9/2023', task: 'UBT-002' }),
    ];
    const r = checkWorkbook({ file: 'vp.xlsx', sheets: [wideSheet(rows)] }, { asOf, department });
    expect(r.commitments.map((c) => c.provincialTask)).toEqual(['UBT-001', 'UBT-002']);
    expect(r.issues.map((i) => [where(i), i.params])).toEqual([
      ['unknown-provincial-task@Đầu việc!K6', { value: 'UBT-002' }],
    ]);
    expect(checkWorkbook({ file: 'vp.xlsx', sheets: [wideSheet(rows)] }, { asOf }).issues).toEqual([]);
    const lower = departmentSchema.parse({ ...department, provincialTasks: [{ code: 'ubt-002', title: 'Hội thi' }] });
    expect(
      checkWorkbook({ file: 'vp.xlsx', sheets: [wideSheet(rows)] }, { asOf, department: lower }).issues.map(where),
    ).toEqual(['unknown-provincial-task@Đầu việc!K5']);
  });

  test('a row with only its number is a blank line; a row with only its last column is a commitment', () => {
    const r = checkWorkbook(
      {
        file: 'vp.xlsx',
        sheets: [
          wideSheet([
            wide(1, { title: 'Hội nghị', deadline: '30/9/2023' }),
            wide(2, {}),
            wide(3, { fund: 'Ngân sách tỉnh' }),
            wide(4, { title: 'Hội thi', deadline: '30/9/2023' }),
          ]),
        ],
      },
      { asOf },
    );
    expect(r.commitments.map((c) => [c.title, c.source.row, c.extra])).toEqual([
      ['Hội nghị', 5, {}],
      ['', 7, { 'Nguồn vốn': 'Ngân sách tỉnh' }],
      ['Hội thi', 8, {}],
    ]);
  });

  test('the same title twice is a repeat only for the same owner, and a row without a title is never one', () => {
    const header: CellValue[] = ['STT', 'Nội dung đầu việc', 'Người chịu trách nhiệm', 'Thời hạn'];
    const r = checkWorkbook(
      {
        file: 'vp.xlsx',
        sheets: [
          sheet('Đầu việc', [
            ...TITLE,
            header,
            [1, 'Hội nghị', 'Lê Văn C', '30/9/2023'],
            [2, 'Hội nghị', 'Trần Thị D', '30/9/2023'],
            [3, 'HỘI NGHỊ', 'le van c', '30/9/2023'],
            [4, null, 'Lê Văn C', '30/9/2023'],
            [5, null, 'Lê Văn C', '30/9/2023'],
          ]),
        ],
      },
      { asOf },
    );
    expect(r.issues.map((i) => [where(i), i.params])).toEqual([
      ['missing-title@Đầu việc!B8', {}],
      ['missing-title@Đầu việc!B9', {}],
      ['duplicate-commitment@Đầu việc!B7', { title: 'HỘI NGHỊ', firstRow: 5, firstSheet: 'Đầu việc' }],
    ]);
  });

  test('a formula saved without its result reads as empty, with a warning at its cell; a merged cell once', () => {
    const s = wideSheet(
      [
        wide(1, {
          title: 'Hội nghị',
          deadline: '30/9/2023',
          status: 'Đang thực hiện',
          notes: null,
          coordinating: null,
        }),
      ],
      'Đầu việc',
      {
        formulas: { I5: 'N5/O5*100', L5: 'M2', A5: '1' },
        merges: ['L5:M5'],
      },
    );
    s.values[4][0] = 1;
    const r = checkWorkbook({ file: 'vp.xlsx', sheets: [s] }, { asOf, department });
    expect(r.issues.map((i) => [where(i), i.unit, i.params])).toEqual([
      ['formula-not-calculated@Đầu việc!I5', 'VP', { formula: '=N5/O5*100' }],
      ['formula-not-calculated@Đầu việc!L5', 'VP', { formula: '=M2' }],
    ]);
    expect(r.commitments[0].progress).toBeNull();
    // Without a formula cell, none.
    expect(
      checkWorkbook(
        { file: 'vp.xlsx', sheets: [wideSheet([wide(1, { title: 'Hội nghị', deadline: '30/9/2023' })])] },
        { asOf },
      ).issues,
    ).toEqual([]);
  });
});

describe('progress by month: the latest month filled up to the as-of date', () => {
  const months = (asOfDate: string, values: CellValue[], planYear?: number) =>
    checkWorkbook(
      {
        file: 'm.xlsx',
        sheets: [
          sheet('KH', [
            [
              'STT',
              'Nội dung công việc',
              'Thời hạn',
              'T1',
              'T2',
              'T3',
              'T4',
              'T5',
              'T6',
              'T7',
              'T8',
              'T9',
              'T10',
              'T11',
              'T12',
            ],
            [1, 'Việc một', '31/12/2023', ...values],
          ]),
        ],
      },
      { asOf: asOfDate, planYear },
    );

  test('the as-of month itself counts, a later one does not', () => {
    expect(months('2023-06-30', [10, 20, 30, 40, 55, 60, 99]).commitments[0].progress).toBe(60);
    expect(months('2023-05-31', [10, 20, 30, 40, 55, 60, 99]).commitments[0].progress).toBe(55);
  });

  test("a summary made after the plan's year reads every month; one before it, none", () => {
    const values = [10, 20, 30, 40, 55, 60, 70, 75, 80, 85, 90, 95];
    expect(months('2024-01-15', values, 2023).commitments[0].progress).toBe(95);
    expect(months('2022-12-31', values, 2023).commitments[0].progress).toBeNull();
  });

  test('a month that is no percentage is said at its cell', () => {
    const r = months('2023-06-30', [10, 20, 30, 40, 55, 'gần xong']);
    expect([r.commitments[0].progress, r.issues.map(where)]).toEqual([null, ['bad-progress@KH!I2']]);
  });
});

describe("who a sheet's commitments belong to, when no column says", () => {
  const person = (
    name: string,
    header: CellValue[] = ['TT', 'Tên nhiệm vụ', 'Thời hạn'],
    row: CellValue[] = [1, `Việc của ${name}`, '30/12/2023'],
  ) => sheet(name, [header, row]);

  test("the sheet's name, without a leading title", () => {
    const names = [
      'GĐ Nguyễn Văn An',
      'PGĐ - Lê Thị Bình',
      'P.GĐ: Trần Văn Cường',
      'P. GĐ Võ Thị Dung',
      'Phó Giám đốc Phạm Văn Em',
      'Giám đốc. Hồ Thị Gấm',
      'Nguyễn Văn Hải (Phó Giám đốc)',
    ];
    const r = checkWorkbook({ file: 'bgd.xlsx', sheets: names.map((n) => person(n)) }, { asOf });
    expect(r.commitments.map((c) => c.owner)).toEqual([
      'Nguyễn Văn An',
      'Lê Thị Bình',
      'Trần Văn Cường',
      'Võ Thị Dung',
      'Phạm Văn Em',
      'Hồ Thị Gấm',
      'Nguyễn Văn Hải (Phó Giám đốc)',
    ]);
  });

  test('not a name that says nothing about a person', () => {
    const names = ['Sheet1', 'Trang_tính1', 'Kế hoạch 2023', 'Tổng hợp', '2023', 'Biểu 01', '—'];
    const r = checkWorkbook({ file: 'bgd.xlsx', sheets: names.map((n) => person(n)) }, { asOf });
    expect(r.commitments.map((c) => [c.source.sheet, c.owner])).toEqual(names.map((n) => [n, null]));
  });

  test('with an owner column, an empty owner cell stays empty, whatever the sheet is named', () => {
    const r = checkWorkbook(
      {
        file: 'bgd.xlsx',
        sheets: [
          person(
            'GĐ Nguyễn Văn An',
            ['TT', 'Tên nhiệm vụ', 'Người chịu trách nhiệm', 'Thời hạn'],
            [1, 'Việc chung', null, '30/12/2023'],
          ),
        ],
      },
      { asOf },
    );
    expect(r.commitments.map((c) => c.owner)).toEqual([null]);
  });
});

describe('the year a list is for, and the sheets passed over', () => {
  const yearSheet = (name: string, y: number, rows: CellValue[][] = [[1, `Việc năm ${y}`, '30/9']]) =>
    sheet(name, [
      ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
      [`ĐẦU VIỆC TRỌNG TÂM NĂM ${y}`],
      [],
      ['STT', 'Nội dung đầu việc', 'Thời hạn'],
      ...rows,
    ]);

  test('the latest year a table is named or titled for; the other years passed over, their titles left out', () => {
    const r = checkWorkbook(
      {
        file: 'vp.xlsx',
        sheets: [yearSheet('Năm 2023', 2023), yearSheet('Năm 2022', 2022), sheet('Ghi chú', [['Ghi chú']])],
      },
      { asOf },
    );
    expect(r.planYear).toBe(2023);
    expect(r.commitments.map((c) => [c.title, c.deadline])).toEqual([['Việc năm 2023', '2023-09-30']]);
    expect(r.issues.map((i) => [where(i), i.params])).toEqual([
      ['other-year-sheet@Năm 2022!', { sheet: 'Năm 2022', year: 2022, planYear: 2023 }],
    ]);
    expect(r.sheets.map((s) => [s.sheet, s.table !== null, s.commitments])).toEqual([
      ['Năm 2023', true, 1],
      ['Năm 2022', false, 0],
      ['Ghi chú', false, 0],
    ]);
    expect(r.titleText).toContain('NĂM 2023');
    expect(r.titleText).not.toContain('NĂM 2022');
  });

  test("the year asked, or the department's, comes first", () => {
    const grid = { file: 'vp.xlsx', sheets: [yearSheet('Năm 2023', 2023), yearSheet('Năm 2022', 2022)] };
    const asked = checkWorkbook(grid, { asOf, planYear: 2022 });
    expect([asked.planYear, asked.commitments.map((c) => c.deadline), asked.issues.map(where)]).toEqual([
      2022,
      ['2022-09-30'],
      ['other-year-sheet@Năm 2023!'],
    ]);
    const dept = checkWorkbook(grid, { asOf, department: { ...department, year: 2022 } });
    expect([dept.planYear, dept.commitments.map((c) => c.deadline)]).toEqual([2022, ['2022-09-30']]);
  });

  test('a list that names no year is for the year of the as-of date, and a day without a year falls in it', () => {
    const s = sheet('Đầu việc', [
      ['STT', 'Nội dung đầu việc', 'Thời hạn'],
      [1, 'Hội nghị', '30/9'],
    ]);
    const r = checkWorkbook({ file: 'vp.xlsx', sheets: [s] }, { asOf: '2024-03-31' });
    expect([r.planYear, r.commitments[0].deadline]).toEqual([2024, '2024-09-30']);
    // A title naming the year decides for its sheet.
    const titled = checkWorkbook({ file: 'vp.xlsx', sheets: [yearSheet('Đầu việc', 2023)] }, { asOf: '2024-03-31' });
    expect([titled.planYear, titled.commitments[0].deadline]).toEqual([2023, '2023-09-30']);
  });

  test('a sheet that repeats another by formulas is passed over', () => {
    const header: CellValue[] = ['STT', 'Nội dung đầu việc', 'Thời hạn'];
    const source = sheet('Năm 2023', [
      ['ĐẦU VIỆC NĂM 2023'],
      [],
      [],
      header,
      [1, 'Tổ chức Lễ hội Dừa', '30/9/2023'],
      [2, 'Kiểm kê di tích', '30/9/2023'],
    ]);
    const formulas: Record<string, string> = {};
    for (const r of [5, 6]) for (const c of 'ABC') formulas[`${c}${r}`] = `'Năm 2023'!${c}${r}`;
    const mirror = sheet(
      'Tổng hợp',
      [['TỔNG HỢP'], [], [], header, [1, 'Tổ chức Lễ hội Dừa', '30/9/2023'], [2, 'Kiểm kê di tích', '30/9/2023']],
      { formulas },
    );
    const r = checkWorkbook({ file: 'vp.xlsx', sheets: [source, mirror] }, { asOf });
    expect(r.commitments.map((c) => c.source.sheet)).toEqual(['Năm 2023', 'Năm 2023']);
    expect(r.issues.map((i) => [where(i), i.params])).toEqual([
      ['mirror-sheet@Tổng hợp!', { sheet: 'Tổng hợp', source: 'Năm 2023' }],
    ]);
    expect(r.titleText).not.toContain('TỔNG HỢP');
  });

  test('what camket itself keeps in the workbook is never read', () => {
    const rollup = sheet('camket Tổng hợp', [
      ['STT', 'Nội dung đầu việc', 'Thời hạn'],
      [1, 'Dòng tổng hợp', '30/9/2023'],
    ]);
    const r = checkWorkbook(
      {
        file: 'vp.xlsx',
        sheets: [
          rollup,
          sheet('Đầu việc', [
            ['STT', 'Nội dung đầu việc', 'Thời hạn'],
            [1, 'Hội nghị', '30/9/2023'],
          ]),
        ],
      },
      { asOf },
    );
    expect(r.commitments.map((c) => c.title)).toEqual(['Hội nghị']);
    expect(r.sheets.map((s) => s.sheet)).toEqual(['Đầu việc']);
  });

  test('text in a legacy font is read as Unicode, and said once per sheet with its encoding', () => {
    const header: CellValue[] = ['STT', 'Nội dung đầu việc', 'Thời hạn'];
    const tcvn3 = sheet(
      'TCVN3',
      [header, [1, 'Tæ chøc LÔ héi Dõa', '30/9/2023'], [2, 'Néi dung c«ng viÖc', '30/9/2023']],
      { fonts: { B2: '.VnTime', B3: '.VnTime' } },
    );
    const vni = sheet('VNI', [header, [1, 'Noäi dung coâng vieäc', '30/9/2023']], { fonts: { B2: 'VNI-Times' } });
    const r = checkWorkbook({ file: 'vp.xlsx', sheets: [tcvn3, vni] }, { asOf, department });
    expect(r.commitments.map((c) => c.title)).toEqual([
      'Tổ chức Lễ hội Dừa',
      'Nội dung công việc',
      'Nội dung công việc',
    ]);
    expect(r.issues.map((i) => [where(i), i.unit, i.params])).toEqual([
      ['legacy-encoding@TCVN3!B2', null, { encoding: 'TCVN3', cells: 2 }],
      ['legacy-encoding@VNI!B2', null, { encoding: 'VNI', cells: 1 }],
    ]);
  });

  test("the name shown is the one given; the unit is found by the workbook's own; no table, said under the unit", () => {
    const r = checkWorkbook(
      { file: 'van-phong.xlsx', sheets: [sheet('Công văn', [['Kính gửi: Sở Văn hóa']])] },
      {
        asOf,
        department: { ...department, units: [{ ...department.units[0], files: ['van-phong*'] }] },
        file: 'thang-6/van-phong.xlsx',
      },
    );
    expect([r.file, r.unit?.code, r.issues.map((i) => [i.rule, i.file, i.unit])]).toEqual([
      'thang-6/van-phong.xlsx',
      'VP',
      [['no-table', 'thang-6/van-phong.xlsx', 'VP']],
    ]);
    expect(r.sheets).toEqual([{ sheet: 'Công văn', table: null, commitments: 0 }]);
  });
});

describe('ids and repeats', () => {
  test('IdAllocator: the key, then -2, -3 for its repeats, each key on its own', () => {
    const ids = new IdAllocator();
    expect(['VP:a', 'VP:a', 'VP:b', 'VP:a', 'VP:b'].map((k) => ids.next(k))).toEqual([
      'VP:a',
      'VP:a-2',
      'VP:b',
      'VP:a-3',
      'VP:b-2',
    ]);
  });

  test('findDuplicates: the same title of one unit in two files is a repeat; of no unit, only within one file', () => {
    const c = (file: string, row: number, unit: string | null): Commitment => ({
      ...checkWorkbook(
        {
          file,
          sheets: [
            sheet('DV', [
              ['STT', 'Nội dung đầu việc', 'Thời hạn'],
              [1, 'Hội nghị', '30/9/2023'],
            ]),
          ],
        },
        { asOf },
      ).commitments[0],
      unit,
      source: { file, sheet: 'DV', row, titleColumn: 'B' },
    });
    expect(
      findDuplicates([c('a.xlsx', 2, 'VP'), c('b.xlsx', 7, 'VP')]).map((i) => [
        i.rule,
        i.file,
        i.cell,
        i.unit,
        i.params,
      ]),
    ).toEqual([['duplicate-commitment', 'b.xlsx', 'B7', 'VP', { title: 'Hội nghị', firstRow: 2, firstSheet: 'DV' }]]);
    expect(findDuplicates([c('a.xlsx', 2, null), c('b.xlsx', 7, null)])).toEqual([]);
    expect(findDuplicates([c('a.xlsx', 2, null), c('a.xlsx', 7, null)]).map((i) => i.cell)).toEqual(['B7']);
    expect(findDuplicates([c('a.xlsx', 2, null), c('a.xlsx', 7, null)], 'en')[0].message).toBe(
      renderMessage('duplicate-commitment', { title: 'Hội nghị', firstRow: 2, firstSheet: 'DV' }, 'en'),
    );
  });

  test('commitmentKey: the code when there is one, else the title; scoped by the unit, else the file', () => {
    const base = {
      unit: 'VP',
      code: null,
      title: 'Hội nghị',
      source: { file: 'a.xlsx', sheet: 'DV', row: 2, titleColumn: 'B' },
    };
    expect(commitmentKey(base)).toBe(
      commitmentKey({ ...base, title: 'HỘI  NGHỊ', source: { ...base.source, file: 'b.xlsx' } }),
    );
    expect(commitmentKey(base)).not.toBe(commitmentKey({ ...base, title: 'Hội thi' }));
    expect(commitmentKey({ ...base, code: 'VP 01' })).toBe('VP:vp 01');
    expect(commitmentKey({ ...base, unit: null })).not.toBe(
      commitmentKey({ ...base, unit: null, source: { ...base.source, file: 'b.xlsx' } }),
    );
    expect(commitmentKey({ ...base, unit: null }).startsWith('a.xlsx:t')).toBe(true);
  });
});
