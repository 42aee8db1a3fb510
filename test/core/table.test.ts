// Finding the commitments table in a sheet (src/core/table.ts): which row is the header, where a
// two-row header ends, the column-number row, which column holds which field, and what is written
// above the table (the owner, the unit's name and the year).
import type { CellValue } from '../../src/core/grid';
import type { SheetMapping } from '../../src/core/saved-mapping';
import { SheetView } from '../../src/core/sheet-view';
import { detectTable, findOwnerAbove } from '../../src/core/table';
import { sheet } from '../helpers/grid';

const TITLE: CellValue[][] = [['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], ['DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2024'], []];
const HEADER: CellValue[] = [
  'STT',
  'Nội dung đầu việc',
  'Người chịu trách nhiệm',
  'Thời hạn',
  'Tiến độ (%)',
  'Tình trạng',
];
const ROW: CellValue[] = [1, 'Tổ chức Lễ hội Dừa', 'Lê Văn C', '30/9/2024', 50, 'Đang thực hiện'];

type Options = Parameters<typeof sheet>[2];
const layout = (rows: CellValue[][], opts: Options = {}, saved?: SheetMapping) =>
  detectTable(new SheetView(sheet('Kế hoạch 2024', rows, opts)), saved);
const blankRows = (n: number): CellValue[][] => Array.from({ length: n }, () => []);

describe('the header row', () => {
  test('is the row naming the most fields, not a title line that names one or two', () => {
    const rows: CellValue[][] = [['Nội dung', 'Thời hạn'], ...TITLE, HEADER, ROW];
    const table = layout(rows)!;
    expect(table.headerTop).toBe(rows.indexOf(HEADER));
    expect(table.dataTop).toBe(rows.indexOf(ROW));
  });

  test('of two rows naming as many fields, the upper one is the header', () => {
    const rows: CellValue[][] = [...TITLE, HEADER, ROW, [], HEADER, ROW];
    expect(layout(rows)!.headerTop).toBe(TITLE.length);
  });

  test('needs a title column: a list of deadlines and owners without one is no commitments table', () => {
    expect(
      layout([
        ['STT', 'Người chịu trách nhiệm', 'Thời hạn', 'Tiến độ (%)'],
        [1, 'Lê Văn C', '30/9/2024', 50],
      ]),
    ).toBeNull();
  });

  test('needs, besides the title, a field that tells a commitments table from any other list', () => {
    // A list of documents: a number, a content and notes.
    expect(
      layout([
        ['STT', 'Nội dung', 'Ghi chú'],
        [1, 'Quyết định số 12/QĐ-SVHTTDL', 'Bản chính'],
      ]),
    ).toBeNull();
    // Nor below a title line: no row at all is then taken for the header.
    expect(
      layout([['DANH MỤC VĂN BẢN'], ['STT', 'Nội dung', 'Ghi chú'], [1, 'Quyết định số 12/QĐ-SVHTTDL', 'Bản chính']]),
    ).toBeNull();
    // Any one of the telling fields is enough.
    for (const telling of [
      'Thời hạn',
      'Người chịu trách nhiệm',
      'Tiến độ',
      'Tình trạng',
      'Chỉ tiêu',
      'Bắt đầu',
      'Ngày hoàn thành',
      'T6',
    ]) {
      const table = layout([
        ['STT', 'Nội dung', telling],
        [1, 'Tổ chức Lễ hội Dừa', 'x'],
      ]);
      expect({ telling, found: table !== null }).toEqual({ telling, found: true });
    }
  });

  test('starts within the first 60 rows of the sheet', () => {
    expect(layout([...blankRows(59), HEADER, ROW])!.headerTop).toBe(59);
    expect(layout([...blankRows(60), HEADER, ROW])).toBeNull();
  });

  test('a header cell is short: a paragraph over 80 characters that names the fields is no header', () => {
    const title = (length: number) => {
      const start = 'Nội dung đầu việc (';
      return `${start}${'x'.repeat(length - start.length - 1)})`;
    };
    expect(title(80)).toHaveLength(80);
    expect(layout([['STT', title(80), 'Thời hạn'], ROW.slice(0, 3)])?.fields.title).toBe(1);
    expect(layout([['STT', title(81), 'Thời hạn'], ROW.slice(0, 3)])).toBeNull();
  });

  test('a header word only in part of a cell counts only when it is most of the cell', () => {
    // "Nội dung" in a long sentence is no title column; the sheet holds no table.
    const sentence = 'Nội dung này được các phòng ban đơn vị thống nhất thông qua tại cuộc họp giao ban tháng một';
    expect(
      layout([
        ['STT', sentence, 'Thời hạn'],
        [1, 'Tổ chức Lễ hội Dừa', '30/9/2024'],
      ]),
    ).toBeNull();
  });

  test("cells merged down over two rows: the header starts at the merges' top even when the lower row names more", () => {
    const rows: CellValue[][] = [
      ...TITLE,
      ['STT', 'Nội dung đầu việc', 'Thời gian thực hiện', null, 'Tình trạng'],
      [null, null, 'Bắt đầu', 'Hoàn thành', null],
      [1, 'Tổ chức Lễ hội Dừa', '01/3/2024', '30/4/2024', 'Đang thực hiện'],
    ];
    const table = layout(rows, { merges: ['A4:A5', 'B4:B5', 'C4:D4', 'E4:E5'] })!;
    expect([table.headerTop, table.headerBottom, table.dataTop]).toEqual([3, 4, 5]);
    expect(table.fields).toMatchObject({ start: 2, deadline: 3, status: 4 });
  });

  test('only a merge from the row just above pulls the header up: not one from two rows above', () => {
    // The title column's header merged over rows 1–3; the fields are named in row 3.
    const rows: CellValue[][] = [
      [null, 'NỘI DUNG ĐẦU VIỆC TRỌNG TÂM'],
      [],
      ['STT', null, 'Thời hạn', 'Tiến độ'],
      [1, 'Tổ chức Lễ hội Dừa', '30/9/2024', 50],
    ];
    const table = layout(rows, { merges: ['B1:B3'] })!;
    expect([table.headerTop, table.dataTop]).toEqual([2, 3]);
    expect(table.fields).toEqual({ number: 0, title: 1, deadline: 2, progress: 3 });
  });

  test('a merge from the row above that is no header cell does not pull the header up', () => {
    // A note beside the table, merged over the title line and the header row.
    const rows: CellValue[][] = [
      [],
      [null, null, null, null, null, null, null, 'Đơn vị: Phòng Quản lý di sản'],
      HEADER,
      ROW,
    ];
    const table = layout(rows, { merges: ['H2:H3'] })!;
    expect(table.headerTop).toBe(2);
  });

  test("merged header cells and a sub-header ending the row: the header still starts at the merges' top", () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung đầu việc', 'Tình trạng', 'Thời gian thực hiện', null],
      [null, null, null, 'Bắt đầu', 'Hoàn thành'],
      [1, 'Tổ chức Lễ hội Dừa', 'Đang thực hiện', '01/3/2024', '30/4/2024'],
    ];
    const table = layout(rows, { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] })!;
    expect([table.headerTop, table.headerBottom, table.dataTop]).toEqual([0, 1, 2]);
    expect(table.columns.map((c) => c.header)).toEqual([
      'STT',
      'Nội dung đầu việc',
      'Tình trạng',
      'Thời gian thực hiện › Bắt đầu',
      'Thời gian thực hiện › Hoàn thành',
    ]);
  });
});

