// The written report's content, without Word: the sections in order, the figures taken from the
// roll-up the summary shows, Vietnamese numbers and dates, and dotted lines where the department
// file gives no letterhead.
import type { Department } from '../../src/core/department';
import {
  type AdminDocument,
  type TableBlock,
  dateWords,
  documentText,
  viInteger,
  viPercent,
} from '../../src/core/document';
import type { Change } from '../../src/core/history';
import type { Commitment, StatusCode } from '../../src/core/model';
import { buildReport } from '../../src/core/report';
import { buildWrittenReport, reportSectionHeadings } from '../../src/core/written-report';

const department: Department = {
  name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre',
  year: 2023,
  blocks: [
    { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 4 },
    { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: 3 },
  ],
  units: [
    { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 4 },
    { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 2 },
    { code: 'TV', name: 'Thư viện tỉnh', block: 'SN', registered: 1 },
  ],
  provincialTasks: [
    { code: 'UBT-001', title: 'Tổ chức Lễ hội Dừa' },
    { code: 'UBT-002', title: 'Chuyển đổi số' },
  ],
};
const letterhead = {
  parent: 'UBND TỈNH BẾN TRE',
  agency: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  symbol: 'SVHTTDL',
  place: 'Bến Tre',
  signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' },
};

let row = 0;
function c(unit: string | null, title: string, status: StatusCode | null, more: Partial<Commitment> = {}): Commitment {
  row++;
  return {
    id: `${unit}:${row}`,
    unit,
    block: unit === 'VP' ? 'QLNN' : unit ? 'SN' : null,
    field: null,
    code: null,
    title,
    target: null,
    owner: 'Lê Thị B',
    start: null,
    deadline: '2023-05-31',
    deadlineText: '31/5/2023',
    originalDeadline: null,
    extendedDeadline: null,
    recurring: false,
    completedOn: null,
    progress: null,
    statusText: null,
    status,
    provincialTask: null,
    coordinating: null,
    notes: null,
    extra: {},
    source: { file: `${unit ?? 'x'}.xlsx`, sheet: 'Sheet1', row, titleColumn: 'B' },
    ...more,
  };
}

const commitments = [
  c('VP', 'Sơ kết 6 tháng', 'done_on_time', { provincialTask: 'UBT-001' }),
  c('VP', 'Rà soát quy chế', 'overdue', { owner: 'Nguyễn Văn Lộc', deadline: '2023-06-15', progress: 70 }),
  c('VP', 'Cải cách hành chính', 'done_late'),
  c('VP', 'Lưu trữ hồ sơ', 'in_progress', { deadline: '2023-12-31', progress: 62.5 }),
  c('BT', 'Kiểm kê hiện vật', 'done_on_time', { provincialTask: 'UBT-001' }),
  c('BT', 'Trưng bày chuyên đề', 'overdue', { owner: null, deadline: '2023-04-30' }),
  c('BT', 'Số hóa tư liệu', 'recurring', { deadline: null, recurring: true }),
];
// TV sent nothing: its missing-unit issue is what the merge raises.
const issues = [
  {
    rule: 'missing-unit' as const,
    severity: 'warning' as const,
    message: 'Thư viện tỉnh chưa gửi tệp đầu việc.',
    file: '',
    sheet: null,
    cell: null,
    unit: 'TV',
    params: { name: 'Thư viện tỉnh' },
  },
];
const files = [
  { file: 'VP.xlsx', unit: 'VP', state: 'merged' as const, commitments: 4 },
  { file: 'BT.xlsx', unit: 'BT', state: 'merged' as const, commitments: 3 },
  {
    file: 'cu.xls',
    unit: null,
    state: 'failed' as const,
    commitments: 0,
    error: { code: 'unsupported-format', message: 'Tệp .xls là định dạng cũ.' },
  },
];
const report = buildReport({ asOf: '2023-06-30', department, files, commitments, issues });
const changes: Change[] = [
  { kind: 'newly-overdue', id: 'VP:2', unit: 'VP', title: 'Rà soát quy chế', before: 'in_progress', after: 'overdue' },
  { kind: 'deadline-moved', id: 'VP:4', unit: 'VP', title: 'Lưu trữ hồ sơ', before: '2023-09-30', after: '2023-12-31' },
  { kind: 'progress-back', id: 'VP:4', unit: 'VP', title: 'Lưu trữ hồ sơ', before: '80', after: '62.5' },
];

const tables = (doc: AdminDocument) => doc.body.filter((b): b is TableBlock => b.kind === 'table');
const headings = (doc: AdminDocument) => doc.body.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const text = (doc: AdminDocument) => documentText(doc).join('\n');

