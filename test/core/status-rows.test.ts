// Status words and progress forms as clerks write them, read through checkWorkbook: the status each
// row gets and the issues it raises (PRODUCT.md, "Status, as of a date" and "Progress as …").
import { checkWorkbook } from '../../src/core/check';
import type { CellValue } from '../../src/core/grid';
import type { StatusCode } from '../../src/core/model';
import { sheet } from '../helpers/grid';

const asOf = '2024-06-30';
const TITLE: CellValue[][] = [['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], ['DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2024'], []];
const HEADER: CellValue[] = [
  'STT',
  'Nội dung đầu việc',
  'Chỉ tiêu',
  'Thời hạn',
  'Tiến độ (%)',
  'Tình trạng',
  'Ngày hoàn thành',
];
const FIRST_ROW = TITLE.length + 2; // Excel row of the first commitment

type Case = [
  label: string,
  target: CellValue,
  deadline: CellValue,
  progress: CellValue,
  statusText: CellValue,
  completedOn: CellValue,
  progressOut: number | null,
  status: StatusCode | null,
  issues: string[],
];

const CASES: Case[] = [
  // status words
  [
    'Tạm dừng: unknown, warned, status from progress',
    'Báo cáo',
    '30/9/2024',
    40,
    'Tạm dừng',
    null,
    40,
    'in_progress',
    ['unknown-status@F'],
  ],
  [
    'Tạm dừng thực hiện: no cancellation',
    'Báo cáo',
    '30/9/2024',
    null,
    'Tạm dừng thực hiện',
    null,
    null,
    'not_started',
    ['unknown-status@F'],
  ],
  ['Chậm tiến độ: under way, no warning', 'Báo cáo', '30/9/2024', null, 'Chậm tiến độ', null, null, 'in_progress', []],
  [
    'Chưa đến hạn: no status of its own, no warning',
    'Báo cáo',
    '30/9/2024',
    null,
    'Chưa đến hạn',
    null,
    null,
    'not_started',
    [],
  ],
  [
    'Chưa đến hạn at 100 %: done by progress',
    'Báo cáo',
    '30/9/2024',
    100,
    'Chưa đến hạn',
    null,
    100,
    'done_on_time',
    [],
  ],
  ['Trong hạn at 30 %: under way by progress', 'Báo cáo', '30/9/2024', 30, 'Trong hạn', null, 30, 'in_progress', []],
  ['Trong hạn, past the deadline: overdue by dates', 'Báo cáo', '30/4/2024', 30, 'Trong hạn', null, 30, 'overdue', []],
  ['Xong trong hạn: done', 'Báo cáo', '30/9/2024', null, 'Xong trong hạn', null, null, 'done_on_time', []],
  ['Hoàn thành 100%', 'Báo cáo', '30/9/2024', 100, 'Hoàn thành 100%', null, 100, 'done_on_time', []],
  ['Đang triển khai thực hiện', 'Báo cáo', '30/9/2024', 0, 'Đang triển khai thực hiện', null, 0, 'in_progress', []],
  ['Đã xong', 'Báo cáo', '30/9/2024', null, 'Đã xong', null, null, 'done_on_time', []],
  ['HT', 'Báo cáo', '30/9/2024', null, 'HT', null, null, 'done_on_time', []],
  ['Xong', 'Báo cáo', '30/9/2024', 100, 'Xong', null, 100, 'done_on_time', []],
  [
    'Chưa hoàn thành, no progress: not started',
    'Báo cáo',
    '30/9/2024',
    null,
    'Chưa hoàn thành',
    null,
    null,
    'not_started',
    [],
  ],
  [
    'Chưa hoàn thành at 60 %: under way, no mismatch',
    'Báo cáo',
    '30/9/2024',
    60,
    'Chưa hoàn thành',
    null,
    60,
    'in_progress',
    [],
  ],
  [
    'Chưa hoàn thành, past the deadline: overdue, not done',
    'Báo cáo',
    '30/4/2024',
    null,
    'Chưa hoàn thành',
    null,
    null,
    'overdue',
    [],
  ],
  [
    'Chưa hoàn thành at 100 %: the text decides, flagged',
    'Báo cáo',
    '30/9/2024',
    100,
    'Chưa hoàn thành',
    null,
    100,
    'in_progress',
    ['status-progress-mismatch@F'],
  ],
  [
    'Chưa thực hiện at 30 %: not started, flagged',
    'Báo cáo',
    '30/9/2024',
    30,
    'Chưa thực hiện',
    null,
    30,
    'not_started',
    ['status-progress-mismatch@F'],
  ],
  ['Dừng thực hiện', 'Báo cáo', '30/9/2024', 20, 'Dừng thực hiện', null, 20, 'cancelled', []],
  ['Không thực hiện', 'Báo cáo', '30/4/2024', null, 'Không thực hiện', null, null, 'cancelled', []],
  [
    'Đề nghị đưa ra khỏi danh mục',
    'Báo cáo',
    '30/4/2024',
    null,
    'Đề nghị đưa ra khỏi danh mục',
    null,
    null,
    'cancelled',
    [],
  ],
  // progress forms
  ['progress 75 %', 'Báo cáo', '30/9/2024', '75 %', null, null, 75, 'in_progress', []],
  ['progress Đạt 75%', 'Báo cáo', '30/9/2024', 'Đạt 75%', null, null, 75, 'in_progress', []],
  ['progress 80,5', 'Báo cáo', '30/9/2024', '80,5', null, null, 80.5, 'in_progress', []],
  ['progress 8/10 of 10 buổi', 'Tổ chức 10 buổi chiếu phim', '30/9/2024', '8/10', null, null, 80, 'in_progress', []],
  ['progress 8/10 buổi of 10 buổi', '10 buổi', '30/9/2024', '8/10 buổi', null, null, 80, 'in_progress', []],
  ['progress 10/10 of 10 buổi: done', '10 buổi', '30/9/2024', '10/10', null, null, 100, 'done_on_time', []],
  [
    'progress 8/10 with a target of no 10',
    'Báo cáo tổng kết',
    '30/9/2024',
    '8/10',
    null,
    null,
    null,
    'not_started',
    ['bad-progress@E'],
  ],
  ['progress 8/10 of 12 buổi', '12 buổi', '30/9/2024', '8/10', null, null, null, 'not_started', ['bad-progress@E']],
  [
    'progress 5/6 of a target whose 6 is a month',
    'Trước 30/6 tổ chức 5 buổi',
    '30/9/2024',
    '5/6',
    null,
    null,
    null,
    'not_started',
    ['bad-progress@E'],
  ],
  // done, no completion date
  [
    'done, no date, deadline not past: on time, no warning',
    'Báo cáo',
    '30/9/2024',
    100,
    'Đã hoàn thành',
    null,
    100,
    'done_on_time',
    [],
  ],
  [
    'done, no date, as-of on the deadline: on time',
    'Báo cáo',
    '30/6/2024',
    100,
    'Đã hoàn thành',
    null,
    100,
    'done_on_time',
    [],
  ],
  [
    'done, no date, deadline past: late, date asked at the status cell',
    'Báo cáo',
    '30/4/2024',
    100,
    'Đã hoàn thành',
    null,
    100,
    'done_late',
    ['missing-completion-date@F'],
  ],
  [
    'done, no date, recurring: on time, no warning',
    'Báo cáo',
    'Thường xuyên',
    100,
    'Đã hoàn thành',
    null,
    100,
    'done_on_time',
    [],
  ],
  [
    'done, completed before the deadline',
    'Báo cáo',
    '30/4/2024',
    100,
    'Đã hoàn thành',
    '15/4/2024',
    100,
    'done_on_time',
    [],
  ],
  [
    'done, completed after the deadline: late, nothing asked',
    'Báo cáo',
    '30/4/2024',
    100,
    'Đã hoàn thành',
    '15/5/2024',
    100,
    'done_late',
    [],
  ],
];

describe('status words and progress forms in checked rows', () => {
  const rows = CASES.map(([label, target, deadline, progress, status, completedOn], i): CellValue[] => [
    i + 1,
    label,
    target,
    deadline,
    progress,
    status,
    completedOn,
  ]);
  const r = checkWorkbook({ file: 'don-vi.xlsx', sheets: [sheet('DV', [...TITLE, HEADER, ...rows])] }, { asOf });

  test('every case is read as a commitment', () => {
    expect(r.commitments.map((c) => c.title)).toEqual(CASES.map((c) => c[0]));
  });

  test.each(CASES.map((c, i) => [c[0], i] as const))('%s', (_, i) => {
    const [, , , , , , progress, status, issues] = CASES[i];
    const c = r.commitments[i];
    const row = FIRST_ROW + i;
    const found = r.issues
      .filter((x) => x.cell?.replace(/^[A-Z]+/, '') === String(row))
      .map((x) => `${x.rule}@${x.cell}`);
    expect([c.progress, c.status, found]).toEqual([progress, status, issues.map((x) => `${x}${row}`)]);
  });

  test('the warning for a missing completion date shows the deadline as the clerk writes it', () => {
    const i = r.issues.find((x) => x.rule === 'missing-completion-date')!;
    expect(i.params).toEqual({ deadline: '30/04/2024' });
    expect(i.severity).toBe('warning');
  });
});

describe('no status column: a missing completion date is asked for at the progress cell', () => {
  test('progress 100, deadline past, no completion date', () => {
    const r = checkWorkbook(
      {
        file: 'don-vi.xlsx',
        sheets: [
          sheet(
            'DV',
            [
              ...TITLE,
              ['STT', 'Nội dung đầu việc', 'Thời hạn', 'Tiến độ (%)'],
              [1, 'Tổng kết Lễ hội Dừa', '30/4/2024', 1],
              [2, 'Báo cáo quý', '30/9/2024', 1],
            ],
            { formats: { D5: '0%', D6: '0%' } },
          ),
        ],
      },
      { asOf },
    );
    expect(r.commitments.map((c) => [c.progress, c.status])).toEqual([
      [100, 'done_late'],
      [100, 'done_on_time'],
    ]);
    expect(r.issues.map((i) => `${i.rule}@${i.cell}`)).toEqual(['missing-completion-date@D5']);
  });
});