describe('a two-row header', () => {
  test('a parent centred over its children without a merge gives them its text', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung đầu việc', 'Thời gian thực hiện', null, 'Tình trạng'],
      [null, null, 'Bắt đầu', 'Kết thúc', null],
      [1, 'Tổ chức Lễ hội Dừa', '01/3/2024', '30/4/2024', 'Đang thực hiện'],
    ];
    const table = layout(rows)!;
    expect([table.headerTop, table.headerBottom, table.dataTop]).toEqual([0, 1, 2]);
    expect(table.columns.map((c) => c.header)).toEqual([
      'STT',
      'Nội dung đầu việc',
      'Thời gian thực hiện › Bắt đầu',
      'Thời gian thực hiện › Kết thúc',
      'Tình trạng',
    ]);
    expect(table.fields).toMatchObject({ number: 0, title: 1, start: 2, deadline: 3, status: 4 });
  });

  test("a parent centred in the table's first column gives its text to the children right of it", () => {
    const rows: CellValue[][] = [
      ['Thời gian thực hiện', null, 'Nội dung đầu việc'],
      ['Từ', 'Đến', null],
      ['01/3/2024', '30/4/2024', 'Tổ chức Lễ hội Dừa'],
    ];
    const table = layout(rows)!;
    expect(table.headerBottom).toBe(1);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Thời gian thực hiện › Từ',
      'Thời gian thực hiện › Đến',
      'Nội dung đầu việc',
    ]);
    expect(table.fields).toEqual({ start: 0, deadline: 1, title: 2 });
  });

  test('children "Từ" and "Đến" under "Thời gian" make a sub-header', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung đầu việc', 'Thời gian', null],
      [null, null, 'Từ', 'Đến'],
      [1, 'Tổ chức Lễ hội Dừa', '01/3/2024', '30/4/2024'],
    ];
    const table = layout(rows, { merges: ['C1:D1'] })!;
    expect(table.headerBottom).toBe(1);
    expect(table.fields).toMatchObject({ start: 2, deadline: 3 });
    // Not merged but centred: the same.
    expect(layout(rows)!.fields).toMatchObject({ start: 2, deadline: 3 });
  });

  test('any children under a merged parent make a sub-header, even words of no field', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung đầu việc', 'Thời hạn', 'Nguồn kinh phí', null],
      [null, null, null, 'Ngân sách tỉnh', 'Xã hội hóa'],
      [1, 'Tổ chức Lễ hội Dừa', '30/9/2024', 'x', null],
    ];
    const table = layout(rows, { merges: ['D1:E1'] })!;
    expect([table.headerBottom, table.dataTop]).toEqual([1, 2]);
    expect(table.columns.map((c) => c.header).slice(3)).toEqual([
      'Nguồn kinh phí › Ngân sách tỉnh',
      'Nguồn kinh phí › Xã hội hóa',
    ]);
    // Not merged, the same words under a centred parent are data.
    expect(layout(rows)!.headerBottom).toBe(0);
  });

  test('a value left hidden in a header cell merged down is not read as a child', () => {
    // LibreOffice keeps the hidden contents of merged cells: B2 still holds a long text.
    const rows: CellValue[][] = [
      ['STT', 'Nội dung đầu việc', 'Thời gian thực hiện', null],
      [null, 'Tổ chức các hoạt động văn hóa trong năm của phòng', 'Bắt đầu', 'Kết thúc'],
      [1, 'Tổ chức Lễ hội Dừa', '01/3/2024', '30/4/2024'],
    ];
    const table = layout(rows, { merges: ['A1:A2', 'B1:B2', 'C1:D1'] })!;
    expect(table.headerBottom).toBe(1);
    expect(table.fields).toMatchObject({ title: 1, start: 2, deadline: 3 });
  });

  test('status marks and months under a centred parent, not merged', () => {
    const marks = layout([
      ['STT', 'Nội dung đầu việc', 'Thời hạn', 'Kết quả thực hiện', null],
      [null, null, null, 'Đã hoàn thành', 'Chưa hoàn thành'],
      [1, 'Tổ chức Lễ hội Dừa', '30/4/2024', 'x', null],
    ])!;
    expect(marks.headerBottom).toBe(1);
    expect(marks.statusMarks.map((m) => [m.word, m.col, m.label])).toEqual([
      ['done', 3, 'Đã hoàn thành'],
      ['not_started', 4, 'Chưa hoàn thành'],
    ]);
    const months = layout([
      ['STT', 'Nội dung đầu việc', 'Tiến độ', null, null],
      [null, null, 'T1', 'T2', 'T3'],
      [1, 'Tổ chức Lễ hội Dừa', 20, 40, 60],
    ])!;
    expect(months.headerBottom).toBe(1);
    expect(months.months.map((m) => m.month)).toEqual([1, 2, 3]);
  });

  test('a child of 80 characters is still a sub-header word', () => {
    const child = (length: number) => `Đã hoàn thành (${'x'.repeat(length - 'Đã hoàn thành ('.length - 1)})`;
    expect(child(80)).toHaveLength(80);
    const rows = (c: string): CellValue[][] => [
      ['STT', 'Nội dung đầu việc', 'Thời hạn', 'Kết quả thực hiện'],
      [null, null, null, c],
      [1, 'Tổ chức Lễ hội Dừa', '30/4/2024', 'x'],
    ];
    expect(layout(rows(child(80)))!.headerBottom).toBe(1);
    expect(layout(rows(child(81)))!.headerBottom).toBe(0);
  });

  test('a header merged down over the row below, with nothing under it, is one header row', () => {
    const rows: CellValue[][] = [HEADER, [], ROW];
    const table = layout(rows, { merges: HEADER.map((_, i) => `${'ABCDEF'[i]}1:${'ABCDEF'[i]}2`) })!;
    expect([table.headerTop, table.headerBottom]).toEqual([0, 0]);
    expect(table.columns.map((c) => c.header)).toEqual(HEADER);
  });

  test('a child with no parent over it is a header of its own', () => {
    const rows: CellValue[][] = [
      [null, 'Nội dung đầu việc', 'Thời gian thực hiện', null],
      ['STT', null, 'Từ ngày', 'Đến ngày'],
      [1, 'Tổ chức Lễ hội Dừa', '01/3/2024', '30/4/2024'],
    ];
    const table = layout(rows, { merges: ['C1:D1'] })!;
    expect(table.headerBottom).toBe(1);
    expect(table.left).toBe(0);
    expect(table.columns[0]).toMatchObject({ col: 0, header: 'STT', field: 'number' });
    expect(table.fields).toMatchObject({ number: 0, title: 1, start: 2, deadline: 3 });
  });

  test('status-mark columns under "Kết quả thực hiện", labelled by their own header', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung đầu việc', 'Thời hạn', 'Kết quả thực hiện', null, null],
      [null, null, null, 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
      [1, 'Tổ chức Lễ hội Dừa', '30/4/2024', 'x', null, null],
    ];
    const table = layout(rows, { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1'] })!;
    expect(table.headerBottom).toBe(1);
    expect(table.statusMarks).toEqual([
      { word: 'done', col: 3, label: 'Đã hoàn thành' },
      { word: 'in_progress', col: 4, label: 'Đang thực hiện' },
      { word: 'not_started', col: 5, label: 'Chưa thực hiện' },
    ]);
    expect(table.columns.map((c) => c.field)).toEqual(['number', 'title', 'deadline', 'status', 'status', 'status']);
    // A mark column is no status column of its own.
    expect(table.fields.status).toBeUndefined();
  });

  test('month columns T1…T12 under a merged parent are the progress of each month', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung đầu việc', 'Tiến độ thực hiện theo tháng', null, null],
      [null, null, 'T1', 'T2', 'T3'],
      [1, 'Tổ chức Lễ hội Dừa', 20, 40, 60],
    ];
    const table = layout(rows, { merges: ['A1:A2', 'B1:B2', 'C1:E1'] })!;
    expect(table.headerBottom).toBe(1);
    expect(table.months).toEqual([
      { month: 1, col: 2 },
      { month: 2, col: 3 },
      { month: 3, col: 4 },
    ]);
    expect(table.columns.map((c) => c.field)).toEqual(['number', 'title', 'progress', 'progress', 'progress']);
    expect(table.fields).toEqual({ number: 0, title: 1 });
  });

  test('a first commitment under a one-row header is no sub-header', () => {
    // A row of header words in part ("Triển khai nhiệm vụ…") or of data is read as data.
    const rows: CellValue[][] = [
      HEADER,
      ['Tổng hợp', 'Triển khai nhiệm vụ chuyển đổi số', 'Lê Văn C', null, null, null],
      ROW,
    ];
    const table = layout(rows)!;
    expect([table.headerBottom, table.dataTop]).toEqual([0, 1]);
  });

  test('a sub-header row holds only header words: one cell of data makes it a commitment', () => {
    const rows: CellValue[][] = [
      ['Nội dung đầu việc', 'Thời hạn', 'Tình trạng'],
      [null, 'Hoàn thành', 'Tổ chức Lễ hội Dừa'],
    ];
    expect(layout(rows)!.headerBottom).toBe(0);
    // The same row with header words only is a sub-header.
    expect(layout([rows[0], [null, 'Hoàn thành', 'Ghi chú']])!.headerBottom).toBe(1);
  });

  test('an empty row under the header is no sub-header', () => {
    const table = layout([HEADER, [], ROW])!;
    expect([table.headerBottom, table.dataTop]).toEqual([0, 1]);
  });

  test('a header on the last row of the sheet has no sub-header', () => {
    const table = layout([...TITLE, HEADER])!;
    expect([table.headerTop, table.headerBottom, table.dataTop]).toEqual([3, 3, 4]);
  });

  test('a long child text is no sub-header, even when it starts with a header word', () => {
    const long = `Hoàn thành ${'trước thời hạn '.repeat(6)}`.trim();
    expect(long.length).toBeGreaterThan(80);
    expect(
      layout([
        ['Nội dung đầu việc', 'Thời hạn'],
        [null, long],
      ])!.headerBottom,
    ).toBe(0);
  });
});

