// Habits of real clerks' workbooks that our own examples never had: footers that sum up or note,
// numbered group headings over their items, last year's sheet kept beside this year's, a summary
// sheet that mirrors the list by formulas, and formulas saved without their result.
import { carryState, creditEarlierCompletion } from '../../src/core/changes';
import { checkWorkbook } from '../../src/core/check';
import type { CellValue } from '../../src/core/grid';
import { classifyRow, summarisesAbove } from '../../src/core/rows';
import { SheetView } from '../../src/core/sheet-view';
import { detectTable } from '../../src/core/table';
import { sheet } from '../helpers/grid';

const asOf = '2024-06-30';
const HEADER: CellValue[] = [
  'STT',
  'Nội dung đầu việc',
  'Người chịu trách nhiệm',
  'Thời hạn',
  'Tiến độ (%)',
  'Tình trạng',
];
const TITLE: CellValue[][] = [['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], ['DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2024'], []];
const row = (
  n: number | string | null,
  title: string,
  deadline: CellValue = '30/9/2024',
  progress: CellValue = 50,
): CellValue[] => [n, title, 'Lê Văn C', deadline, progress, 'Đang thực hiện'];

const check = (sheets: ReturnType<typeof sheet>[], opts: { year?: number } = {}) =>
  checkWorkbook(
    { file: 'don-vi.xlsx', sheets },
    {
      asOf,
      ...(opts.year ? { department: { name: 'Sở', year: opts.year, blocks: [], units: [], provincialTasks: [] } } : {}),
    },
  );
const titles = (r: ReturnType<typeof check>) => r.commitments.map((c) => c.title);
const rules = (r: ReturnType<typeof check>) => r.issues.map((i) => `${i.rule}@${i.sheet}!${i.cell}`);

describe('footers are not commitments and raise no issue', () => {
  test('an average row, a count of tasks, a totals row of formulas, a place-and-date line, notes and signatures', () => {
    const rows: CellValue[][] = [
      ...TITLE,
      HEADER,
      row(1, 'Tổ chức Lễ hội Dừa'),
      row(2, 'Tổng số lượt khách du lịch đạt 1,8 triệu lượt'),
      row(3, 'Tổng kết 10 năm phong trào toàn dân đoàn kết xây dựng đời sống văn hóa'),
      [4],
      [5, null, null, null, null, null],
      [null, 'Tiến độ bình quân', null, null, 50, null],
      [null, 'Tổng số: 3 đầu việc', null, null, null, null],
      [null, 'Trung bình', null, null, 50, null],
      [null, null, null, null, 150, null],
      [null, '(*) Thời hạn theo Kế hoạch số 12/KH-SVHTTDL ngày 05/01/2024 của Sở'],
      [null, 'Ghi chú: đơn vị cập nhật tiến độ hằng tháng'],
      [null, 'Bến Tre, ngày 31 tháng 5 năm 2024'],
      [null, 'NGƯỜI LẬP BIỂU', null, 'THỦ TRƯỞNG ĐƠN VỊ'],
      [null, 'Phạm Thị D', null, 'Võ Văn E'],
    ];
    const s = sheet('Năm 2024', rows, {
      formulas: { E10: '=AVERAGE(E5:E9)', E12: 'AVERAGE(E5:E7)', E13: '=SUBTOTAL(109,[Tiến độ (%)])' },
    });
    const r = check([s]);
    expect(titles(r)).toEqual([
      'Tổ chức Lễ hội Dừa',
      'Tổng số lượt khách du lịch đạt 1,8 triệu lượt',
      'Tổng kết 10 năm phong trào toàn dân đoàn kết xây dựng đời sống văn hóa',
    ]);
    expect(rules(r)).toEqual([]);
  });

  test('a row of sums with no label at all, told only by its formulas over the column above', () => {
    const s = sheet(
      'DV',
      [...TITLE, HEADER, row(1, 'Việc một'), row(2, 'Việc hai'), [null, null, null, null, 100, null]],
      { formulas: { E7: 'SUM(E5:E6)' } },
    );
    const view = new SheetView(s);
    const table = detectTable(view)!;
    expect(classifyRow(view, table, 6)).toEqual({ kind: 'total' });
    // The same figure typed by hand is a row with data and no title: a mistake to show.
    const typed = check([
      sheet('DV', [...TITLE, HEADER, row(1, 'Việc một'), row(2, 'Việc hai'), [null, null, null, null, 100, null]]),
    ]);
    expect(rules(typed)).toEqual(['missing-deadline@DV!D7', 'missing-title@DV!B7']);
  });

  test.each([
    ['SUM(E5:E16)', 20, true],
    ['AVERAGE($E$5:$E$16)', 20, true],
    ['_xlfn.AGGREGATE(1,6,E5:E16)', 20, true],
    ['SUBTOTAL(109,Bang1[Tiến độ])', 20, true],
    ['COUNTA(B5:B16)', 20, true],
    ['SUM(E5:E16)', 10, false], // a section row summing the items below it
    ['E5/D5*100', 20, false],
    ['AVERAGE(F20:F30)', 10, false],
    ['IF(E5>0,1,0)', 20, false],
  ])('summarisesAbove(%s) at row %i: %s', (formula, rowIndex, expected) => {
    expect(summarisesAbove(formula, rowIndex)).toBe(expected);
  });
});

describe('numbered group headings over their items', () => {
  test('"1. Công tác tuyên truyền" with 1.1, 1.2 and "2." with "-" items: the headings are no commitments, the field stays the section\'s', () => {
    const s = sheet('DV', [
      ...TITLE,
      HEADER,
      ['I', 'LĨNH VỰC VĂN HÓA'],
      [1, 'Công tác tuyên truyền, quảng bá'],
      ['1.1', 'Tuyên truyền Lễ hội Dừa', 'Lê Văn C', '30/9/2024', 100, 'Đã hoàn thành'],
      ['1.2', 'Quảng bá du lịch', 'Lê Văn C', '30/9/2024', 50, 'Đang thực hiện'],
      ['2.', 'Công tác di sản', null, null, null, null],
      [],
      ['-', 'Kiểm kê di tích', 'Lê Văn C', '30/9/2024', 50, 'Đang thực hiện'],
      ['-', 'Tu bổ đình Phú Lễ', 'Lê Văn C', '30/9/2024', 50, 'Đang thực hiện'],
      [3, 'Xây dựng đề án bảo tồn'],
      [4, 'Số hóa tư liệu', 'Lê Văn C', '30/9/2024', 50, 'Đang thực hiện'],
    ]);
    const r = check([s]);
    expect(r.commitments.map((c) => [c.title, c.field])).toEqual([
      ['Tuyên truyền Lễ hội Dừa', 'LĨNH VỰC VĂN HÓA'],
      ['Quảng bá du lịch', 'LĨNH VỰC VĂN HÓA'],
      ['Kiểm kê di tích', 'LĨNH VỰC VĂN HÓA'],
      ['Tu bổ đình Phú Lễ', 'LĨNH VỰC VĂN HÓA'],
      // A numbered row with only a title and no items under it is a commitment, with its issues.
      ['Xây dựng đề án bảo tồn', 'LĨNH VỰC VĂN HÓA'],
      ['Số hóa tư liệu', 'LĨNH VỰC VĂN HÓA'],
    ]);
    expect(rules(r)).toEqual(['missing-deadline@DV!D13']);
  });

  test('the number written in the title, the heading merged across the row, items "a)" and "b)", an average of the items', () => {
    const s = sheet(
      'DV',
      [
        ...TITLE,
        HEADER,
        [null, '1. Công tác tuyên truyền, quảng bá', null, null, 75, null],
        ['a)', 'Tuyên truyền Lễ hội Dừa', 'Lê Văn C', '30/9/2024', 100, 'Đã hoàn thành'],
        ['b)', 'Quảng bá du lịch', 'Lê Văn C', '30/9/2024', 50, 'Đang thực hiện'],
        [null, '2. Công tác thư viện'],
        [null, '- Luân chuyển sách', 'Lê Văn C', '30/9/2024', 50, 'Đang thực hiện'],
      ],
      { formulas: { E5: 'AVERAGE(E6:E7)' }, merges: ['B8:F8'] },
    );
    const r = check([s]);
    expect(titles(r)).toEqual(['Tuyên truyền Lễ hội Dừa', 'Quảng bá du lịch', '- Luân chuyển sách']);
    expect(r.commitments.map((c) => c.field)).toEqual([null, null, null]);
    expect(rules(r)).toEqual([]);
  });
});

describe("last year's sheet and a mirror of the list are passed over, each with an info issue", () => {
  const list = (name: string, year: number, n: number) =>
    sheet(name, [
      ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'],
      [`ĐẦU VIỆC TRỌNG TÂM NĂM ${year}`],
      [],
      HEADER,
      ...Array.from({ length: n }, (_, i) => row(i + 1, `Việc ${i + 1} năm ${year}`, `30/9/${year}`)),
    ]);

  test('"Năm 2023" beside "Năm 2024": the newer is the list, with or without a department file', () => {
    for (const year of [undefined, 2024]) {
      const r = check([list('Năm 2023', 2023, 5), list('Năm 2024', 2024, 3)], { year });
      expect(titles(r)).toEqual(['Việc 1 năm 2024', 'Việc 2 năm 2024', 'Việc 3 năm 2024']);
      expect(r.issues.map((i) => [i.rule, i.severity, i.sheet, i.cell])).toEqual([
        ['other-year-sheet', 'info', 'Năm 2023', null],
      ]);
      expect(r.issues[0].message).toContain('2023');
      expect(r.planYear).toBe(2024);
    }
  });

  test('a sheet told by its title only, and the department year deciding against the newest sheet', () => {
    const r = check([list('Sheet1', 2024, 2), list('Sheet2', 2025, 1)], { year: 2024 });
    expect(titles(r)).toEqual(['Việc 1 năm 2024', 'Việc 2 năm 2024']);
    expect(rules(r)).toEqual(['other-year-sheet@Sheet2!null']);
    // A workbook with one sheet only, for another year than the department's: said, not read, and no false "no table".
    const only = check([list('Năm 2023', 2023, 2)], { year: 2024 });
    expect(only.commitments).toEqual([]);
    expect(only.issues.map((i) => i.rule)).toEqual(['other-year-sheet']);
  });

  test('a summary sheet whose titles are formulas over "Năm 2024" (with COUNTA lines and a 0 for an empty cell)', () => {
    const values: CellValue[][] = [['TỔNG HỢP'], [], [], HEADER];
    const formulas: Record<string, string> = {};
    for (let i = 0; i < 3; i++) {
      values.push([i + 1, `Việc ${i + 1} năm 2024`, 'Lê Văn C', '30/9/2024', 50, 'Đang thực hiện']);
      for (const col of ['A', 'B', 'C', 'D', 'E', 'F']) formulas[`${col}${5 + i}`] = `'Năm 2024'!${col}${5 + i}`;
    }
    values.push([4, 0, 0, 0, 0, 0]);
    for (const col of ['A', 'B', 'C', 'D', 'E', 'F']) formulas[`${col}8`] = `'Năm 2024'!${col}8`;
    values.push([null, 'Số đầu việc', 3], [null, 'Đã hoàn thành', 0]);
    Object.assign(formulas, { C9: "COUNTA('Năm 2024'!B5:B8)", C10: 'COUNTIF(F5:F8,"Đã hoàn thành")' });
    const mirror = sheet('Tổng hợp', values, { formulas });
    const r = check([list('Năm 2024', 2024, 3), mirror]);
    expect(titles(r)).toEqual(['Việc 1 năm 2024', 'Việc 2 năm 2024', 'Việc 3 năm 2024']);
    expect(r.issues.map((i) => [i.rule, i.severity, i.sheet])).toEqual([['mirror-sheet', 'info', 'Tổng hợp']]);
    expect(r.issues[0].message).toContain('Năm 2024');
  });

  test('one title fetched by a formula among typed ones does not make a mirror', () => {
    const s = list('Năm 2024', 2024, 3);
    const other = sheet('Danh mục', [['x']]);
    const withRef = { ...s, formulas: [[], [], [], [], [null, "'Danh mục'!A1"]] };
    expect(titles(check([withRef, other]))).toHaveLength(3);
  });
});

describe('a formula saved without its result', () => {
  test('reads as an empty cell, never 0, with a formula-not-calculated warning at that cell', () => {
    const s = sheet(
      'DV',
      [
        ...TITLE,
        HEADER,
        [1, 'Việc một', 'Lê Văn C', '30/9/2024', null, null],
        [2, 'Việc hai', 'Lê Văn C', '30/9/2024', 40, null],
      ],
      {
        formulas: { E5: 'G5/H5*100', E6: 'G6/H6*100' },
      },
    );
    const r = check([s]);
    expect(r.commitments.map((c) => c.progress)).toEqual([null, 40]);
    expect(r.issues.map((i) => [i.rule, i.severity, i.cell])).toEqual([['formula-not-calculated', 'warning', 'E5']]);
    expect(r.issues[0].message).toContain('=G5/H5*100');
  });
});

describe('words and forms clerks write, read in a checked row', () => {
  const H: CellValue[] = ['STT', 'Nội dung đầu việc', 'Chỉ tiêu', 'Thời hạn', 'Tiến độ (%)', 'Tình trạng'];
  const r = check([
    sheet('DV', [
      ...TITLE,
      H,
      [1, 'Tạm dừng', 'Báo cáo', '30/9/2024', 40, 'Tạm dừng'],
      [2, 'Chậm tiến độ', 'Báo cáo', '30/9/2024', 40, 'Chậm tiến độ'],
      [3, 'Chưa đến hạn', 'Báo cáo', '30/9/2024', null, 'Chưa đến hạn'],
      [4, 'Buổi chiếu', '10 buổi chiếu phim', '30/9/2024', '8/10', null],
      [5, 'Đạt', 'Báo cáo', '30/9/2024', 'Đạt 75%', null],
      [6, 'Xong sau hạn', 'Báo cáo', '30/4/2024', 100, 'Đã hoàn thành'],
      [7, 'Xong trong hạn', 'Báo cáo', '30/9/2024', 100, 'Đã hoàn thành'],
    ]),
  ]);

  test('statuses and progress', () => {
    expect(r.commitments.map((c) => [c.title, c.progress, c.status])).toEqual([
      ['Tạm dừng', 40, 'in_progress'],
      ['Chậm tiến độ', 40, 'in_progress'],
      ['Chưa đến hạn', null, 'not_started'],
      ['Buổi chiếu', 80, 'in_progress'],
      ['Đạt', 75, 'in_progress'],
      ['Xong sau hạn', 100, 'done_late'],
      ['Xong trong hạn', 100, 'done_on_time'],
    ]);
  });

  test('issues: the pause is warned about, "not yet due" is not; done late without a date asks for it', () => {
    expect(r.issues.map((i) => [i.rule, i.severity, i.cell])).toEqual([
      ['unknown-status', 'warning', 'F5'],
      ['missing-completion-date', 'warning', 'F10'],
    ]);
    expect(r.issues[1].message).toContain('30/04/2024');
  });
});

describe('done, no completion date, deadline past: an earlier summary made by the deadline decides', () => {
  const workbook = [
    sheet('DV', [...TITLE, HEADER, [1, 'Tổng kết Lễ hội Dừa', 'Lê Văn C', '31/5/2024', 100, 'Đã hoàn thành']]),
  ];
  const at = (asOf: string) => checkWorkbook({ file: 'don-vi.xlsx', sheets: workbook }, { asOf });
  const summaryOf = (asOf: string) =>
    carryState({ previous: null, commitments: at(asOf).commitments, asOf, department: 'Sở', history: [] });

  test("May's summary (31/5) showed it done by its deadline: on time in June, and no warning", () => {
    const june = at('2024-06-30');
    expect(june.commitments[0].status).toBe('done_late');
    expect(june.issues.map((i) => i.rule)).toEqual(['missing-completion-date']);
    const issues = creditEarlierCompletion(june.commitments, summaryOf('2024-05-31'), june.issues);
    expect(june.commitments[0].status).toBe('done_on_time');
    expect(issues).toEqual([]);
  });

  test("month after month: June's summary, made after the deadline, carries May's proof to July", () => {
    const june = at('2024-06-30');
    creditEarlierCompletion(june.commitments, summaryOf('2024-05-31'), june.issues);
    const juneSummary = carryState({
      previous: null,
      commitments: june.commitments,
      asOf: '2024-06-30',
      department: 'Sở',
      history: [],
    });
    const july = at('2024-07-31');
    const issues = creditEarlierCompletion(july.commitments, juneSummary, july.issues);
    expect(july.commitments[0].status).toBe('done_on_time');
    expect(issues).toEqual([]);
  });

  test('a summary made after the deadline proves nothing: still late, still asked', () => {
    const june = at('2024-06-30');
    const issues = creditEarlierCompletion(june.commitments, summaryOf('2024-06-15'), june.issues);
    expect(june.commitments[0].status).toBe('done_late');
    expect(issues.map((i) => i.rule)).toEqual(['missing-completion-date']);
  });
});

describe('where the header ends', () => {
  test("a two-row header whose lower row names more fields (Bắt đầu | Kết thúc) starts at the merges' top", () => {
    const rows: CellValue[][] = [
      ...TITLE,
      ['STT', 'Nội dung đầu việc', 'Người phụ trách', 'Thời gian thực hiện', null, 'Tình trạng'],
      [null, null, null, 'Bắt đầu', 'Kết thúc', null],
      [1, 'Tổ chức Lễ hội Dừa', null, '01/03/2024', '30/4/2024', 'Đang thực hiện'],
      [2, 'Kiểm kê di tích', 'Trần Thị D', '01/05/2024', '30/9/2024', 'Đang thực hiện'],
    ];
    const s = sheet('Kế hoạch 2024', rows, { merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5'] });
    const table = detectTable(new SheetView(s))!;
    expect([table.headerTop, table.headerBottom]).toEqual([3, 4]);
    const r = check([s]);
    expect(r.commitments.map((c) => [c.title, c.owner, c.start, c.deadline])).toEqual([
      ['Tổ chức Lễ hội Dừa', null, '2024-03-01', '2024-04-30'],
      ['Kiểm kê di tích', 'Trần Thị D', '2024-05-01', '2024-09-30'],
    ]);
  });

  test('a first row that only holds header words in part (a title, a total, a note) is read, not taken for a sub-header', () => {
    const header: CellValue[] = ['Nội dung đầu việc', 'Tình trạng', 'Thời hạn'];
    for (const first of [
      'Triển khai nhiệm vụ chuyển đổi số',
      'Tổng số: 9 đầu việc',
      '(*) Thời hạn theo Kế hoạch số 12/KH-SVHTTDL',
    ]) {
      // The first row's deadline left empty: each of its cells then names a header word in part.
      const s = sheet('Kế hoạch 2024', [
        ...TITLE,
        header,
        [first, 'Hoàn thành', null],
        ['Số hóa tư liệu', 'Đang thực hiện', '30/9/2024'],
      ]);
      const table = detectTable(new SheetView(s))!;
      expect({ first, bottom: table.headerBottom }).toEqual({ first, bottom: table.headerTop });
      expect(check([s]).commitments.find((c) => c.title === 'Số hóa tư liệu')?.statusText).toBe('Đang thực hiện');
    }
  });
});
