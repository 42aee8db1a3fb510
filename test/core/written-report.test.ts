// The written report's content, without Word: the sections in order, the figures taken from the
// roll-up the summary shows, Vietnamese numbers and dates, and dotted lines where the department
// file gives no letterhead.
import type { Department } from '../../src/core/department';
import { type AdminDocument, type TableBlock, dateWords, documentText, viInteger, viPercent } from '../../src/core/document';
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
const letterhead = { parent: 'UBND TỈNH BẾN TRE', agency: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', symbol: 'SVHTTDL', place: 'Bến Tre', signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn A' } };

let row = 0;
function c(unit: string | null, title: string, status: StatusCode | null, more: Partial<Commitment> = {}): Commitment {
  row++;
  return {
    id: `${unit}:${row}`, unit, block: unit === 'VP' ? 'QLNN' : unit ? 'SN' : null, field: null, code: null, title, target: null, owner: 'Lê Thị B',
    start: null, deadline: '2023-05-31', deadlineText: '31/5/2023', originalDeadline: null, extendedDeadline: null, recurring: false, completedOn: null,
    progress: null, statusText: null, status, provincialTask: null, coordinating: null, notes: null, extra: {},
    source: { file: `${unit ?? 'x'}.xlsx`, sheet: 'Sheet1', row, titleColumn: 'B' }, ...more,
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
const issues = [{ rule: 'missing-unit', severity: 'warning' as const, message: 'Thư viện tỉnh chưa gửi tệp đầu việc.', file: '', sheet: null, cell: null, unit: 'TV' }];
const files = [
  { file: 'VP.xlsx', unit: 'VP', state: 'merged' as const, commitments: 4 },
  { file: 'BT.xlsx', unit: 'BT', state: 'merged' as const, commitments: 3 },
  { file: 'cu.xls', unit: null, state: 'failed' as const, commitments: 0, error: { code: 'unsupported-format', message: 'Tệp .xls là định dạng cũ.' } },
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
  const doc = buildWrittenReport({ report, department: { ...department, letterhead }, changes, previousAsOf: '2023-05-31' });

  test('heading, number and date line from the letterhead; the title names the year and the month', () => {
    expect(doc.heading).toEqual({ parent: 'UBND TỈNH BẾN TRE', agency: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', number: 'Số: ……/BC-SVHTTDL', placeDate: 'Bến Tre, ngày 30 tháng 6 năm 2023' });
    expect(doc.title).toEqual(['BÁO CÁO', 'Kết quả thực hiện các đầu việc trọng tâm năm 2023', 'Tháng 6/2023']);
    expect(doc.signatures).toEqual([{ titles: ['GIÁM ĐỐC'], name: 'Nguyễn Văn A' }]);
    expect(doc.recipients?.[0]).toBe('- UBND tỉnh (để báo cáo);');
    expect(doc.recipients?.at(-1)).toBe('- Lưu: VT.');
  });

  test('seven sections in order, the changes the sixth', () => {
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

  test('the overall figures are the roll-up\'s: registered, found, due, on time, rate, overdue, due soon', () => {
    const t = report.totals;
    expect([t.registered, t.found, t.due, t.byStatus.done_on_time, t.byStatus.done_late, t.byStatus.overdue]).toEqual([7, 7, 5, 2, 1, 2]);
    const s = text(doc);
    expect(s).toContain('- Số đầu việc đăng ký: 7; số đầu việc các đơn vị báo cáo: 7.');
    expect(s).toContain('- Đến hạn phải hoàn thành (đến ngày 30/6/2023): 5 đầu việc; trong đó hoàn thành đúng hạn 2, hoàn thành trễ hạn 1, quá hạn chưa hoàn thành 2.');
    expect(s).toContain('đầu việc đến hạn): 40 %.');
    expect(s).toContain('- Sắp đến hạn (trong 7 ngày tới) mà chưa hoàn thành: 0 đầu việc.');
    expect(s).toContain('đang thực hiện trong hạn 1; chưa thực hiện 0; thường xuyên 1; dừng thực hiện 0.');
  });

  test('by block and unit: each block then its units, a unit that sent nothing at zero, the total row equal to the totals', () => {
    const [units] = tables(doc);
    expect(units.columns.map((col) => col.header)).toEqual(['STT', 'Khối / Đơn vị', 'Đăng ký', 'Báo cáo', 'Đến hạn', 'Đúng hạn', 'Trễ hạn', 'Quá hạn', 'Tỷ lệ đúng hạn']);
    expect(units.rows.map((r) => r.cells)).toEqual([
      ['1', 'Khối quản lý nhà nước', '4', '4', '3', '1', '1', '1', '33,3 %'],
      ['1.1', 'Văn phòng Sở', '4', '4', '3', '1', '1', '1', '33,3 %'],
      ['2', 'Khối đơn vị sự nghiệp', '3', '3', '2', '1', '0', '1', '50 %'],
      ['2.1', 'Bảo tàng tỉnh', '2', '3', '2', '1', '0', '1', '50 %'],
      ['2.2', 'Thư viện tỉnh', '1', '0', '0', '0', '0', '0', '—'],
      ['', 'Tổng cộng', '7', '7', '5', '2', '1', '2', '40 %'],
    ]);
    expect(units.rows.filter((r) => r.bold).map((r) => r.cells[1])).toEqual(['Khối quản lý nhà nước', 'Khối đơn vị sự nghiệp', 'Tổng cộng']);
  });

  test('provincial tasks with their state; overdue tasks with owner, unit and deadline, earliest first', () => {
    const [, tasks, overdue] = tables(doc);
    expect(tasks.rows.map((r) => r.cells)).toEqual([
      ['1', 'Tổ chức Lễ hội Dừa (UBT-001)', '2', '2', '0', 'Đã hoàn thành'],
      ['2', 'Chuyển đổi số (UBT-002)', '0', '0', '0', 'Chưa có đầu việc'],
    ]);
    expect(overdue.columns.map((col) => col.header)).toEqual(['STT', 'Nội dung đầu việc', 'Đơn vị', 'Người chịu trách nhiệm', 'Thời hạn', 'Tiến độ']);
    expect(overdue.rows.map((r) => r.cells)).toEqual([
      ['1', 'Trưng bày chuyên đề', 'Bảo tàng tỉnh', '…………………', '30/4/2023', ''],
      ['2', 'Rà soát quy chế', 'Văn phòng Sở', 'Nguyễn Văn Lộc', '15/6/2023', '70 %'],
    ]);
  });

  test('units that have not reported and files that failed', () => {
    const s = text(doc);
    expect(s).toContain('1. Đơn vị chưa gửi số liệu\n- Thư viện tỉnh;\n2. Tệp không đọc được\n- cu.xls: Tệp .xls là định dạng cũ.');
  });

  test("the month's changes, in words, with the previous month's date", () => {
    const table = tables(doc)[3];
    expect(table.rows.map((r) => r.cells.slice(1))).toEqual([
      ['Mới quá hạn', 'Văn phòng Sở', 'Rà soát quy chế', 'Đang thực hiện trong hạn', 'Quá hạn chưa hoàn thành'],
      ['Đổi thời hạn', 'Văn phòng Sở', 'Lưu trữ hồ sơ', '30/9/2023', '31/12/2023'],
      ['Tiến độ giảm', 'Văn phòng Sở', 'Lưu trữ hồ sơ', '80 %', '62,5 %'],
    ]);
    expect(text(doc)).toContain('So với báo cáo tháng trước (số liệu đến ngày 31/5/2023): mới quá hạn 1; đổi thời hạn 1; tiến độ giảm 1.');
  });
});

describe('without --previous and without a letterhead', () => {
  const doc = buildWrittenReport({ report, department, changes: null });

  test('no section on changes: the proposals become the sixth', () => {
    expect(headings(doc)).toEqual(reportSectionHeadings(false));
    expect(headings(doc).at(-1)).toBe('VI. KIẾN NGHỊ, ĐỀ XUẤT');
    expect(text(doc)).not.toContain('THAY ĐỔI');
  });

  test('the letterhead\'s places are dotted lines to fill in by hand', () => {
    expect(doc.heading).toEqual({ parent: '…………………', agency: '…………………', number: 'Số: ……/BC-……', placeDate: '……, ngày 30 tháng 6 năm 2023' });
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