describe('the column-number row under the header', () => {
  test.each([
    ['(1) (2) (3)…', ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']],
    ['a formula among the numbers', ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(5)/(4)']],
    ['1 2 3…', [1, 2, 3, 4, 5, 6]],
    ['A B C…', ['A', 'B', 'C', 'D', 'E', 'F']],
    ['a b c… in lower case', ['a', 'b', 'c', 'd', 'e', 'f']],
    ['0 1 2…', [0, 1, 2, 3, 4, 5]],
    ['a column with no number', [1, 2, 3, null, 4, 5]],
    ['only three numbers', ['(1)', '(2)', '(3)']],
    ['formulas of several numbers', ['(1)', '(2)', '(3)', '(4=2/3)', '(5=3-2)', '(6=4+5)']],
  ])('%s is skipped', (_label, numbers) => {
    const rows: CellValue[][] = [...TITLE, HEADER, numbers, ROW];
    expect(layout(rows)!.dataTop).toBe(rows.indexOf(ROW));
  });

  test('twelve columns numbered 1 to 12 are skipped', () => {
    const header: CellValue[] = [
      'STT',
      'Nội dung đầu việc',
      'Thời hạn',
      ...Array.from({ length: 9 }, (_, i) => `T${i + 1}`),
    ];
    const numbers = header.map((_, i) => i + 1);
    expect(layout([header, numbers, [1, 'Tổ chức Lễ hội Dừa', '30/9/2024']])!.dataTop).toBe(2);
  });

  test('two number rows are both skipped', () => {
    const rows: CellValue[][] = [HEADER, ['A', 'B', 'C', 'D', 'E', 'F'], [1, 2, 3, 4, 5, 6], ROW];
    expect(layout(rows)!.dataTop).toBe(3);
  });

  test.each([
    ['only two numbers', [null, '(1)', '(2)']],
    ['numbers not in order', [1, 3, 2, 4, 5, 6]],
    ['numbers starting past 1', [2, 3, 4, 5, 6, 7]],
    ['a number row with words in it', [1, 2, 3, 'Lê Văn C', 5, 6]],
    ['brackets around a long text', ['(1)', '(2)', '(Theo Kế hoạch số 12)', '(Kèm theo Quyết định)', 'Lê Văn C', 'x']],
    ['a word in the last column', [1, 2, 3, 4, 5, 'Lê Văn C']],
    ['texts ending in brackets', [null, 'Tổ chức Lễ hội Dừa (2024)', 'Văn phòng (VP)', 'Quý (III)']],
    ['texts starting with brackets', [null, '(2024) Tổ chức Lễ hội Dừa', '(VP) Văn phòng', '(III) Quý']],
    ['a section A with words whose first letters run on', ['A', 'Ban Giám đốc', 'Cao Văn Dũng']],
  ])('%s is data, not skipped', (_label, numbers) => {
    const rows: CellValue[][] = [HEADER, numbers, ROW];
    expect(layout(rows)!.dataTop).toBe(1);
  });

  test('seven tenths of the cells in brackets make the row a number row', () => {
    // 7 of 10 bracketed, the rest notes written in: still the numbering row.
    const header: CellValue[] = [
      'STT',
      'Nội dung đầu việc',
      'Thời hạn',
      'Tiến độ',
      'Tình trạng',
      'Ghi chú',
      'Chỉ tiêu',
      'Phối hợp',
      'Mã',
      'Người chịu trách nhiệm',
    ];
    const seven: CellValue[] = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', 'ghi', 'chú', 'thêm'];
    const six: CellValue[] = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', 'theo', 'ghi', 'chú', 'thêm'];
    expect(layout([header, seven, ROW])!.dataTop).toBe(2);
    expect(layout([header, six, ROW])!.dataTop).toBe(1);
  });

  test('only the cells of the table count: a number outside it does not spoil the row', () => {
    const rows: CellValue[][] = [HEADER, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', null, 'Ghi chú riêng'], ROW];
    expect(layout(rows)!.dataTop).toBe(2);
  });
});

describe('which column holds which field', () => {
  test('the table spans from the first to the last header cell', () => {
    for (const offset of [1, 2]) {
      const pad: CellValue[] = Array.from({ length: offset }, () => null);
      const table = layout([...TITLE, [...pad, ...HEADER], [...pad, ...ROW]])!;
      expect([table.left, table.right]).toEqual([offset, offset + HEADER.length - 1]);
      expect(table.columns.map((c) => c.col)).toEqual(HEADER.map((_, i) => i + offset));
      expect(table.fields).toEqual({
        number: offset,
        title: offset + 1,
        owner: offset + 2,
        deadline: offset + 3,
        progress: offset + 4,
        status: offset + 5,
      });
    }
  });

  test('an empty header cell inside the table is no column', () => {
    const rows: CellValue[][] = [
      ['STT', 'Nội dung đầu việc', null, 'Thời hạn'],
      [1, 'Tổ chức Lễ hội Dừa', 'ghi thêm', '30/9/2024'],
    ];
    expect(layout(rows)!.columns.map((c) => c.col)).toEqual([0, 1, 3]);
  });

  test('of two columns for one field, the surer match wins', () => {
    // "Nhiệm vụ" alone is the title for sure; "Nhiệm vụ của phòng" only in part.
    const rows: CellValue[][] = [
      ['Nhiệm vụ của phòng', 'Nhiệm vụ', 'Thời hạn'],
      ['Văn phòng', 'Tổ chức Lễ hội Dừa', '30/9/2024'],
    ];
    const table = layout(rows)!;
    expect(table.fields.title).toBe(1);
    expect(table.columns.map((c) => c.field)).toEqual([null, 'title', 'deadline']);
  });

  test('of two columns equally sure for one field, the leftmost wins', () => {
    const rows: CellValue[][] = [
      ['Nội dung', 'Thời hạn', 'Nhiệm vụ'],
      ['Tổ chức Lễ hội Dừa', '30/9/2024', 'Lễ hội'],
    ];
    const table = layout(rows)!;
    expect(table.fields.title).toBe(0);
    expect(table.columns.map((c) => c.field)).toEqual(['title', 'deadline', null]);
  });

  test('a column of no known field is kept as extra data', () => {
    const table = layout([
      ['Nội dung', 'Thời hạn', 'Số liệu khác'],
      ['Tổ chức Lễ hội Dừa', '30/9/2024', '12'],
    ])!;
    expect(table.columns[2]).toEqual({
      col: 2,
      header: 'Số liệu khác',
      match: { field: null, confidence: 0 },
      field: null,
      source: 'auto',
    });
  });
});

describe('a mapping the clerk saved', () => {
  const rows: CellValue[][] = [
    ['BẢNG ĐĂNG KÝ'],
    ['TT', 'Công việc', 'Mốc', 'Số liệu khác', 'Tiến độ'],
    [1, 'Tu bổ di tích Đồng Khởi', 'Quý III/2023', '30/6/2023', 50],
  ];

  test('its header row and columns are used as chosen', () => {
    const table = layout(rows, {}, { headerRow: 2, headerRows: 1, columns: { C: 'deadline', D: 'ignore' } })!;
    expect([table.headerTop, table.headerBottom, table.dataTop]).toEqual([1, 1, 2]);
    expect(table.fields).toMatchObject({ title: 1, deadline: 2 });
    expect(table.columns[2]).toMatchObject({
      field: 'deadline',
      source: 'saved',
      match: { field: 'deadline', confidence: 1 },
    });
    expect(table.columns[3]).toMatchObject({ field: null, source: 'saved', match: { field: null, confidence: 1 } });
    expect(table.columns[1]).toMatchObject({ field: 'title', source: 'auto' });
  });

  test('a saved column wins over a surer match of the same field, and over an auto column to its left', () => {
    const header: CellValue[] = ['TT', 'Nội dung đầu việc', 'Thời hạn', 'Ghi chú'];
    const table = layout(
      [header, [1, 'Tu bổ di tích', '30/9/2024', 'Quý III']],
      {},
      { headerRow: 1, headerRows: 1, columns: { D: 'deadline' } },
    )!;
    expect(table.fields.deadline).toBe(3);
    expect(table.columns.map((c) => c.field)).toEqual(['number', 'title', null, 'deadline']);
    // An auto match after a saved one does not take it back.
    const later = layout(
      [
        ['TT', 'Nội dung đầu việc', 'Ghi chú', 'Thời hạn'],
        [1, 'Tu bổ di tích', 'Quý III', '30/9/2024'],
      ],
      {},
      { headerRow: 1, headerRows: 1, columns: { C: 'deadline' } },
    )!;
    expect(later.fields.deadline).toBe(2);
  });

  test('of two saved columns for one field, the leftmost', () => {
    const table = layout(
      [
        ['TT', 'Nội dung đầu việc', 'Mốc', 'Hạn'],
        [1, 'Tu bổ di tích', 'Quý III', '30/9/2024'],
      ],
      {},
      { headerRow: 1, headerRows: 1, columns: { C: 'deadline', D: 'deadline' } },
    )!;
    expect(table.fields.deadline).toBe(2);
  });

  test('a two-row header as saved, without looking for a sub-header', () => {
    const two: CellValue[][] = [
      ['TT', 'Công việc', 'Thời gian thực hiện', null],
      [null, null, 'Bắt đầu', 'Kết thúc'],
      [1, 'Tu bổ di tích Đồng Khởi', '01/3/2023', '30/6/2023'],
    ];
    const table = layout(two, {}, { headerRow: 1, headerRows: 2, columns: {} })!;
    expect([table.headerTop, table.headerBottom, table.dataTop]).toEqual([0, 1, 2]);
    expect(table.fields).toMatchObject({ start: 2, deadline: 3 });
    // Saved as one row: the row under it is data, even though it looks like a sub-header.
    expect(layout(two, {}, { headerRow: 1, headerRows: 1, columns: {} })!.headerBottom).toBe(0);
  });

  test('a header row saved past the end of the sheet: the header is found again', () => {
    const table = layout(rows, {}, { headerRow: 3 + 1, headerRows: 1, columns: {} })!;
    expect(table.headerTop).toBe(1);
    // Saved on the sheet's last row, it is used (and holds no title column: no table).
    expect(layout(rows, {}, { headerRow: 3, headerRows: 1, columns: {} })).toBeNull();
  });

  test('a saved header of a single column is read: a title column and nothing else', () => {
    const table = layout(
      [['Công việc'], ['Tu bổ di tích Đồng Khởi']],
      {},
      { headerRow: 1, headerRows: 1, columns: {} },
    )!;
    expect([table.left, table.right]).toEqual([0, 0]);
    expect(table.fields).toEqual({ title: 0 });
  });

  test('a saved header row that is empty: no table', () => {
    expect(layout([[], ...rows], {}, { headerRow: 1, headerRows: 1, columns: {} })).toBeNull();
  });
});

describe('what is written above the table', () => {
  test('the title lines, top to bottom, cells of a row joined, empty rows left out, a merged cell once', () => {
    const rows: CellValue[][] = [
      ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['PHÒNG QUẢN LÝ DI SẢN', null, null, 'Độc lập - Tự do - Hạnh phúc'],
      [],
      ['DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2024'],
      HEADER,
      ROW,
    ];
    const table = layout(rows, { merges: ['A1:C1', 'A2:C2', 'A4:F4'] })!;
    expect(table.titleLines).toEqual([
      'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'PHÒNG QUẢN LÝ DI SẢN | Độc lập - Tự do - Hạnh phúc',
      'DANH MỤC ĐẦU VIỆC TRỌNG TÂM NĂM 2024',
    ]);
    expect(table.ownerAbove).toBeNull();
  });

  test("the sheet's name is the table's", () => {
    expect(layout([HEADER, ROW])!.sheet).toBe('Kế hoạch 2024');
  });

  test.each([
    ['a name and a role after a dash', ['Người đăng ký: Lê Thị B - Phó Giám đốc'], 'Lê Thị B'],
    ['a role after an en dash', ['Người cam kết: Lê Thị B – Trưởng phòng'], 'Lê Thị B'],
    ['a role after a comma', ['Họ và tên: Trần Văn C, chuyên viên'], 'Trần Văn C'],
    ['a role in brackets', ['Người chịu trách nhiệm: Trần Văn C (Phó Trưởng phòng)'], 'Trần Văn C'],
    ['a full stop after the name', ['Họ tên: Trần Văn C.'], 'Trần Văn C'],
    ['the label in capitals, no space after the colon', ['NGƯỜI ĐĂNG KÝ:Nguyễn Văn An'], 'Nguyễn Văn An'],
    ['the name in the next cell', ['Người đăng ký:', 'Nguyễn Văn An'], 'Nguyễn Văn An'],
    ['the label without a colon, the name two cells on', ['Cá nhân đăng ký', null, 'Nguyễn Văn An'], 'Nguyễn Văn An'],
    ['a hyphenated name kept whole', ['Người đăng ký: Nguyễn Thị Lan-Anh'], 'Nguyễn Thị Lan-Anh'],
    ['a comma with no space after it', ['Họ và tên: Trần Văn C,chuyên viên'], 'Trần Văn C'],
    ['a space before the comma', ['Họ và tên: Trần Văn C , chuyên viên'], 'Trần Văn C'],
    ['a bracket glued to the name', ['Người phụ trách: Trần Văn C(Phó Trưởng phòng)'], 'Trần Văn C'],
    ['an academic title with its full stop', ['Người đăng ký: ThS. Nguyễn Văn An'], 'ThS. Nguyễn Văn An'],
    ['several stops after the name', ['Người đăng ký: Nguyễn Văn An..;'], 'Nguyễn Văn An'],
    [
      'the label not in the first column, its name right of it',
      ['Phòng Quản lý di sản', 'Người đăng ký:', 'Nguyễn Văn An'],
      'Nguyễn Văn An',
    ],
  ])('the owner named above the table: %s', (_label, line, owner) => {
    const table = layout([['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH'], line, [], HEADER, ROW])!;
    expect(table.ownerAbove).toBe(owner);
  });

  test('a label with no name after it, a title that only mentions a label, a name below the header, a hint where the name goes: no owner', () => {
    expect(layout([['Người đăng ký:'], HEADER, ROW])!.ownerAbove).toBeNull();
    expect(layout([['Danh sách người đăng ký: 12 người'], HEADER, ROW])!.ownerAbove).toBeNull();
    expect(layout([HEADER, ['Người đăng ký: Lê Thị B'], ROW])!.ownerAbove).toBeNull();
    // The form's hint in brackets where the name goes.
    expect(layout([['Người đăng ký: (ghi rõ họ tên)'], HEADER, ROW])!.ownerAbove).toBeNull();
  });

  test('an empty label goes on to the next one', () => {
    const table = layout([['Người đăng ký:'], ['Người phụ trách: Võ Văn E'], HEADER, ROW])!;
    expect(table.ownerAbove).toBe('Võ Văn E');
  });

  test('the first owner named, top to bottom and left to right', () => {
    const table = layout([
      ['Lãnh đạo phụ trách: Phạm Thị D', null, 'Người đăng ký: Võ Văn E'],
      ['Người cam kết: Lê Thị B'],
      HEADER,
      ROW,
    ])!;
    expect(table.ownerAbove).toBe('Phạm Thị D');
  });

  test('a label merged over several cells is read once, from its first cell', () => {
    const view = new SheetView(
      sheet('DV', [['Người đăng ký:', null, 'Nguyễn Văn An'], HEADER, ROW], { merges: ['A1:B1'] }),
    );
    expect(findOwnerAbove(view, 1)).toBe('Nguyễn Văn An');
    // A value left in a cell a merge covers is not shown, and not read.
    const covered = new SheetView(
      sheet('DV', [[null, 'Người đăng ký: Lê Thị B', null], HEADER, ROW], { merges: ['A1:C1'] }),
    );
    expect(findOwnerAbove(covered, 1)).toBeNull();
  });
});