describe('Vietnamese numbers and dates', () => {
  test('a decimal comma, a dot between thousands, a space before the percent sign', () => {
    expect(viInteger(1800)).toBe('1.800');
    expect(viInteger(1234567)).toBe('1.234.567');
    expect(viInteger(32)).toBe('32');
    expect(viPercent(28 / 37)).toBe('75,7 %');
    expect(viPercent(0.9)).toBe('90 %');
    expect(viPercent(1)).toBe('100 %');
    expect(viPercent(null)).toBe('—');
  });

  test('the date line writes days below 10 and January, February with a leading zero', () => {
    expect(dateWords('2023-06-30', 2023)).toBe('ngày 30 tháng 6 năm 2023');
    expect(dateWords('2024-01-05', 2024)).toBe('ngày 05 tháng 01 năm 2024');
    expect(dateWords('2023-02-28', 2023)).toBe('ngày 28 tháng 02 năm 2023');
    expect(dateWords(null, 2023)).toBe('ngày …… tháng …… năm 2023');
  });
});

describe('the report', () => {
  // Built inside each test: what runs while the tests are collected is credited to none (docs/mutation.md).
  const build = () =>
    buildWrittenReport({ report, department: { ...department, letterhead }, changes, previousAsOf: '2023-05-31' });

  test('the whole report, word for word, as the clerk prints it', () => {
    const doc = build();
    expect(documentText(doc)).toEqual([
      'UBND TỈNH BẾN TRE',
      'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: ……/BC-SVHTTDL',
      'Bến Tre, ngày 30 tháng 6 năm 2023',
      'BÁO CÁO',
      'Kết quả thực hiện các đầu việc trọng tâm năm 2023',
      'Tháng 6/2023',
      'Thực hiện chế độ báo cáo hằng tháng về kết quả thực hiện các đầu việc trọng tâm năm 2023, Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre báo cáo kết quả thực hiện đến ngày 30/6/2023 như sau:',
      'I. KẾT QUẢ THỰC HIỆN CHUNG',
      '- Số đầu việc đăng ký: 7; số đầu việc các đơn vị báo cáo: 7.',
      '- Đến hạn phải hoàn thành (đến ngày 30/6/2023): 5 đầu việc; trong đó hoàn thành đúng hạn 2, hoàn thành trễ hạn 1, quá hạn chưa hoàn thành 2.',
      '- Tỷ lệ hoàn thành đúng hạn (số đầu việc hoàn thành đúng hạn trên số đầu việc đến hạn): 40 %.',
      '- Sắp đến hạn (trong 7 ngày tới) mà chưa hoàn thành: 0 đầu việc.',
      '- Chưa đến hạn hoặc không có thời hạn: đang thực hiện trong hạn 1; chưa thực hiện 0; thường xuyên 1; dừng thực hiện 0.',
      'II. KẾT QUẢ THEO KHỐI VÀ ĐƠN VỊ',
      'STT | Khối / Đơn vị | Đăng ký | Báo cáo | Đến hạn | Đúng hạn | Trễ hạn | Quá hạn | Tỷ lệ đúng hạn',
      '1 | Khối quản lý nhà nước | 4 | 4 | 3 | 1 | 1 | 1 | 33,3 %',
      '1.1 | Văn phòng Sở | 4 | 4 | 3 | 1 | 1 | 1 | 33,3 %',
      '2 | Khối đơn vị sự nghiệp | 3 | 3 | 2 | 1 | 0 | 1 | 50 %',
      '2.1 | Bảo tàng tỉnh | 2 | 3 | 2 | 1 | 0 | 1 | 50 %',
      '2.2 | Thư viện tỉnh | 1 | 0 | 0 | 0 | 0 | 0 | —',
      ' | Tổng cộng | 7 | 7 | 5 | 2 | 1 | 2 | 40 %',
      'III. THỰC HIỆN NHIỆM VỤ UBND TỈNH GIAO',
      'Sở đăng ký thực hiện 2 nhiệm vụ UBND tỉnh giao; 1 nhiệm vụ đã có đầu việc của các đơn vị, 1 nhiệm vụ đã hoàn thành.',
      'STT | Nhiệm vụ UBND tỉnh giao | Số đầu việc | Đã hoàn thành | Quá hạn | Tình trạng',
      '1 | Tổ chức Lễ hội Dừa (UBT-001) | 2 | 2 | 0 | Đã hoàn thành',
      '2 | Chuyển đổi số (UBT-002) | 0 | 0 | 0 | Chưa có đầu việc',
      'IV. ĐẦU VIỆC QUÁ HẠN CHƯA HOÀN THÀNH',
      'Có 2 đầu việc đã quá thời hạn mà chưa hoàn thành:',
      'STT | Nội dung đầu việc | Đơn vị | Người chịu trách nhiệm | Thời hạn | Tiến độ',
      '1 | Trưng bày chuyên đề | Bảo tàng tỉnh | ………………… | 30/4/2023 | ',
      '2 | Rà soát quy chế | Văn phòng Sở | Nguyễn Văn Lộc | 15/6/2023 | 70 %',
      'V. ĐƠN VỊ CHƯA BÁO CÁO, TỆP KHÔNG ĐỌC ĐƯỢC',
      '1. Đơn vị chưa gửi số liệu',
      '- Thư viện tỉnh;',
      '2. Tệp không đọc được',
      '- cu.xls: Tệp .xls là định dạng cũ.',
      'VI. NHỮNG THAY ĐỔI SO VỚI THÁNG TRƯỚC',
      'So với báo cáo tháng trước (số liệu đến ngày 31/5/2023): mới quá hạn 1; đổi thời hạn 1; tiến độ giảm 1.',
      'STT | Thay đổi | Đơn vị | Nội dung đầu việc | Tháng trước | Tháng này',
      '1 | Mới quá hạn | Văn phòng Sở | Rà soát quy chế | Đang thực hiện trong hạn | Quá hạn chưa hoàn thành',
      '2 | Đổi thời hạn | Văn phòng Sở | Lưu trữ hồ sơ | 30/9/2023 | 31/12/2023',
      '3 | Tiến độ giảm | Văn phòng Sở | Lưu trữ hồ sơ | 80 % | 62,5 %',
      'VII. KIẾN NGHỊ, ĐỀ XUẤT',
      'Trên đây là báo cáo kết quả thực hiện các đầu việc trọng tâm tháng 6/2023 của Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre./.',
      'Nơi nhận:',
      '- UBND tỉnh (để báo cáo);',
      '- Văn phòng UBND tỉnh;',
      '- Ban Giám đốc Sở;',
      '- Các phòng, đơn vị thuộc Sở;',
      '- Lưu: VT.',
      'GIÁM ĐỐC',
      'Nguyễn Văn A',
    ]);
  });

  test('the blocks in order: the opening paragraph, each heading and its part, the place for proposals, the closing', () => {
    const doc = build();
    const kinds = doc.body.map((b) => (b.kind === 'heading' ? b.text.split('.')[0] : b.kind));
    expect(kinds).toEqual([
      'paragraph',
      'I',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'II',
      'table',
      'III',
      'paragraph',
      'table',
      'IV',
      'paragraph',
      'table',
      'V',
      'subheading',
      'paragraph',
      'subheading',
      'paragraph',
      'VI',
      'paragraph',
      'table',
      'VII',
      'fill',
      'paragraph',
    ]);
  });

  test('each table: the number and the figures centred, the names and titles left; its columns fill the width', () => {
    const doc = build();
    const C = 'center';
    expect(tables(doc).map((t) => t.columns.map((col) => col.align))).toEqual([
      [C, undefined, C, C, C, C, C, C, C],
      [C, undefined, C, C, C, C],
      [C, undefined, undefined, undefined, C, C],
      [C, undefined, undefined, undefined, C, C],
    ]);
    expect(tables(doc).map((t) => t.columns.reduce((sum, col) => sum + col.width, 0))).toEqual([100, 100, 100, 100]);
  });

  test('heading, number and date line from the letterhead; the title names the year and the month', () => {
    const doc = build();
    expect(doc.heading).toEqual({
      parent: 'UBND TỈNH BẾN TRE',
      agency: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      number: 'Số: ……/BC-SVHTTDL',
      placeDate: 'Bến Tre, ngày 30 tháng 6 năm 2023',
    });
    expect(doc.title).toEqual(['BÁO CÁO', 'Kết quả thực hiện các đầu việc trọng tâm năm 2023', 'Tháng 6/2023']);
    expect(doc.signatures).toEqual([{ titles: ['GIÁM ĐỐC'], name: 'Nguyễn Văn A' }]);
    expect(doc.recipients?.[0]).toBe('- UBND tỉnh (để báo cáo);');
    expect(doc.recipients?.at(-1)).toBe('- Lưu: VT.');
  });

  test('seven sections in order, the changes the sixth', () => {
    const doc = build();
    expect(headings(doc)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN CHUNG',
      'II. KẾT QUẢ THEO KHỐI VÀ ĐƠN VỊ',
      'III. THỰC HIỆN NHIỆM VỤ UBND TỈNH GIAO',
      'IV. ĐẦU VIỆC QUÁ HẠN CHƯA HOÀN THÀNH',
      'V. ĐƠN VỊ CHƯA BÁO CÁO, TỆP KHÔNG ĐỌC ĐƯỢC',
      'VI. NHỮNG THAY ĐỔI SO VỚI THÁNG TRƯỚC',
      'VII. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    expect(headings(doc)).toEqual(reportSectionHeadings(true));
    // Left for leadership to write: dotted lines, then the closing sentence.
    const last = doc.body.findIndex((b) => b.kind === 'heading' && b.text.startsWith('VII.'));
    expect(doc.body[last + 1]).toEqual({ kind: 'fill', lines: 5 });
  });

  test("the overall figures are the roll-up's: registered, found, due, on time, rate, overdue, due soon", () => {
    const doc = build();
    const t = report.totals;
    expect([t.registered, t.found, t.due, t.byStatus.done_on_time, t.byStatus.done_late, t.byStatus.overdue]).toEqual([
      7, 7, 5, 2, 1, 2,
    ]);
    const s = text(doc);
    expect(s).toContain('- Số đầu việc đăng ký: 7; số đầu việc các đơn vị báo cáo: 7.');
    expect(s).toContain(
      '- Đến hạn phải hoàn thành (đến ngày 30/6/2023): 5 đầu việc; trong đó hoàn thành đúng hạn 2, hoàn thành trễ hạn 1, quá hạn chưa hoàn thành 2.',
    );
    expect(s).toContain('đầu việc đến hạn): 40 %.');
    expect(s).toContain('- Sắp đến hạn (trong 7 ngày tới) mà chưa hoàn thành: 0 đầu việc.');
    expect(s).toContain('đang thực hiện trong hạn 1; chưa thực hiện 0; thường xuyên 1; dừng thực hiện 0.');
  });

  test('by block and unit: each block then its units, a unit that sent nothing at zero, the total row equal to the totals', () => {
    const doc = build();
    const [units] = tables(doc);
    expect(units.columns.map((col) => col.header)).toEqual([
      'STT',
      'Khối / Đơn vị',
      'Đăng ký',
      'Báo cáo',
      'Đến hạn',
      'Đúng hạn',
      'Trễ hạn',
      'Quá hạn',
      'Tỷ lệ đúng hạn',
    ]);
    expect(units.rows.map((r) => r.cells)).toEqual([
      ['1', 'Khối quản lý nhà nước', '4', '4', '3', '1', '1', '1', '33,3 %'],
      ['1.1', 'Văn phòng Sở', '4', '4', '3', '1', '1', '1', '33,3 %'],
      ['2', 'Khối đơn vị sự nghiệp', '3', '3', '2', '1', '0', '1', '50 %'],
      ['2.1', 'Bảo tàng tỉnh', '2', '3', '2', '1', '0', '1', '50 %'],
      ['2.2', 'Thư viện tỉnh', '1', '0', '0', '0', '0', '0', '—'],
      ['', 'Tổng cộng', '7', '7', '5', '2', '1', '2', '40 %'],
    ]);
    expect(units.rows.filter((r) => r.bold).map((r) => r.cells[1])).toEqual([
      'Khối quản lý nhà nước',
      'Khối đơn vị sự nghiệp',
      'Tổng cộng',
    ]);
  });

  test('provincial tasks with their state; overdue tasks with owner, unit and deadline, earliest first', () => {
    const doc = build();
    const [, tasks, overdue] = tables(doc);
    expect(tasks.rows.map((r) => r.cells)).toEqual([
      ['1', 'Tổ chức Lễ hội Dừa (UBT-001)', '2', '2', '0', 'Đã hoàn thành'],
      ['2', 'Chuyển đổi số (UBT-002)', '0', '0', '0', 'Chưa có đầu việc'],
    ]);
    expect(overdue.columns.map((col) => col.header)).toEqual([
      'STT',
      'Nội dung đầu việc',
      'Đơn vị',
      'Người chịu trách nhiệm',
      'Thời hạn',
      'Tiến độ',
    ]);
    expect(overdue.rows.map((r) => r.cells)).toEqual([
      ['1', 'Trưng bày chuyên đề', 'Bảo tàng tỉnh', '…………………', '30/4/2023', ''],
      ['2', 'Rà soát quy chế', 'Văn phòng Sở', 'Nguyễn Văn Lộc', '15/6/2023', '70 %'],
    ]);
  });

  test('units that have not reported and files that failed', () => {
    const doc = build();
    const s = text(doc);
    expect(s).toContain(
      '1. Đơn vị chưa gửi số liệu\n- Thư viện tỉnh;\n2. Tệp không đọc được\n- cu.xls: Tệp .xls là định dạng cũ.',
    );
  });

  test("the month's changes, in words, with the previous month's date", () => {
    const doc = build();
    const table = tables(doc)[3];
    expect(table.rows.map((r) => r.cells.slice(1))).toEqual([
      ['Mới quá hạn', 'Văn phòng Sở', 'Rà soát quy chế', 'Đang thực hiện trong hạn', 'Quá hạn chưa hoàn thành'],
      ['Đổi thời hạn', 'Văn phòng Sở', 'Lưu trữ hồ sơ', '30/9/2023', '31/12/2023'],
      ['Tiến độ giảm', 'Văn phòng Sở', 'Lưu trữ hồ sơ', '80 %', '62,5 %'],
    ]);
    expect(text(doc)).toContain(
      'So với báo cáo tháng trước (số liệu đến ngày 31/5/2023): mới quá hạn 1; đổi thời hạn 1; tiến độ giảm 1.',
    );
  });
});

describe('without --previous and without a letterhead', () => {
  const build = () => buildWrittenReport({ report, department, changes: null });

  test('no section on changes: the proposals become the sixth', () => {
    const doc = build();
    expect(headings(doc)).toEqual(reportSectionHeadings(false));
    expect(headings(doc).at(-1)).toBe('VI. KIẾN NGHỊ, ĐỀ XUẤT');
    expect(text(doc)).not.toContain('THAY ĐỔI');
  });

  test("the letterhead's places are dotted lines to fill in by hand", () => {
    const doc = build();
    expect(doc.heading).toEqual({
      parent: '…………………',
      agency: '…………………',
      number: 'Số: ……/BC-……',
      placeDate: '……, ngày 30 tháng 6 năm 2023',
    });
    expect(doc.signatures).toEqual([{ titles: ['…………………'], name: '…………………' }]);
  });
});

test('commitments of a file that belongs to no unit get a line of their own, so the lines add up to the total', () => {
  const stray = [...commitments, c(null, 'Việc không rõ đơn vị', 'overdue')];
  const r = buildReport({ asOf: '2023-06-30', department, files, commitments: stray, issues });
  const [units] = tables(buildWrittenReport({ report: r, department, changes: null }));
  expect(units.rows.slice(-2).map((x) => x.cells)).toEqual([
    ['', 'Tệp chưa xác định đơn vị', '—', '1', '1', '0', '0', '1', '0 %'],
    ['', 'Tổng cộng', '7', '8', '6', '2', '1', '3', '33,3 %'],
  ]);
});

test('commitments of no unit: their own line counts what is due among them and its rate', () => {
  const stray = [
    ...commitments,
    c(null, 'Việc không rõ đơn vị 1', 'done_on_time'),
    c(null, 'Việc không rõ đơn vị 2', 'done_late'),
    c(null, 'Việc không rõ đơn vị 3', 'overdue'),
    c(null, 'Việc không rõ đơn vị 4', 'in_progress', { deadline: '2023-12-31' }),
  ];
  const r = buildReport({ asOf: '2023-06-30', department, files, commitments: stray, issues });
  const [units] = tables(buildWrittenReport({ report: r, department, changes: null }));
  expect(units.rows.slice(-2).map((x) => [x.cells, x.bold])).toEqual([
    [['', 'Tệp chưa xác định đơn vị', '—', '4', '3', '1', '1', '1', '33,3 %'], false],
    [['', 'Tổng cộng', '7', '11', '8', '3', '2', '3', '37,5 %'], true],
  ]);
});

describe('a quiet month: nothing overdue, every unit reported, no file failed, no change, no provincial task', () => {
  const quietDepartment: Department = {
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre',
    year: 2024,
    blocks: [
      { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 4 },
      { code: 'SN', name: 'Khối đơn vị sự nghiệp' },
    ],
    units: [
      { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 2 },
      { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 2 },
    ],
    provincialTasks: [],
    letterhead: {
      parent: 'UBND TỈNH BẾN TRE',
      agency: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      symbol: 'SVHTTDL',
      place: 'Bến Tre',
      signer: { title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC' },
    },
  };
  const quiet = () => {
    const list = [
      c('VP', 'Lưu trữ hồ sơ', 'in_progress', { deadline: '2024-12-31' }),
      c('VP', 'Hội thảo chuyên đề', 'cancelled', { deadline: '2024-06-30' }),
      c('BT', 'Số hóa tư liệu', 'not_started', { deadline: '2024-09-30' }),
      c('BT', 'Kiểm kê kho', null, { deadline: null, deadlineText: 'Sau Tết' }),
    ];
    const quietFiles = [
      { file: 'VP.xlsx', unit: 'VP', state: 'merged' as const, commitments: 2 },
      { file: 'BT.xlsx', unit: 'BT', state: 'merged' as const, commitments: 2 },
      { file: '~$VP.xlsx', unit: null, state: 'skipped' as const, commitments: 0, reason: 'tệp khóa của Excel' },
    ];
    const r = buildReport({
      asOf: '2024-01-31',
      department: quietDepartment,
      files: quietFiles,
      commitments: list,
      issues: [],
    });
    return buildWrittenReport({ report: r, department: quietDepartment, changes: [], previousAsOf: '2023-12-31' });
  };

  test('the whole report, word for word', () => {
    expect(documentText(quiet())).toEqual([
      'UBND TỈNH BẾN TRE',
      'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: ……/BC-SVHTTDL',
      'Bến Tre, ngày 31 tháng 01 năm 2024',
      'BÁO CÁO',
      'Kết quả thực hiện các đầu việc trọng tâm năm 2024',
      'Tháng 1/2024',
      'Thực hiện chế độ báo cáo hằng tháng về kết quả thực hiện các đầu việc trọng tâm năm 2024, Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre báo cáo kết quả thực hiện đến ngày 31/1/2024 như sau:',
      'I. KẾT QUẢ THỰC HIỆN CHUNG',
      '- Số đầu việc đăng ký: 4; số đầu việc các đơn vị báo cáo: 4.',
      '- Đến hạn phải hoàn thành (đến ngày 31/1/2024): 0 đầu việc; trong đó hoàn thành đúng hạn 0, hoàn thành trễ hạn 0, quá hạn chưa hoàn thành 0.',
      '- Tỷ lệ hoàn thành đúng hạn (số đầu việc hoàn thành đúng hạn trên số đầu việc đến hạn): —.',
      '- Sắp đến hạn (trong 7 ngày tới) mà chưa hoàn thành: 0 đầu việc.',
      '- Chưa đến hạn hoặc không có thời hạn: đang thực hiện trong hạn 1; chưa thực hiện 1; thường xuyên 0; dừng thực hiện 1; chưa xác định được tình trạng do thời hạn không đọc được 1.',
      'II. KẾT QUẢ THEO KHỐI VÀ ĐƠN VỊ',
      'STT | Khối / Đơn vị | Đăng ký | Báo cáo | Đến hạn | Đúng hạn | Trễ hạn | Quá hạn | Tỷ lệ đúng hạn',
      '1 | Khối quản lý nhà nước | 4 | 2 | 0 | 0 | 0 | 0 | —',
      '1.1 | Văn phòng Sở | 2 | 2 | 0 | 0 | 0 | 0 | —',
      '2 | Khối đơn vị sự nghiệp | — | 2 | 0 | 0 | 0 | 0 | —',
      '2.1 | Bảo tàng tỉnh | 2 | 2 | 0 | 0 | 0 | 0 | —',
      ' | Tổng cộng | 4 | 4 | 0 | 0 | 0 | 0 | —',
      'III. THỰC HIỆN NHIỆM VỤ UBND TỈNH GIAO',
      'Sở đăng ký thực hiện 0 nhiệm vụ UBND tỉnh giao; 0 nhiệm vụ đã có đầu việc của các đơn vị, 0 nhiệm vụ đã hoàn thành.',
      'STT | Nhiệm vụ UBND tỉnh giao | Số đầu việc | Đã hoàn thành | Quá hạn | Tình trạng',
      'Tệp cấu hình của Sở không ghi nhiệm vụ UBND tỉnh giao nào.',
      'IV. ĐẦU VIỆC QUÁ HẠN CHƯA HOÀN THÀNH',
      'Không có đầu việc nào quá hạn chưa hoàn thành.',
      'V. ĐƠN VỊ CHƯA BÁO CÁO, TỆP KHÔNG ĐỌC ĐƯỢC',
      '1. Đơn vị chưa gửi số liệu',
      'Tất cả 2 đơn vị đã gửi số liệu.',
      '2. Tệp không đọc được',
      'Không có tệp nào không đọc được.',
      'VI. NHỮNG THAY ĐỔI SO VỚI THÁNG TRƯỚC',
      'Không có thay đổi nào so với báo cáo tháng trước (số liệu đến ngày 31/12/2023).',
      'VII. KIẾN NGHỊ, ĐỀ XUẤT',
      'Trên đây là báo cáo kết quả thực hiện các đầu việc trọng tâm tháng 1/2024 của Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre./.',
      'Nơi nhận:',
      '- UBND tỉnh (để báo cáo);',
      '- Văn phòng UBND tỉnh;',
      '- Ban Giám đốc Sở;',
      '- Các phòng, đơn vị thuộc Sở;',
      '- Lưu: VT.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '…………………',
    ]);
  });

  test('no table where there is nothing to list: the overdue and the changes say so in one line', () => {
    const doc = quiet();
    expect(tables(doc).map((t) => t.columns[1].header)).toEqual(['Khối / Đơn vị', 'Nhiệm vụ UBND tỉnh giao']);
    const kinds = doc.body.map((b) => (b.kind === 'heading' ? b.text.split('.')[0] : b.kind));
    expect(kinds.slice(kinds.indexOf('IV'))).toEqual([
      'IV',
      'paragraph',
      'V',
      'subheading',
      'paragraph',
      'subheading',
      'paragraph',
      'VI',
      'paragraph',
      'VII',
      'fill',
      'paragraph',
    ]);
  });
});

test('without a registered count (a roll-up without the department file), the first line gives the count found alone', () => {
  const unregistered = { ...report, totals: { ...report.totals, registered: null } };
  const doc = buildWrittenReport({ report: unregistered, department, changes: null });
  const first = documentText(doc)[documentText(doc).indexOf('I. KẾT QUẢ THỰC HIỆN CHUNG') + 1];
  expect(first).toBe('- Số đầu việc các đơn vị báo cáo: 7.');
  expect(tables(doc)[0].rows.at(-1)!.cells.slice(0, 3)).toEqual(['', 'Tổng cộng', '—']);
});

describe('provincial tasks, overdue commitments, failed files and changes, case by case', () => {
  const tasksDepartment: Department = {
    ...department,
    provincialTasks: [
      { code: 'UBT-001', title: 'Tổ chức Lễ hội Dừa' },
      { code: 'UBT-002', title: 'Chuyển đổi số' },
      { code: 'UBT-003', title: 'Bảo tồn di sản' },
      { code: 'UBT-004', title: 'Hội chợ du lịch' },
      { code: 'UBT-005', title: 'Phát triển thư viện số' },
    ],
  };
  const build = () => {
    const list = [
      c(null, 'Việc không rõ đơn vị', 'overdue', { deadline: '2023-06-15' }),
      c('BT', 'Trưng bày Lễ hội Dừa', 'overdue', { deadline: '2023-06-15' }),
      c(null, 'Việc không rõ đơn vị (tệp khác)', 'overdue', { deadline: '2023-06-15' }),
      c('VP', 'Hậu cần Lễ hội Dừa', 'overdue', {
        deadline: '2023-06-15',
        provincialTask: 'UBT-001',
        owner: 'Trần Văn Khoa',
        progress: 40,
      }),
      c('VP', 'Báo cáo chuyển đổi số quý I', 'overdue', { deadline: '2023-04-30', progress: 0 }),
      c('VP', 'Số hóa hồ sơ', 'in_progress', { deadline: '2023-12-31', provincialTask: 'UBT-002' }),
      c('VP', 'Khảo sát hạ tầng số', 'done_on_time', { provincialTask: 'UBT-002' }),
      c('TV', 'Kiểm kê di sản', 'done_on_time', { provincialTask: 'UBT-003' }),
      c('TV', 'Tu bổ di tích', 'cancelled', { provincialTask: 'UBT-003' }),
      c('BT', 'Tham gia hội chợ', 'cancelled', { provincialTask: 'UBT-004' }),
      c('BT', 'Thư viện số: phần mềm', 'done_late', { provincialTask: 'UBT-005' }),
      c('VP', 'Thư viện số: dữ liệu', 'done_on_time', { provincialTask: 'UBT-005' }),
    ];
    const caseFiles = [
      { file: 'VP.xlsx', unit: 'VP', state: 'merged' as const, commitments: 5 },
      {
        file: 'Khối SN/bao-tang.xls',
        unit: 'BT',
        state: 'failed' as const,
        commitments: 0,
        error: { code: 'unsupported-format', message: 'Tệp .xls là định dạng cũ.' },
      },
      {
        file: 'trung-tam.xlsx',
        unit: 'TTVH',
        state: 'failed' as const,
        commitments: 0,
        error: { code: 'unreadable-file', message: 'Tệp hỏng.' },
      },
      { file: 'hong.xlsx', unit: null, state: 'failed' as const, commitments: 0 },
      { file: 'Thumbs.db', unit: null, state: 'skipped' as const, commitments: 0, reason: 'tệp hệ thống' },
    ];
    const caseIssues = [
      {
        rule: 'missing-unit' as const,
        severity: 'warning' as const,
        message: 'Thư viện tỉnh chưa gửi tệp đầu việc.',
        file: '',
        sheet: null,
        cell: null,
        unit: 'TV',
        params: { name: 'Thư viện tỉnh' },
      },
      {
        rule: 'missing-unit' as const,
        severity: 'warning' as const,
        message: 'Thiếu một tệp.',
        file: '',
        sheet: null,
        cell: null,
        unit: null,
        params: { name: '' },
      },
      {
        rule: 'count-mismatch' as const,
        severity: 'warning' as const,
        message: 'Văn phòng Sở báo cáo 5 đầu việc, đăng ký 4.',
        file: 'VP.xlsx',
        sheet: null,
        cell: null,
        unit: 'VP',
        params: { name: 'Văn phòng Sở', registered: 4, found: 5 },
      },
    ];
    const caseChanges: Change[] = [
      { kind: 'gone', id: 'x:1', unit: null, title: 'Việc đã bỏ', before: '2023-03-31', after: null },
      {
        kind: 'progress-back',
        id: 'VP:4',
        unit: 'VP',
        title: 'Báo cáo chuyển đổi số quý I',
        before: 'khoảng 50',
        after: '0',
      },
      { kind: 'progress-back', id: 'VP:5', unit: 'VP', title: 'Số hóa hồ sơ', before: '62,5', after: '33.33' },
      {
        kind: 'target-changed',
        id: 'TTVH:1',
        unit: 'TTVH',
        title: 'Hội thi văn nghệ',
        before: '05 đội',
        after: '2023-10-01',
      },
      { kind: 'target-changed', id: 'TTVH:2', unit: 'TTVH', title: 'Lớp năng khiếu', before: '40', after: '50' },
      {
        kind: 'deadline-moved',
        id: 'BT:1',
        unit: 'BT',
        title: 'Trưng bày Lễ hội Dừa',
        before: 'Quý II/2023',
        after: '2023-06-15',
      },
      {
        kind: 'deadline-moved',
        id: 'BT:3',
        unit: 'BT',
        title: 'Hội thảo',
        before: 'Trước 2023-06-30',
        after: '2023-09-30 (dự kiến)',
      },
      {
        kind: 'newly-done',
        id: 'TV:1',
        unit: 'TV',
        title: 'Kiểm kê di sản',
        before: 'in_progress',
        after: 'done_on_time',
      },
      { kind: 'new', id: 'BT:2', unit: 'BT', title: 'Tham gia hội chợ', before: null, after: '2023-09-30' },
    ];
    const r = buildReport({
      asOf: '2023-06-30',
      department: tasksDepartment,
      files: caseFiles,
      commitments: list,
      issues: caseIssues,
    });
    return buildWrittenReport({ report: r, department: tasksDepartment, changes: caseChanges });
  };
  /** The lines of the section whose heading starts with `numeral`, up to the next section's. */
  const part = (doc: AdminDocument, numeral: string) => {
    const lines = documentText(doc);
    const from = lines.findIndex((l) => l.startsWith(`${numeral}. `));
    const to = lines.findIndex((l, k) => k > from && /^[IVX]+\. /.test(l));
    return lines.slice(from + 1, to);
  };

  test('a task is finished when all its commitments are done or stopped and at least one is done; any overdue one says so', () => {
    expect(part(build(), 'III')).toEqual([
      'Sở đăng ký thực hiện 5 nhiệm vụ UBND tỉnh giao; 5 nhiệm vụ đã có đầu việc của các đơn vị, 2 nhiệm vụ đã hoàn thành.',
      'STT | Nhiệm vụ UBND tỉnh giao | Số đầu việc | Đã hoàn thành | Quá hạn | Tình trạng',
      '1 | Tổ chức Lễ hội Dừa (UBT-001) | 1 | 0 | 1 | Có đầu việc quá hạn',
      '2 | Chuyển đổi số (UBT-002) | 2 | 1 | 0 | Đang thực hiện',
      '3 | Bảo tồn di sản (UBT-003) | 2 | 1 | 0 | Đã hoàn thành',
      '4 | Hội chợ du lịch (UBT-004) | 1 | 0 | 0 | Đang thực hiện',
      '5 | Phát triển thư viện số (UBT-005) | 2 | 2 | 0 | Đã hoàn thành',
    ]);
  });

  test('overdue: the earliest deadline first, then by unit code, a commitment of no unit first among its day', () => {
    expect(part(build(), 'IV')).toEqual([
      'Có 5 đầu việc đã quá thời hạn mà chưa hoàn thành:',
      'STT | Nội dung đầu việc | Đơn vị | Người chịu trách nhiệm | Thời hạn | Tiến độ',
      '1 | Báo cáo chuyển đổi số quý I | Văn phòng Sở | Lê Thị B | 30/4/2023 | 0 %',
      '2 | Việc không rõ đơn vị | (chưa rõ đơn vị) | Lê Thị B | 15/6/2023 | ',
      '3 | Việc không rõ đơn vị (tệp khác) | (chưa rõ đơn vị) | Lê Thị B | 15/6/2023 | ',
      '4 | Trưng bày Lễ hội Dừa | Bảo tàng tỉnh | Lê Thị B | 15/6/2023 | ',
      '5 | Hậu cần Lễ hội Dừa | Văn phòng Sở | Trần Văn Khoa | 15/6/2023 | 40 %',
    ]);
  });

  test("units not reported (missing-unit of a unit only); failed files with their unit's name, or its code when the department file does not list it", () => {
    expect(part(build(), 'V')).toEqual([
      '1. Đơn vị chưa gửi số liệu',
      '- Thư viện tỉnh;',
      '2. Tệp không đọc được',
      '- Khối SN/bao-tang.xls (Bảo tàng tỉnh): Tệp .xls là định dạng cũ.',
      '- trung-tam.xlsx (TTVH): Tệp hỏng.',
      '- hong.xlsx: ',
    ]);
  });

  test('changes in the order new, done, overdue, deadline, target, progress, gone; dates of deadlines in words, text as written', () => {
    const doc = build();
    expect(part(doc, 'VI')[0]).toBe(
      'So với báo cáo tháng trước: đầu việc mới 1; mới hoàn thành 1; đổi thời hạn 2; đổi chỉ tiêu 2; tiến độ giảm 2; không còn trong danh mục 1.',
    );
    // The cells themselves: an empty value is an empty cell, not a missing one.
    expect(
      tables(doc)
        .at(-1)!
        .rows.map((r) => r.cells),
    ).toEqual([
      ['1', 'Đầu việc mới', 'Bảo tàng tỉnh', 'Tham gia hội chợ', '', '30/9/2023'],
      ['2', 'Mới hoàn thành', 'Thư viện tỉnh', 'Kiểm kê di sản', 'Đang thực hiện trong hạn', 'Hoàn thành đúng hạn'],
      ['3', 'Đổi thời hạn', 'Bảo tàng tỉnh', 'Trưng bày Lễ hội Dừa', 'Quý II/2023', '15/6/2023'],
      // Only a whole ISO date is put in words; a deadline written around a date stays as written.
      ['4', 'Đổi thời hạn', 'Bảo tàng tỉnh', 'Hội thảo', 'Trước 2023-06-30', '2023-09-30 (dự kiến)'],
      // A target is not a date nor a percentage, whatever it looks like.
      ['5', 'Đổi chỉ tiêu', 'TTVH', 'Hội thi văn nghệ', '05 đội', '2023-10-01'],
      ['6', 'Đổi chỉ tiêu', 'TTVH', 'Lớp năng khiếu', '40', '50'],
      // A progress figure as a percentage; one written otherwise (a decimal comma, words) as written.
      ['7', 'Tiến độ giảm', 'Văn phòng Sở', 'Báo cáo chuyển đổi số quý I', 'khoảng 50', '0 %'],
      ['8', 'Tiến độ giảm', 'Văn phòng Sở', 'Số hóa hồ sơ', '62,5', '33,3 %'],
      ['9', 'Không còn trong danh mục', '(chưa rõ đơn vị)', 'Việc đã bỏ', '31/3/2023', ''],
    ]);
  });
});
